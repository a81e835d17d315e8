// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agent/licenseadmin.h"

class AgentServer;
class SimulatorBackend;

// The license lifecycle of a simulated license server (SimulatorBackend):
// - fingerprint: a text naming the simulated host and its facts;
// - license update: the update becomes what the server's license_viewer prints (the model keeps
//   the limits of the license it started with); the previous text is saved first in
//   <server dir>/license-backups/license-<stamp>.lic, as the host backend does;
// - backup: the installed license as opt/license-server/license.lic; no instances.db (the
//   simulated servers are not in AutoVE mode);
// - host facts: a modelled host (4 cores, 8 GB, KVM on AWS t3.large) recorded at start, which
//   the simulator route below changes to show drift.
class SimulatorLicenseAdmin : public LicenseAdmin
{
    Q_OBJECT

public:
    // backend owns this; serverDir is the simulated server's directory (its backups go there).
    SimulatorLicenseAdmin(SimulatorBackend *backend, const QString &serverDir);

    QStringList capabilities() const override;
    void exportFingerprint(FileDone done) override;
    void installLicense(
        const QByteArray &text, const License &update, const License &installed, InstallDone done) override;
    bool collectBackup(BackupKind kind, QList<BackupEntry> *entries, ApiError *error) override;
    bool hasInstances() const override { return false; }
    void hostFacts(FactsDone done) override;
    void acceptHostFacts(FactsDone done) override;

    static HostFacts modelledFacts(const QString &hostName);
    // Changes the current facts: any of cpuCores, memoryMB, hypervisor, cloudProvider,
    // cloudInstanceType, machineId, productUuid; {"reset": true} restores the recorded ones.
    bool changeFacts(const QJsonObject &changes, QString *error);

    // POST /api/v1/simulator/{primary|backup}/host-facts (admin) on `server`, for both servers.
    static void installRoute(AgentServer &server, SimulatorBackend *primary, SimulatorBackend *backup);

private:
    HostFactsReport report() const;

    SimulatorBackend *m_backend;
    QString m_serverDir;
    HostFacts m_recorded;
    HostFacts m_current;
};
