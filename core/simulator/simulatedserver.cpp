// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/simulator/simulatedserver.h"

#include <QDir>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 HourMs = 3600 * 1000;
constexpr int LowHourThresholds[] = {50, 24, 10, 5, 1}; // WARN once as the hours fall below each
const QString ServerVersion = u"2.4.9"_s;
const QString AdminClient = u"192.168.2.80"_s; // the management web GUI's client in error.log

using Level = LogLine::Level;

} // namespace

QString simRoleName(SimRole role)
{
    return role == SimRole::Primary ? u"primary"_s : u"backup"_s;
}

std::optional<SimRole> simRoleFromName(QStringView name)
{
    if (name == u"primary")
        return SimRole::Primary;
    if (name == u"backup")
        return SimRole::Backup;
    return std::nullopt;
}

SimulatedServer::SimulatedServer(SimRole role, const QString &hostName, const QString &address,
    const SimLicense &license, const QString &rootDir, int keepRotated)
    : m_role(role)
    , m_hostName(hostName)
    , m_address(address)
    , m_license(license)
    , m_rootDir(rootDir)
    , m_keep(std::max(keepRotated, 1))
    , m_licenseLog(QDir(rootDir).filePath(u"log/license.log"_s))
    , m_errorLog(QDir(rootDir).filePath(u"error.log"_s))
    , m_remainingMs(license.countdown ? qint64(license.countdownHours) * HourMs : 0)
{
    m_service.unit = u"CharonLicenseServer"_s;
    m_service.state = u"inactive"_s;
}

bool SimulatedServer::isActive() const
{
    return m_service.state == u"active"_s;
}

std::optional<double> SimulatedServer::remainingHours() const
{
    if (!m_license.countdown)
        return std::nullopt;
    return double(m_remainingMs) / HourMs;
}

QList<Session> SimulatedServer::sessions() const
{
    QList<Session> out;
    out.reserve(m_sessions.size());
    for (const Entry &e : m_sessions) {
        Session s = e.session;
        s.hoursConsumed = double(e.consumedMs) / HourMs;
        out.append(s);
    }
    return out;
}

bool SimulatedServer::hasSession(const QString &id) const
{
    return std::any_of(
        m_sessions.cbegin(), m_sessions.cend(), [&id](const Entry &e) { return e.session.id == id; });
}

QString SimulatedServer::sectionLabel(const Entry &e) const
{
    const SimLicense::Product &p = m_license.products.at(e.section);
    return p.name.isEmpty() ? e.session.product : p.name;
}

qint64 SimulatedServer::intervalMs() const
{
    return qint64(std::max(m_license.checkIntervalMinutes, 1)) * 60 * 1000;
}

bool SimulatedServer::start(qint64 t, QString *error)
{
    if (isActive()) {
        // A second start finds the ports taken, as documented for error.log.
        m_errorLog.addErrorLog(t, u"error"_s, QString(), u"cannot bind to 80: 98 (Address already in use)"_s);
        m_errorLog.addErrorLog(
            t, u"error"_s, QString(), u"cannot bind to 8084s: 98 (Address already in use)"_s);
        m_errorLog.addErrorLog(t, u"error"_s, QString(), u"Failed to setup server ports"_s);
        if (error)
            *error = u"the license server on %1 is already running"_s.arg(m_hostName);
        return false;
    }
    if (!m_licenseLog.rotate(m_keep, error))
        return false;
    if (m_starts > 0) // the management GUI's open TLS connection was reset by the restart
        m_errorLog.addErrorLog(t, u"error"_s, AdminClient, u"SSL syscall error 104"_s);
    ++m_starts;
    m_service.state = u"active"_s;
    m_service.since = QDateTime::fromMSecsSinceEpoch(t, Qt::UTC);
    m_service.mainPid = (m_role == SimRole::Primary ? 1000 : 2000) + m_starts; // deterministic, fake

    m_licenseLog.addVe(
        t, Level::Info, u"License server %1 starting on %2, port 8083"_s.arg(ServerVersion, m_hostName));
    QString loaded
        = u"License loaded: ID %1, key type %2"_s.arg(m_license.licenseId, m_license.keyTypeName());
    if (m_license.countdown)
        loaded += u", remaining %1 hour(s)"_s.arg(m_remainingMs / HourMs);
    else if (m_license.expires.isValid())
        loaded += u", expires "_s + m_license.expires.toString(u"yyyy-MM-dd HH:mm:ss"_s);
    m_licenseLog.addVe(t, Level::Info, loaded);
    m_licenseLog.addVe(t, Level::Info,
        u"Grace period %1 minutes, license check interval %2 minutes"_s.arg(m_license.graceMinutes)
            .arg(m_license.checkIntervalMinutes));
    m_licenseLog.addVe(t, Level::Info, u"License server started"_s);
    return true;
}

