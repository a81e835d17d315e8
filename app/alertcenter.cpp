// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/alertcenter.h"

#include "app/connectionmanager.h"
#include "app/mainwindow.h"
#include "core/consolesettings.h"
#include "core/lifecyclewatch.h"
#include "core/settingsnotifier.h"
#include "core/workspace.h"
#include "models/alertmodel.h"
#include "models/servertreemodel.h"
#include "widgets/alertpanel.h"
#include "widgets/gracebanner.h"

#include <QBoxLayout>
#include <QDockWidget>
#include <QMenu>
#include <QSystemTrayIcon>

using namespace Qt::StringLiterals;

namespace {

// How long the alerts may trail the data: the answers of one poll round within it are
// evaluated together.
constexpr int FeedDelayMs = 250;

QString idText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

} // namespace

AlertCenter::AlertCenter(MainWindow *window, ServerTreeModel *treeModel)
    : QObject(window)
    , m_window(window)
    , m_treeModel(treeModel)
    , m_model(new AlertModel(this))
    , m_panel(new AlertPanel(m_model, window))
    , m_dock(new QDockWidget(tr("Alerts"), window))
    , m_banner(new GraceBanner(window))
{
    reloadThresholds();
    // A change in the settings applies at once, without a restart.
    connect(SettingsNotifier::instance(), &SettingsNotifier::alertThresholdsChanged, this,
        &AlertCenter::reloadThresholds);
    m_model->setServerNameResolver([this](const QString &id) { return serverName(id); });
    m_dock->setObjectName(u"alertsDock"_s);
    m_dock->setWidget(m_panel);
    m_dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
    window->addDockWidget(Qt::BottomDockWidgetArea, m_dock);
    // The banner goes right under the header strip, over the tabs and pages.
    if (auto *layout
        = qobject_cast<QBoxLayout *>(window->centralWidget() ? window->centralWidget()->layout() : nullptr))
        layout->insertWidget(1, m_banner);

    connect(&m_engine, &AlertEngine::alertRaised, m_model, &AlertModel::raise);
    connect(&m_engine, &AlertEngine::alertUpdated, m_model, &AlertModel::update);
    connect(&m_engine, &AlertEngine::alertCleared, m_model, &AlertModel::clear);
    for (auto signal : {&AlertEngine::alertRaised, &AlertEngine::alertUpdated, &AlertEngine::alertCleared})
        connect(&m_engine, signal, this, &AlertCenter::onAlertChanged);
    connect(&m_engine, &AlertEngine::alertRaised, this, &AlertCenter::onAlertRaised);
    connect(m_panel, &AlertPanel::acknowledgeRequested, this, &AlertCenter::acknowledge);
    connect(m_panel, &AlertPanel::openRequested, this, &AlertCenter::open);

    m_countdown.setInterval(1000);
    m_feedTimer.setSingleShot(true);
    m_feedTimer.setInterval(FeedDelayMs);
    connect(&m_feedTimer, &QTimer::timeout, this, &AlertCenter::feedPending);
    connect(&m_countdown, &QTimer::timeout, m_banner, &GraceBanner::refresh);

    ConnectionManager *connections = window->connections();
    connect(connections, &ConnectionManager::connectionAdded, this, &AlertCenter::watch);
    connect(connections, &ConnectionManager::connectionRemoved, this,
        [this](const QUuid &id) { m_engine.removeServer(idText(id), QDateTime::currentDateTimeUtc()); });
    for (const QUuid &id : connections->ids())
        watch(id, connections->connection(id));
    connect(window->workspace(), &Workspace::serverChanged, this, [this](const QUuid &id) {
        m_model->refreshServerNames();
        if (m_window->connections()->connection(id))
            feed(id); // the pair may have changed
    });
    createTray();
}

AlertCenter::~AlertCenter() = default;

void AlertCenter::reloadThresholds()
{
    AlertThresholds thresholds = m_engine.thresholds();
    const AlertThresholds stored = ConsoleSettings::alertThresholds();
    thresholds.hours = stored.hours;
    thresholds.expiryDays = stored.expiryDays;
    m_engine.setThresholds(thresholds);
    if (!m_engine.snapshots().isEmpty())
        m_engine.evaluate(QDateTime::currentDateTimeUtc()); // raise or clear by the new levels now
}

void AlertCenter::watch(const QUuid &id, ServerConnection *connection)
{
    if (!connection)
        return;
    const auto update = [this, id] { feed(id); };
    for (auto signal : {&ServerConnection::statusUpdated, &ServerConnection::sessionsUpdated,
             &ServerConnection::licenseUpdated})
        connect(connection, signal, this, update);
    connect(connection, &ServerConnection::stateChanged, this, update);
    // Host-fact drift comes from the connection's lifecycle watch (GET /api/v1/host-facts).
    connect(LifecycleWatch::forConnection(connection), &LifecycleWatch::driftChanged, this,
        [this, id](const QStringList &messages) {
            m_engine.setHostFactDrift(idText(id), messages, QDateTime::currentDateTimeUtc());
        });
}

void AlertCenter::feed(const QUuid &id)
{
    m_pending.insert(id);
    if (!m_feedTimer.isActive())
        m_feedTimer.start();
}

