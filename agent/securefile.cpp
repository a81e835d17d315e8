// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "agent/securefile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

QString errnoText(const QString &path)
{
    return path % u": "_s % QString::fromLocal8Bit(std::strerror(errno));
}

bool writeAll(int fd, const QByteArray &data)
{
    qsizetype done = 0;
    while (done < data.size()) {
        const ssize_t n = ::write(fd, data.constData() + done, size_t(data.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        done += n;
    }
    return true;
}

bool writeFd(const QString &path, int flags, const QByteArray &data, int mode, QString *error)
{
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), flags | O_WRONLY | O_CLOEXEC, mode_t(mode));
    if (fd < 0) {
        *error = errnoText(path);
        return false;
    }
    // The umask can only narrow the mode; fchmod makes it exact for files we create.
    bool ok
        = (!(flags & O_CREAT) || ::fchmod(fd, mode_t(mode)) == 0) && writeAll(fd, data) && ::fsync(fd) == 0;
    if (!ok)
        *error = errnoText(path);
    if (::close(fd) != 0 && ok) {
        *error = errnoText(path);
        ok = false;
    }
    return ok;
}

} // namespace

bool SecureFile::writeNew(const QString &path, const QByteArray &data, int mode, QString *error)
{
    return writeFd(path, O_CREAT | O_EXCL, data, mode, error);
}

bool SecureFile::writeAtomic(const QString &path, const QByteArray &data, int mode, QString *error)
{
    const QString temp = path % u".tmp-"_s % QString::number(QRandomGenerator::system()->generate64(), 36);
    if (!writeNew(temp, data, mode, error)) {
        QFile::remove(temp);
        return false;
    }
    if (::rename(QFile::encodeName(temp).constData(), QFile::encodeName(path).constData()) != 0) {
        *error = errnoText(path);
        QFile::remove(temp);
        return false;
    }
    return true;
}

bool SecureFile::append(const QString &path, const QByteArray &data, int mode, QString *error)
{
    return writeFd(path, O_APPEND | O_CREAT, data, mode, error);
}

bool SecureFile::makePrivateDirectory(const QString &path, QString *error)
{
    if (QFileInfo(path).isDir())
        return true;
    if (!QDir().mkpath(path)) {
        *error = u"cannot create the directory %1"_s.arg(path);
        return false;
    }
    if (::chmod(QFile::encodeName(path).constData(), 0700) != 0) {
        *error = errnoText(path);
        return false;
    }
    return true;
}

int SecureFile::mode(const QString &path)
{
    struct stat st;
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 07777);
}
