// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agent/agentserver.h"
#include "core/simulator/simulatedsite.h"

#include <QHostAddress>
#include <QObject>
#include <QString>
#include <QStringList>

class AuditLog;
class SimulatedVSphere;
class SimulatorBackend;
class TokenStore;

// The simulated pair served by this process: a SimulatedSite (primary with a NORMAL license,
// backup with a 100-hour COUNTDOWN license, emulators) writing its files in a data directory,
// and one AgentServer per license server — the primary on `port`, the backup on `port + 1`
// (port 0: two free ports) — each with the v1 routes, its own SimulatorBackend and the
// simulator routes (simulatorroutes.h). Both servers share the caller's TLS identity, token store
// and audit log, so one token and one pinned fingerprint reach both. `ve-agent --simulate` and
// ve-console's demo both use it. The clock runs from start() on at the configured time scale.
//
// tokens and audit must outlive the host. Single thread (the caller's).
class SimulatorHost : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        // The site's files: primary/, backup/, emulators/ (e.g. <state dir>/sim), and each
        // server's history (history-primary.dat, history-backup.dat; historyroutes.h).
        QString dataDir;
        QHostAddress address = QHostAddress(QHostAddress::LocalHost);
        quint16 port = 0; // primary's port; the backup gets port + 1; 0: two free ports
        AgentServer::Options server; // TLS identity and limits of both servers
        SimSiteConfig site = defaultSite(); // time scale, emulators, host names …
    };

    // The demo site: host names ve-primary.sim and ve-backup.sim, the model's other defaults.
    static SimSiteConfig defaultSite();

    SimulatorHost(TokenStore *tokens, AuditLog *audit, QObject *parent = nullptr);
    ~SimulatorHost() override;

    // Opens the site, listens on both ports and starts the clock. Once only. False with *error
    // when the data directory cannot be written or a port cannot be bound (nothing is left
    // listening then).
    bool start(const Options &options, QString *error);

    SimulatedSite *site() const { return m_site; } // nullptr before start()
    AgentServer *server(SimRole role) const;
    QString url(SimRole role) const; // empty before start()
    QStringList urls() const; // primary first

private:
    void clear();

    TokenStore *m_tokens;
    AuditLog *m_audit;
    SimulatedSite *m_site = nullptr;
    SimulatedVSphere *m_vsphere = nullptr; // esxi_bind's targets (simulatedvsphere.h)
    SimulatorBackend *m_backends[2] = {};
    AgentServer *m_servers[2] = {};
};
