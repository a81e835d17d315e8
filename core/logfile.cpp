// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/logfile.h"

#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

LogFile::~LogFile()
{
    close();
}

LogFile::OpenResult LogFile::open(const QString &path)
{
    close();
    m_path = path;
    m_error.clear();
    const QByteArray name = QFile::encodeName(path);
    int fd = -1;
    do {
        fd = ::open(name.constData(), O_RDONLY | O_CLOEXEC | O_NOCTTY);
    } while (fd < 0 && errno == EINTR);
    if (fd < 0) {
        if (errno == ENOENT)
            return OpenResult::Missing;
        m_error = path + u": "_s + QString::fromLocal8Bit(std::strerror(errno));
        return OpenResult::Failed;
    }
    struct stat st;
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        m_error = path + u": not a regular file"_s;
        ::close(fd);
        return OpenResult::Failed;
    }
    m_fd = fd;
    m_device = quint64(st.st_dev);
    m_inode = quint64(st.st_ino);
    rehashHead();
    return OpenResult::Opened;
}

void LogFile::close()
{
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
}

qint64 LogFile::size() const
{
    struct stat st;
    if (m_fd < 0 || ::fstat(m_fd, &st) != 0)
        return -1;
    return qint64(st.st_size);
}

qint64 LogFile::read(qint64 offset, char *buffer, qint64 max) const
{
    if (m_fd < 0 || offset < 0 || max < 0)
        return -1;
    ssize_t n = -1;
    do {
        n = ::pread(m_fd, buffer, size_t(max), off_t(offset));
    } while (n < 0 && errno == EINTR);
    return qint64(n);
}

quint64 LogFile::hashOfHead(int length, bool *ok) const
{
    char head[LogCursor::HeadBytes];
    qint64 got = 0;
    while (got < length) {
        const qint64 n = read(got, head + got, length - got);
        if (n <= 0)
            break;
        got += n;
    }
    *ok = got == length;
    return LogCursor::hashHead(QByteArrayView(head, got));
}

LogCursor LogFile::cursorAt(qint64 offset)
{
    if (m_fd < 0)
        return {};
    if (m_headLength < LogCursor::HeadBytes) {
        const qint64 now = qMin<qint64>(size(), LogCursor::HeadBytes);
        bool ok = false;
        if (now > m_headLength) {
            const quint64 hash = hashOfHead(int(now), &ok);
            if (ok) {
                m_headLength = int(now);
                m_headHash = hash;
            }
        }
    }
    return LogCursor(m_device, m_inode, m_headLength, m_headHash, offset);
}

bool LogFile::matches(const LogCursor &identity) const
{
    if (m_fd < 0 || !identity.isValid() || identity.device() != m_device || identity.inode() != m_inode)
        return false;
    bool ok = false;
    const quint64 hash = hashOfHead(identity.headLength(), &ok);
    return ok && hash == identity.headHash();
}

bool LogFile::headUnchanged() const
{
    bool ok = false;
    return hashOfHead(m_headLength, &ok) == m_headHash && ok;
}

void LogFile::rehashHead()
{
    m_headLength = 0;
    m_headHash = LogCursor::hashHead({});
    cursorAt(0);
}

bool LogFile::statPath(const QString &path, quint64 *device, quint64 *inode)
{
    struct stat st;
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return false;
    *device = quint64(st.st_dev);
    *inode = quint64(st.st_ino);
    return true;
}
