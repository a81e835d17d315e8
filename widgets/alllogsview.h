// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPointer>
#include <QString>
#include <QWidget>

class LogFeed;
class LogFeedRegistry;
class LogView;
class MergedLogModel;
class QComboBox;
class QLabel;
class QMenu;
class QToolButton;
class ServerConnection;

// One log of several servers at once, merged by time with a colour lane per server: the
// primary and its backup side by side is the common case. The servers to merge are chosen in
// a menu; the log (license log, web server errors, service journal) applies to all of them.
// Feeds come from the shared LogFeedRegistry, so a server's license log shown here and on its
// Logs page is streamed once.
class AllLogsView : public QWidget
{
    Q_OBJECT

public:
    struct Server
    {
        QString name;
        QPointer<ServerConnection> connection;
        bool selected = false;
    };

    explicit AllLogsView(LogFeedRegistry *feeds, QWidget *parent = nullptr);
    ~AllLogsView() override;

    // Replaces the servers on offer; a server already merged stays selected.
    void setServers(const QList<Server> &servers);
    QList<Server> servers() const { return m_servers; }
    void setSelected(int index, bool on);
    void setSource(const QString &name);
    QString source() const;

    LogView *view() const { return m_view; }
    MergedLogModel *model() const { return m_model; }

private:
    void rebuild();
    void releaseFeeds();
    void updateState();
    void updateMenu();

    QPointer<LogFeedRegistry> m_feeds;
    QList<Server> m_servers;
    QList<QPointer<LogFeed>> m_acquired;
    MergedLogModel *m_model;
    LogView *m_view;
    QToolButton *m_serversButton;
    QMenu *m_serversMenu;
    QComboBox *m_source;
    QLabel *m_state;
};
