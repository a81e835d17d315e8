// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/esxibind.h"

#include "core/fingerprint.h"
#include "core/jsonfieldreader.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

QJsonValue timeToJson(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

bool hasControlCharacters(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f || c.category() == QChar::Other_Control
            || c == QChar::LineSeparator || c == QChar::ParagraphSeparator)
            return true;
    }
    return false;
}

quint16 readPort(FieldReader &r, const QString &key)
{
    return quint16(r.integer(key, 0, 65535).value_or(0));
}

} // namespace

namespace EsxiBind {

QString typeName(TargetType type)
{
    return type == TargetType::VCenter ? u"vcenter"_s : u"esxi"_s;
}

std::optional<TargetType> typeFromName(QStringView name)
{
    if (name == u"esxi")
        return TargetType::Esxi;
    if (name == u"vcenter")
        return TargetType::VCenter;
    return std::nullopt;
}

QString checkHost(const QString &hostIn)
{
    QString host = hostIn;
    if (host.isEmpty())
        return u"the address is empty"_s;
    if (host.size() > MaxHostLength)
        return u"the address is longer than %1 characters"_s.arg(MaxHostLength);
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    QHostAddress address;
    if (address.setAddress(host))
        return {};
    // A DNS name: labels of letters, digits and hyphens (underscores occur in the wild), not
    // starting or ending with a hyphen, an optional final dot.
    static const QRegularExpression name(
        u"^(?=.{1,253}\\.?$)([A-Za-z0-9_]([A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?)(\\.[A-Za-z0-9_]([A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?)*\\.?$"_s);
    if (!name.match(host).hasMatch())
        return u"\"%1\" is not a host name or an IP address"_s.arg(hostIn.left(80));
    return {};
}

QString checkUser(const QString &user)
{
    if (user.isEmpty())
        return u"the user name is empty"_s;
    if (user.size() > MaxUserLength)
        return u"the user name is longer than %1 characters"_s.arg(MaxUserLength);
    if (hasControlCharacters(user))
        return u"the user name contains a control character (e.g. a line break)"_s;
    return {};
}

QString checkPassword(const QString &password)
{
    if (password.isEmpty())
        return u"the password is empty"_s;
    if (password.size() > MaxPasswordLength)
        return u"the password is longer than %1 characters"_s.arg(MaxPasswordLength);
    if (hasControlCharacters(password))
        return u"the password contains a control character (e.g. a line break), which esxi_bind "
               "cannot receive as one answer"_s;
    return {};
}

bool parseHostPort(const QString &textIn, QString *host, quint16 *port, QString *error)
{
    const QString text = textIn.trimmed();
    QString h = text;
    QString portText;
    if (text.startsWith(u'[')) {
        const qsizetype close = text.indexOf(u']');
        if (close < 0) {
            *error = u"\"%1\": missing ']'"_s.arg(text.left(80));
            return false;
        }
        h = text.mid(1, close - 1);
        const QString rest = text.mid(close + 1);
        if (!rest.isEmpty()) {
            if (!rest.startsWith(u':')) {
                *error = u"\"%1\": expected ':' and a port after ']'"_s.arg(text.left(80));
                return false;
            }
            portText = rest.mid(1);
        }
    } else if (text.count(u':') == 1) {
        h = text.section(u':', 0, 0);
        portText = text.section(u':', 1);
    }
    quint16 p = DefaultPort;
    if (!portText.isNull()) {
        bool ok = false;
        const uint value = portText.toUInt(&ok);
        if (!ok || value < 1 || value > 65535) {
            *error = u"\"%1\" is not a port (1 to 65535)"_s.arg(portText.left(20));
            return false;
        }
        p = quint16(value);
    }
    if (const QString problem = checkHost(h); !problem.isEmpty()) {
        *error = problem;
        return false;
    }
    *host = h;
    *port = p;
    return true;
}

} // namespace EsxiBind

