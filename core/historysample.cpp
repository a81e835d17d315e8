// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/historysample.h"

#include "core/jsonfieldreader.h"

#include <QJsonArray>

#include <limits>

using namespace Qt::StringLiterals;

namespace {

QJsonValue timeOrNull(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODate)) : QJsonValue();
}

HistorySample sampleFromJson(const QJsonObject &o, QString *error)
{
    FieldReader r(o, u"history.samples"_s, error);
    HistorySample s;
    s.time = r.time(u"time"_s);
    if (!s.time.isValid())
        r.fail(u"time"_s, u"missing"_s);
    s.remainingHours = r.number(u"remainingHours"_s);
    if (const auto sessions = r.integer(u"sessions"_s, 0, std::numeric_limits<int>::max()))
        s.sessions = int(*sessions);
    s.serviceUp = r.boolean(u"serviceUp"_s).value_or(false);
    s.failoverActive = r.boolean(u"failoverActive"_s).value_or(false);
    return s;
}

} // namespace

QJsonObject historySampleToJson(const HistorySample &sample)
{
    return QJsonObject {
        {u"time"_s, timeOrNull(sample.time)},
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
        {u"from"_s, timeOrNull(document.from)},
        {u"to"_s, timeOrNull(document.to)},
        {u"samples"_s, samples},
        {u"truncated"_s, document.truncated},
        {u"next"_s, timeOrNull(document.next)},
        {u"stored"_s, double(document.stored)},
        {u"skipped"_s, double(document.skipped)},
        {u"writeError"_s, document.writeError.isEmpty() ? QJsonValue() : QJsonValue(document.writeError)},
    };
}

HistoryDocument historyFromJson(const QJsonObject &object, QString *error)
{
    FieldReader r(object, u"history"_s, error);
    HistoryDocument d;
    d.server = r.string(u"server"_s);
    d.from = r.time(u"from"_s);
    d.to = r.time(u"to"_s);
    d.next = r.time(u"next"_s);
    d.truncated = r.boolean(u"truncated"_s).value_or(false);
    d.stored = r.integer(u"stored"_s, 0, std::numeric_limits<qint32>::max()).value_or(0);
    d.skipped = r.integer(u"skipped"_s, 0, std::numeric_limits<qint32>::max()).value_or(0);
    d.writeError = r.string(u"writeError"_s);
    const QJsonValue samples = object.value(u"samples"_s);
    if (!samples.isArray()) {
        r.fail(u"samples"_s, u"expected an array"_s);
        return d;
    }
    for (const QJsonValue &item : samples.toArray()) {
        if (!item.isObject()) {
            r.fail(u"samples"_s, u"expected an array of objects"_s);
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
