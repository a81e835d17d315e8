// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/historysample.h"

#include <QDateTime>
#include <QString>

#include <optional>

class Backend;

// What the history and /metrics report about a backend's license server, read from its cached
// state in one place so both say the same:
//   - sessions: those this server serves (not lost: state other than grace/stopped, and served by
//     it or by no one named), so a primary listing its failed-over emulators counts none of them;
//   - failoverActive: a session it lists is in state "failover", or it is the backup and serves one;
//   - serviceUp: the service state is "active".
struct BackendFacts
{
    QDateTime clock; // the backend's clock when read
    QString hostName;
    QString role;
    std::optional<double> remainingHours;
    std::optional<int> sessions; // none without the sessions capability
    bool serviceUp = false;
    bool failoverActive = false;
    bool hasLicense = false;
    QDateTime licenseExpiry; // the earliest expiration date; invalid when none (COUNTDOWN, permanent)

    static BackendFacts read(const Backend &backend);
    HistorySample sample() const; // the history's view, timed at `clock` (whole seconds)
};
