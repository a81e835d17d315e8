// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/protocol.h"

#include "core/jsonfieldreader.h"
#include "core/licensejson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace {

QJsonValue timeToJson(const QDateTime &time)
{
    if (!time.isValid())
        return QJsonValue::Null;
    return time.toUTC().toString(Qt::ISODate);
}

} // namespace

QJsonObject serviceStateToJson(const ServiceState &service)
{
    return QJsonObject {
        {u"unit"_s, service.unit.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(service.unit)},
        {u"state"_s, service.state},
        {u"since"_s, timeToJson(service.since)},
        {u"mainPid"_s, service.mainPid > 0 ? QJsonValue(double(service.mainPid)) : QJsonValue::Null},
    };
}

ServiceState serviceStateFromJson(const QJsonObject &object, QString *error)
{
    FieldReader r(object, u"status.service"_s, error);
    ServiceState s;
    s.unit = r.string(u"unit"_s);
    const QString state = r.string(u"state"_s);
    if (!state.isEmpty())
        s.state = state;
    s.since = r.time(u"since"_s);
    s.mainPid = r.integer(u"mainPid"_s, 0, std::numeric_limits<qint32>::max()).value_or(0);
    return s;
}

QJsonObject statusToJson(const AgentStatus &status)
{
    QJsonObject o {
        {u"hostName"_s, status.hostName},
        {u"agentVersion"_s, status.agentVersion},
        {u"protocol"_s, status.protocol},
        {u"backend"_s, status.backend},
        {u"role"_s, status.role},
        {u"service"_s, serviceStateToJson(status.service)},
        {u"hostClock"_s, timeToJson(status.hostClock)},
        {u"capabilities"_s, QJsonArray::fromStringList(status.capabilities)},
    };
    if (status.remainingHours)
        o.insert(u"remainingHours"_s, *status.remainingHours);
    if (status.sessionCount)
        o.insert(u"sessionCount"_s, *status.sessionCount);
    if (!status.licenseSummary.isEmpty())
        o.insert(u"licenseSummary"_s, status.licenseSummary);
    if (!status.warnings.isEmpty())
        o.insert(u"warnings"_s, QJsonArray::fromStringList(status.warnings));
    return o;
}

AgentStatus statusFromJson(const QJsonObject &object, QString *error)
{
    FieldReader r(object, u"status"_s, error);
    AgentStatus s;
    if (!r.has(u"protocol"_s))
        r.fail(u"protocol"_s, u"missing"_s);
    s.protocol = int(r.integer(u"protocol"_s, 0, 1000000).value_or(0));
    s.hostName = r.string(u"hostName"_s);
    s.agentVersion = r.string(u"agentVersion"_s);
    s.backend = r.string(u"backend"_s);
    const QString role = r.string(u"role"_s);
    if (!role.isEmpty())
        s.role = role;
    s.service = serviceStateFromJson(r.object(u"service"_s), error);
    s.hostClock = r.time(u"hostClock"_s);
    s.capabilities = r.strings(u"capabilities"_s);
    s.remainingHours = r.number(u"remainingHours"_s);
    if (const auto count = r.integer(u"sessionCount"_s, 0, std::numeric_limits<int>::max()))
        s.sessionCount = int(*count);
    s.licenseSummary = r.string(u"licenseSummary"_s);
    s.warnings = r.strings(u"warnings"_s);
    return s;
}

QJsonObject sessionToJson(const Session &session)
{
    QJsonObject o {
        {u"id"_s, session.id},
        {u"emulatorHost"_s, session.emulatorHost},
        {u"address"_s, session.address},
        {u"product"_s, session.product},
        {u"since"_s, timeToJson(session.since)},
        {u"state"_s, session.state},
        {u"hoursConsumed"_s, session.hoursConsumed},
        {u"servedBy"_s, session.servedBy},
    };
    if (session.lostSince.isValid())
        o.insert(u"lostSince"_s, timeToJson(session.lostSince));
    if (session.graceDeadline.isValid())
        o.insert(u"graceDeadline"_s, timeToJson(session.graceDeadline));
    return o;
}

Session sessionFromJson(const QJsonObject &object, QString *error)
{
    FieldReader r(object, u"session"_s, error);
    Session s;
    s.id = r.string(u"id"_s);
    s.emulatorHost = r.string(u"emulatorHost"_s);
    s.address = r.string(u"address"_s);
    s.product = r.string(u"product"_s);
    s.since = r.time(u"since"_s);
    s.state = r.string(u"state"_s);
    s.hoursConsumed = r.number(u"hoursConsumed"_s).value_or(0);
    s.servedBy = r.string(u"servedBy"_s);
    s.lostSince = r.time(u"lostSince"_s);
    s.graceDeadline = r.time(u"graceDeadline"_s);
    return s;
}

QJsonObject sessionsToJson(const QList<Session> &sessions)
{
    QJsonArray array;
    for (const Session &s : sessions)
        array.append(sessionToJson(s));
    return QJsonObject {{u"sessions"_s, array}};
}

QList<Session> sessionsFromJson(const QJsonObject &object, QString *error)
{
    QList<Session> out;
    const QJsonValue v = object.value(u"sessions"_s);
    if (!v.isArray()) {
        if (error && error->isEmpty())
            *error = u"sessions: expected an array"_s;
        return out;
    }
    const QJsonArray array = v.toArray();
    for (const QJsonValue &item : array) {
        if (!item.isObject()) {
            if (error && error->isEmpty())
                *error = u"sessions: expected an array of objects"_s;
            continue;
        }
        out.append(sessionFromJson(item.toObject(), error));
    }
    return out;
}

QJsonObject licenseDocumentToJson(const LicenseDocument &doc)
{
    QJsonObject o {
        {u"license"_s, licenseToJson(doc.license)},
        {u"raw"_s, doc.raw},
    };
    if (doc.remainingHours)
        o.insert(u"remainingHours"_s, *doc.remainingHours);
    return o;
}

LicenseDocument licenseDocumentFromJson(const QJsonObject &object, QString *error)
{
    FieldReader r(object, u"licenseDocument"_s, error);
    LicenseDocument doc;
    if (!object.value(u"license"_s).isObject())
        r.fail(u"license"_s, u"expected an object"_s);
    else
        doc.license = licenseFromJson(object.value(u"license"_s).toObject(), error);
    doc.raw = r.string(u"raw"_s);
    doc.remainingHours = r.number(u"remainingHours"_s);
    return doc;
}

QJsonObject errorToJson(const QString &code, const QString &message)
{
    return QJsonObject {{u"error"_s, QJsonObject {{u"code"_s, code}, {u"message"_s, message}}}};
}

ApiError errorFromJson(int httpStatus, const QByteArray &body)
{
    ApiError e;
    e.httpStatus = httpStatus;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    const QJsonValue inner = doc.object().value(u"error"_s);
    if (parseError.error == QJsonParseError::NoError && inner.isObject()) {
        const QJsonObject err = inner.toObject();
        e.code = err.value(u"code"_s).toString();
        e.message = err.value(u"message"_s).toString();
    }
    if (e.code.isEmpty())
        e.code = u"http-"_s + QString::number(httpStatus);
    if (e.message.isEmpty())
        e.message = u"The agent answered with HTTP status %1 and no error description."_s.arg(httpStatus);
    return e;
}
