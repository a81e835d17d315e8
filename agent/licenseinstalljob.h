// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agent/licenseadmin.h"

#include <QObject>
#include <QStringList>

// One license update on the host, start to end:
//   1. back up the license in force: the configured license file, else the agent's copy of the
//      license it installed last (when license_viewer still shows that one), to
//      <backupDir>/license-<UTC stamp>.lic; no usable source → refused (nothing was changed);
//   2. write the update to <backupDir>/update-<stamp>.lic and run the installer on it;
//   3. run license_viewer until it shows the update (verifyAttempts, verifyDelayMs apart);
//   4. on any failure, install the backup again and verify that license_viewer shows the
//      previous license; the result says whether that worked, and where the backup lies. When
//      the installer failed and license_viewer still shows the previous license, nothing was
//      changed and nothing is re-installed.
// On success the update is kept as <backupDir>/installed.lic (the source of the next backup);
// only the newest KeepFiles backups and updates are kept. No shell anywhere; every tool has its
// timeout. The job deletes itself after `done`.
class LicenseInstallJob : public QObject
{
    Q_OBJECT

public:
    static constexpr int KeepFiles = 20;

    struct Options
    {
        QStringList installer; // gets the file for "{file}", else as its last argument
        QStringList licenseViewer;
        QString backupDir; // created 0700 when missing
        QString licenseFile; // configured; empty: unknown
        int installerTimeoutMs = 120000;
        int viewerTimeoutMs = 15000;
        int verifyAttempts = 3;
        int verifyDelayMs = 1000;
    };

    // The command with `file` in place of "{file}", or appended when there is no such argument.
    static QStringList commandFor(const QStringList &command, const QString &file);

    static void start(const Options &options, const QByteArray &text, const License &update,
        const License &installed, QObject *parent, LicenseAdmin::InstallDone done);

private:
    LicenseInstallJob(const Options &options, QObject *parent);
    void run(const QByteArray &text);
    bool backUp(QString *error);
    void install(const QString &file, std::function<void(bool ok, const QString &detail)> then);
    void verify(
        const License &expected, int attempt, std::function<void(bool ok, const QString &detail)> then);
    // checkFirst: when license_viewer still shows the previous license, nothing needs undoing.
    void rollBack(const QString &code, const QString &reason, bool checkFirst);
    void finish(const LicenseAdmin::InstallResult &result);

    Options m_options;
    License m_update;
    License m_installed;
    QString m_stamp;
    QString m_backupFile;
    QString m_updateFile;
    LicenseAdmin::InstallDone m_done;
};
