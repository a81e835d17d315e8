// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/mainwindow.h"

#include "app/adminactions.h"
#include "app/alertcenter.h"
#include "app/connectionmanager.h"
#include "app/promptqueue.h"
#include "app/workspaceactions.h"
#include "core/consolesettings.h"
#include "core/secretstore.h"
#include "core/workspace.h"
#include "models/logfeedregistry.h"
#include "models/servertreemodel.h"
#include "widgets/alllogsview.h"
#include "widgets/hourspage.h"
#include "widgets/licensepage.h"
#include "widgets/logspage.h"
#include "widgets/overviewpage.h"
#include "widgets/pageheader.h"
#include "widgets/servertreeview.h"
#include "widgets/sessionspage.h"
#include "widgets/settingsdialog.h"
#include "widgets/welcomepage.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QIcon>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabBar>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

#include <utility>

using namespace Qt::StringLiterals;

MainWindow::MainWindow(const Options &options, QWidget *parent)
    : QMainWindow(parent)
    , m_options(options)
    , m_workspace(new Workspace(this))
    , m_secrets(new SecretStore(this))
    , m_connections(new ConnectionManager(m_workspace, m_secrets, this))
    , m_treeModel(new ServerTreeModel(this))
    , m_tree(new ServerTreeView(m_treeModel, this))
    , m_prompts(new PromptQueue(m_workspace, m_connections, this))
    , m_logFeeds(new LogFeedRegistry(this))
    , m_actions(new WorkspaceActions(m_workspace, m_connections, m_prompts, m_tree, this))
    , m_header(new PageHeader(this))
    , m_tabs(new QTabBar(this))
    , m_stack(new QStackedWidget(this))
    , m_welcome(nullptr)
    , m_loading(new QLabel(this))
    , m_summary(new QLabel(this))
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("VE License Console"));
    setWindowIcon(QIcon(u":/icons/ve-console.svg"_s));
    m_prompts->setAutomatic(options.automaticPrompts);
    m_connections->setPollIntervalMs(ConsoleSettings::pollIntervalSeconds() * 1000);
    m_treeModel->setWorkspace(m_workspace);

    auto *dock = new QDockWidget(tr("Servers"), this);
    dock->setObjectName(u"serversDock"_s);
    dock->setWidget(m_tree);
    dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
    addDockWidget(Qt::LeftDockWidgetArea, dock);
    resizeDocks({dock}, {300}, Qt::Horizontal);
    m_tree->setContextActions({m_actions->verifyNow, m_actions->editServer, m_actions->setToken,
        m_actions->removeServer, m_actions->newFolder, m_actions->renameFolder, m_actions->removeFolder});

    createPages();
    m_alerts = new AlertCenter(this, m_treeModel);
    m_admin = new AdminActions(m_workspace, m_connections, this);
    createMenus();
    createStatusBar();

    connect(m_tree, &ServerTreeView::currentServerChanged, this, &MainWindow::onCurrentServerChanged);
    connect(m_connections, &ConnectionManager::stateChanged, this,
        [this](const QUuid &id, ServerConnection::State state) {
            const ServerConnection *c = m_connections->connection(id);
            m_treeModel->setLiveState(
                id, {state, c ? c->errorText() : QString(), c ? c->nextRetry() : QDateTime()});
            if (id == m_current)
                updateHeader();
            scheduleStatusBar();
        });
    // A server's connection appears once polling starts; it may already be selected.
    connect(m_connections, &ConnectionManager::connectionAdded, this, [this](const QUuid &id) {
        if (id == m_current)
            onCurrentServerChanged(id);
    });
    connect(
        m_connections, &ConnectionManager::secretFailed, this, [this](const QUuid &id, const QString &error) {
            const ServerEntry *entry = m_workspace->server(id);
            m_loading->setText(tr("Keychain: %1 (%2)").arg(error, entry ? entry->name : QString()));
        });
    connect(m_workspace, &Workspace::serverChanged, this, [this](const QUuid &id) {
        if (id == m_current
            || (m_workspace->server(m_current) && m_workspace->server(m_current)->partnerId == id))
            updateHeader();
    });
    connect(m_workspace, &Workspace::changed, this, &MainWindow::scheduleStatusBar);
    m_statusTimer.setSingleShot(true);
    m_statusTimer.setInterval(150);
    connect(&m_statusTimer, &QTimer::timeout, this, &MainWindow::updateStatusBar);
    connect(m_workspace, &Workspace::saveFailed, this,
        [this](const QString &error) { QMessageBox::warning(this, tr("Server List Not Saved"), error); });

    if (!options.workspacePath.isEmpty()) {
        m_workspace->setStoragePath(options.workspacePath);
        if (!m_workspace->load()) {
            const QString error = m_workspace->lastError();
            QTimer::singleShot(
                0, this, [this, error] { QMessageBox::warning(this, tr("Server List"), error); });
        }
    }
    resize(1200, 760);
    if (options.restoreState)
        restoreWindowState();
    onCurrentServerChanged(m_tree->currentServer());
    m_tree->treeView()->setFocus();
}

