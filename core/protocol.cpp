// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/protocol.h"

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

// Reads fields of one JSON object that came over the network. Absent and null fields give the
// default; a field of the wrong type records the first error ("status.protocol: expected a
// number") and also gives the default, so a caller always gets a usable value.
class FieldReader
{
public:
    FieldReader(const QJsonObject &object, QString context, QString *error)
        : m_object(object)
        , m_context(std::move(context))
        , m_error(error)
    { }

    bool has(const QString &key) const
    {
        const QJsonValue v = m_object.value(key);
        return !v.isUndefined() && !v.isNull();
    }

    QString string(const QString &key)
    {
        const QJsonValue v = m_object.value(key);
        if (v.isString())
            return v.toString();
        if (!v.isUndefined() && !v.isNull())
            fail(key, u"expected a string"_s);
        return {};
    }

    std::optional<double> number(const QString &key)
    {
        const QJsonValue v = m_object.value(key);
        if (v.isDouble() && std::isfinite(v.toDouble()))
            return v.toDouble();
        if (!v.isUndefined() && !v.isNull())
            fail(key, u"expected a number"_s);
        return std::nullopt;
    }

    // Integral numbers only, within int range.
    std::optional<qint64> integer(const QString &key, qint64 min, qint64 max)
    {
        const std::optional<double> d = number(key);
        if (!d)
            return std::nullopt;
        if (*d != std::floor(*d) || *d < double(min) || *d > double(max)) {
            fail(key, u"expected an integer in range"_s);
            return std::nullopt;
        }
        return qint64(*d);
    }

    QDateTime time(const QString &key)
    {
        const QString text = string(key);
        if (text.isEmpty())
            return {};
        QDateTime t = QDateTime::fromString(text, Qt::ISODate);
        if (!t.isValid()) {
            fail(key, u"expected an ISO 8601 time"_s);
            return {};
        }
        return t.toUTC();
    }

    QStringList strings(const QString &key)
    {
        const QJsonValue v = m_object.value(key);
        QStringList out;
        if (v.isUndefined() || v.isNull())
            return out;
        if (!v.isArray()) {
            fail(key, u"expected an array of strings"_s);
            return out;
        }
        const QJsonArray array = v.toArray();
        for (const QJsonValue &item : array) {
            if (!item.isString()) {
                fail(key, u"expected an array of strings"_s);
                continue;
            }
            out.append(item.toString());
        }
        return out;
    }

    QJsonObject object(const QString &key)
    {
        const QJsonValue v = m_object.value(key);
        if (v.isObject())
            return v.toObject();
        if (!v.isUndefined() && !v.isNull())
            fail(key, u"expected an object"_s);
        return {};
    }

    void fail(const QString &key, const QString &what)
    {
        if (m_error && m_error->isEmpty())
            *m_error = m_context % u'.' % key % u": "_s % what;
    }

private:
    QJsonObject m_object;
    QString m_context;
    QString *m_error;
};

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
    return s;
}

QJsonObject sessionToJson(const Session &session)
{
    return QJsonObject {
        {u"id"_s, session.id},
        {u"emulatorHost"_s, session.emulatorHost},
        {u"address"_s, session.address},
        {u"product"_s, session.product},
        {u"since"_s, timeToJson(session.since)},
        {u"state"_s, session.state},
        {u"hoursConsumed"_s, session.hoursConsumed},
        {u"servedBy"_s, session.servedBy},
    };
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
