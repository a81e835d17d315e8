// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/historysample.h"

#include <QJsonArray>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace {

QJsonValue timeValue(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODate)) : QJsonValue();
}

void fail(QString *error, const QString &message)
{
    if (error && error->isEmpty())
        *error = message;
}

QDateTime readTime(const QJsonValue &value, const QString &what, QString *error)
{
    if (value.isNull() || value.isUndefined())
        return {};
    const QDateTime t = value.isString() ? QDateTime::fromString(value.toString(), Qt::ISODateWithMs) : QDateTime();
    if (!t.isValid())
        fail(error, what + u": expected an ISO 8601 time"_s);
    return t.toUTC();
}

HistorySample sampleFromJson(const QJsonObject &o, QString *error)
{
    HistorySample s;
    s.time = readTime(o.value(u"time"_s), u"history.samples.time"_s, error);
    if (!s.time.isValid())
        fail(error, u"history.samples.time: missing"_s);
    const QJsonValue hours = o.value(u"remainingHours"_s);
    if (hours.isDouble() && std::isfinite(hours.toDouble()))
        s.remainingHours = hours.toDouble();
    else if (!hours.isNull() && !hours.isUndefined())
        fail(error, u"history.samples.remainingHours: expected a number"_s);
    const QJsonValue sessions = o.value(u"sessions"_s);
    if (sessions.isDouble() && sessions.toDouble() >= 0 && sessions.toDouble() <= std::numeric_limits<int>::max()
        && sessions.toDouble() == std::floor(sessions.toDouble()))
        s.sessions = int(sessions.toDouble());
    else if (!sessions.isNull() && !sessions.isUndefined())
        fail(error, u"history.samples.sessions: expected a count"_s);
    s.serviceUp = o.value(u"serviceUp"_s).toBool();
    s.failoverActive = o.value(u"failoverActive"_s).toBool();
    return s;
}

} // namespace

QJsonObject historySampleToJson(const HistorySample &sample)
{
    return QJsonObject {
        {u"time"_s, timeValue(sample.time)},
        {u"remainingHours"_s, sample.remainingHours ? QJsonValue(*sample.remainingHours) : QJsonValue()},
        {u"sessions"_s, sample.sessions ? QJsonValue(*sample.sessions) : QJsonValue()},
        {u"serviceUp"_s, sample.serviceUp},
        {u"failoverActive"_s, sample.failoverActive},
    };
}

QJsonObject historyToJson(const HistoryDocument &document)
{
    QJsonArray samples;
    for (const HistorySample &s : document.samples)
        samples.append(historySampleToJson(s));
    return QJsonObject {
        {u"server"_s, document.server},
        {u"from"_s, timeValue(document.from)},
        {u"to"_s, timeValue(document.to)},
        {u"samples"_s, samples},
        {u"truncated"_s, document.truncated},
        {u"next"_s, timeValue(document.next)},
        {u"stored"_s, double(document.stored)},
        {u"skipped"_s, double(document.skipped)},
        {u"writeError"_s, document.writeError.isEmpty() ? QJsonValue() : QJsonValue(document.writeError)},
    };
}

HistoryDocument historyFromJson(const QJsonObject &object, QString *error)
{
    HistoryDocument d;
    d.server = object.value(u"server"_s).toString();
    d.from = readTime(object.value(u"from"_s), u"history.from"_s, error);
    d.to = readTime(object.value(u"to"_s), u"history.to"_s, error);
    d.next = readTime(object.value(u"next"_s), u"history.next"_s, error);
    d.truncated = object.value(u"truncated"_s).toBool();
    d.stored = qint64(object.value(u"stored"_s).toDouble());
    d.skipped = qint64(object.value(u"skipped"_s).toDouble());
    d.writeError = object.value(u"writeError"_s).toString();
    const QJsonValue samples = object.value(u"samples"_s);
    if (!samples.isArray()) {
        fail(error, u"history.samples: expected an array"_s);
        return d;
    }
    for (const QJsonValue &item : samples.toArray()) {
        if (!item.isObject()) {
            fail(error, u"history.samples: expected an array of objects"_s);
            continue;
        }
        const HistorySample s = sampleFromJson(item.toObject(), error);
        if (s.time.isValid())
            d.samples.append(s);
    }
    return d;
}

QList<ServerConnection::HoursSample> hoursSamples(const QList<HistorySample> &samples)
{
    QList<ServerConnection::HoursSample> out;
    for (const HistorySample &s : samples) {
        if (s.remainingHours && s.time.isValid())
            out.append({s.time, *s.remainingHours});
    }
    return out;
}
