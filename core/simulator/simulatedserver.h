// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/protocol.h"
#include "core/simulator/simlicense.h"
#include "core/simulator/simlogwriter.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <limits>
#include <optional>

enum class SimRole { Primary, Backup };
QString simRoleName(SimRole role); // "primary" | "backup"
std::optional<SimRole> simRoleFromName(QStringView name); // exact, lower case

// What a license server answered to a login or a license check.
struct SimAnswer
{
    enum class Kind { Ok, Unreachable, Refused };
    Kind kind = Kind::Unreachable;
    QString reason; // Refused: why, in the server's words
    QString sessionId; // Ok: the session
    bool ok() const { return kind == Kind::Ok; }
};

// One simulated VE license server (the model of `licensed` / CharonLicenseServer on its host).
// Its files live under rootDir, laid out like /opt/license-server: log/license.log (rotated to
// license.log.1 … at every start) and error.log.
//
// Time: every operation takes the simulated time in ms since the epoch, and the owner (the site)
// calls them in time order. The server queues log lines; the owner flushes licenseLog() and
// errorLog() after each instant. Sessions: an emulator holds a session (one instance slot of a
// product section) from login until logout, until the server stops, until it misses its check by
// more than a minute, or until a COUNTDOWN license runs out of hours.
// COUNTDOWN hours run at 1 hour per simulated hour while at least one session is logged in, and
// never below 0; at 0 the server closes its sessions and refuses every login. A NORMAL license
// past its expiration date closes the sessions at their next check and refuses logins.
class SimulatedServer
{
public:
    static constexpr qint64 Never = std::numeric_limits<qint64>::max();
    static constexpr qint64 CheckToleranceMs = 60 * 1000; // a missed check closes the session after this

    SimulatedServer(SimRole role, const QString &hostName, const QString &address, const SimLicense &license,
        const QString &rootDir, int keepRotated);

    SimRole role() const { return m_role; }
    QString hostName() const { return m_hostName; }
    QString address() const { return m_address; }
    const SimLicense &license() const { return m_license; }
    QString licenseText() const { return m_license.text(); }

    ServiceState serviceState() const { return m_service; }
    bool isActive() const;
    bool isNetworkDown() const { return m_networkDown; }
    bool isReachable() const { return isActive() && !m_networkDown; }

    // COUNTDOWN licenses only; std::nullopt for NORMAL.
    std::optional<double> remainingHours() const;
    qint64 remainingMs() const { return m_remainingMs; }

    // Sessions it serves now, in login order (servedBy = host name; state "active" on the primary,
    // "failover" on the backup).
    QList<Session> sessions() const;
    bool hasSession(const QString &id) const;

    QString rootDir() const { return m_rootDir; }
    QString licenseLogPath() const { return m_licenseLog.path(); }
    QString errorLogPath() const { return m_errorLog.path(); }
    int keepRotated() const { return m_keep; }
    SimLogWriter &licenseLog() { return m_licenseLog; }
    SimLogWriter &errorLog() { return m_errorLog; }

    // Service control at time t. start() rotates license.log first; starting an active server
    // logs the documented "cannot bind" lines to error.log and returns false. stop() closes all
    // sessions; false when not active.
    bool start(qint64 t, QString *error);
    bool stop(qint64 t);
    void setNetworkDown(bool down) { m_networkDown = down; }
    bool setRemainingHours(qint64 t, double hours); // COUNTDOWN only, 0 ≤ hours ≤ 1e6

    SimAnswer login(qint64 t, const QString &emulatorHost, const QString &address, const QString &product);
    SimAnswer check(qint64 t, const QString &sessionId);
    void logout(qint64 t, const QString &sessionId);

    // The model's clock: accrue() runs hours and per-session consumption over dtMs ending at
    // `now`; nextEventMs() is the next instant the server must act at (hours exhausted, a session
    // missing its check), Never when none; processEvents(t) acts on everything due at t.
    void accrue(qint64 dtMs);
    qint64 nextEventMs(qint64 nowMs) const;
    void processEvents(qint64 t);

private:
    struct Entry
    {
        Session session;
        int section = 0;
        int instance = 0;
        qint64 sinceMs = 0;
        qint64 lastSeenMs = 0;
        qint64 consumedMs = 0;
    };

    QString sectionLabel(const Entry &e) const;
    void closeAll(qint64 t, const QString &why);
    void warnLowHours(qint64 t);
    qint64 intervalMs() const;

    SimRole m_role;
    QString m_hostName;
    QString m_address;
    SimLicense m_license;
    QString m_rootDir;
    int m_keep;
    SimLogWriter m_licenseLog;
    SimLogWriter m_errorLog;
    ServiceState m_service;
    bool m_networkDown = false;
    int m_starts = 0;
    qint64 m_remainingMs = 0;
    int m_lowestWarned = std::numeric_limits<int>::max();
    int m_sessionCounter = 0;
    QList<Entry> m_sessions;
};
