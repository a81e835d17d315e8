// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/logfeedregistry.h"

#include "core/serverconnection.h"
#include "models/logfeed.h"

#include <QJsonArray>
#include <QPointer>
#include <QRegularExpression>
#include <QTimer>

using namespace Qt::StringLiterals;

struct LogFeedRegistry::Entry
{
    QPointer<ServerConnection> connection;
    QString source;
    LogFeed *feed = nullptr;
    int users = 0;
    QTimer expiry;
};

LogFeedRegistry::LogFeedRegistry(QObject *parent)
    : QObject(parent)
{ }

LogFeedRegistry::~LogFeedRegistry()
{
    for (Entry *entry : std::as_const(m_feeds)) {
        delete entry->feed;
        delete entry;
    }
}

LogFeedRegistry::Entry *LogFeedRegistry::find(LogFeed *feed)
{
    for (Entry *entry : std::as_const(m_feeds)) {
        if (entry->feed == feed)
            return entry;
    }
    return nullptr;
}

LogFeed *LogFeedRegistry::acquire(ServerConnection *connection, const QString &source)
{
    if (!connection || source.isEmpty())
        return nullptr;
    for (Entry *entry : std::as_const(m_feeds)) {
        if (entry->connection == connection && entry->source == source) {
            ++entry->users;
            entry->expiry.stop();
            return entry->feed;
        }
    }
    auto *entry = new Entry;
    entry->connection = connection;
    entry->source = source;
    entry->feed = new LogFeed(connection, source, this);
    entry->users = 1;
    entry->expiry.setSingleShot(true);
    entry->expiry.setInterval(KeepAliveMs);
    LogFeed *feed = entry->feed;
    const auto drop = [this, feed] {
        Entry *e = find(feed);
        if (!e)
            return;
        m_feeds.removeOne(e);
        e->feed->deleteLater();
        delete e;
    };
    connect(&entry->expiry, &QTimer::timeout, this, drop);
    connect(connection, &QObject::destroyed, this, drop);
    m_feeds.append(entry);
    return feed;
}

void LogFeedRegistry::release(LogFeed *feed)
{
    Entry *entry = find(feed);
    if (!entry || entry->users <= 0)
        return;
    if (--entry->users == 0)
        entry->expiry.start();
}

void LogFeedRegistry::fetchSources(ServerConnection *connection, QObject *context,
    std::function<void(const QList<LogSourceChoice> &, const QString &)> done)
{
    if (!connection) {
        QTimer::singleShot(0, context, [done] { done({}, tr("No connection to this server.")); });
        return;
    }
    QPointer<QObject> guard(context);
    connection->client()->request(
        "GET", u"/api/v1/logs"_s, {}, [guard, done](const Result<QJsonObject> &result) {
            if (!guard)
                return;
            if (!result.ok()) {
                done({}, result.error.message.isEmpty() ? result.error.code : result.error.message);
                return;
            }
            QString error;
            const QList<LogSourceChoice> sources = sourcesFromJson(result.value, &error);
            done(sources, error);
        });
}

QList<LogSourceChoice> LogFeedRegistry::sourcesFromJson(const QJsonObject &object, QString *error)
{
    QList<LogSourceChoice> sources;
    const QJsonValue list = object.value(u"sources"_s);
    if (!list.isArray()) {
        *error = tr("The agent's list of logs is not readable.");
        return sources;
    }
    for (const QJsonValue &value : list.toArray()) {
        const QJsonObject o = value.toObject();
        LogSourceChoice source;
        source.name = o.value(u"name"_s).toString();
        // Names go into a URL path: the agent admits only these characters, and so do we.
        static const QRegularExpression valid(u"^[A-Za-z0-9._-]{1,64}$"_s);
        if (!valid.match(source.name).hasMatch())
            continue;
        source.kind = o.value(u"kind"_s).toString();
        source.description = o.value(u"description"_s).toString().left(200);
        source.exists = o.value(u"exists"_s).toBool(true);
        sources.append(source);
    }
    return sources;
}

QString LogFeedRegistry::sourceTitle(const LogSourceChoice &source)
{
    if (source.name == "license"_L1)
        return tr("License server log");
    if (source.name == "error"_L1)
        return tr("Web server errors");
    if (source.name == "journal"_L1)
        return tr("Service journal");
    return source.description.isEmpty() ? source.name : source.description;
}