MainWindow::~MainWindow()
{
    // Tearing the widgets down hides the alert list, which then asks the alert center for server
    // names, i.e. this window's workspace, already half destroyed: the alert center goes first.
    delete std::exchange(m_alerts, nullptr);
}

void MainWindow::createPages()
{
    m_welcome = new WelcomePage({m_actions->addServer, m_actions->importList}, this);
    m_stack->setObjectName(u"pageStack"_s);
    m_tabs->setObjectName(u"pageTabs"_s);
    m_tabs->setDocumentMode(true);
    m_tabs->setExpanding(false);
    m_tabs->setDrawBase(false);
    m_tabs->setAccessibleName(tr("Pages"));
    m_pages = {new OverviewPage(this), new LicensePage(this), new SessionsPage(this), new HoursPage(this),
        new LogsPage(m_logFeeds, this)};
    for (const QString &title : {tr("Overview"), tr("License"), tr("Sessions"), tr("Hours"), tr("Logs")})
        m_tabs->addTab(title);
    m_stack->addWidget(m_welcome);
    for (ServerPage *page : std::as_const(m_pages))
        m_stack->addWidget(page);
    connect(m_tabs, &QTabBar::currentChanged, this, [this](int index) {
        if (!m_current.isNull() && index >= 0)
            m_stack->setCurrentWidget(m_pages.value(index));
    });

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_header);
    layout->addWidget(m_tabs);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);
}

Workspace *MainWindow::workspace() const
{
    return m_workspace;
}

ConnectionManager *MainWindow::connections() const
{
    return m_connections;
}

PromptQueue *MainWindow::prompts() const
{
    return m_prompts;
}

void MainWindow::start()
{
    // Creating hundreds of connections is not needed for the first paint: do it right after.
    QTimer::singleShot(0, this, [this] {
        m_connections->startAll();
        updateStatusBar();
    });
}

void MainWindow::scheduleStatusBar()
{
    if (!m_statusTimer.isActive())
        m_statusTimer.start();
}

void MainWindow::selectServer(const QUuid &id)
{
    m_tree->selectServer(id);
}

QUuid MainWindow::currentServer() const
{
    return m_current;
}

void MainWindow::showPage(Page page)
{
    m_tabs->setCurrentIndex(int(page));
}

MainWindow::Page MainWindow::currentPage() const
{
    return Page(std::max(0, m_tabs->currentIndex()));
}

ServerPage *MainWindow::page(Page page) const
{
    return m_pages.value(int(page));
}

bool MainWindow::currentPageHasData() const
{
    const ServerPage *p = page(currentPage());
    return p && p->hasData();
}