QJsonObject esxiBindTargetToJson(const EsxiBindTarget &target)
{
    return QJsonObject {
        {u"type"_s, EsxiBind::typeName(target.type)},
        {u"host"_s, target.host},
        {u"port"_s, target.port},
        {u"user"_s, target.user},
        {u"password"_s, target.password},
        {u"thumbprint"_s, Fingerprint::toText(target.thumbprint)},
    };
}

EsxiBindTarget esxiBindTargetFromJson(const QJsonObject &object, QString *error)
{
    QString shape;
    FieldReader r(object, u"request"_s, &shape);
    EsxiBindTarget t;
    const QString type = r.string(u"type"_s);
    const QString host = r.string(u"host"_s);
    const std::optional<qint64> port = r.integer(u"port"_s, 1, 65535);
    t.user = r.string(u"user"_s);
    t.password = r.string(u"password"_s);
    const QString thumbprint = r.string(u"thumbprint"_s);
    if (!shape.isEmpty()) {
        // FieldReader names the key and the expected type, never a value.
        *error = shape;
        return {};
    }
    const auto parsedType = EsxiBind::typeFromName(type);
    QString problem;
    if (!parsedType)
        problem = u"type: expected \"esxi\" or \"vcenter\""_s;
    else if (const QString h = EsxiBind::checkHost(host); !h.isEmpty())
        problem = u"host: "_s + h;
    else if (object.contains(u"port"_s) && !port)
        problem = u"port: expected a number from 1 to 65535"_s;
    else if (const QString u = EsxiBind::checkUser(t.user); !u.isEmpty())
        problem = u"user: "_s + u;
    else if (const QString p = EsxiBind::checkPassword(t.password); !p.isEmpty())
        problem = u"password: "_s + p;
    else if ((t.thumbprint = Fingerprint::fromText(thumbprint)).isEmpty())
        problem = u"thumbprint: expected the target certificate's SHA-256 fingerprint (64 hex digits)"_s;
    if (!problem.isEmpty()) {
        *error = problem;
        return {};
    }
    t.type = *parsedType;
    t.host = host;
    t.port = port ? quint16(*port) : EsxiBind::DefaultPort;
    return t;
}

QJsonObject esxiPreflightToJson(const EsxiPreflight &p)
{
    QJsonObject o {
        {u"host"_s, p.host},
        {u"port"_s, p.port},
        {u"ok"_s, p.ok},
        {u"failedStep"_s, textOrNull(p.failedStep)},
        {u"message"_s, p.message},
        {u"addresses"_s, QJsonArray::fromStringList(p.addresses)},
        {u"connectedAddress"_s, textOrNull(p.connectedAddress)},
        {u"elapsedMs"_s, double(p.elapsedMs)},
    };
    if (!p.certificate.isNull()) {
        o.insert(u"certificate"_s,
            QJsonObject {
                {u"sha256"_s, p.certificate.fingerprintText()},
                {u"subject"_s, p.certificate.subject},
                {u"issuer"_s, p.certificate.issuer},
                {u"notBefore"_s, timeToJson(p.certificate.notBefore)},
                {u"notAfter"_s, timeToJson(p.certificate.notAfter)},
                {u"problems"_s, QJsonArray::fromStringList(p.certificateProblems)},
            });
    }
    return o;
}

EsxiPreflight esxiPreflightFromJson(const QJsonObject &object, QString *error)
{
    FieldReader r(object, u"preflight"_s, error);
    EsxiPreflight p;
    p.host = r.string(u"host"_s);
    p.port = readPort(r, u"port"_s);
    p.ok = r.boolean(u"ok"_s).value_or(false);
    p.failedStep = r.string(u"failedStep"_s);
    p.message = r.string(u"message"_s);
    p.addresses = r.strings(u"addresses"_s);
    p.connectedAddress = r.string(u"connectedAddress"_s);
    p.elapsedMs = r.integer(u"elapsedMs"_s, 0, std::numeric_limits<qint32>::max()).value_or(0);
    const QJsonObject cert = r.object(u"certificate"_s);
    if (!cert.isEmpty()) {
        FieldReader c(cert, u"preflight.certificate"_s, error);
        p.certificate.sha256 = Fingerprint::fromText(c.string(u"sha256"_s));
        if (p.certificate.sha256.isEmpty())
            c.fail(u"sha256"_s, u"expected a SHA-256 fingerprint"_s);
        p.certificate.subject = c.string(u"subject"_s);
        p.certificate.issuer = c.string(u"issuer"_s);
        p.certificate.notBefore = c.time(u"notBefore"_s);
        p.certificate.notAfter = c.time(u"notAfter"_s);
        p.certificateProblems = c.strings(u"problems"_s);
    }
    if (p.ok && p.certificate.isNull())
        r.fail(u"certificate"_s, u"a successful pre-flight must carry the certificate"_s);
    return p;
}

