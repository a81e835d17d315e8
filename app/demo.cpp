// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/demo.h"

#include "agent/auditlog.h"
#include "agent/certificatestore.h"
#include "agent/historysampler.h"
#include "agent/simulatorhost.h"
#include "agent/tokenstore.h"
#include "app/connectionmanager.h"
#include "app/mainwindow.h"
#include "core/workspace.h"

#include <QMenuBar>
#include <QMessageBox>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {
constexpr double DemoTimeScale = 60; // one simulated hour per real minute
constexpr qint64 FailoverLeadSeconds = 65 * 60;
} // namespace

DemoSession::DemoSession(MainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_dir(QDir::tempPath() + u"/ve-console-demo-XXXXXX"_s)
{ }

DemoSession::~DemoSession() = default;

bool DemoSession::start(QString *error)
{
    if (!m_dir.isValid()) {
        *error = tr("Cannot create a temporary directory for the simulator: %1").arg(m_dir.errorString());
        return false;
    }
    CertificateStore::Identity identity;
    if (!CertificateStore::ensure(
            m_dir.filePath(u"agent.crt"_s), m_dir.filePath(u"agent.key"_s), true, &identity, error))
        return false;

    m_tokens = std::make_unique<TokenStore>(m_dir.filePath(QString::fromLatin1(TokenStore::FileName)));
    m_audit = std::make_unique<AuditLog>(m_dir.filePath(QString::fromLatin1(AuditLog::FileName)));
    QString token;
    if (!m_tokens->add(u"demo"_s, TokenStore::Role::Admin, &token, error))
        return false;

    SimulatorHost::Options options;
    options.dataDir = m_dir.filePath(u"sim"_s);
    options.server.tls = CertificateStore::serverConfiguration(identity);
    options.site.timeScale = DemoTimeScale;
    // The site's story starts a little over one check interval ago, so the emulators have already
    // noticed the primary's maintenance when the window first paints.
    options.site.start = QDateTime::currentDateTimeUtc().addSecs(-FailoverLeadSeconds);
    m_host = new SimulatorHost(m_tokens.get(), m_audit.get(), this);
    if (!m_host->start(options, error))
        return false;
    // Maintenance on the primary: the emulators move to the backup at their next check.
    SimulatedSite *site = m_host->site();
    site->pause();
    site->stopServer(SimRole::Primary);
    // Minute by minute, so each server's history (the Hours chart) already holds the failover
    // and the backup's first burnt hour when the window first paints.
    for (qint64 passed = 0; passed < FailoverLeadSeconds; passed += 60) {
        site->advanceBy(60);
        for (SimRole role : {SimRole::Primary, SimRole::Backup}) {
            if (auto *sampler = m_host->server(role)->findChild<HistorySampler *>())
                sampler->sampleNow();
        }
    }
    site->run();

    addServers(CertificateStore::sha256(identity.certificate), token);
    buildMenu();
    return true;
}

void DemoSession::addServers(const QByteArray &pinnedSha256, const QString &token)
{
    Workspace *workspace = m_window->workspace();
    const auto add = [&](SimRole role, const QString &name, ServerEntry::Environment environment) {
        ServerEntry entry;
        entry.name = name;
        entry.url = QUrl(m_host->url(role));
        entry.folder = tr("Demo site");
        entry.group = tr("Simulated");
        entry.environment = environment;
        entry.pinnedSha256 = pinnedSha256;
        const QUuid id = workspace->addServer(entry);
        m_window->connections()->setToken(id, token, false);
        return id;
    };
    const QUuid primary
        = add(SimRole::Primary, tr("Primary (simulated)"), ServerEntry::Environment::Production);
    const QUuid backup
        = add(SimRole::Backup, tr("Backup (simulated)"), ServerEntry::Environment::DisasterRecovery);
    workspace->setPair(primary, backup);
    m_window->selectServer(backup);
}

void DemoSession::addServerAction(QMenu *menu, const QString &text, SimRole role, bool start)
{
    QAction *action = menu->addAction(text);
    connect(action, &QAction::triggered, this, [this, role, start] {
        SimulatedSite *site = m_host->site();
        if (start)
            site->startServer(role);
        else
            site->stopServer(role);
    });
}

void DemoSession::buildMenu()
{
    auto *menu = new QMenu(tr("Si&mulator"), m_window);
    menu->setObjectName(u"simulatorMenu"_s);
    addServerAction(menu, tr("Start the &primary's service"), SimRole::Primary, true);
    addServerAction(menu, tr("Stop the p&rimary's service"), SimRole::Primary, false);
    menu->addSeparator();
    addServerAction(menu, tr("Start the &backup's service"), SimRole::Backup, true);
    addServerAction(menu, tr("Stop the bac&kup's service"), SimRole::Backup, false);
    QMenuBar *bar = m_window->menuBar();
    const QList<QAction *> menus = bar->actions();
    bar->insertMenu(menus.isEmpty() ? nullptr : menus.constLast(), menu); // before Help
}

void startDemo(MainWindow &window)
{
    auto *session = new DemoSession(&window);
    QString error;
    if (session->start(&error))
        return;
    delete session;
    auto *box = new QMessageBox(QMessageBox::Critical, DemoSession::tr("Demo"),
        DemoSession::tr("The simulator could not start: %1").arg(error), QMessageBox::Ok, &window);
    box->setObjectName(u"demoFailedBox"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}
