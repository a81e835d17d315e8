// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

// A file carried in a JSON answer of the agent (fingerprint export, backups; docs/protocol.md
// "File answers"):
//   {"fileName": "ls1-backup-20240501T120000Z.tar", "size": 10240,
//    "sha256": "<64 hex digits>", "contentBase64": "…"}
// The agent builds it with toJson(); clients decode it with fromJson(), which verifies the size
// and the SHA-256 of what arrived, so a saved file is exactly what the agent sent.
struct TransferredFile
{
    QString fileName; // safe as a file name: no directories, no leading dot, printable
    QByteArray data;
    QString sha256; // 64 lower-case hex digits of data
};

namespace FileTransfer {
QString sha256Hex(QByteArrayView data);

// A name for a file as an admin saves it: the characters outside [A-Za-z0-9._-] become '_', a
// leading dot or dash is dropped, at most 120 characters; `fallback` when nothing is left.
QString safeFileName(const QString &suggested, const QString &fallback);

// "<host>-<what>-20240501T120000Z.<extension>" (UTC), made safe.
QString stampedName(const QString &host, const QString &what, const QDateTime &utc, const QString &extension);

QJsonObject toJson(const QString &fileName, const QByteArray &data);

// False with *error when a member is missing or of the wrong type, the base64 is invalid, or the
// size or the checksum does not match the content. The file name is made safe.
bool fromJson(const QJsonObject &object, TransferredFile *file, QString *error);

// Writes data to path whole or not at all (QSaveFile). False with *error.
bool save(const QString &path, const QByteArray &data, QString *error);
} // namespace FileTransfer
