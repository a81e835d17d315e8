// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>

class LogFeed;
class ServerConnection;

// A log source an agent offers (GET /api/v1/logs).
struct LogSourceChoice
{
    QString name; // "license", "error", "journal", …
    QString kind; // "file", "journal", …
    QString description;
    bool exists = true; // files only: whether it exists now
};

// The live logs of the console, shared by every view that shows them: a Logs page and the All
// servers view watching the same server's license log share one LogFeed (one stream, one store).
// acquire() returns the feed of a connection and source, starting it when new; release() hands
// it back. A feed nobody uses keeps streaming for KeepAliveMs (switching pages back and forth
// does not fetch the backfill again), then it is deleted. Feeds of a connection that is
// destroyed are deleted with it (views hold them in QPointers).
class LogFeedRegistry : public QObject
{
    Q_OBJECT

public:
    static constexpr int KeepAliveMs = 2 * 60 * 1000;

    explicit LogFeedRegistry(QObject *parent = nullptr);
    ~LogFeedRegistry() override;

    LogFeed *acquire(ServerConnection *connection, const QString &source);
    void release(LogFeed *feed);
    int feedCount() const { return int(m_feeds.size()); }

    // Asks the connection's agent for its log sources; `done` runs once, from the event loop,
    // unless `context` was destroyed first.
    static void fetchSources(ServerConnection *connection, QObject *context,
        std::function<void(const QList<LogSourceChoice> &sources, const QString &error)> done);
    static QList<LogSourceChoice> sourcesFromJson(const QJsonObject &object, QString *error);
    static QString sourceTitle(const LogSourceChoice &source); // "License server log (license)"

private:
    struct Entry;
    Entry *find(LogFeed *feed);

    QList<Entry *> m_feeds;
};