void AlertCenter::feedPending()
{
    QList<ServerSnapshot> snapshots;
    for (const QUuid &id : std::as_const(m_pending)) {
        const ServerConnection *connection = m_window->connections()->connection(id);
        const ServerEntry *entry = m_window->workspace()->server(id);
        if (!connection || !entry)
            continue; // removed meanwhile
        ServerSnapshot snapshot = ServerSnapshot::fromConnection(*connection, idText(id));
        snapshot.name = entry->name;
        const bool paired = !entry->partnerId.isNull() && m_window->workspace()->server(entry->partnerId);
        snapshot.pairRole = paired ? entry->pairRole : ServerEntry::PairRole::None;
        snapshot.partnerId = paired ? idText(entry->partnerId) : QString();
        snapshots.append(snapshot);
    }
    m_pending.clear();
    if (!snapshots.isEmpty())
        m_engine.update(snapshots, QDateTime::currentDateTimeUtc());
}

QString AlertCenter::serverName(const QString &serverId) const
{
    const ServerEntry *entry = m_window->workspace()->server(QUuid::fromString(serverId));
    return entry ? entry->name : QString();
}

void AlertCenter::onAlertChanged(const Alert &alert)
{
    const QUuid id = QUuid::fromString(alert.serverId);
    const std::optional<Alert::Severity> worst = m_engine.worstSeverity(alert.serverId);
    m_treeModel->setAlertSeverity(id, worst ? int(*worst) : -1);
    if (alert.kind == Alert::Kind::GracePeriod)
        updateGrace();
}

void AlertCenter::updateGrace()
{
    QList<GraceBanner::Grace> graces;
    for (const Alert &alert : m_engine.openAlerts()) {
        if (alert.kind != Alert::Kind::GracePeriod || !alert.deadline.isValid())
            continue;
        const ServerConnection *c = m_window->connections()->connection(QUuid::fromString(alert.serverId));
        graces.append({alert.emulators, alert.deadline, c ? c->clockSkewMs() : 0});
    }
    m_banner->setGraces(graces);
    if (graces.isEmpty())
        m_countdown.stop();
    else if (!m_countdown.isActive())
        m_countdown.start();
}

bool AlertCenter::acknowledge(const QString &key)
{
    return m_engine.acknowledge(key, localUserName());
}

QString AlertCenter::localUserName()
{
    for (const char *name : {"USER", "USERNAME", "LOGNAME"}) {
        const QString value = qEnvironmentVariable(name).trimmed();
        if (!value.isEmpty())
            return value.left(64);
    }
    return tr("local user");
}

void AlertCenter::open(const QString &key)
{
    const std::optional<Alert> alert = m_engine.alert(key);
    if (!alert)
        return;
    MainWindow::Page page = MainWindow::Page::Overview;
    switch (alert->kind) {
    case Alert::Kind::Failover:
    case Alert::Kind::SwitchBack:
    case Alert::Kind::GracePeriod:
    case Alert::Kind::EmulatorStopped:
        page = MainWindow::Page::Sessions;
        break;
    case Alert::Kind::HoursLow:
        page = MainWindow::Page::Hours;
        break;
    default:
        break;
    }
    m_window->selectServer(QUuid::fromString(alert->serverId));
    m_window->showPage(page);
    m_window->raise();
    m_window->activateWindow();
}

void AlertCenter::snoozeUntil(const QDateTime &until)
{
    m_snoozedUntil = until;
}

bool AlertCenter::isSnoozed() const
{
    return m_snoozedUntil.isValid() && QDateTime::currentDateTimeUtc() < m_snoozedUntil;
}

void AlertCenter::onAlertRaised(const Alert &alert)
{
    if (alert.severity == Alert::Severity::Info || isSnoozed())
        return;
    m_lastNotified = alert.key;
    if (m_tray) {
        const QString name = serverName(alert.serverId);
        m_tray->showMessage(name.isEmpty() ? alert.title : tr("%1: %2").arg(name, alert.title), alert.text,
            AlertModel::severityIcon(alert.severity));
    }
    Q_EMIT notified(alert);
}

void AlertCenter::createTray()
{
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    m_tray = new QSystemTrayIcon(m_window->windowIcon(), this);
    m_tray->setObjectName(u"alertTray"_s);
    m_tray->setToolTip(m_window->windowTitle());
    auto *menu = new QMenu(m_window);
    menu->addAction(tr("Show the Console"), this, [this] {
        m_window->showNormal();
        m_window->raise();
        m_window->activateWindow();
    });
    menu->addSeparator();
    menu->addAction(tr("Snooze Notifications for 15 Minutes"), this,
        [this] { snoozeUntil(QDateTime::currentDateTimeUtc().addSecs(15 * 60)); });
    menu->addAction(tr("Snooze Notifications for 1 Hour"), this,
        [this] { snoozeUntil(QDateTime::currentDateTimeUtc().addSecs(3600)); });
    menu->addAction(tr("Resume Notifications"), this, [this] { snoozeUntil({}); });
    m_tray->setContextMenu(menu);
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] { open(m_lastNotified); });
    m_tray->show();
}
