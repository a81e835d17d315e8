// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

// One condition an admin must see about a license server or a primary/backup pair, as the
// AlertEngine (alertengine.h) keeps it: raised once, updated in place while the condition lasts,
// closed when it clears. Plain value type.
struct Alert
{
    enum class Severity { Info, Warning, Critical };

    // What the condition is; `subject` tells several alerts of one kind on one server apart.
    enum class Kind {
        Failover, // emulators served by the backup; server: the backup, subject: the primary's id
        SwitchBack, // event: the emulators went back to the primary; closes after a while
        GracePeriod, // an emulator has no license server; subject: the emulator
        EmulatorStopped, // an emulator stopped after its grace period; subject: the emulator
        ServiceDown, // the license server's service is inactive or failed
        Unreachable, // the agent does not answer
        CertificateChanged, // the agent presents another certificate than the pinned one
        AuthFailed, // the agent refuses the token
        HoursLow, // COUNTDOWN hours under a threshold; subject: the threshold ("100")
        ExpirySoon, // days to the expiration date under a threshold; subject: the threshold ("30")
        HostFactDrift, // the host's facts changed (lifecycle); text: the drift messages
    };

    QString key; // serverId + '/' + kindKey + '/' + subject: stable while the condition lasts
    QString serverId;
    Kind kind = Kind::Unreachable;
    QString subject;
    Severity severity = Severity::Warning;
    QString title; // short, e.g. "Failover to the backup"
    QString text; // plain words: what happened, what it means, what to do

    QDateTime firstSeen; // the engine's clock (the time given to it) when it was raised
    QDateTime lastSeen; // … when the condition was last seen
    QDateTime since; // when the condition began by the agent's data; invalid when unknown
    QDateTime deadline; // GracePeriod: the exact time the emulator stops (UTC)
    QStringList emulators; // Failover, SwitchBack, GracePeriod, EmulatorStopped: which emulators
    std::optional<double> hoursBurnt; // Failover: backup hours used since the failover began
    std::optional<double> value; // HoursLow: remaining hours; ExpirySoon: days left

    bool open = true;
    QDateTime closedAt; // the engine's clock when it closed
    QString acknowledgedBy;
    QDateTime acknowledgedAt;

    bool isAcknowledged() const { return !acknowledgedBy.isEmpty(); }
    static QString makeKey(const QString &serverId, Kind kind, const QString &subject);
};

QString alertKindKey(Alert::Kind kind); // "failover", "switch-back", "grace-period", …
QString alertSeverityName(Alert::Severity severity); // "info" | "warning" | "critical"