bool MainWindow::pageFromName(const QString &name, Page *page)
{
    static const QStringList names {u"overview"_s, u"license"_s, u"sessions"_s, u"hours"_s, u"logs"_s};
    const qsizetype index = names.indexOf(name.toLower());
    if (index < 0)
        return false;
    *page = Page(index);
    return true;
}

void MainWindow::onCurrentServerChanged(const QUuid &id)
{
    if (m_currentConnection)
        disconnect(m_currentConnection, nullptr, this, nullptr);
    m_current = m_workspace->server(id) ? id : QUuid();
    m_currentConnection = m_connections->connection(m_current);
    for (ServerPage *page : std::as_const(m_pages))
        page->setConnection(m_currentConnection);
    if (m_currentConnection) {
        for (auto signal : {&ServerConnection::statusUpdated, &ServerConnection::licenseUpdated,
                 &ServerConnection::sessionsUpdated}) {
            connect(m_currentConnection, signal, this, &MainWindow::pageDataChanged);
            connect(m_currentConnection, signal, this, &MainWindow::scheduleStatusBar);
        }
    }
    m_admin->setCurrentServer(m_current);
    m_tabs->setVisible(!m_current.isNull());
    m_header->setVisible(!m_current.isNull());
    m_stack->setCurrentWidget(m_current.isNull() ? m_welcome : m_pages.value(m_tabs->currentIndex()));
    updateHeader();
    updateStatusBar();
    Q_EMIT currentServerChanged(m_current);
}

void MainWindow::updateHeader()
{
    const ServerEntry *entry = m_workspace->server(m_current);
    if (!entry) {
        m_header->clear();
        return;
    }
    const ServerEntry *partner = m_workspace->server(entry->partnerId);
    m_header->setServer(*entry, partner ? partner->name : QString());
    const ServerConnection *c = m_connections->connection(m_current);
    if (c)
        m_header->setState(c->state(), c->errorText(), c->nextRetry());
    else
        m_header->setState(ServerConnection::State::Idle, {}, {});
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveWindowState();
    m_workspace->saveNow();
    event->accept();
}

