// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/serverconnection.h"

#include <QDateTime>
#include <QList>

// Burn rate and projected run-out of a COUNTDOWN license from the remaining hours seen over time.
// Countdown hours only run while an emulator is logged in, so the rate is measured over a recent
// window (default: the last hour of samples), from the end of a plateau at its start (the burn
// began there), and restarts after the hours went up (a license update added hours). Pure
// computation, safe on any thread.
struct HoursForecast
{
    enum class Trend {
        Unknown, // no sample, or fewer than two in the window
        Steady, // hours did not go down within the window
        Burning, // hours go down: burnRatePerHour > 0, runOut set
        Exhausted, // no hours left
    };

    Trend trend = Trend::Unknown;
    double remainingHours = 0; // the newest sample
    double burnRatePerHour = 0; // license hours consumed per hour of wall-clock time
    QDateTime runOut; // UTC; invalid unless Burning/Exhausted (or beyond ~100 years)
    QDateTime windowStart; // the samples the rate was measured over
    QDateTime windowEnd;

    static constexpr qint64 DefaultWindowSeconds = 3600;

    // The projected decline at the measured rate, for a chart: the newest sample, then 0 hours at
    // runOut. Empty unless Burning with a runOut.
    QList<ServerConnection::HoursSample> projection() const;

    // Samples with an invalid time are ignored; order does not matter.
    static HoursForecast compute(
        const QList<ServerConnection::HoursSample> &samples, qint64 windowSeconds = DefaultWindowSeconds);
};
