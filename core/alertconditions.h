// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/alert.h"
#include "core/protocol.h"
#include "core/serverconnection.h"
#include "core/serverentry.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <optional>

// When an alert fires. Each list of levels is any order; a value under a level's value crosses
// it, and the lowest level crossed decides the alert (its key and severity), so as the hours
// fall each level fires once.
struct AlertThresholds
{
    struct Level
    {
        double value = 0;
        Alert::Severity severity = Alert::Severity::Warning;
    };

    QList<Level> hours {{500, Alert::Severity::Info}, {100, Alert::Severity::Warning},
        {24, Alert::Severity::Critical}}; // remaining COUNTDOWN hours
    QList<Level> expiryDays {{90, Alert::Severity::Info}, {30, Alert::Severity::Warning},
        {7, Alert::Severity::Critical}, {1, Alert::Severity::Critical}}; // days to the expiration date
    qint64 eventLifetimeSeconds = 3600; // a SwitchBack event closes this long after it was raised
    int defaultGraceMinutes = 120; // when neither the license nor the agent tells the grace period
    QTimeZone timeZone = QTimeZone::systemTimeZone(); // how texts print times: "before 14:05 CEST"
};

// What the console (or one vectl fetch) knows about one server: what ServerConnection holds, and
// its place in a primary/backup pair. Times in the data are the agent's clock.
struct ServerSnapshot
{
    QString id; // stable: the console's server id, or vectl's URL
    QString name; // for texts; the status' host name when empty
    ServerEntry::PairRole pairRole = ServerEntry::PairRole::None; // None: status.role decides
    QString partnerId; // the other server of the pair, empty when unpaired
    ServerConnection::State state = ServerConnection::State::Connected;
    QString errorText; // for Unreachable, AuthFailed, CertificateChanged
    std::optional<AgentStatus> status; // the last answer; none before the first one
    std::optional<LicenseDocument> license; // none: no license installed, or not read
    std::optional<QList<Session>> sessions; // none: not reported, or not read
    QList<ServerConnection::HoursSample> hours; // remaining COUNTDOWN hours over time

    // The data is current: the last round answered (Connected or Degraded) with a status.
    bool isObservable() const;
    bool isPrimary() const;
    bool isBackup() const;
    QString displayName() const;
    QDateTime clock() const; // the agent's clock at its last answer (status.hostClock)

    // The last good answers of `connection` (id, name and pair fields are the caller's).
    static ServerSnapshot fromConnection(const ServerConnection &connection, const QString &id);
};

// Where one emulator runs, merged from every server's sessions: the server that serves it wins
// over one that only lists it (a primary listing its failed-over emulators, a lost session).
struct EmulatorPlacement
{
    QString emulator;
    QString serverId; // the server whose answer this is
    QString servedBy; // host name of the server serving it; empty in grace or stopped
    QString state; // active | failover | grace | stopped (as the agent said)
    bool onBackup = false; // served by a backup (or listed as failover)
    QDateTime since;
    QDateTime lostSince;
    QDateTime graceDeadline;
};

// Pure detection: from snapshots to the conditions that hold, as alerts without the engine's
// bookkeeping (firstSeen, lastSeen, acknowledgement). Deterministic; safe on any thread.
namespace AlertConditions {

QList<EmulatorPlacement> placements(const QList<ServerSnapshot> &servers);

// Every condition that holds, one alert per key, sorted by key. drift: server id → messages.
QList<Alert> detect(const QList<ServerSnapshot> &servers, const QHash<QString, QStringList> &drift,
    const AlertThresholds &thresholds);

// Whether the current data decides `alert`'s condition. When it does not (the server is
// unreachable, its sessions could not be read), an open alert is kept as it was rather than
// closed: not seeing a failover is not the end of it.
bool decides(const Alert &alert, const QList<ServerSnapshot> &servers);

// Hours used since `since`: the sum of the drops between consecutive samples (in time order)
// that end after it, so hours added by a license update do not hide the burn. None without two
// samples around or after `since`.
std::optional<double> hoursBurnt(const QList<ServerConnection::HoursSample> &samples, const QDateTime &since);

// The earliest expiration date of the license: its own or a product section's (UTC); invalid
// when it has none (COUNTDOWN, permanent).
QDateTime expirationDate(const License &license);

// "14:05 UTC", or "2024-05-02 14:05 UTC" when `time` is not on the same day as `reference`.
QString timeText(const QDateTime &time, const QDateTime &reference, const QTimeZone &zone);

} // namespace AlertConditions