void MainWindow::createMenus()
{
    auto *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_actions->importList);
    file->addAction(m_actions->exportList);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(u"actionQuit"_s);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    auto *view = menuBar()->addMenu(tr("&View"));
    auto *group = new QActionGroup(this);
    const QStringList names {tr("&Overview"), tr("&License"), tr("&Sessions"), tr("&Hours"), tr("Lo&gs")};
    for (int i = 0; i < names.size(); ++i) {
        QAction *action = view->addAction(names[i], this, [this, i] { showPage(Page(i)); });
        action->setObjectName(u"actionPage%1"_s.arg(i));
        action->setCheckable(true);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        group->addAction(action);
        connect(m_tabs, &QTabBar::currentChanged, action,
            [action, i](int index) { action->setChecked(index == i); });
    }
    group->actions().constFirst()->setChecked(true);
    QAction *allLogs = view->addAction(tr("&All Servers' Logs"), this, &MainWindow::showAllLogs);
    allLogs->setObjectName(u"actionAllLogs"_s);
    allLogs->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_L);
    allLogs->setToolTip(tr("The logs of several servers merged by time (primary and backup side by side)"));
    view->addSeparator();
    QDockWidget *dock = findChild<QDockWidget *>(u"serversDock"_s);
    QAction *dockToggle = dock->toggleViewAction();
    dockToggle->setText(tr("Servers &Panel"));
    dockToggle->setShortcut(Qt::CTRL | Qt::Key_0);
    view->addAction(dockToggle);
    QAction *alertsToggle = m_alerts->dock()->toggleViewAction();
    alertsToggle->setText(tr("&Alerts Panel"));
    alertsToggle->setObjectName(u"actionAlertsPanel"_s);
    view->addAction(alertsToggle);

    auto *toolbar = addToolBar(tr("Main Toolbar"));
    toolbar->setObjectName(u"mainToolbar"_s);
    toolbar->setIconSize(QSize(20, 20));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addAction(m_actions->addServer);
    toolbar->addAction(m_actions->editServer);
    toolbar->addAction(m_actions->removeServer);
    toolbar->addAction(m_actions->newFolder);
    toolbar->addSeparator();
    toolbar->addAction(m_actions->verifyNow);
    view->addAction(toolbar->toggleViewAction());

    auto *server = menuBar()->addMenu(tr("&Server"));
    for (QAction *action : {m_actions->addServer, m_actions->editServer, m_actions->removeServer})
        server->addAction(action);
    server->addSeparator();
    for (QAction *action : {m_actions->newFolder, m_actions->renameFolder, m_actions->removeFolder})
        server->addAction(action);
    server->addSeparator();
    for (QAction *action : {m_actions->verifyNow, m_actions->refreshAll, m_actions->setToken})
        server->addAction(action);

    auto *tools = menuBar()->addMenu(tr("&Tools"));
    tools->setToolTipsVisible(true);
    QAction *viewer = tools->addAction(QIcon(u":/icons/certificate.svg"_s), tr("License &Viewer"), this,
        [this] { showPage(Page::License); });
    viewer->setObjectName(u"actionLicenseViewer"_s);
    viewer->setShortcut(Qt::CTRL | Qt::Key_L);
    viewer->setToolTip(tr("The installed license of the selected server (replaces the HASP Viewer)"));
    for (QAction *action : {m_admin->licenseUpdate, m_admin->serverManager, m_admin->exportFingerprint,
             m_admin->downloadBackup, m_admin->auditLog})
        tools->addAction(action);
    QAction *esxiBind
        = tools->addAction(tr("Bind to &VMware…"), this, [this] { openEsxiBindWizard(m_current); });
    esxiBind->setObjectName(u"actionEsxiBind"_s);
    esxiBind->setToolTip(
        tr("Run esxi_bind on the selected license server: bind it to its ESXi host or vCenter"));
    esxiBind->setEnabled(!m_current.isNull());
    connect(this, &MainWindow::currentServerChanged, esxiBind,
        [esxiBind](const QUuid &id) { esxiBind->setEnabled(!id.isNull()); });
    tools->addSeparator();
    QAction *settings = tools->addAction(tr("Console &Settings…"), this, &MainWindow::showSettings);
    settings->setObjectName(u"actionSettings"_s);
    settings->setShortcut(QKeySequence::Preferences);
    settings->setMenuRole(QAction::PreferencesRole);

    auto *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About VE License Console"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt)->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::createStatusBar()
{
    m_loading->setObjectName(u"statusLoading"_s);
    m_summary->setObjectName(u"statusSummary"_s);
    statusBar()->addWidget(m_loading, 1);
    statusBar()->addPermanentWidget(m_summary);
}

