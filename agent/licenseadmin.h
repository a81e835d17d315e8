// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/hostfacts.h"
#include "core/license.h"
#include "core/protocol.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>

// A backend's license-lifecycle service (Backend::licenseAdmin()): fingerprint export, license
// update, backups and host facts, behind the routes of adminroutes.h. The host backend runs the
// configured tools (hostlicenseadmin.h); the simulator models them (simulatorlicenseadmin.h).
//
// The routes check what is common (who may call, sizes, that an update is a license and keeps
// Platform, Customer name and License ID, the confirmation before a fingerprint); an
// implementation does the work. Every callback runs once, on the service's thread, never from
// inside the call that started it. Errors are ApiError codes with an HTTP status (httpStatus,
// or HttpErrors::statusForCode when 0).
class LicenseAdmin : public QObject
{
    Q_OBJECT

public:
    enum class BackupKind { Data, Instances };

    struct BackupEntry
    {
        QString name; // path in the archive, relative ("opt/license-server/license.lic")
        QByteArray data;
        QDateTime modified;
        int mode = 0600;
    };

    struct InstallResult
    {
        ApiError error; // unset: installed and verified
        QString message; // what happened, for the admin, verbatim (rollback included)
        QString backupFile; // where the previous license was saved, empty when there was none
        bool rolledBack = false; // the previous license was installed again (and verified)
    };

    using FileDone
        = std::function<void(const ApiError &error, const QString &fileName, const QByteArray &data)>;
    using InstallDone = std::function<void(const InstallResult &result)>;
    using FactsDone = std::function<void(const ApiError &error, const HostFactsReport &report)>;

    // stateFile: where the record of the last backups is kept (JSON); empty: in memory only.
    explicit LicenseAdmin(const QString &backupRecordFile, QObject *parent = nullptr);

    // What this service can really do now: "fingerprint", "licenseUpdate", "backup" (a subset).
    virtual QStringList capabilities() const = 0;

    // Runs the fingerprint program; the file it produced, with a suggested name.
    virtual void exportFingerprint(FileDone done) = 0;

    // Installs `text` (a license the route parsed as `update`; `installed` is the license in
    // force, or unrecognised when none is): backs up the current license, installs, reads the
    // license back to verify, and rolls back when anything fails. Never half-applied: on an error
    // the previous license is in force again, or the message says plainly that it is not.
    virtual void installLicense(
        const QByteArray &text, const License &update, const License &installed, InstallDone done)
        = 0;

    // The files of a backup (Data: every configured data file; Instances: instances.db). False
    // with *error: not-found (no instances.db), backup-too-large, backup-failed, not-reported.
    virtual bool collectBackup(BackupKind kind, QList<BackupEntry> *entries, ApiError *error) = 0;
    // Whether this server has an instances.db (AutoVE) to back up.
    virtual bool hasInstances() const = 0;

    // Recorded vs current host facts and their drift.
    virtual void hostFacts(FactsDone done) = 0;
    // Makes the current facts the new baseline (after a change the admin has dealt with).
    virtual void acceptHostFacts(FactsDone done) = 0;

    // The record of the last backups: {"data": {time, fileName, sha256, size} | null,
    // "instances": … | null}. Written by the backup route after a backup was sent.
    QJsonObject backupRecord() const;
    void recordBackup(
        BackupKind kind, const QString &fileName, const QString &sha256, qint64 size, const QDateTime &time);

private:
    QString m_recordFile;
    QJsonObject m_record; // what the file holds (or held last)
};
