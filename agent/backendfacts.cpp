// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "agent/backendfacts.h"

#include "agent/backend.h"
#include "core/alertconditions.h"

using namespace Qt::StringLiterals;

BackendFacts BackendFacts::read(const Backend &backend)
{
    BackendFacts f;
    f.clock = backend.now();
    f.hostName = backend.hostName();
    f.role = backend.role();
    f.serviceUp = backend.serviceState().state == "active"_L1;
    ApiError error;
    const LicenseDocument license = backend.license(&error);
    if (!error.isSet()) {
        f.hasLicense = true;
        f.remainingHours = license.remainingHours;
        f.licenseExpiry = AlertConditions::expirationDate(license.license);
    }
    if (backend.capabilities().contains(Capability::Sessions)) {
        int served = 0;
        for (const Session &s : backend.sessions()) {
            if (s.state == "grace"_L1 || s.state == "stopped"_L1)
                continue;
            if (s.state == "failover"_L1)
                f.failoverActive = true;
            if (s.servedBy.isEmpty() || s.servedBy == f.hostName)
                ++served;
        }
        f.sessions = served;
        if (f.role == "backup"_L1 && served > 0)
            f.failoverActive = true;
    }
    return f;
}

HistorySample BackendFacts::sample() const
{
    HistorySample s;
    s.time = QDateTime::fromSecsSinceEpoch(clock.toSecsSinceEpoch(), Qt::UTC);
    s.remainingHours = remainingHours;
    s.sessions = sessions;
    s.serviceUp = serviceUp;
    s.failoverActive = failoverActive;
    return s;
}
