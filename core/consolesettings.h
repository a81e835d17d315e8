// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/alertconditions.h"

#include <QList>
#include <QString>

#include <optional>

// The console's own preferences (QSettings of the application; never a secret in there).
namespace ConsoleSettings {

inline constexpr int DefaultPollSeconds = 10;
inline constexpr int MinPollSeconds = 2;
inline constexpr int MaxPollSeconds = 3600;

int pollIntervalSeconds(); // clamped to [Min, Max]
void setPollIntervalSeconds(int seconds);

// Alert thresholds: remaining COUNTDOWN hours and days to the expiration date. The first level
// is info, the next warning, the rest critical (the defaults: 500/100/24 hours, 90/30/7/1 days).
// The setters store the levels highest first and emit SettingsNotifier::alertThresholdsChanged.
inline constexpr double DefaultHoursThresholds[] {500, 100, 24};
inline constexpr double DefaultExpiryThresholdDays[] {90, 30, 7, 1};
inline constexpr int MaxLevels = 8;
inline constexpr double MaxHoursThreshold = 1'000'000;
inline constexpr double MaxExpiryThresholdDays = 36'500;
QList<double> defaultHoursThresholds();
QList<double> defaultExpiryThresholdDays();
QList<double> hoursThresholds(); // positive values, highest first; the defaults when unset or bad
void setHoursThresholds(const QList<double> &hours);
QList<double> expiryThresholdDays();
void setExpiryThresholdDays(const QList<double> &days);
AlertThresholds alertThresholds(); // both lists as AlertThresholds levels

// An admin's list of levels, e.g. "500, 100, 24": numbers with a decimal point, separated by
// commas, semicolons or spaces; each > 0 and <= max, 1 to MaxLevels of them, none twice. The
// result is sorted highest first. nullopt and *error (a sentence to show) when the text is bad.
std::optional<QList<double>> parseLevels(const QString &text, double max, QString *error = nullptr);
QString levelsText(const QList<double> &levels); // "500, 100, 24": what parseLevels() reads back

} // namespace ConsoleSettings
