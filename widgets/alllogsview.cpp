// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/alllogsview.h"

#include "core/serverconnection.h"
#include "models/logfeed.h"
#include "models/logfeedregistry.h"
#include "models/logmodel.h"
#include "models/mergedlogmodel.h"
#include "widgets/logview.h"

#include <QComboBox>
#include <QLabel>
#include <QMenu>
#include <QPainter>
#include <QPixmap>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

QIcon swatch(const QColor &color)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(color);
    painter.setPen(Qt::NoPen);
    painter.drawRoundedRect(QRectF(0.5, 0.5, 11, 11), 3, 3);
    return QIcon(pixmap);
}

} // namespace

AllLogsView::AllLogsView(LogFeedRegistry *feeds, QWidget *parent)
    : QWidget(parent)
    , m_feeds(feeds)
    , m_model(new MergedLogModel(this))
    , m_view(new LogView(this))
    , m_serversButton(new QToolButton(this))
    , m_serversMenu(new QMenu(this))
    , m_source(new QComboBox(this))
    , m_state(new QLabel(this))
{
    setObjectName(u"allLogsView"_s);
    setWindowTitle(tr("All Servers' Logs"));
    m_serversButton->setObjectName(u"logServers"_s);
    m_source->setObjectName(u"logSource"_s);
    m_state->setObjectName(u"logFeedState"_s);
    m_serversButton->setText(tr("&Servers"));
    m_serversButton->setMenu(m_serversMenu);
    m_serversButton->setPopupMode(QToolButton::InstantPopup);
    m_serversButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_serversButton->setAccessibleName(tr("Servers to merge"));
    m_serversButton->setToolTip(tr("The servers whose lines are merged by time"));
    m_source->addItem(tr("License server log"), u"license"_s);
    m_source->addItem(tr("Web server errors"), u"error"_s);
    m_source->addItem(tr("Service journal"), u"journal"_s);
    m_source->setAccessibleName(tr("Log source"));
    auto *label = new QLabel(tr("&Log:"), this);
    label->setBuddy(m_source);
    m_view->addToolWidget(m_serversButton);
    m_view->addToolWidget(label);
    m_view->addToolWidget(m_source);
    m_view->addToolWidget(m_state);
    m_view->setModel(m_model);
    connect(m_source, &QComboBox::activated, this, &AllLogsView::rebuild);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    resize(1100, 700);
}

AllLogsView::~AllLogsView()
{
    releaseFeeds();
}

void AllLogsView::setServers(const QList<Server> &servers)
{
    QList<Server> next = servers;
    for (Server &server : next) {
        for (const Server &old : std::as_const(m_servers)) {
            if (old.connection && old.connection == server.connection && old.selected)
                server.selected = true;
        }
    }
    m_servers = next;
    rebuild();
}

void AllLogsView::setSelected(int index, bool on)
{
    if (index < 0 || index >= m_servers.size() || m_servers[index].selected == on)
        return;
    m_servers[index].selected = on;
    rebuild();
}

void AllLogsView::setSource(const QString &name)
{
    const int index = m_source->findData(name);
    if (index >= 0 && index != m_source->currentIndex()) {
        m_source->setCurrentIndex(index);
        rebuild();
    }
}

QString AllLogsView::source() const
{
    return m_source->currentData().toString();
}

void AllLogsView::releaseFeeds()
{
    m_model->clearLanes();
    for (const QPointer<LogFeed> &feed : std::as_const(m_acquired)) {
        if (feed) {
            disconnect(feed, nullptr, this, nullptr);
            if (m_feeds)
                m_feeds->release(feed);
        }
    }
    m_acquired.clear();
}

void AllLogsView::rebuild()
{
    releaseFeeds();
    for (const Server &server : std::as_const(m_servers)) {
        if (!server.selected || !server.connection || !m_feeds)
            continue;
        LogFeed *feed = m_feeds->acquire(server.connection, source());
        if (!feed)
            continue;
        m_acquired.append(feed);
        const int lane = m_model->laneCount();
        m_model->addLane(feed->model(), server.name, MergedLogModel::defaultLaneColor(lane));
        connect(feed, &LogFeed::stateChanged, this, &AllLogsView::updateState);
    }
    m_view->setFollowing(true);
    updateMenu();
    updateState();
}

void AllLogsView::updateMenu()
{
    m_serversMenu->clear();
    int lane = 0;
    for (int i = 0; i < m_servers.size(); ++i) {
        const Server &server = m_servers.at(i);
        QAction *action = m_serversMenu->addAction(server.name);
        action->setCheckable(true);
        action->setChecked(server.selected);
        action->setEnabled(server.connection != nullptr);
        if (server.selected && server.connection)
            action->setIcon(swatch(MergedLogModel::defaultLaneColor(lane++)));
        connect(action, &QAction::toggled, this, [this, i](bool on) { setSelected(i, on); });
    }
    if (m_servers.isEmpty())
        m_serversMenu->addAction(tr("No servers"))->setEnabled(false);
    m_serversButton->setText(tr("&Servers (%1)").arg(m_model->laneCount()));
}

void AllLogsView::updateState()
{
    QStringList parts;
    for (int lane = 0; lane < m_model->laneCount() && lane < m_acquired.size(); ++lane) {
        const LogFeed *feed = m_acquired.at(lane);
        if (!feed)
            continue;
        const QString color = m_model->laneColor(lane).name();
        parts.append(u"<span style=\"color:%1\">●</span> %2: %3"_s.arg(
            color, m_model->laneName(lane).toHtmlEscaped(), feed->stateText().toHtmlEscaped()));
    }
    m_state->setText(parts.isEmpty() ? tr("Choose the servers to merge.") : parts.join(u"&nbsp;&nbsp;"_s));
}
