// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/consolesettings.h"

#include <QSettings>
#include <QStringList>

#include <algorithm>
#include <functional>
#include <iterator>

using namespace Qt::StringLiterals;

namespace {

constexpr int MaxLevels = 8;

// "500,100,24" → {500, 100, 24}; anything unreadable, non-positive or empty gives the fallback.
QList<double> readLevels(const QString &key, const QList<double> &fallback)
{
    const QString text = QSettings().value(key).toString();
    QList<double> levels;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        bool ok = false;
        const double value = part.trimmed().toDouble(&ok);
        if (!ok || !(value > 0) || value > 1e9)
            return fallback;
        levels.append(value);
    }
    if (levels.isEmpty() || levels.size() > MaxLevels)
        return fallback;
    std::sort(levels.begin(), levels.end(), std::greater<double>());
    return levels;
}

void writeLevels(const QString &key, const QList<double> &levels)
{
    QStringList parts;
    for (double value : levels)
        parts.append(QString::number(value));
    QSettings().setValue(key, parts.join(u','));
}

QList<AlertThresholds::Level> toLevels(const QList<double> &values)
{
    QList<AlertThresholds::Level> levels;
    for (qsizetype i = 0; i < values.size(); ++i) {
        const Alert::Severity severity = i == 0 ? Alert::Severity::Info
            : i == 1                            ? Alert::Severity::Warning
                                                : Alert::Severity::Critical;
        levels.append({values.at(i), severity});
    }
    return levels;
}

} // namespace

namespace ConsoleSettings {

int pollIntervalSeconds()
{
    const int value = QSettings().value(u"polling/intervalSeconds"_s, DefaultPollSeconds).toInt();
    return std::clamp(value, MinPollSeconds, MaxPollSeconds);
}

void setPollIntervalSeconds(int seconds)
{
    QSettings().setValue(u"polling/intervalSeconds"_s, std::clamp(seconds, MinPollSeconds, MaxPollSeconds));
}

} // namespace ConsoleSettings

namespace ConsoleSettings {

QList<double> hoursThresholds()
{
    return readLevels(u"alerts/hoursThresholds"_s,
        QList<double>(std::begin(DefaultHoursThresholds), std::end(DefaultHoursThresholds)));
}

void setHoursThresholds(const QList<double> &hours)
{
    writeLevels(u"alerts/hoursThresholds"_s, hours);
}

QList<double> expiryThresholdDays()
{
    return readLevels(u"alerts/expiryThresholdDays"_s,
        QList<double>(std::begin(DefaultExpiryThresholdDays), std::end(DefaultExpiryThresholdDays)));
}

void setExpiryThresholdDays(const QList<double> &days)
{
    writeLevels(u"alerts/expiryThresholdDays"_s, days);
}

AlertThresholds alertThresholds()
{
    AlertThresholds thresholds;
    thresholds.hours = toLevels(hoursThresholds());
    thresholds.expiryDays = toLevels(expiryThresholdDays());
    return thresholds;
}

} // namespace ConsoleSettings
