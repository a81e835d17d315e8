// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

// Removes secrets from a byte stream that arrives in pieces (a child's output): every occurrence
// of a secret becomes Mask, also one split across pieces. The end of a piece that could be the
// beginning of a secret is held back until the next piece shows whether it is; finish() masks a
// held-back rest too, since it may be the start of the secret. Pure, no I/O.
class SecretScrubber
{
public:
    static constexpr char Mask[] = "********";

    explicit SecretScrubber(const QList<QByteArray> &secrets); // empty secrets are ignored

    // What can be passed on now.
    QByteArray feed(QByteArrayView data);
    // The held-back rest, masked when it is there. Call once at the end of the stream.
    QByteArray finish();
    // Bytes held back right now (never more than the longest secret minus one).
    qsizetype pending() const { return m_pending.size(); }

private:
    QList<QByteArray> m_secrets; // longest first
    QByteArray m_pending;
};
