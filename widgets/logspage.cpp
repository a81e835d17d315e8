// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/logspage.h"

#include "core/serverconnection.h"
#include "models/logfeed.h"
#include "models/logmodel.h"
#include "models/mergedlogmodel.h"
#include "widgets/logview.h"

#include <QComboBox>
#include <QLabel>
#include <QStackedLayout>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

LogsPage::LogsPage(LogFeedRegistry *feeds, QWidget *parent)
    : ServerPage(parent)
    , m_feeds(feeds)
    , m_model(new MergedLogModel(this))
    , m_view(new LogView(this))
    , m_source(new QComboBox(this))
    , m_state(new QLabel(this))
    , m_placeholder(new QLabel(this))
    , m_stack(new QStackedLayout)
{
    setObjectName(u"logsPage"_s);
    m_source->setObjectName(u"logSource"_s);
    m_state->setObjectName(u"logFeedState"_s);
    m_placeholder->setObjectName(u"logsPlaceholder"_s);
    m_source->setAccessibleName(tr("Log source"));
    m_source->setToolTip(tr("The logs this server's agent offers"));
    m_source->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *label = new QLabel(tr("&Log:"), this);
    label->setBuddy(m_source);
    m_view->addToolWidget(label);
    m_view->addToolWidget(m_source);
    m_view->addToolWidget(m_state);
    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setStyleSheet(u"color: palette(mid); font-size: 14px;"_s);
    m_view->setModel(m_model);

    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(m_view);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_stack);
    connect(m_source, &QComboBox::activated, this,
        [this](int index) { follow(m_source->itemData(index).toString()); });
    refresh();
}

LogsPage::~LogsPage()
{
    releaseFeed();
}

bool LogsPage::hasData() const
{
    return ServerPage::hasData() && m_feed && (m_feed->isLive() || m_feed->hasFailed());
}

QString LogsPage::currentSource() const
{
    return m_feed ? m_feed->source() : QString();
}

void LogsPage::setSource(const QString &name)
{
    m_wanted = name;
    const int index = m_source->findData(name);
    if (index >= 0) {
        m_source->setCurrentIndex(index);
        follow(name);
    }
}

void LogsPage::connectTo(ServerConnection *connection)
{
    connect(connection, &ServerConnection::statusUpdated, this, [this] {
        if (m_fetchedFor != this->connection() && !m_fetching)
            refresh();
    });
}

void LogsPage::refresh()
{
    ServerConnection *c = connection();
    if (c && c == m_fetchedFor)
        return; // the same server: its feed goes on
    releaseFeed();
    m_fetchedFor = nullptr;
    m_source->clear();
    m_state->clear();
    m_stack->setCurrentWidget(m_placeholder);
    if (!c) {
        m_placeholder->setText(tr("Select a server to see its logs."));
        return;
    }
    if (c->status().protocol == 0) {
        m_placeholder->setText(tr("Connecting to the server…"));
        return;
    }
    if (!c->status().has(Capability::Logs)) {
        m_placeholder->setText(tr("Logs are not reported by this server."));
        return;
    }
    fetchSources();
}

void LogsPage::fetchSources()
{
    m_fetching = true;
    m_placeholder->setText(tr("Asking the server for its logs…"));
    QPointer<ServerConnection> asked = connection();
    LogFeedRegistry::fetchSources(
        asked, this, [this, asked](const QList<LogSourceChoice> &sources, const QString &error) {
            m_fetching = false;
            if (asked == connection())
                setSources(sources, error);
        });
}

void LogsPage::setSources(const QList<LogSourceChoice> &sources, const QString &error)
{
    if (!error.isEmpty() || sources.isEmpty()) {
        // Asked again at the next status update.
        m_placeholder->setText(error.isEmpty() ? tr("This server offers no logs.")
                                               : tr("Cannot list this server's logs: %1").arg(error));
        return;
    }
    m_fetchedFor = connection();
    const QSignalBlocker blocker(m_source);
    for (const LogSourceChoice &source : sources) {
        const QString title = LogFeedRegistry::sourceTitle(source);
        m_source->addItem(source.exists ? title : tr("%1 (not there yet)").arg(title), source.name);
        m_source->setItemData(m_source->count() - 1,
            source.description.isEmpty() ? source.name : source.description, Qt::ToolTipRole);
    }
    const int wanted = m_source->findData(m_wanted);
    m_source->setCurrentIndex(std::max(0, wanted));
    follow(m_source->currentData().toString());
}

void LogsPage::follow(const QString &source)
{
    if (source.isEmpty() || !m_feeds || (m_feed && m_feed->source() == source))
        return;
    releaseFeed();
    m_wanted = source;
    m_feed = m_feeds->acquire(connection(), source);
    if (!m_feed)
        return;
    const QString host = connection()->status().hostName;
    m_model->addLane(m_feed->model(), host.isEmpty() ? tr("Server") : host);
    connect(m_feed, &LogFeed::stateChanged, this, &LogsPage::updateState);
    m_view->setFollowing(true);
    m_stack->setCurrentWidget(m_view);
    updateState();
}

void LogsPage::releaseFeed()
{
    m_model->clearLanes();
    if (!m_feed)
        return;
    disconnect(m_feed, nullptr, this, nullptr);
    if (m_feeds)
        m_feeds->release(m_feed);
    m_feed = nullptr;
}

void LogsPage::updateState()
{
    if (!m_feed) {
        m_state->clear();
        return;
    }
    const QString color = m_feed->isLive() ? u"#2e7d32"_s : m_feed->hasFailed() ? u"#c62828"_s : u"#9e6a00"_s;
    m_state->setText(
        u"<span style=\"color:%1\">●</span> %2"_s.arg(color, m_feed->stateText().toHtmlEscaped()));
    m_state->setToolTip(m_feed->noteText());
}
