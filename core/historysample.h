// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/serverconnection.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// The agent's history of one license server (GET /api/v1/history, docs/protocol.md): what it
// sampled every minute of its clock, so a console that was closed still sees what happened.
struct HistorySample
{
    QDateTime time; // UTC, the agent's clock (simulated for the simulator)
    std::optional<double> remainingHours; // COUNTDOWN licenses, when readable
    std::optional<int> sessions; // sessions this server serves; none when not reported
    bool serviceUp = false; // the license server's service is active
    bool failoverActive = false; // emulators run on the backup instead of the primary

    friend bool operator==(const HistorySample &a, const HistorySample &b)
    {
        return a.time == b.time && a.remainingHours == b.remainingHours && a.sessions == b.sessions
            && a.serviceUp == b.serviceUp && a.failoverActive == b.failoverActive;
    }
};

struct HistoryDocument
{
    QString server; // host name
    QDateTime from; // the range asked for (UTC)
    QDateTime to;
    QList<HistorySample> samples; // in time order
    bool truncated = false; // more samples in the range: ask again from `next`
    QDateTime next;
    qint64 stored = 0; // samples in the agent's store
    qint64 skipped = 0; // damaged records the agent skipped when it read its store
    QString writeError; // why the agent cannot record right now (disk full …); empty when fine
};

QJsonObject historySampleToJson(const HistorySample &sample);
QJsonObject historyToJson(const HistoryDocument &document);
// Hostile input gives a clear *error (the first problem) and what could be read.
HistoryDocument historyFromJson(const QJsonObject &object, QString *error = nullptr);

// The remaining hours of the samples, e.g. to compute a failover's burnt hours or a forecast.
QList<ServerConnection::HoursSample> hoursSamples(const QList<HistorySample> &samples);
