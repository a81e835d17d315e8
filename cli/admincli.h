// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/servercommand.h"
#include "core/agentclient.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// What the license-lifecycle commands (licenseadmincommand.h, admincommand.h, servicecommand.h)
// share: one call to the agent run to its end, files saved whole, and plain tables.
namespace AdminCli {

// Runs one JSON call with `remote`'s endpoint; timeoutMs and maxBytes raise the client's
// defaults for slow or large answers (0: keep). Waits in a local event loop.
Result<QJsonObject> call(const ServerCommand::Remote &remote, const QByteArray &verb, const QString &path,
    const QByteArray &body = {}, int timeoutMs = 0, qint64 maxBytes = 0);

// Writes data to path atomically (QSaveFile), or to standard output for "-". False with *error.
bool saveFile(const QString &path, const QByteArray &data, QString *error);
// The name of an output for messages: "<stdout>" for "-".
QString outputName(const QString &path);

// Columns padded to their widest cell, cells made printable and cut at maxCell characters.
QString table(const QList<QStringList> &rows, int maxCell = 80);

// The text of a JSON value for a table: strings as they are, numbers, "-" for null or absent.
QString cell(const QJsonValue &value);

} // namespace AdminCli