QJsonObject esxiBindingToJson(const EsxiBinding &b)
{
    if (!b.reported)
        return QJsonObject {{u"reported"_s, false}, {u"reason"_s, b.reason}};
    QJsonObject fields;
    for (const auto &[key, value] : b.fields)
        fields.insert(key, value);
    return QJsonObject {
        {u"reported"_s, true},
        {u"source"_s, b.source},
        {u"type"_s, textOrNull(b.type)},
        {u"host"_s, textOrNull(b.host)},
        {u"port"_s, b.port ? QJsonValue(b.port) : QJsonValue(QJsonValue::Null)},
        {u"user"_s, textOrNull(b.user)},
        {u"time"_s, timeToJson(b.time)},
        {u"fields"_s, fields},
    };
}

EsxiBinding esxiBindingFromJson(const QJsonObject &object, QString *error)
{
    FieldReader r(object, u"binding"_s, error);
    EsxiBinding b;
    b.reported = r.boolean(u"reported"_s).value_or(false);
    b.reason = r.string(u"reason"_s);
    b.source = r.string(u"source"_s);
    b.type = r.string(u"type"_s);
    b.host = r.string(u"host"_s);
    b.port = readPort(r, u"port"_s);
    b.user = r.string(u"user"_s);
    b.time = r.time(u"time"_s);
    const QJsonObject fields = r.object(u"fields"_s);
    for (auto it = fields.begin(); it != fields.end(); ++it)
        b.fields.append({it.key(), it.value().toString()});
    return b;
}

QJsonObject esxiBindLastRunToJson(const EsxiBindLastRun &run)
{
    return QJsonObject {
        {u"time"_s, timeToJson(run.time)},
        {u"token"_s, run.token},
        {u"client"_s, run.client},
        {u"type"_s, run.type},
        {u"host"_s, run.host},
        {u"port"_s, run.port},
        {u"user"_s, run.user},
        {u"outcome"_s, run.outcome},
        {u"exitCode"_s, run.exitCode},
        {u"message"_s, run.message},
    };
}

EsxiBindLastRun esxiBindLastRunFromJson(const QJsonObject &object, QString *error)
{
    FieldReader r(object, u"lastRun"_s, error);
    EsxiBindLastRun run;
    run.time = r.time(u"time"_s);
    run.token = r.string(u"token"_s);
    run.client = r.string(u"client"_s);
    run.type = r.string(u"type"_s);
    run.host = r.string(u"host"_s);
    run.port = readPort(r, u"port"_s);
    run.user = r.string(u"user"_s);
    run.outcome = r.string(u"outcome"_s);
    run.exitCode = int(r.integer(u"exitCode"_s, -1, 255).value_or(-1));
    run.message = r.string(u"message"_s);
    return run;
}

QJsonObject esxiBindStateToJson(const EsxiBindState &state)
{
    return QJsonObject {
        {u"binding"_s, esxiBindingToJson(state.binding)},
        {u"lastRun"_s, state.lastRun ? QJsonValue(esxiBindLastRunToJson(*state.lastRun)) : QJsonValue::Null},
        {u"running"_s, state.running},
        {u"canRun"_s, state.canRun},
        {u"reason"_s, textOrNull(state.reason)},
        {u"canCheckCredentials"_s, state.canCheckCredentials},
    };
}

