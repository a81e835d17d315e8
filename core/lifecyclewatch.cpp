// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/lifecyclewatch.h"

#include "core/jsonfieldreader.h"
#include "core/serverconnection.h"

using namespace Qt::StringLiterals;

namespace {

LifecycleWatch::BackupRecord recordFromJson(const QJsonObject &object, const QString &context)
{
    QString error;
    FieldReader r(object, context, &error);
    LifecycleWatch::BackupRecord record;
    record.time = r.time(u"time"_s);
    record.fileName = r.string(u"fileName"_s).left(200);
    record.sha256 = r.string(u"sha256"_s).left(64);
    return error.isEmpty() ? record : LifecycleWatch::BackupRecord();
}

} // namespace

LifecycleWatch *LifecycleWatch::forConnection(ServerConnection *connection)
{
    if (auto *existing = connection->findChild<LifecycleWatch *>(QString(), Qt::FindDirectChildrenOnly))
        return existing;
    return new LifecycleWatch(connection);
}

LifecycleWatch::LifecycleWatch(ServerConnection *connection)
    : QObject(connection)
    , m_connection(connection)
{
    connect(connection, &ServerConnection::statusUpdated, this, &LifecycleWatch::onStatus);
    if (connection->status().protocol > 0)
        refreshNow();
}

void LifecycleWatch::reset()
{
    const bool hadDrift = !m_facts.drift.isEmpty();
    m_factsReported = false;
    m_facts = {};
    m_backupReported = false;
    m_data = {};
    m_instances = {};
    m_instancesDb = false;
    m_fetched.invalidate();
    if (hadDrift)
        Q_EMIT driftChanged({});
}

void LifecycleWatch::onStatus()
{
    if (m_connection->client()->baseUrl() != m_url) {
        reset();
        m_url = m_connection->client()->baseUrl();
        Q_EMIT updated();
    }
    if (!m_fetched.isValid() || m_fetched.hasExpired(RefreshMs))
        refreshNow();
}

void LifecycleWatch::refreshNow()
{
    if (m_pending > 0)
        return;
    m_url = m_connection->client()->baseUrl();
    m_fetched.start();
    m_pending = 2;
    const QUrl url = m_url;
    AgentClient *client = m_connection->client();
    client->request("GET"_ba, u"/api/v1/host-facts"_s, {}, [this, url](const Result<QJsonObject> &r) {
        --m_pending;
        if (url != m_url)
            return;
        const QStringList before = driftMessages();
        QString error;
        m_factsReported = r.ok();
        m_facts = r.ok() ? hostFactsReportFromJson(r.value, &error) : HostFactsReport();
        if (driftMessages() != before)
            Q_EMIT driftChanged(driftMessages());
        Q_EMIT updated();
    });
    client->request("GET"_ba, u"/api/v1/backup/status"_s, {}, [this, url](const Result<QJsonObject> &r) {
        --m_pending;
        if (url != m_url)
            return;
        m_backupReported = r.ok() && r.value.value(u"available"_s).toBool();
        m_data = recordFromJson(r.value.value(u"data"_s).toObject(), u"backup.data"_s);
        m_instances = recordFromJson(r.value.value(u"instances"_s).toObject(), u"backup.instances"_s);
        m_instancesDb = r.ok() && r.value.value(u"instancesDb"_s).toBool();
        Q_EMIT updated();
    });
}
