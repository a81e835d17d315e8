// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/alert.h"
#include "core/alertconditions.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <optional>

// The alerts of the watched servers: fed with snapshots of what each ServerConnection holds
// (ServerSnapshot::fromConnection, plus the pair relationship), it keeps one Alert per condition
// (alertconditions.h) — raised once, updated in place while it lasts, closed when it clears — and
// remembers who acknowledged it. Pure and deterministic: no timers, no I/O; every time it uses
// comes from the snapshots (the agents' clocks) or from the `now` given to it (firstSeen,
// lastSeen, closedAt, acknowledgements). Single thread: the caller's.
//
// Every evaluation (update, removeServer, setHostFactDrift, evaluate) compares the conditions
// that hold with the open alerts and emits, in key order: alertRaised for each new key, then
// alertUpdated for each open alert whose fields changed (lastSeen included), then alertCleared
// for each alert that closed. An open alert whose condition the current data cannot decide (its
// server is unreachable, its sessions could not be read) stays open unchanged. When a Failover
// alert closes while its emulators are back on the primary, a SwitchBack event (info) is raised
// in the same evaluation; events close after AlertThresholds::eventLifetimeSeconds.
class AlertEngine : public QObject
{
    Q_OBJECT

public:
    static constexpr int MaxClosedAlerts = 1000; // the oldest closed ones are forgotten first

    explicit AlertEngine(QObject *parent = nullptr);

    void setThresholds(const AlertThresholds &thresholds); // used from the next evaluation on
    const AlertThresholds &thresholds() const { return m_thresholds; }

    // Stores the server's newest snapshot (replacing the one with the same id) and evaluates.
    void update(const ServerSnapshot &snapshot, const QDateTime &now);
    // The same for several servers at once, with one evaluation (what a fleet's poll round needs).
    void update(const QList<ServerSnapshot> &snapshots, const QDateTime &now);
    // Forgets the server: its alerts close.
    void removeServer(const QString &serverId, const QDateTime &now);
    // The lifecycle's host-fact drift of a server (empty: no drift, the alert closes).
    void setHostFactDrift(const QString &serverId, const QStringList &messages, const QDateTime &now);
    // Evaluates again with the stored snapshots (events expire, lastSeen moves on).
    void evaluate(const QDateTime &now);

    // Marks an open alert acknowledged by `by` at the last evaluation's time; alertUpdated
    // follows. False for an unknown or closed key, or an empty name.
    bool acknowledge(const QString &alertKey, const QString &by);

    QList<Alert> openAlerts() const; // most severe first, then oldest first
    QList<Alert> openAlerts(const QString &serverId) const;
    QList<Alert> closedAlerts() const; // most recently closed first
    std::optional<Alert> alert(const QString &alertKey) const; // the open one, else the last closed
    std::optional<Alert::Severity> worstSeverity(const QString &serverId) const; // of its open alerts
    QList<ServerSnapshot> snapshots() const { return m_servers; }
    QList<EmulatorPlacement> placements() const; // where each emulator runs now

Q_SIGNALS:
    void alertRaised(const Alert &alert);
    void alertUpdated(const Alert &alert);
    void alertCleared(const Alert &alert);

private:
    void close(Alert alert, const QDateTime &now, QList<Alert> *cleared);
    std::optional<Alert> switchBack(const Alert &failover) const;

    AlertThresholds m_thresholds;
    QList<ServerSnapshot> m_servers;
    QHash<QString, QStringList> m_drift;
    QHash<QString, Alert> m_open; // by key
    QList<Alert> m_closed; // oldest first
    QDateTime m_now;
};
