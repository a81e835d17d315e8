// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/fingerprint.h"

using namespace Qt::StringLiterals;

namespace Fingerprint {

QString toText(const QByteArray &sha256)
{
    return QString::fromLatin1(sha256.toHex(':').toUpper());
}

QString toHex(const QByteArray &sha256)
{
    return QString::fromLatin1(sha256.toHex());
}

QByteArray fromText(QStringView text)
{
    text = text.trimmed();
    if (text.startsWith(u"sha256:", Qt::CaseInsensitive))
        text = text.mid(7);
    QByteArray hex;
    hex.reserve(2 * Sha256Bytes);
    for (const QChar c : text) {
        if (c == u':')
            continue;
        const char16_t u = c.unicode();
        const bool isHex = (u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'f') || (u >= u'A' && u <= u'F');
        if (!isHex || hex.size() >= 2 * Sha256Bytes)
            return {};
        hex.append(char(u));
    }
    if (hex.size() != 2 * Sha256Bytes)
        return {};
    return QByteArray::fromHex(hex);
}

} // namespace Fingerprint
