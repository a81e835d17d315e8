// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agent/agentconfig.h"
#include "agent/backend.h"

#include <QElapsedTimer>
#include <QFileSystemWatcher>
#include <QTimer>

#include <optional>

class HostLicenseAdmin;

// The real license-server host: everything comes from the configured paths and commands
// (AgentConfig), run without a shell and with timeouts (ProcessRunner).
//
// Reads are lazy and cached: refresh() re-runs license_viewer when the last read is older than
// licenseMaxAgeMs, and `systemctl show` (and the optional sessions/hours commands) when older
// than serviceMaxAgeMs, in the background; getters return the last result at once. So an idle
// agent spawns nothing, and status stays fast whatever the tools do. A rotation of license.log
// (a new file in its directory: the server restarted) re-reads the license too.
//
// Capabilities are what can really be read: license (license_viewer is executable), service
// (systemctl is runnable and a unit is loaded), logs (a log file exists), journal (journalctl and
// a unit), sessions / remainingHours (only with the optional commands configured: the vendor
// publishes no way to read them).
class HostBackend : public Backend
{
    Q_OBJECT

public:
    explicit HostBackend(const AgentConfig &config, QObject *parent = nullptr);

    QString kind() const override;
    QString role() const override;
    QString hostName() const override;
    QStringList capabilities() const override;
    ServiceState serviceState() const override;
    LicenseDocument license(ApiError *error) const override;
    QList<Session> sessions() const override;
    QList<LogSourceInfo> logSources() const override;
    void controlService(
        const QString &action, std::function<void(bool ok, const QString &message)> done) override;
    void refresh() override;
    LicenseAdmin *licenseAdmin() override;
    EsxiBindService *esxiBind() override;

private:
    void readLicense();
    void readService(std::function<void()> then = {});
    void readSessions();
    void readRemainingHours();
    void updateCapabilities();
    QString unitName() const;
    static bool isStale(const QElapsedTimer &timer, int maxAgeMs);

    AgentConfig m_config;
    QString m_hostName;

    LicenseDocument m_license;
    ApiError m_licenseError;
    QElapsedTimer m_licenseRead; // invalid until the first read started
    bool m_licenseRunning = false;

    ServiceState m_service;
    QString m_detectedUnit; // the loaded unit, when auto-detected
    QElapsedTimer m_serviceRead;
    bool m_serviceRunning = false;
    bool m_controlRunning = false;

    QList<Session> m_sessions;
    std::optional<double> m_remainingHours;
    QElapsedTimer m_extrasRead;
    bool m_sessionsRunning = false;
    bool m_hoursRunning = false;

    QStringList m_capabilities;
    HostLicenseAdmin *m_admin = nullptr;
    bool m_licenseRereadPending = false; // a license update ended while license_viewer ran
    EsxiBindService *m_esxiBind = nullptr;
    QFileSystemWatcher m_watcher;
    QTimer m_rotationDebounce;
};
