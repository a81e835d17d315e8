// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agent/agentconfig.h"
#include "agent/licenseadmin.h"

#include <QElapsedTimer>
#include <QTimer>

// The license lifecycle on the real host (AgentConfig):
// - fingerprint: runs fingerprint_command (no shell, admin_tool_timeout_ms); the file is what it
//   writes to "{file}" (a private file in the state dir) when that argument is given, else its
//   standard output;
// - license update: LicenseInstallJob (backup, installer_command, license_viewer, rollback), one
//   at a time; backups and updates are kept in <stateDir>/license-backups;
// - backup: the configured backup_paths (files, and directories recursively without following
//   symbolic links), without the license server's logs, as archive paths relative to "/";
//   instances.db on its own, read until two reads agree (the server may write it meanwhile);
// - host facts: read by HostFactsReader; the first reading is recorded in
//   <stateDir>/host-facts.json and is the baseline every later reading is compared with, until
//   an admin accepts the current facts. Re-read when asked and older than 2 s, and every 10
//   minutes (drift is logged to standard error, i.e. the journal).
// Capabilities: fingerprint (the command is executable), licenseUpdate (installer and
// license_viewer are), backup (a backup path exists).
class HostLicenseAdmin : public LicenseAdmin
{
    Q_OBJECT

public:
    static constexpr int FactsMaxAgeMs = 2000;
    static constexpr int FactsCheckIntervalMs = 10 * 60 * 1000;

    explicit HostLicenseAdmin(const AgentConfig &config, QObject *parent = nullptr);

    QStringList capabilities() const override;
    void exportFingerprint(FileDone done) override;
    void installLicense(
        const QByteArray &text, const License &update, const License &installed, InstallDone done) override;
    bool collectBackup(BackupKind kind, QList<BackupEntry> *entries, ApiError *error) override;
    bool hasInstances() const override;
    void hostFacts(FactsDone done) override;
    void acceptHostFacts(FactsDone done) override;

    // How long the update's verification waits for license_viewer to show it (tests shorten it).
    void setVerifyTiming(int attempts, int delayMs);

Q_SIGNALS:
    // A license update ended (installed, or rolled back): the installed license may have changed.
    void licenseInstallFinished();

private:
    bool collectData(QList<BackupEntry> *entries, ApiError *error) const;
    bool collectInstances(QList<BackupEntry> *entries, ApiError *error) const;
    bool excludedFromBackup(const QString &path) const;
    void readFacts(std::function<void()> then);
    HostFactsReport report() const;
    QString recordFile() const;

    AgentConfig m_config;
    bool m_fingerprintRunning = false;
    bool m_installRunning = false;
    int m_verifyAttempts = 3;
    int m_verifyDelayMs = 1000;

    HostFacts m_recorded;
    bool m_haveRecord = false;
    QString m_recordError; // the record exists but cannot be used
    HostFacts m_current;
    QElapsedTimer m_factsAge; // invalid until the first reading
    bool m_factsReading = false;
    QList<std::function<void()>> m_factsWaiting;
    QStringList m_loggedDrift;
    QTimer m_factsTimer;
};
