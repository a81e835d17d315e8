// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

// File writes for secrets and state (keys, token hashes, the audit log) with an exact mode set
// when the file is created, so no other user can read it even for a moment. POSIX only.
namespace SecureFile {
// Creates path (which must not exist) with mode and writes data; fsyncs.
bool writeNew(const QString &path, const QByteArray &data, int mode, QString *error);
// Replaces path atomically (temporary file in the same directory, fsync, rename) with mode.
bool writeAtomic(const QString &path, const QByteArray &data, int mode, QString *error);
// Appends data in one write to path, creating it with mode if needed (O_APPEND).
bool append(const QString &path, const QByteArray &data, int mode, QString *error);
// Creates the directory (and parents) if missing; a directory it creates gets mode 0700.
bool makePrivateDirectory(const QString &path, QString *error);
// The permission bits of path (e.g. 0600), or -1 when it cannot be read.
int mode(const QString &path);
} // namespace SecureFile
