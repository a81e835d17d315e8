// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agent/backend.h"
#include "core/license.h"
#include "core/simulator/simulatedserver.h"

#include <QHash>

class SimulatedSite;
class SimulatorLicenseAdmin;
struct SimEmulatorInfo;

// The simulator backend: one license server (primary or backup) of a SimulatedSite in this
// process. Everything is read live from the model, so getters are current and refresh() has
// nothing to do. The license is license_viewer's text of the model, parsed by LicenseParser like
// a real one; remainingHours is the model's live value (COUNTDOWN only).
//
// Sessions: those the server holds (state "active" on the primary, "failover" on the backup,
// servedBy = its host name), plus what an admin of this server needs to see about the emulators
// it lost:
//   - an emulator in its grace period or stopped after it is listed by the server that served it
//     last (state "grace" / "stopped", empty servedBy, its last session id there);
//   - the primary also lists the emulators that failed over to the backup (state "failover",
//     servedBy = the backup's host name, the backup's session id), so both lists agree by id.
// An emulator notices a lost session only at its next license check; until then no server
// lists it. A session on the backup (or listed as failover) carries lostSince = when the
// emulator failed over; one in its grace period lostSince = the loss and graceDeadline.
//
// Service control maps to the model: start (rotates license.log), stop, restart (rotates too).
// Like systemctl, starting an active or stopping an inactive server succeeds and changes nothing.
//
// The site must be open and outlive the backend. Same thread as the site.
class SimulatorBackend : public Backend
{
    Q_OBJECT

public:
    SimulatorBackend(SimulatedSite *site, SimRole role, QObject *parent = nullptr);

    SimRole simRole() const { return m_role; }

    QString kind() const override;
    QString role() const override;
    QString hostName() const override;
    QStringList capabilities() const override;
    ServiceState serviceState() const override;
    LicenseDocument license(ApiError *error) const override;
    QList<Session> sessions() const override;
    QList<LogSourceInfo> logSources() const override;
    void controlService(const QString &action, ControlDone done) override;
    void refresh() override;
    QDateTime now() const override; // the simulated clock
    LicenseAdmin *licenseAdmin() override;
    EsxiBindService *esxiBind() override; // a simulated esxi_bind (esxibindsimulated.h)

    // What license_viewer prints from now on (a license update, simulatorlicenseadmin.h).
    void setInstalledLicense(const QString &raw);

private:
    QList<Session> listedSessions() const;
    const SimulatedServer &server() const;
    void track(const SimEmulatorInfo &info);
    void trackAll();

    SimulatedSite *m_site;
    SimRole m_role;
    License m_license;
    QString m_raw;
    // Emulators whose last server was this one → the session id they held here.
    QHash<QString, QString> m_lastServedHere;
    SimulatorLicenseAdmin *m_admin = nullptr;
    EsxiBindService *m_esxiBind = nullptr;
};
