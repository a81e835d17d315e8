// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/simulator/simulatedemulator.h"

#include "core/simulator/simlicense.h"

using namespace Qt::StringLiterals;

namespace {

using Level = LogLine::Level;
constexpr qint64 MinuteMs = 60 * 1000;

QDateTime timeOf(qint64 ms)
{
    return ms == SimulatedEmulator::Never ? QDateTime() : QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

} // namespace

QString simEmulatorStateName(SimEmulatorState state)
{
    switch (state) {
    case SimEmulatorState::Starting:
        return u"starting"_s;
    case SimEmulatorState::Primary:
        return u"primary"_s;
    case SimEmulatorState::Backup:
        return u"backup"_s;
    case SimEmulatorState::Grace:
        return u"grace"_s;
    case SimEmulatorState::Stopped:
        break;
    }
    return u"stopped"_s;
}

SimulatedEmulator::SimulatedEmulator(const QString &name, const QString &address, const QString &product,
    const QString &logPath, qint64 firstCheckMs, int graceMinutes, int intervalMinutes)
    : m_name(name)
    , m_address(address)
    , m_product(product)
    , m_log(logPath)
    , m_sinceMs(firstCheckMs)
    , m_nextCheckMs(firstCheckMs)
    , m_graceMinutes(std::max(graceMinutes, 1))
    , m_intervalMinutes(std::max(intervalMinutes, 1))
{ }

SimEmulatorInfo SimulatedEmulator::info() const
{
    SimEmulatorInfo i;
    i.name = m_name;
    i.address = m_address;
    i.product = m_product;
    i.state = m_state;
    i.since = timeOf(m_sinceMs);
    i.nextCheck = timeOf(m_nextCheckMs);
    if (m_state == SimEmulatorState::Grace) {
        i.lossTime = timeOf(m_lossMs);
        i.graceDeadline = timeOf(m_deadlineMs);
    }
    i.servedBy = m_servedByHost;
    i.sessionId = m_sessionId;
    i.logPath = m_log.path();
    return i;
}

Session SimulatedEmulator::session() const
{
    Session s;
    s.id = m_sessionId;
    s.emulatorHost = m_name;
    s.address = m_address;
    s.product = m_product;
    s.since = timeOf(m_sinceMs);
    switch (m_state) {
    case SimEmulatorState::Primary:
        s.state = u"active"_s;
        break;
    case SimEmulatorState::Backup:
        s.state = u"failover"_s;
        break;
    default:
        s.state = simEmulatorStateName(m_state);
    }
    s.servedBy = m_servedByHost;
    return s;
}

void SimulatedEmulator::setState(qint64 t, SimEmulatorState state)
{
    if (state == m_state)
        return;
    m_state = state;
    m_sinceMs = t;
}

bool SimulatedEmulator::connectTo(qint64 t, SimulatedServer &server, bool quiet)
{
    const QString trying = u"Trying to login to license server: "_s + server.address();
    if (!quiet)
        m_log.addVe(t, Level::Info, trying);
    const SimAnswer answer = server.login(t, m_name, m_address, m_product);
    if (!answer.ok()) {
        if (!quiet)
            m_log.addVe(t, Level::Error,
                answer.kind == SimAnswer::Kind::Unreachable
                    ? u"Failed to connect with the license server!"_s
                    : u"No license available on license server %1: %2"_s.arg(
                        server.address(), answer.reason));
        return false;
    }
    if (quiet)
        m_log.addVe(t, Level::Info, trying);
    m_log.addVe(t, Level::Info, u"Connected with license server: "_s + server.address());
    m_log.addVe(t, Level::Info, u"Found available license ID: %1."_s.arg(server.license().licenseId));
    m_servedBy = server.role();
    m_servedByHost = server.hostName();
    m_sessionId = answer.sessionId;
    m_graceMinutes = std::max(server.license().graceMinutes, 1);
    m_intervalMinutes = std::max(server.license().checkIntervalMinutes, 1);
    setState(t, server.role() == SimRole::Primary ? SimEmulatorState::Primary : SimEmulatorState::Backup);
    return true;
}

void SimulatedEmulator::enterGrace(qint64 t)
{
    m_servedBy.reset();
    m_servedByHost.clear();
    m_sessionId.clear();
    if (m_state == SimEmulatorState::Grace)
        return; // the deadline runs from the first detected loss
    m_lossMs = t;
    m_deadlineMs = t + m_graceMinutes * MinuteMs;
    m_log.addVe(
        t, Level::Warning, u"Charon will be terminated within %1!"_s.arg(simDurationInWords(m_graceMinutes)));
    setState(t, SimEmulatorState::Grace);
}

void SimulatedEmulator::check(qint64 t, SimulatedServer &primary, SimulatedServer &backup)
{
    if (m_state == SimEmulatorState::Stopped)
        return;
    // Scheduled from this check on, with the interval of whichever license serves it after it.
    const auto scheduleNext = [this, t] { m_nextCheckMs = t + m_intervalMinutes * MinuteMs; };

    if (m_servedBy == SimRole::Primary) {
        if (primary.check(t, m_sessionId).ok())
            return scheduleNext();
        m_servedBy.reset();
        if (!primary.isReachable())
            m_log.addVe(t, Level::Error, u"Failed to connect with the license server!"_s);
        else if (connectTo(t, primary)) // it lost our session (restart): log in again
            return scheduleNext();
    } else if (m_servedBy == SimRole::Backup) {
        const QString backupSession = m_sessionId;
        // Probe the primary quietly: only a successful switch back shows in the emulator's log.
        if (primary.isReachable() && connectTo(t, primary, true)) {
            backup.logout(t, backupSession);
            return scheduleNext();
        }
        if (backup.check(t, backupSession).ok())
            return scheduleNext();
        m_servedBy.reset();
        if (!backup.isReachable())
            m_log.addVe(t, Level::Error, u"Failed to connect with the license server!"_s);
        else if (connectTo(t, backup))
            return scheduleNext();
        enterGrace(t);
        return scheduleNext();
    } else if (connectTo(t, primary)) { // starting or in grace: primary first
        return scheduleNext();
    }
    if (!connectTo(t, backup))
        enterGrace(t);
    scheduleNext();
}

void SimulatedEmulator::expireGrace(qint64 t)
{
    if (m_state != SimEmulatorState::Grace || t < m_deadlineMs)
        return;
    m_log.addVe(t, Level::Fatal, u"License server is unavailable!"_s);
    setState(t, SimEmulatorState::Stopped);
    m_nextCheckMs = Never;
}

void SimulatedEmulator::shutDown(qint64 t, SimulatedServer &primary, SimulatedServer &backup)
{
    if (m_servedBy)
        (*m_servedBy == SimRole::Primary ? primary : backup).logout(t, m_sessionId);
    m_servedBy.reset();
    m_servedByHost.clear();
    m_sessionId.clear();
    if (m_state != SimEmulatorState::Stopped)
        m_log.addVe(t, Level::Info, u"Charon stopped by the operator"_s);
    setState(t, SimEmulatorState::Stopped);
    m_nextCheckMs = Never;
}

void SimulatedEmulator::restart(qint64 t)
{
    if (m_state != SimEmulatorState::Stopped)
        return;
    m_log.addVe(t, Level::Info, u"%1 started"_s.arg(m_product));
    setState(t, SimEmulatorState::Starting);
    m_nextCheckMs = t;
}
