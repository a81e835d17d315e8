// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/protocol.h"
#include "core/simulator/simlogwriter.h"
#include "core/simulator/simulatedserver.h"

#include <QDateTime>
#include <QString>

#include <optional>

// Starting: created, first login not done yet (never visible once the site's call returns).
enum class SimEmulatorState { Starting, Primary, Backup, Grace, Stopped };
QString simEmulatorStateName(SimEmulatorState state); // "starting", "primary", "backup", "grace", "stopped"

// A snapshot of one emulator, as the agent and the tests see it. Times are simulated UTC.
struct SimEmulatorInfo
{
    QString name;
    QString address;
    QString product;
    SimEmulatorState state = SimEmulatorState::Starting;
    QDateTime since; // when it entered `state`
    QDateTime nextCheck; // its next license check; invalid once stopped
    QDateTime lossTime; // grace: when the loss of every license server was detected
    QDateTime graceDeadline; // grace: the exact time it stops unless a server serves it
    QString servedBy; // host name of the server it is logged in to, empty when none
    QString sessionId;
    QString logPath;
};

// One Charon emulator using VE licenses, with its own log in the VE format. It logs in at
// every check (the check interval of its license), to the primary first, else to the backup.
// Losing every server starts the grace period of its license ("Charon will be terminated within
// 2 hours!"); when the grace period ends with no server serving it, it logs "License server is
// unavailable!" (FATAL) and stops. While on the backup it probes the primary at every check and
// switches back as soon as the primary serves it again.
// The site calls check() at nextCheckMs() and expireGrace() at graceDeadlineMs(), in time order;
// lines are queued in log() for the site to flush.
class SimulatedEmulator
{
public:
    static constexpr qint64 Never = SimulatedServer::Never;

    SimulatedEmulator(const QString &name, const QString &address, const QString &product,
        const QString &logPath, qint64 firstCheckMs, int graceMinutes, int intervalMinutes);

    QString name() const { return m_name; }
    SimEmulatorState state() const { return m_state; }
    SimEmulatorInfo info() const;
    Session session() const; // the emulator's own view: state active|failover|grace|stopped
    SimLogWriter &log() { return m_log; }

    qint64 nextCheckMs() const { return m_nextCheckMs; }
    qint64 graceDeadlineMs() const { return m_state == SimEmulatorState::Grace ? m_deadlineMs : Never; }

    void check(qint64 t, SimulatedServer &primary, SimulatedServer &backup);
    void expireGrace(qint64 t);
    // Logs out (when logged in) and stops; restart() makes it log in again at t.
    void shutDown(qint64 t, SimulatedServer &primary, SimulatedServer &backup);
    void restart(qint64 t);

private:
    // Logs in to `server`, logging the attempt; quiet logs only a success (the periodic probe of
    // the primary while on the backup).
    bool connectTo(qint64 t, SimulatedServer &server, bool quiet = false);
    void enterGrace(qint64 t);
    void setState(qint64 t, SimEmulatorState state);

    QString m_name;
    QString m_address;
    QString m_product;
    SimLogWriter m_log;
    SimEmulatorState m_state = SimEmulatorState::Starting;
    qint64 m_sinceMs = 0;
    qint64 m_nextCheckMs = 0;
    qint64 m_lossMs = 0;
    qint64 m_deadlineMs = 0;
    int m_graceMinutes; // from the license of the last server that served it
    int m_intervalMinutes; // idem
    std::optional<SimRole> m_servedBy;
    QString m_servedByHost;
    QString m_sessionId;
};
