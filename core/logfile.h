// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/logcursor.h"

#include <QString>

// One open log file with its identity (see LogCursor), read with positioned reads. Holding the
// descriptor keeps the inode alive: after a rename (rotation) or a deletion the bytes not yet
// read stay readable, and the inode number cannot be reused while it is open. POSIX only (the
// agent runs on the license-server host). Not copyable; not thread-safe.
class LogFile
{
public:
    LogFile() = default;
    ~LogFile();
    LogFile(const LogFile &) = delete;
    LogFile &operator=(const LogFile &) = delete;

    enum class OpenResult { Opened, Missing, Failed };
    // Opens read-only; Missing when the path does not exist, Failed (errorString()) otherwise.
    OpenResult open(const QString &path);
    void close();
    bool isOpen() const { return m_fd >= 0; }
    QString path() const { return m_path; } // the name it was opened under
    QString errorString() const { return m_error; }

    quint64 device() const { return m_device; }
    quint64 inode() const { return m_inode; }
    bool isSameInode(const LogFile &other) const
    {
        return isOpen() && other.isOpen() && m_device == other.m_device && m_inode == other.m_inode;
    }

    qint64 size() const; // current size (fstat), -1 on error
    // stat() of a name without opening it: the cheap look at the live name on every poll.
    static bool statPath(const QString &path, quint64 *device, quint64 *inode);
    // Up to `max` bytes at `offset`; 0 at the end, -1 on error.
    qint64 read(qint64 offset, char *buffer, qint64 max) const;

    // The identity at `offset`. Extends the hashed head while the file is shorter than
    // LogCursor::HeadBytes and has grown since.
    LogCursor cursorAt(qint64 offset);
    // Whether this is the file `identity` was made for (inode and head hash).
    bool matches(const LogCursor &identity) const;
    // False when the first headLength() bytes are no longer the ones hashed at open: the file
    // was truncated and written again between two looks at it.
    bool headUnchanged() const;
    // Hashes the head afresh (after a truncation the old head is gone).
    void rehashHead();

private:
    quint64 hashOfHead(int length, bool *ok) const;

    QString m_path;
    QString m_error;
    quint64 m_device = 0;
    quint64 m_inode = 0;
    quint64 m_headHash = 0;
    int m_headLength = 0;
    int m_fd = -1;
};
