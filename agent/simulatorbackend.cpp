// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "agent/simulatorbackend.h"

#include "agent/esxibindservice.h"
#include "agent/esxibindsimulated.h"
#include "agent/simulatorlicenseadmin.h"
#include "core/licenseparser.h"
#include "core/simulator/simulatedsite.h"

#include <QDir>
#include <QSet>

using namespace Qt::StringLiterals;

SimulatorBackend::SimulatorBackend(SimulatedSite *site, SimRole role, QObject *parent)
    : Backend(parent)
    , m_site(site)
    , m_role(role)
{
    Q_ASSERT(site && site->isOpen());
    m_raw = server().licenseText();
    m_license = LicenseParser::parse(m_raw.toUtf8());
    m_admin = new SimulatorLicenseAdmin(this, server().rootDir());
    EsxiBindService::Options esxi;
    esxi.bindingFile = QDir(server().rootDir()).filePath(u"esxi_binding.conf"_s);
    esxi.toolFactory
        = [file = esxi.bindingFile](QObject *parent) { return new SimulatedEsxiBind(file, parent); };
    m_esxiBind = new EsxiBindService(esxi, this);
    trackAll();
    connect(m_site, &SimulatedSite::emulatorStateChanged, this, [this](const QString &name) {
        if (const auto info = m_site->emulator(name))
            track(*info);
    });
    connect(m_site, &SimulatedSite::changed, this, &SimulatorBackend::trackAll);
    connect(m_site, &SimulatedSite::serverStateChanged, this, [this](SimRole changedRole) {
        if (changedRole == m_role)
            Q_EMIT serviceStateChanged();
    });
}

const SimulatedServer &SimulatorBackend::server() const
{
    return *m_site->server(m_role);
}

// Called for every state change of an emulator (in the instant it happens) and after every
// call into the site: an emulator that is served remembers its server, one that is not (grace,
// stopped) keeps the last one.
void SimulatorBackend::track(const SimEmulatorInfo &info)
{
    if (info.servedBy == hostName())
        m_lastServedHere.insert(info.name, info.sessionId);
    else if (!info.servedBy.isEmpty())
        m_lastServedHere.remove(info.name);
}

void SimulatorBackend::trackAll()
{
    QSet<QString> present;
    for (const SimEmulatorInfo &info : m_site->emulators()) {
        present.insert(info.name);
        track(info);
    }
    m_lastServedHere.removeIf(
        [&present](QHash<QString, QString>::iterator it) { return !present.contains(it.key()); });
}

QString SimulatorBackend::kind() const
{
    return u"simulator"_s;
}

QString SimulatorBackend::role() const
{
    return simRoleName(m_role);
}

QString SimulatorBackend::hostName() const
{
    return server().hostName();
}

QStringList SimulatorBackend::capabilities() const
{
    QStringList caps {
        QStringView(Capability::License).toString(), QStringView(Capability::Sessions).toString()};
    if (server().license().countdown)
        caps.append(QStringView(Capability::RemainingHours).toString());
    caps.append({QStringView(Capability::Logs).toString(), QStringView(Capability::Service).toString()});
    caps.append(QStringView(Capability::EsxiBind).toString());
    caps += m_admin->capabilities();
    return caps;
}

ServiceState SimulatorBackend::serviceState() const
{
    return server().serviceState();
}

LicenseDocument SimulatorBackend::license(ApiError *error) const
{
    if (!m_license.recognised) { // the model's own text: only a model bug gets here
        error->code = u"no-license"_s;
        error->message = u"The simulated license text was not recognised."_s;
        return {};
    }
    return {m_license, m_raw, server().remainingHours()};
}

QDateTime SimulatorBackend::now() const
{
    return m_site->now();
}

LicenseAdmin *SimulatorBackend::licenseAdmin()
{
    return m_admin;
}

void SimulatorBackend::setInstalledLicense(const QString &raw)
{
    m_raw = raw;
    m_license = LicenseParser::parse(raw.toUtf8());
    Q_EMIT licenseChanged();
}

// What the emulator knows about its own loss: since when it runs on the backup (it lost the
// primary), or since when it has no server and when its grace period ends.
static void addLossTimes(Session *session, const SimEmulatorInfo &info)
{
    if (info.state == SimEmulatorState::Backup) {
        session->lostSince = info.since;
    } else if (info.state == SimEmulatorState::Grace) {
        session->lostSince = info.lossTime;
        session->graceDeadline = info.graceDeadline;
    }
}

QList<Session> SimulatorBackend::sessions() const
{
    QHash<QString, SimEmulatorInfo> emulators;
    for (const SimEmulatorInfo &info : m_site->emulators())
        emulators.insert(info.name, info);
    QList<Session> out = listedSessions();
    for (Session &s : out) {
        const auto info = emulators.constFind(s.emulatorHost);
        if (info != emulators.cend())
            addLossTimes(&s, *info);
    }
    return out;
}

QList<Session> SimulatorBackend::listedSessions() const
{
    QList<Session> out = server().sessions();
    QSet<QString> held;
    for (const Session &s : std::as_const(out))
        held.insert(s.id);
    for (const Session &s : m_site->emulatorSessions()) {
        if (!s.id.isEmpty() && held.contains(s.id))
            continue;
        if (s.state == "grace"_L1 || s.state == "stopped"_L1) {
            const auto last = m_lastServedHere.constFind(s.emulatorHost);
            if (last == m_lastServedHere.cend())
                continue;
            Session lost = s;
            lost.id = *last;
            lost.servedBy.clear();
            out.append(lost);
        } else if (m_role == SimRole::Primary && s.state == "failover"_L1) {
            out.append(s);
        }
    }
    return out;
}

QList<LogSourceInfo> SimulatorBackend::logSources() const
{
    return {
        {u"license"_s, u"file"_s, server().licenseLogPath(),
            u"License server log (a new file at every server start; older ones are license.log.1, .2, …)"_s},
        {u"error"_s, u"file"_s, server().errorLogPath(), u"Management web server's error log"_s},
    };
}

void SimulatorBackend::controlService(const QString &action, ControlDone done)
{
    const bool active = server().isActive();
    QString error;
    bool ok = false;
    QString message;
    if (action == "start"_L1) {
        ok = active || m_site->startServer(m_role, &error);
        message = active ? u"already active"_s : u"started"_s;
    } else if (action == "stop"_L1) {
        ok = !active || m_site->stopServer(m_role);
        message = active ? u"stopped"_s : u"already inactive"_s;
    } else if (action == "restart"_L1) {
        ok = m_site->restartServer(m_role, &error);
        message = u"restarted"_s;
    } else {
        done(false, u"unknown service action \"%1\""_s.arg(action));
        return;
    }
    if (!ok)
        message = error.isEmpty() ? u"the simulator is busy; try again"_s : error;
    done(ok, message);
}

void SimulatorBackend::refresh()
{
    // The model lives in this process and is read live: nothing to re-read.
}

EsxiBindService *SimulatorBackend::esxiBind()
{
    return m_esxiBind;
}
