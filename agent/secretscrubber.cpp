// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "agent/secretscrubber.h"

#include <algorithm>

SecretScrubber::SecretScrubber(const QList<QByteArray> &secrets)
{
    for (const QByteArray &secret : secrets) {
        if (!secret.isEmpty())
            m_secrets.append(secret);
    }
    // Longest first: a secret that contains another is masked as a whole.
    std::sort(m_secrets.begin(), m_secrets.end(),
        [](const QByteArray &a, const QByteArray &b) { return a.size() > b.size(); });
}

QByteArray SecretScrubber::feed(QByteArrayView data)
{
    m_pending.append(data);
    for (const QByteArray &secret : std::as_const(m_secrets))
        m_pending.replace(secret, QByteArrayView(Mask));
    // Hold back the longest end that is a proper beginning of a secret.
    qsizetype hold = 0;
    for (const QByteArray &secret : std::as_const(m_secrets)) {
        for (qsizetype k = std::min(secret.size() - 1, m_pending.size()); k > hold; --k) {
            if (m_pending.endsWith(QByteArrayView(secret).first(k))) {
                hold = k;
                break;
            }
        }
    }
    QByteArray out = m_pending.first(m_pending.size() - hold);
    m_pending.remove(0, m_pending.size() - hold);
    return out;
}

QByteArray SecretScrubber::finish()
{
    const bool held = !m_pending.isEmpty();
    m_pending.clear();
    return held ? QByteArray(Mask) : QByteArray();
}
