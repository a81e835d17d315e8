// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/protocol.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

// Reads `systemctl show -p Id,LoadState,ActiveState,ActiveEnterTimestamp,InactiveEnterTimestamp,
// MainPID UNIT…` (run with TZ=UTC, so timestamps read "Mon 2024-01-15 10:20:30 UTC"; "@epoch" is
// accepted too). One block of KEY=VALUE lines per unit, in the order the units were named,
// separated by empty lines.
namespace SystemctlShow {
struct Unit
{
    QString id; // "licensed.service"
    QString loadState; // "loaded", "not-found", …
    ServiceState state;
    bool isLoaded() const { return loadState == QLatin1String("loaded"); }
};

QStringList arguments(const QStringList &units); // show -p … UNIT…
QList<Unit> parse(const QByteArray &output);
QDateTime parseTimestamp(const QString &text); // invalid for empty or unknown formats
} // namespace SystemctlShow
