// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/workspace.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QStringList>

// The workspace file and exchange format:
//   { "format": "ve-console-workspace", "version": 1,
//     "folders": ["Production/EU", …],
//     "servers": [ { "id", "name", "url", "folder", "group", "environment",
//                    "pair": { "partner": "<uuid>", "role": "primary|backup" },
//                    "pinnedSha256": "<64 hex>", "notes" } ] }
// No field holds a secret. Parsing accepts hostile input: wrong types, unknown values, oversized
// or duplicated entries are reported with the entry index and field, never crash.

struct WorkspaceData
{
    QStringList folders;
    QList<ServerEntry> servers;
};

QJsonObject serverEntryToJson(const ServerEntry &entry);
QByteArray workspaceToJson(const WorkspaceData &data);

// Strict: any invalid entry fails the whole document (false, *error names what and where).
// Folders and servers' folders come back normalised; pair references to ids not in the
// document are dropped (the entry stays, unpaired).
bool workspaceFromJson(const QByteArray &json, WorkspaceData *data, QString *error);
