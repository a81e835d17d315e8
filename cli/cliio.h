// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

#include <memory>

// Input and output of vectl's commands. Output is UTF-8 written straight to the C streams, so
// text and bytes from any command interleave in order.
namespace Cli {

void writeOut(QByteArrayView bytes);
void writeOut(const QString &text);
void writeErr(const QString &text);

// The name of an input for messages: "<stdin>" for "-".
QString inputName(const QString &path);

// Opens FILE, or standard input for "-". Null with `error` set when it cannot be read.
std::unique_ptr<QFile> openInput(const QString &path, QString *error);

// Reads what is there, up to `maxBytes`: from a pipe or terminal it returns as soon as some bytes
// arrived (QFile::read would wait for all `maxBytes`). 0 at the end, -1 on an error.
qint64 readSome(QFile &file, char *data, qint64 maxBytes);

// Reads all of FILE or "-" up to `maxBytes`; `tooLarge` tells when the input had more.
// False with `error` set when it cannot be read.
bool readInput(const QString &path, qint64 maxBytes, QByteArray *data, bool *tooLarge, QString *error);

} // namespace Cli
