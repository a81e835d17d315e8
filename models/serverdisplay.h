// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/serverconnection.h"
#include "core/serverentry.h"

#include <QColor>
#include <QDateTime>
#include <QIcon>
#include <QString>

// How a server's state and environment look everywhere in the console (tree, page header, status
// bar): one place for the words, icons and colours.
namespace ServerDisplay {

QString stateText(ServerConnection::State state);
QIcon stateIcon(ServerConnection::State state);
// "Unreachable: connection refused. Next try at 12:03:04 (in 8 s)." — empty parts are left out.
QString stateDescription(ServerConnection::State state, const QString &errorText, const QDateTime &nextRetry,
    const QDateTime &now = QDateTime::currentDateTime());

// "Next try at 12:03:04 (in 8 s)." for Unreachable/AuthFailed with a retry time, else empty.
QString retryText(ServerConnection::State state, const QDateTime &nextRetry,
    const QDateTime &now = QDateTime::currentDateTime());

QString environmentName(ServerEntry::Environment environment); // "Production", "Test", "DR", ""
QString environmentTag(ServerEntry::Environment environment); // short badge text: "PROD", "TEST", "DR"
QColor environmentColor(ServerEntry::Environment environment); // invalid for None
QString pairRoleName(ServerEntry::PairRole role); // "Primary", "Backup", ""

} // namespace ServerDisplay
