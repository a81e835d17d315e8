// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QMetaType>
#include <QString>

// Where a reader of a log stands: which file (by identity, not by name, so a rename during
// rotation does not change it) and the byte offset of the next unread line in that file.
//
// The identity is the file's device and inode plus a hash of its first `headLength()` bytes
// (up to HeadBytes). The hash tells a reused inode (an old rotated file was deleted and a new file
// got its number) from the file the cursor was made for. A cursor made while the file was shorter
// than HeadBytes hashes fewer bytes; a file matches when the hash of its first headLength() bytes
// is equal, so a growing file keeps matching.
//
// Wire form (stable, ASCII): "v1.<device>.<inode>.<headLength>.<hash>.<offset>", device, inode,
// headLength and offset in decimal, hash as 16 lower-case hex digits. fromString() accepts exactly
// that and returns an invalid cursor for anything else (it never throws, never overflows).
class LogCursor
{
public:
    static constexpr int HeadBytes = 256;
    static constexpr qsizetype MaxTextLength = 96;

    LogCursor() = default; // invalid
    LogCursor(quint64 device, quint64 inode, int headLength, quint64 headHash, qint64 offset);

    bool isValid() const { return m_valid; }
    quint64 device() const { return m_device; }
    quint64 inode() const { return m_inode; }
    int headLength() const { return m_headLength; }
    quint64 headHash() const { return m_headHash; }
    qint64 offset() const { return m_offset; }

    // The same file at another offset (invalid when `offset` is negative or this is invalid).
    LogCursor withOffset(qint64 offset) const;
    // Same device, inode, head length and head hash; the offsets may differ.
    bool isSameFile(const LogCursor &other) const;

    QString toString() const; // empty for an invalid cursor
    static LogCursor fromString(QStringView text);

    // FNV-1a 64 of the head bytes: defined here, not qHash, so it is the same in every process.
    static quint64 hashHead(QByteArrayView head);

    friend bool operator==(const LogCursor &a, const LogCursor &b)
    {
        return a.m_valid == b.m_valid && (!a.m_valid || (a.isSameFile(b) && a.m_offset == b.m_offset));
    }
    friend bool operator!=(const LogCursor &a, const LogCursor &b) { return !(a == b); }

private:
    quint64 m_device = 0;
    quint64 m_inode = 0;
    quint64 m_headHash = 0;
    qint64 m_offset = -1;
    int m_headLength = 0;
    bool m_valid = false;
};

Q_DECLARE_METATYPE(LogCursor)
