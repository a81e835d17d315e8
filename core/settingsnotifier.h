// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

// Tells the parts of the console that read ConsoleSettings that a setting changed, so that a change
// takes effect without a restart (the alert engine, the hours chart). ConsoleSettings' setters emit
// it after they stored the new value. One instance per process; use it from the GUI thread.
class SettingsNotifier : public QObject
{
    Q_OBJECT

public:
    static SettingsNotifier *instance();

Q_SIGNALS:
    void alertThresholdsChanged(); // hours or expiry-day thresholds

private:
    SettingsNotifier() = default;
};
