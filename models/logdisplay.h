// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/logline.h"

#include <QColor>
#include <QDateTime>
#include <QString>

#include <optional>

// Which clock the time column of a log view follows.
//
// Log lines carry the server's wall clock without a zone (VE, AXP/VAX, PAR: LogParser labels it
// UTC), except error.log, whose epoch seconds are a real UTC instant. To show a line in the
// console's local time the server's UTC offset is needed: `serverUtcOffsetSeconds` when the
// agent reports it, otherwise the console assumes the server runs in the console's own zone.
// The server's clock error (`skewMs`, agent clock minus console clock, from
// ServerConnection::clockSkewMs()) is then subtracted, so local times line up with the
// console's clock and with other servers' lines. Server time shows the wall clock as written
// (error.log instants shifted into the server's zone); it never applies the skew.
struct LogClock
{
    enum class Zone { Server, Local };

    Zone zone = Zone::Server;
    std::optional<int> serverUtcOffsetSeconds; // unknown: the console's zone
    qint64 skewMs = 0;

    // The real instant (UTC, corrected for the skew) of a time LogStore::timeMs() or LogParser
    // gave. `isInstant`: the time already is a UTC instant (error.log), not a wall clock.
    qint64 instantMs(qint64 storeMs, bool isInstant) const;
    // The time shown for it: local time, or the server's wall clock (timespec UTC, no zone).
    QDateTime shown(qint64 storeMs, bool isInstant) const;
    // The inverse of shown() for a wall-clock source: what LogStore::timeMs() holds for a line
    // shown at `shown` (read as local time or as the server's wall clock). For time filters.
    qint64 storeMs(const QDateTime &shown, bool isInstant) const;

    friend bool operator==(const LogClock &a, const LogClock &b)
    {
        return a.zone == b.zone && a.serverUtcOffsetSeconds == b.serverUtcOffsetSeconds
            && a.skewMs == b.skewMs;
    }
    friend bool operator!=(const LogClock &a, const LogClock &b) { return !(a == b); }
};

// How log lines look in every log view: level words and colours, times. Colours follow the
// application palette (readable on light and dark themes).
namespace LogDisplay {

QString levelText(LogLine::Level level); // "ERROR", "WARN" …, empty for Unknown
QString levelTitle(LogLine::Level level); // "Errors and worse" style names for a level chooser
// Errors and fatal lines red, warnings amber, debug dimmed (not hidden); invalid otherwise.
QColor levelColor(LogLine::Level level);
QColor errorBackground(); // a faint tint behind error/fatal rows
QColor bookmarkBackground();
QColor searchHighlight();
QString timeText(const QDateTime &shown); // "2026-01-31 18:08:25" (".123" when ms are set)
bool isInstantFormat(LogLine::Format format); // error.log: epoch seconds, a UTC instant

// The time column's zone the user chose last (QSettings "logs/timeZone"), for new log views.
LogClock::Zone preferredZone();
void setPreferredZone(LogClock::Zone zone);

} // namespace LogDisplay
