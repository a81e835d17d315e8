// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/hostfacts.h"
#include "core/protocol.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QStringList>
#include <QUrl>

class ServerConnection;

// The license-lifecycle facts of one watched server that the status does not carry: host facts
// and their drift (GET /api/v1/host-facts) and the last backups (GET /api/v1/backup/status).
// Attached to a ServerConnection (one per connection, a child of it: forConnection()); fetched
// after a status update when older than RefreshMs, or at once by refreshNow(). An agent without
// these routes (older version, 404/501) reports "not reported": reported() is false, nothing is
// invented. Never blocks; GUI thread.
class LifecycleWatch : public QObject
{
    Q_OBJECT

public:
    static constexpr int RefreshMs = 60000;

    struct BackupRecord
    {
        QDateTime time; // UTC; invalid: never taken (through this agent)
        QString fileName;
        QString sha256;
    };

    // The connection's watch, created on first use.
    static LifecycleWatch *forConnection(ServerConnection *connection);

    bool hostFactsReported() const { return m_factsReported; }
    const HostFactsReport &hostFacts() const { return m_facts; }
    QStringList driftMessages() const { return HostFactsCheck::messages(m_facts.drift); }

    bool backupReported() const { return m_backupReported; }
    BackupRecord lastDataBackup() const { return m_data; }
    BackupRecord lastInstancesBackup() const { return m_instances; }
    bool hasInstancesDb() const { return m_instancesDb; }

    void refreshNow();

Q_SIGNALS:
    void updated(); // something above changed or was fetched again
    void driftChanged(const QStringList &messages); // for alerts: empty when the drift is gone

private:
    explicit LifecycleWatch(ServerConnection *connection);
    void onStatus();
    void reset();

    ServerConnection *m_connection;
    QUrl m_url; // the server the answers belong to
    QElapsedTimer m_fetched;
    int m_pending = 0;
    bool m_factsReported = false;
    HostFactsReport m_facts;
    bool m_backupReported = false;
    BackupRecord m_data;
    BackupRecord m_instances;
    bool m_instancesDb = false;
};