bool SimulatedServer::stop(qint64 t)
{
    if (!isActive())
        return false;
    m_licenseLog.addVe(
        t, Level::Info, u"License server stopping, %1 session(s) open"_s.arg(m_sessions.size()));
    closeAll(t, u"license server shutting down"_s);
    m_licenseLog.addVe(t, Level::Info, u"License server stopped"_s);
    m_service.state = u"inactive"_s;
    m_service.since = QDateTime::fromMSecsSinceEpoch(t, Qt::UTC);
    m_service.mainPid = 0;
    return true;
}

bool SimulatedServer::setRemainingHours(qint64 t, double hours)
{
    if (!m_license.countdown || !std::isfinite(hours) || hours < 0 || hours > 1e6)
        return false;
    m_remainingMs = std::llround(hours * HourMs);
    m_lowestWarned = std::numeric_limits<int>::max();
    m_licenseLog.addVe(
        t, Level::Info, u"Remaining runtime set to %1 hour(s)"_s.arg(double(m_remainingMs) / HourMs));
    return true;
}

void SimulatedServer::closeAll(qint64 t, const QString &why)
{
    for (const Entry &e : std::as_const(m_sessions)) {
        m_licenseLog.addVe(t, Level::Info,
            u"Client %1 logged out (%2), product section %3 instance %4"_s.arg(
                e.session.address, why, sectionLabel(e), QString::number(e.instance)));
    }
    m_sessions.clear();
}

SimAnswer SimulatedServer::login(
    qint64 t, const QString &emulatorHost, const QString &address, const QString &product)
{
    SimAnswer answer;
    if (!isReachable())
        return answer;
    answer.kind = SimAnswer::Kind::Refused;
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(t, Qt::UTC);
    if (m_license.countdown && m_remainingMs <= 0)
        answer.reason = u"no runtime hours remaining"_s;
    else if (!m_license.countdown && m_license.expires.isValid() && now >= m_license.expires)
        answer.reason = u"license expired"_s;

    int matching = 0;
    int allowed = 0;
    for (int section = 0; answer.reason.isEmpty() && section < m_license.products.size(); ++section) {
        const SimLicense::Product &p = m_license.products.at(section);
        if (!p.matches(product) || (p.expires.isValid() && now >= p.expires))
            continue;
        ++matching;
        allowed += p.instances;
        QList<int> taken;
        for (const Entry &e : std::as_const(m_sessions)) {
            if (e.section == section)
                taken.append(e.instance);
        }
        for (int instance = 1; instance <= p.instances; ++instance) {
            if (taken.contains(instance))
                continue;
            Entry e;
            e.section = section;
            e.instance = instance;
            e.sinceMs = e.lastSeenMs = t;
            e.session.id = u"%1-%2"_s.arg(m_hostName).arg(++m_sessionCounter, 5, 10, QLatin1Char('0'));
            e.session.emulatorHost = emulatorHost;
            e.session.address = address;
            e.session.product = product;
            e.session.since = now;
            e.session.state = m_role == SimRole::Primary ? u"active"_s : u"failover"_s;
            e.session.servedBy = m_hostName;
            m_sessions.append(e);
            m_licenseLog.addVe(t, Level::Info,
                u"Client %1 logged in, product section %2 instance %3"_s.arg(
                    address, sectionLabel(e), QString::number(instance)));
            answer.kind = SimAnswer::Kind::Ok;
            answer.sessionId = e.session.id;
            return answer;
        }
    }
    if (answer.reason.isEmpty()) {
        answer.reason = matching == 0 ? u"no product section for %1"_s.arg(product)
                                      : u"all %1 instance(s) for %2 in use"_s.arg(allowed).arg(product);
    }
    m_licenseLog.addVe(t, Level::Warning, u"Client %1 refused: %2"_s.arg(address, answer.reason));
    return answer;
}