void MainWindow::updateStatusBar()
{
    using State = ServerConnection::State;
    QStringList connecting;
    int connected = 0;
    int attention = 0;
    for (const ServerEntry &entry : m_workspace->servers()) {
        const ServerConnection *c = m_connections->connection(entry.id);
        const State state = c ? c->state() : State::Idle;
        if (state == State::Connecting)
            connecting.append(entry.name);
        else if (state == State::Connected)
            ++connected;
        else if (state != State::Idle)
            ++attention;
    }
    const int total = int(m_workspace->servers().size());
    QStringList parts {tr("Servers: %1").arg(total)};
    if (total > 0)
        parts.append(tr("connected: %1").arg(connected));
    if (attention > 0)
        parts.append(tr("need attention: %1").arg(attention));
    parts.append(tr("refresh every %1 s").arg(m_connections->pollIntervalMs() / 1000));
    const QString summary = parts.join(u"  ·  "_s);
    m_summary->setText(summary);

    if (!connecting.isEmpty()) {
        const int shown = std::min<int>(3, int(connecting.size()));
        QString names = QStringList(connecting.mid(0, shown)).join(u", "_s);
        if (connecting.size() > shown)
            names += u' ' + tr("and %1 more").arg(connecting.size() - shown);
        m_loading->setText(tr("Loading: connecting to %1…").arg(names));
    } else if (m_currentConnection && m_currentConnection->status().protocol > 0) {
        m_loading->setText(
            tr("%1: updated at %2")
                .arg(m_workspace->server(m_current)->name, QTime::currentTime().toString(u"HH:mm:ss"_s)));
    } else {
        m_loading->setText(total == 0 ? tr("Add a license server to begin.") : QString());
    }
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(this);
    dialog.setPollIntervalSeconds(m_connections->pollIntervalMs() / 1000);
    if (dialog.exec() != QDialog::Accepted)
        return;
    ConsoleSettings::setPollIntervalSeconds(dialog.pollIntervalSeconds());
    m_connections->setPollIntervalMs(ConsoleSettings::pollIntervalSeconds() * 1000);
    updateStatusBar();
}

EsxiBindWizard *MainWindow::openEsxiBindWizard(const QUuid &id, const EsxiBindPrefill &prefill)
{
    const ServerEntry *entry = m_workspace->server(id);
    ServerConnection *connection = m_connections->connection(id);
    if (!entry || !connection)
        return nullptr;
    auto *wizard = new EsxiBindWizard(
        connection->client(), entry->name, entry->id.toString(QUuid::WithoutBraces), m_secrets, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->setWindowModality(Qt::NonModal);
    wizard->setPrefill(prefill);
    wizard->show();
    return wizard;
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About VE License Console"),
        tr("<h3>VE License Console %1</h3><p>Watches the VE license servers of Charon emulators: "
           "licenses, emulator sessions, remaining hours and primary/backup pairs.</p>"
           "<p>Licensed under the GNU General Public License, version 3 or later.</p>")
            .arg(QApplication::applicationVersion()));
}

void MainWindow::showAllLogs()
{
    if (!m_allLogs) {
        m_allLogs = new AllLogsView(m_logFeeds, this);
        m_allLogs->setWindowFlag(Qt::Window);
        m_allLogs->setAttribute(Qt::WA_DeleteOnClose);
    }
    // Every server on offer; the selected one and its partner merged (the common case).
    const ServerEntry *current = m_workspace->server(m_current);
    QList<AllLogsView::Server> servers;
    for (const ServerEntry &entry : m_workspace->servers()) {
        const bool pair = current && (entry.id == current->id || entry.id == current->partnerId);
        servers.append({entry.name, m_connections->connection(entry.id), pair});
    }
    m_allLogs->setServers(servers);
    m_allLogs->show();
    m_allLogs->raise();
    m_allLogs->activateWindow();
}

void MainWindow::restoreWindowState()
{
    QSettings settings;
    restoreGeometry(settings.value(u"window/geometry"_s).toByteArray());
    restoreState(settings.value(u"window/state"_s).toByteArray());
    Page page = Page::Overview;
    if (pageFromName(settings.value(u"window/page"_s).toString(), &page))
        showPage(page);
    const QUuid last = QUuid::fromString(settings.value(u"window/server"_s).toString());
    if (!last.isNull())
        selectServer(last);
}

void MainWindow::saveWindowState()
{
    if (!m_options.restoreState)
        return;
    static const QStringList names {u"overview"_s, u"license"_s, u"sessions"_s, u"hours"_s, u"logs"_s};
    QSettings settings;
    settings.setValue(u"window/geometry"_s, saveGeometry());
    settings.setValue(u"window/state"_s, saveState());
    settings.setValue(u"window/page"_s, names.value(int(currentPage())));
    settings.setValue(u"window/server"_s, m_current.toString(QUuid::WithoutBraces));
}
