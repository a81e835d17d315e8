// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "agent/tarwriter.h"

#include <cstring>
#include <utility>

using namespace Qt::StringLiterals;

namespace {

constexpr int NameBytes = 100;
constexpr int PrefixBytes = 155;

// An octal number, zero-padded to width - 1 digits and NUL-terminated, into field[0..width).
void octal(char *field, int width, qint64 value)
{
    const QByteArray digits = QByteArray::number(value, 8).rightJustified(width - 1, '0');
    std::memcpy(field, digits.constData(), size_t(width - 1));
    field[width - 1] = '\0';
}

bool validName(const QString &name)
{
    if (name.isEmpty() || name.startsWith(u'/'))
        return false;
    for (const QStringView segment : QStringView(name).split(u'/')) {
        if (segment.isEmpty() || segment == u"." || segment == u"..")
            return false;
    }
    return true;
}

// Splits a UTF-8 name into ustar's prefix and name fields; false when it cannot fit.
bool splitName(const QByteArray &utf8, QByteArray *prefix, QByteArray *name)
{
    if (utf8.size() <= NameBytes) {
        *name = utf8;
        return true;
    }
    for (qsizetype slash = utf8.indexOf('/'); slash >= 0; slash = utf8.indexOf('/', slash + 1)) {
        if (slash <= PrefixBytes && utf8.size() - slash - 1 <= NameBytes) {
            *prefix = utf8.left(slash);
            *name = utf8.mid(slash + 1);
            return true;
        }
    }
    return false;
}

} // namespace

bool TarWriter::addFile(
    const QString &name, const QByteArray &data, const QDateTime &modified, int mode, QString *error)
{
    if (!validName(name)) {
        *error = u"\"%1\" is not a relative path an archive can hold"_s.arg(name);
        return false;
    }
    QByteArray prefix, shortName;
    if (!splitName(name.toUtf8(), &prefix, &shortName)) {
        *error = u"the path \"%1\" is too long for a tar archive"_s.arg(name);
        return false;
    }
    if (data.size() > (qint64(1) << 33) - 1) {
        *error = u"\"%1\" is too large for a tar archive"_s.arg(name);
        return false;
    }
    char header[BlockSize];
    std::memset(header, 0, sizeof header);
    std::memcpy(header, shortName.constData(), size_t(shortName.size()));
    octal(header + 100, 8, mode & 07777);
    octal(header + 108, 8, 0); // uid
    octal(header + 116, 8, 0); // gid
    octal(header + 124, 12, data.size());
    octal(header + 136, 12, qMax<qint64>(0, modified.isValid() ? modified.toSecsSinceEpoch() : 0));
    header[156] = '0'; // regular file
    std::memcpy(header + 257, "ustar", 6); // magic with its NUL
    std::memcpy(header + 263, "00", 2); // version
    std::memcpy(header + 265, "root", 4); // uname
    std::memcpy(header + 297, "root", 4); // gname
    std::memcpy(header + 345, prefix.constData(), size_t(prefix.size()));
    // The checksum is taken with its own field as eight spaces.
    std::memset(header + 148, ' ', 8);
    unsigned sum = 0;
    for (const char c : header)
        sum += static_cast<unsigned char>(c);
    const QByteArray digits = QByteArray::number(sum, 8).rightJustified(6, '0');
    std::memcpy(header + 148, digits.constData(), 6);
    header[154] = '\0';
    header[155] = ' ';

    m_data.append(header, BlockSize);
    m_data.append(data);
    const qsizetype padding = (BlockSize - data.size() % BlockSize) % BlockSize;
    m_data.append(padding, '\0');
    return true;
}

QByteArray TarWriter::finish()
{
    m_data.append(2 * BlockSize, '\0');
    return std::exchange(m_data, QByteArray());
}