SimAnswer SimulatedServer::check(qint64 t, const QString &sessionId)
{
    SimAnswer answer;
    if (!isReachable())
        return answer;
    answer.kind = SimAnswer::Kind::Refused;
    const auto it = std::find_if(m_sessions.begin(), m_sessions.end(),
        [&sessionId](const Entry &e) { return e.session.id == sessionId; });
    if (it == m_sessions.end()) {
        answer.reason = u"unknown session"_s;
        return answer;
    }
    if (!m_license.countdown && m_license.expires.isValid()
        && QDateTime::fromMSecsSinceEpoch(t, Qt::UTC) >= m_license.expires) {
        answer.reason = u"license expired"_s;
        m_licenseLog.addVe(t, Level::Error, u"License %1 expired"_s.arg(m_license.licenseId));
        closeAll(t, answer.reason);
        return answer;
    }
    it->lastSeenMs = t;
    if (m_license.countdown) {
        m_licenseLog.addVe(t, Level::Info,
            u"License check OK, remaining %1 hour(s) for instance %2"_s.arg(m_remainingMs / HourMs)
                .arg(it->instance));
        warnLowHours(t);
    } else {
        m_licenseLog.addVe(t, Level::Info, u"License check OK for instance %1"_s.arg(it->instance));
    }
    answer.kind = SimAnswer::Kind::Ok;
    answer.sessionId = sessionId;
    return answer;
}

void SimulatedServer::logout(qint64 t, const QString &sessionId)
{
    for (qsizetype i = 0; i < m_sessions.size(); ++i) {
        const Entry &e = m_sessions.at(i);
        if (e.session.id != sessionId)
            continue;
        m_licenseLog.addVe(t, Level::Info,
            u"Client %1 logged out, product section %2 instance %3"_s.arg(
                e.session.address, sectionLabel(e), QString::number(e.instance)));
        m_sessions.removeAt(i);
        return;
    }
}

void SimulatedServer::warnLowHours(qint64 t)
{
    const qint64 hours = m_remainingMs / HourMs;
    int crossed = m_lowestWarned;
    for (int threshold : LowHourThresholds) {
        if (hours < threshold)
            crossed = std::min(crossed, threshold);
    }
    if (crossed < m_lowestWarned) { // one warning per threshold, however many it fell below at once
        m_lowestWarned = crossed;
        m_licenseLog.addVe(t, Level::Warning,
            u"Remaining runtime low: %1 hour(s) left on license %2"_s.arg(hours).arg(m_license.licenseId));
    }
}

void SimulatedServer::accrue(qint64 dtMs)
{
    if (dtMs <= 0 || m_sessions.isEmpty())
        return;
    for (Entry &e : m_sessions)
        e.consumedMs += dtMs;
    if (m_license.countdown)
        m_remainingMs = std::max<qint64>(0, m_remainingMs - dtMs);
}

qint64 SimulatedServer::nextEventMs(qint64 nowMs) const
{
    if (m_sessions.isEmpty())
        return Never;
    qint64 next = m_license.countdown ? nowMs + m_remainingMs : Never;
    for (const Entry &e : m_sessions)
        next = std::min(next, e.lastSeenMs + intervalMs() + CheckToleranceMs);
    return next;
}

void SimulatedServer::processEvents(qint64 t)
{
    if (m_license.countdown && m_remainingMs <= 0 && !m_sessions.isEmpty()) {
        m_licenseLog.addVe(t, Level::Error,
            u"No runtime hours remaining on license %1, closing all sessions"_s.arg(m_license.licenseId));
        closeAll(t, u"no runtime hours remaining"_s);
        return;
    }
    for (qsizetype i = 0; i < m_sessions.size();) {
        const Entry &e = m_sessions.at(i);
        if (e.lastSeenMs + intervalMs() + CheckToleranceMs > t) {
            ++i;
            continue;
        }
        m_licenseLog.addVe(t, Level::Warning,
            u"Client %1 missed its license check, session closed, product section %2 instance %3"_s.arg(
                e.session.address, sectionLabel(e), QString::number(e.instance)));
        m_sessions.removeAt(i);
    }
}