EsxiBindState esxiBindStateFromJson(const QJsonObject &object, QString *error)
{
    FieldReader r(object, u"esxiBind"_s, error);
    EsxiBindState s;
    s.binding = esxiBindingFromJson(r.object(u"binding"_s), error);
    if (r.has(u"lastRun"_s))
        s.lastRun = esxiBindLastRunFromJson(r.object(u"lastRun"_s), error);
    s.running = r.boolean(u"running"_s).value_or(false);
    s.canRun = r.boolean(u"canRun"_s).value_or(false);
    s.reason = r.string(u"reason"_s);
    s.canCheckCredentials = r.boolean(u"canCheckCredentials"_s).value_or(false);
    return s;
}

QJsonObject esxiBindResultToJson(const EsxiBindResult &result)
{
    QJsonObject o {
        {u"outcome"_s, result.outcome},
        {u"ok"_s, result.ok},
        {u"exitCode"_s, result.exitCode},
        {u"message"_s, result.message},
    };
    if (result.binding.reported)
        o.insert(u"binding"_s, esxiBindingToJson(result.binding));
    return o;
}

EsxiBindResult esxiBindResultFromJson(const QJsonObject &object, QString *error)
{
    FieldReader r(object, u"result"_s, error);
    EsxiBindResult result;
    result.outcome = r.string(u"outcome"_s);
    result.ok = r.boolean(u"ok"_s).value_or(false);
    result.exitCode = int(r.integer(u"exitCode"_s, -1, 255).value_or(-1));
    result.message = r.string(u"message"_s);
    if (r.has(u"binding"_s))
        result.binding = esxiBindingFromJson(r.object(u"binding"_s), error);
    return result;
}

QJsonObject esxiBindRecordToJson(const EsxiBindRecord &record)
{
    switch (record.kind) {
    case EsxiBindRecord::Kind::Started:
        return QJsonObject {{u"started"_s,
            QJsonObject {{u"message"_s, record.text}, {u"timeoutMs"_s, double(record.timeoutMs)}}}};
    case EsxiBindRecord::Kind::Output:
        return QJsonObject {{u"output"_s, record.text}};
    case EsxiBindRecord::Kind::Progress:
        return QJsonObject {{u"progress"_s,
            QJsonObject {
                {u"elapsedMs"_s, double(record.elapsedMs)}, {u"timeoutMs"_s, double(record.timeoutMs)}}}};
    case EsxiBindRecord::Kind::Result:
        return QJsonObject {{u"result"_s, esxiBindResultToJson(record.result)}};
    case EsxiBindRecord::Kind::Unknown:
        break;
    }
    return {};
}

EsxiBindRecord esxiBindRecordFromJson(const QJsonObject &object, QString *error)
{
    FieldReader r(object, u"record"_s, error);
    EsxiBindRecord record;
    constexpr qint64 MaxMs = qint64(24) * 3600 * 1000;
    if (object.contains(u"output"_s)) {
        record.kind = EsxiBindRecord::Kind::Output;
        record.text = r.string(u"output"_s);
    } else if (object.contains(u"progress"_s)) {
        record.kind = EsxiBindRecord::Kind::Progress;
        FieldReader p(r.object(u"progress"_s), u"record.progress"_s, error);
        record.elapsedMs = p.integer(u"elapsedMs"_s, 0, MaxMs).value_or(0);
        record.timeoutMs = p.integer(u"timeoutMs"_s, 0, MaxMs).value_or(0);
    } else if (object.contains(u"started"_s)) {
        record.kind = EsxiBindRecord::Kind::Started;
        FieldReader s(r.object(u"started"_s), u"record.started"_s, error);
        record.text = s.string(u"message"_s);
        record.timeoutMs = s.integer(u"timeoutMs"_s, 0, MaxMs).value_or(0);
    } else if (object.contains(u"result"_s)) {
        record.kind = EsxiBindRecord::Kind::Result;
        record.result = esxiBindResultFromJson(r.object(u"result"_s), error);
    }
    return record;
}
