// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/alertconditions.h"

#include <QList>

// The console's own preferences (QSettings of the application; never a secret in there).
namespace ConsoleSettings {

inline constexpr int DefaultPollSeconds = 10;
inline constexpr int MinPollSeconds = 2;
inline constexpr int MaxPollSeconds = 3600;

int pollIntervalSeconds(); // clamped to [Min, Max]
void setPollIntervalSeconds(int seconds);

// Alert thresholds: remaining COUNTDOWN hours and days to the expiration date. The first level
// is info, the next warning, the rest critical (the defaults: 500/100/24 hours, 90/30/7/1 days).
inline constexpr double DefaultHoursThresholds[] {500, 100, 24};
inline constexpr double DefaultExpiryThresholdDays[] {90, 30, 7, 1};
QList<double> hoursThresholds(); // positive values, highest first; the defaults when unset or bad
void setHoursThresholds(const QList<double> &hours);
QList<double> expiryThresholdDays();
void setExpiryThresholdDays(const QList<double> &days);
AlertThresholds alertThresholds(); // both lists as AlertThresholds levels

} // namespace ConsoleSettings
