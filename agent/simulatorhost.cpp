// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "agent/simulatorhost.h"

#include "agent/esxibindservice.h"
#include "agent/historyroutes.h"
#include "agent/metricsroutes.h"
#include "agent/simulatedvsphere.h"
#include "agent/simulatorbackend.h"
#include "agent/simulatorlicenseadmin.h"
#include "agent/simulatorroutes.h"

#include <QDir>

using namespace Qt::StringLiterals;

// m_backends and m_servers are indexed by role.
static_assert(int(SimRole::Primary) == 0 && int(SimRole::Backup) == 1);

SimSiteConfig SimulatorHost::defaultSite()
{
    SimSiteConfig config;
    config.primaryHost = u"ve-primary.sim"_s;
    config.backupHost = u"ve-backup.sim"_s;
    return config;
}

SimulatorHost::SimulatorHost(TokenStore *tokens, AuditLog *audit, QObject *parent)
    : QObject(parent)
    , m_tokens(tokens)
    , m_audit(audit)
{ }

SimulatorHost::~SimulatorHost()
{
    clear();
}

void SimulatorHost::clear()
{
    // Servers first (their routes use the backends and the site), then the backends, then the site.
    for (AgentServer *&server : m_servers) {
        delete server;
        server = nullptr;
    }
    for (SimulatorBackend *&backend : m_backends) {
        delete backend;
        backend = nullptr;
    }
    delete m_vsphere;
    m_vsphere = nullptr;
    delete m_site;
    m_site = nullptr;
}

bool SimulatorHost::start(const Options &options, QString *error)
{
    if (m_site) {
        *error = u"the simulator is already running"_s;
        return false;
    }
    if (options.port == 65535) {
        *error = u"the simulator needs two ports: the primary's and the next one for the backup"_s;
        return false;
    }
    m_site = new SimulatedSite(options.site, this);
    if (!m_site->open(options.dataDir, error)) {
        clear();
        return false;
    }
    for (SimRole role : {SimRole::Primary, SimRole::Backup}) {
        const int i = int(role);
        m_backends[i] = new SimulatorBackend(m_site, role, this);
        m_servers[i] = new AgentServer(m_backends[i], m_tokens, m_audit, options.server, this);
        const quint16 port = options.port == 0 ? 0 : quint16(options.port + i);
        if (!m_servers[i]->listen(options.address, port, error)) {
            *error = u"%1 server: %2"_s.arg(simRoleName(role), *error);
            clear();
            return false;
        }
        SimulatorRoutes::install(*m_servers[i], m_site);
        HistoryRoutes::install(
            *m_servers[i], QDir(m_site->directory()).filePath(u"history-%1.dat"_s.arg(simRoleName(role))));
        MetricsRoutes::install(*m_servers[i]);
    }
    for (AgentServer *server : m_servers)
        SimulatorLicenseAdmin::installRoute(*server, m_backends[0], m_backends[1]);
    // The ESXi host and vCenter the simulated esxi_bind pre-flight reaches; without them the
    // pre-flight reports the names as not resolving, and the rest still works.
    m_vsphere = new SimulatedVSphere(this);
    QString vsphereError;
    if (!m_vsphere->start(m_site->directory(), &vsphereError))
        qWarning("ve-agent: simulated vSphere: %s", qPrintable(vsphereError));
    for (SimulatorBackend *backend : m_backends)
        backend->esxiBind()->setPreflightEndpoints(m_vsphere->endpoints());
    m_site->run();
    return true;
}

AgentServer *SimulatorHost::server(SimRole role) const
{
    return m_servers[int(role)];
}

QString SimulatorHost::url(SimRole role) const
{
    return m_servers[int(role)] ? m_servers[int(role)]->url() : QString();
}

QStringList SimulatorHost::urls() const
{
    QStringList out;
    for (SimRole role : {SimRole::Primary, SimRole::Backup}) {
        if (m_servers[int(role)])
            out.append(url(role));
    }
    return out;
}
