// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/logcursor.h"

#include <QList>

#include <limits>

using namespace Qt::StringLiterals;

namespace {

// Strict unsigned decimal: 1..20 ASCII digits, no sign, no blanks, no leading zero (except "0"),
// no overflow beyond `max`.
bool parseDecimal(QStringView text, quint64 max, quint64 *value)
{
    if (text.isEmpty() || text.size() > 20 || (text.size() > 1 && text.front() == u'0'))
        return false;
    quint64 result = 0;
    for (const QChar c : text) {
        if (c < u'0' || c > u'9')
            return false;
        const quint64 digit = c.unicode() - u'0';
        if (result > (max - digit) / 10)
            return false;
        result = result * 10 + digit;
    }
    *value = result;
    return true;
}

bool parseHash(QStringView text, quint64 *value)
{
    if (text.size() != 16)
        return false;
    quint64 result = 0;
    for (const QChar c : text) {
        int digit = -1;
        if (c >= u'0' && c <= u'9')
            digit = c.unicode() - u'0';
        else if (c >= u'a' && c <= u'f')
            digit = c.unicode() - u'a' + 10;
        if (digit < 0)
            return false;
        result = (result << 4) | quint64(digit);
    }
    *value = result;
    return true;
}

} // namespace

LogCursor::LogCursor(quint64 device, quint64 inode, int headLength, quint64 headHash, qint64 offset)
    : m_device(device)
    , m_inode(inode)
    , m_headHash(headHash)
    , m_offset(offset)
    , m_headLength(headLength)
    , m_valid(offset >= 0 && headLength >= 0 && headLength <= HeadBytes)
{ }

LogCursor LogCursor::withOffset(qint64 offset) const
{
    if (!m_valid)
        return {};
    return LogCursor(m_device, m_inode, m_headLength, m_headHash, offset);
}

bool LogCursor::isSameFile(const LogCursor &other) const
{
    return m_valid && other.m_valid && m_device == other.m_device && m_inode == other.m_inode
        && m_headLength == other.m_headLength && m_headHash == other.m_headHash;
}

QString LogCursor::toString() const
{
    if (!m_valid)
        return {};
    return u"v1."_s + QString::number(m_device) + u'.' + QString::number(m_inode) + u'.'
        + QString::number(m_headLength) + u'.' + u"%1"_s.arg(qulonglong(m_headHash), 16, 16, QChar(u'0'))
        + u'.' + QString::number(m_offset);
}

LogCursor LogCursor::fromString(QStringView text)
{
    if (text.isEmpty() || text.size() > MaxTextLength)
        return {};
    const QList<QStringView> parts = text.split(u'.');
    if (parts.size() != 6 || parts.at(0) != u"v1")
        return {};
    quint64 device = 0, inode = 0, headLength = 0, hash = 0, offset = 0;
    constexpr quint64 u64Max = std::numeric_limits<quint64>::max();
    if (!parseDecimal(parts.at(1), u64Max, &device) || !parseDecimal(parts.at(2), u64Max, &inode)
        || !parseDecimal(parts.at(3), HeadBytes, &headLength) || !parseHash(parts.at(4), &hash)
        || !parseDecimal(parts.at(5), quint64(std::numeric_limits<qint64>::max()), &offset))
        return {};
    return LogCursor(device, inode, int(headLength), hash, qint64(offset));
}

quint64 LogCursor::hashHead(QByteArrayView head)
{
    quint64 hash = 14695981039346656037ULL;
    for (const char c : head) {
        hash ^= quint8(c);
        hash *= 1099511628211ULL;
    }
    return hash;
}
