// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/historysample.h"
#include "core/serverconnection.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

// The history of one watched server as the Hours page charts and exports it: what the agent
// recorded (GET /api/v1/history, so a console that was closed still sees what happened) merged
// with the samples this console saw itself (ServerConnection::hoursSampled), ordered by time, one
// entry per time. Attached to a ServerConnection (one per connection, a child of it:
// forConnection()).
//
// Nothing is fetched until fetch() (the first show of the Hours page): it asks for the last
// SpanDays of the agent's clock, page by page while the agent says `truncated`. After that, each
// reconnect (the connection answering again after a failed round) fetches what the agent recorded
// since the newest sample held. An agent without the route (404) or a bad answer leaves the
// console's own samples and says why in errorText(). Another server on the connection (new URL)
// starts over. Never blocks; GUI thread.
//
// Signals: historyChanged after every change of entries(); fetchFinished once per fetch(), after
// the last page's historyChanged.
class HistoryWatch : public QObject
{
    Q_OBJECT

public:
    enum class Origin {
        Agent, // recorded by the agent every minute: all fields
        Console, // seen by this console: time and remaining hours only
    };
    struct Entry
    {
        HistorySample sample;
        Origin origin = Origin::Agent;
    };

    static constexpr int SpanDays = 7;
    static constexpr int MaxPages = 12; // 10000 samples each (docs/protocol.md)
    static constexpr qsizetype MaxEntries = 30000; // the oldest go first

    // The connection's watch, created on first use (with the samples the connection holds).
    static HistoryWatch *forConnection(ServerConnection *connection);

    const QList<Entry> &entries() const { return m_entries; }
    QList<ServerConnection::HoursSample> hoursSamples() const; // entries with remaining hours
    qsizetype agentSamples() const; // entries the agent recorded
    bool isFetching() const { return m_fetching; }
    bool hasFetched() const { return m_fetched; } // fetch() ran to its end (ok or not) for this server
    QString errorText() const { return m_error; } // why the last fetch failed; empty when it did not

    void fetch(); // no-op while one runs

    // Merges `more` into `entries` (both ordered by time): one entry per time, the agent's when both
    // have one; beyond `cap` the oldest are dropped. Entries with an invalid time are ignored.
    static void merge(QList<Entry> &entries, QList<Entry> more, qsizetype cap = MaxEntries);

Q_SIGNALS:
    void historyChanged();
    void fetchFinished(bool ok);

private:
    explicit HistoryWatch(ServerConnection *connection);
    void fetchPage(const QDateTime &from, const QDateTime &to, int page);
    void finishFetch(const QString &error);
    void onSample(const ServerConnection::HoursSample &sample);
    void onState(ServerConnection::State state);
    bool checkServer(); // false (and everything reset) when the connection now watches another server

    ServerConnection *m_connection;
    QUrl m_url;
    QList<Entry> m_entries;
    QString m_error;
    quint64 m_generation = 0; // bumped when starting over: older answers are dropped
    bool m_fetching = false;
    bool m_fetched = false;
    bool m_lost = false; // a round failed since the last fetch: fetch again when it answers
};
