// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/historywatch.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

HistoryWatch::Entry consoleEntry(const ServerConnection::HoursSample &sample)
{
    HistoryWatch::Entry entry;
    entry.sample.time = sample.time.toUTC();
    entry.sample.remainingHours = sample.hours;
    entry.origin = HistoryWatch::Origin::Console;
    return entry;
}

bool lost(ServerConnection::State state)
{
    switch (state) {
    case ServerConnection::State::Unreachable:
    case ServerConnection::State::AuthFailed:
    case ServerConnection::State::Untrusted:
    case ServerConnection::State::CertificateChanged:
        return true;
    default:
        return false;
    }
}

} // namespace

HistoryWatch *HistoryWatch::forConnection(ServerConnection *connection)
{
    if (auto *existing = connection->findChild<HistoryWatch *>(QString(), Qt::FindDirectChildrenOnly))
        return existing;
    return new HistoryWatch(connection);
}

HistoryWatch::HistoryWatch(ServerConnection *connection)
    : QObject(connection)
    , m_connection(connection)
    , m_url(connection->client()->baseUrl())
{
    QList<Entry> seen;
    for (const auto &sample : connection->hoursHistory())
        seen.append(consoleEntry(sample));
    merge(m_entries, seen);
    connect(connection, &ServerConnection::hoursSampled, this, &HistoryWatch::onSample);
    connect(connection, &ServerConnection::stateChanged, this, &HistoryWatch::onState);
}

QList<ServerConnection::HoursSample> HistoryWatch::hoursSamples() const
{
    QList<ServerConnection::HoursSample> out;
    out.reserve(m_entries.size());
    for (const Entry &entry : m_entries) {
        if (entry.sample.remainingHours)
            out.append({entry.sample.time, *entry.sample.remainingHours});
    }
    return out;
}

qsizetype HistoryWatch::agentSamples() const
{
    return std::count_if(
        m_entries.cbegin(), m_entries.cend(), [](const Entry &e) { return e.origin == Origin::Agent; });
}

void HistoryWatch::merge(QList<Entry> &entries, QList<Entry> more, qsizetype cap)
{
    more.erase(
        std::remove_if(more.begin(), more.end(), [](const Entry &e) { return !e.sample.time.isValid(); }),
        more.end());
    std::stable_sort(more.begin(), more.end(),
        [](const Entry &a, const Entry &b) { return a.sample.time < b.sample.time; });
    // Of two entries at the same time the agent's is kept (it has every field), else the newer.
    const auto keepSecond = [](const Entry &first, const Entry &second) {
        return second.origin == Origin::Agent || first.origin == Origin::Console;
    };
    QList<Entry> merged;
    merged.reserve(entries.size() + more.size());
    const auto add = [&](const Entry &entry) {
        if (!merged.isEmpty() && merged.constLast().sample.time == entry.sample.time) {
            if (keepSecond(merged.constLast(), entry))
                merged.last() = entry;
        } else {
            merged.append(entry);
        }
    };
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < entries.size() || j < more.size()) {
        if (j >= more.size() || (i < entries.size() && entries.at(i).sample.time <= more.at(j).sample.time))
            add(entries.at(i++));
        else
            add(more.at(j++));
    }
    if (cap >= 0 && merged.size() > cap)
        merged.remove(0, merged.size() - cap);
    entries = std::move(merged);
}

bool HistoryWatch::checkServer()
{
    if (m_connection->client()->baseUrl() == m_url)
        return true;
    // Another server: nothing of the old one may be shown for it.
    m_url = m_connection->client()->baseUrl();
    ++m_generation;
    m_entries.clear();
    m_error.clear();
    m_fetching = false;
    m_fetched = false;
    m_lost = false;
    Q_EMIT historyChanged();
    return false;
}

void HistoryWatch::onSample(const ServerConnection::HoursSample &sample)
{
    checkServer();
    const Entry entry = consoleEntry(sample);
    if (m_entries.isEmpty() || m_entries.constLast().sample.time < entry.sample.time) {
        m_entries.append(entry); // the usual case: newer than all
        if (m_entries.size() > MaxEntries)
            m_entries.removeFirst();
    } else {
        merge(m_entries, {entry});
    }
    Q_EMIT historyChanged();
}

void HistoryWatch::onState(ServerConnection::State state)
{
    checkServer();
    if (lost(state)) {
        m_lost = true;
    } else if (m_lost && m_fetched
        && (state == ServerConnection::State::Connected || state == ServerConnection::State::Degraded)) {
        m_lost = false;
        fetch(); // what the agent recorded while the console could not see it
    }
}

void HistoryWatch::fetch()
{
    checkServer();
    if (m_fetching)
        return;
    m_fetching = true;
    QDateTime from;
    for (auto it = m_entries.crbegin(); it != m_entries.crend() && !from.isValid(); ++it) {
        if (it->origin == Origin::Agent)
            from = it->sample.time; // the newest the agent gave: only what came since
    }
    const QDateTime agentNow = m_connection->status().hostClock;
    if (!from.isValid() && agentNow.isValid())
        from = agentNow.addDays(-SpanDays);
    fetchPage(from, {}, 0);
}

void HistoryWatch::fetchPage(const QDateTime &from, const QDateTime &to, int page)
{
    const quint64 generation = m_generation;
    m_connection->client()->history(
        from, to, [this, generation, from, page](const Result<HistoryDocument> &result) {
            if (generation != m_generation)
                return;
            if (!result.ok()) {
                if (result.error.httpStatus == 404)
                    finishFetch(tr("This server's agent does not record a history (an older version)."));
                else
                    finishFetch(tr("The agent's history could not be read: %1").arg(result.error.message));
                return;
            }
            const HistoryDocument &document = result.value;
            QList<Entry> more;
            more.reserve(document.samples.size());
            for (const HistorySample &sample : document.samples)
                more.append({sample, Origin::Agent});
            merge(m_entries, std::move(more));
            Q_EMIT historyChanged();
            // `next` must move on, or a confused agent would be asked the same page forever.
            if (document.truncated && document.next.isValid() && document.next > from && page + 1 < MaxPages)
                fetchPage(document.next, document.to, page + 1);
            else
                finishFetch(QString());
        });
}

void HistoryWatch::finishFetch(const QString &error)
{
    m_fetching = false;
    m_fetched = true;
    m_error = error;
    Q_EMIT fetchFinished(error.isEmpty());
}
