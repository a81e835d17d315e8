// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/logfeed.h"
#include "models/logfeedregistry.h"
#include "widgets/serverpage.h"

#include <QPointer>

class LogView;
class MergedLogModel;
class QComboBox;
class QLabel;
class QStackedLayout;

// The selected server's logs, live: a source chooser (the logs its agent lists: license log,
// web server errors, service journal, emulator logs …) above a LogView. The chosen source's
// LogFeed comes from the shared LogFeedRegistry and is handed back when the server or the
// source changes. Shows why when the server reports no logs or the stream failed.
class LogsPage : public ServerPage
{
    Q_OBJECT

public:
    explicit LogsPage(LogFeedRegistry *feeds, QWidget *parent = nullptr);
    ~LogsPage() override;

    bool hasData() const override;
    LogView *view() const { return m_view; }
    LogFeed *feed() const { return m_feed; }
    QString currentSource() const;
    void setSource(const QString &name); // when the server lists it

protected:
    void connectTo(ServerConnection *connection) override;
    void refresh() override;

private:
    void fetchSources();
    void setSources(const QList<LogSourceChoice> &sources, const QString &error);
    void follow(const QString &source);
    void releaseFeed();
    void updateState();

    QPointer<LogFeedRegistry> m_feeds;
    MergedLogModel *m_model;
    LogView *m_view;
    QComboBox *m_source;
    QLabel *m_state;
    QLabel *m_placeholder;
    QStackedLayout *m_stack;
    QPointer<LogFeed> m_feed;
    QPointer<ServerConnection> m_fetchedFor; // whose sources m_source lists
    QString m_wanted = QStringLiteral("license"); // the source to show when a server lists it
    bool m_fetching = false;
};
