// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/cliio.h"

#include <QFileInfo>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Cli {

void writeOut(QByteArrayView bytes)
{
    if (!bytes.isEmpty()) // an empty view may hold a null pointer, which fwrite must not get
        std::fwrite(bytes.data(), 1, size_t(bytes.size()), stdout);
}

void writeOut(const QString &text)
{
    writeOut(QByteArrayView(text.toUtf8()));
}

void writeErr(const QString &text)
{
    std::fflush(stdout); // keep the order a terminal shows both streams in
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
}

QString inputName(const QString &path)
{
    return path == u"-" ? u"<stdin>"_s : path;
}

std::unique_ptr<QFile> openInput(const QString &path, QString *error)
{
    auto file = std::make_unique<QFile>();
    if (path == u"-") {
        if (!file->open(stdin, QIODevice::ReadOnly)) {
            *error = u"cannot read standard input"_s;
            return nullptr;
        }
        return file;
    }
    if (QFileInfo(path).isDir()) {
        *error = u"%1: is a directory"_s.arg(path);
        return nullptr;
    }
    file->setFileName(path);
    if (!file->open(QIODevice::ReadOnly)) {
        *error = u"%1: %2"_s.arg(path, file->errorString());
        return nullptr;
    }
    return file;
}

qint64 readSome(QFile &file, char *data, qint64 maxBytes)
{
    if (!file.isSequential())
        return file.read(data, maxBytes);
    ssize_t n = 0;
    do {
        n = ::read(file.handle(), data, size_t(maxBytes));
    } while (n < 0 && errno == EINTR);
    return n;
}

bool readInput(const QString &path, qint64 maxBytes, QByteArray *data, bool *tooLarge, QString *error)
{
    const std::unique_ptr<QFile> file = openInput(path, error);
    if (!file)
        return false;
    // One byte more than allowed tells "too large" apart from "exactly the limit".
    data->clear();
    char buffer[64 * 1024];
    while (data->size() <= maxBytes) {
        const qint64 n
            = readSome(*file, buffer, std::min<qint64>(sizeof buffer, maxBytes + 1 - data->size()));
        if (n <= 0)
            break; // end of input, or an error reported below
        data->append(buffer, n);
    }
    *tooLarge = data->size() > maxBytes;
    if (*tooLarge)
        data->truncate(maxBytes);
    if (file->error() != QFileDevice::NoError) {
        *error = u"%1: %2"_s.arg(inputName(path), file->errorString());
        return false;
    }
    return true;
}

} // namespace Cli
