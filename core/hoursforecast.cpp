// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/hoursforecast.h"

#include <algorithm>
#include <cmath>

namespace {

constexpr double Epsilon = 1e-9;
constexpr double MaxProjectionHours = 100.0 * 365 * 24; // beyond that a date means nothing

} // namespace

HoursForecast HoursForecast::compute(
    const QList<ServerConnection::HoursSample> &samples, qint64 windowSeconds)
{
    QList<ServerConnection::HoursSample> sorted;
    sorted.reserve(samples.size());
    for (const auto &sample : samples) {
        if (sample.time.isValid() && std::isfinite(sample.hours))
            sorted.append(sample);
    }
    std::stable_sort(
        sorted.begin(), sorted.end(), [](const auto &a, const auto &b) { return a.time < b.time; });

    HoursForecast forecast;
    if (sorted.isEmpty())
        return forecast;
    const auto &last = sorted.constLast();
    forecast.remainingHours = last.hours;
    forecast.windowEnd = last.time;
    forecast.windowStart = last.time;
    if (last.hours <= Epsilon) {
        forecast.trend = Trend::Exhausted;
        forecast.runOut = last.time;
        // The moment it ran out: the first sample at zero after the last one above zero.
        for (qsizetype i = sorted.size() - 1; i >= 0 && sorted[i].hours <= Epsilon; --i)
            forecast.runOut = sorted[i].time;
        return forecast;
    }

    // Walk back while inside the window and while the hours only went down.
    const QDateTime limit = last.time.addSecs(-std::max<qint64>(windowSeconds, 1));
    qsizetype first = sorted.size() - 1;
    while (first > 0 && sorted[first - 1].time >= limit
        && sorted[first - 1].hours + Epsilon >= sorted[first].hours)
        --first;
    if (first == sorted.size() - 1)
        return forecast; // one sample: nothing to measure

    const auto &start = sorted[first];
    forecast.windowStart = start.time;
    const double elapsedHours = double(start.time.msecsTo(last.time)) / 3'600'000.0;
    const double used = start.hours - last.hours;
    if (elapsedHours <= 0 || used <= Epsilon) {
        forecast.trend = elapsedHours > 0 ? Trend::Steady : Trend::Unknown;
        return forecast;
    }
    // A plateau at the start of the window is time before the burn began (no emulator was logged
    // in, or the emulators ran on the other server): measuring over it would understate the rate
    // by as much as the plateau is long, and put the run-out far too late. The burn began after
    // the plateau's last sample.
    qsizetype burnStart = first;
    while (burnStart + 1 < sorted.size() - 1 && sorted[burnStart + 1].hours + Epsilon >= sorted[first].hours)
        ++burnStart;
    const auto &began = sorted[burnStart];
    forecast.windowStart = began.time;
    forecast.trend = Trend::Burning;
    forecast.burnRatePerHour
        = (began.hours - last.hours) / (double(began.time.msecsTo(last.time)) / 3'600'000.0);
    const double hoursLeft = last.hours / forecast.burnRatePerHour;
    if (hoursLeft <= MaxProjectionHours)
        forecast.runOut = last.time.addMSecs(qint64(std::llround(hoursLeft * 3'600'000.0)));
    return forecast;
}

QList<ServerConnection::HoursSample> HoursForecast::projection() const
{
    if (trend != Trend::Burning || !runOut.isValid() || !windowEnd.isValid())
        return {};
    return {{windowEnd, remainingHours}, {runOut, 0.0}};
}
