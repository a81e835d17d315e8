// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/protocol.h"

#include <QDateTime>
#include <QMap>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>

class EsxiBindService;
class LicenseAdmin;

// A log source the agent can serve: a file (followed across rotation to path.1, path.2 …) or the
// service unit's journal.
struct LogSourceInfo
{
    QString name; // validated route name: [a-z0-9._-]+, e.g. "license", "error", "journal"
    QString kind; // "file" | "journal"
    QString path; // file sources: the live file; rotated siblings are path.1, path.2 …
    QString description; // human text for the console
    QStringList command = {}; // journal sources: journalctl and its unit filter ({journalctl, -u, UNIT})
};

// Where the agent's data comes from: the real license-server host, or the simulator.
// Contract: every getter is fast and never blocks (it returns what was last read; slow reads
// such as running license_viewer happen off the request path, see refresh()). Lives on the
// agent's main thread.
class Backend : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    virtual QString kind() const = 0; // "host" | "simulator"
    virtual QString role() const = 0; // primary | backup | peer | unknown
    virtual QString hostName() const = 0;
    virtual QStringList capabilities() const = 0;
    virtual ServiceState serviceState() const = 0;

    // Last license read. With *error set (code e.g. "no-license", "tool-failed",
    // "tool-timeout", "not-ready") the document is not valid.
    virtual LicenseDocument license(ApiError *error) const = 0;
    virtual QList<Session> sessions() const = 0;
    virtual QList<LogSourceInfo> logSources() const = 0;

    // action: "start" | "stop" | "restart". done runs once, on the backend's thread.
    using ControlDone = std::function<void(bool ok, const QString &message)>;
    virtual void controlService(const QString &action, ControlDone done) = 0;

    // Re-read what may have changed (license, service state). Called on start and by the server
    // before it answers status, license and sessions: it must return at once (start any slow
    // read in the background) and rate-limit itself (e.g. re-read only what is older than a few
    // seconds), since it may be called thousands of times per second.
    virtual void refresh() = 0;

    // The esxi_bind service of this backend (agent/esxibindservice.h), or null when it has none:
    // the esxi-bind routes then answer 501 not-reported. Owned by the backend.
    virtual EsxiBindService *esxiBind() { return nullptr; }

    // The license-lifecycle service of this backend (agent/licenseadmin.h: fingerprint, license
    // update, backups, host facts), or null when it has none: those routes then answer 501
    // not-reported, and its capabilities are not reported. Owned by the backend.
    virtual LicenseAdmin *licenseAdmin() { return nullptr; }

    // The backend's clock (UTC): the host's, or the simulated one, so every time an answer
    // carries (status.hostClock, history samples) is on the same clock as its sessions and logs.
    virtual QDateTime now() const { return QDateTime::currentDateTimeUtc(); }

    // Problems of the agent's own parts serving this backend (e.g. the history store cannot
    // write), shown in status.warnings. One text per source; an empty text clears it.
    void setWarning(const QString &source, const QString &text)
    {
        if (text.isEmpty())
            m_warnings.remove(source);
        else
            m_warnings.insert(source, text);
    }
    QStringList warnings() const { return m_warnings.values(); }

Q_SIGNALS:
    void licenseChanged();
    void serviceStateChanged();

private:
    QMap<QString, QString> m_warnings; // source → text, sorted by source
};
