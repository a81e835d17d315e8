// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "agent/metricsroutes.h"

#include "agent/agentserver.h"
#include "agent/backend.h"
#include "agent/backendfacts.h"
#include "core/version.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

// A label value: backslash, double quote and line feed escaped, other control characters dropped.
QString labelValue(const QString &text)
{
    QString out;
    for (const QChar c : text) {
        if (c == u'\\' || c == u'"')
            out += u'\\' + QString(c);
        else if (c == u'\n')
            out += u"\\n"_s;
        else if (c.category() != QChar::Other_Control)
            out += c;
    }
    return out;
}

QString number(double value)
{
    if (!std::isfinite(value))
        return std::isnan(value) ? u"NaN"_s : value > 0 ? u"+Inf"_s : u"-Inf"_s;
    if (value == std::floor(value) && std::fabs(value) < 1e15)
        return QString::number(qint64(value));
    return QString::number(value, 'g', 15);
}

void gauge(QString *out, const QString &name, const QString &help, const QString &sample)
{
    *out += u"# HELP "_s + name + u' ' + help + u"\n# TYPE "_s + name + u" gauge\n"_s + sample + u'\n';
}

} // namespace

QByteArray MetricsRoutes::render(const BackendFacts &f, const QString &backendKind)
{
    QString out;
    gauge(&out, u"ve_agent_info"_s, u"The ve-agent serving these metrics; the value is always 1."_s,
        u"ve_agent_info{version=\"%1\",backend=\"%2\",role=\"%3\",server=\"%4\"} 1"_s.arg(
            labelValue(veVersion()), labelValue(backendKind), labelValue(f.role), labelValue(f.hostName)));
    gauge(&out, u"ve_service_up"_s, u"1 when the license server's service is active, else 0."_s,
        u"ve_service_up "_s + number(f.serviceUp ? 1 : 0));
    if (f.sessions)
        gauge(&out, u"ve_sessions"_s, u"Emulator sessions this license server serves."_s,
            u"ve_sessions "_s + number(*f.sessions));
    if (f.remainingHours)
        gauge(&out, u"ve_remaining_hours"_s, u"Remaining runtime hours of the COUNTDOWN license."_s,
            u"ve_remaining_hours "_s + number(*f.remainingHours));
    if (f.licenseExpiry.isValid() && f.clock.isValid())
        gauge(&out, u"ve_license_expiry_seconds"_s,
            u"Seconds until the license expires by the agent's clock; negative once expired."_s,
            u"ve_license_expiry_seconds "_s + number(double(f.clock.secsTo(f.licenseExpiry))));
    gauge(&out, u"ve_failover_active"_s,
        u"1 while emulators run on the backup license server instead of the primary, else 0."_s,
        u"ve_failover_active "_s + number(f.failoverActive ? 1 : 0));
    return out.toUtf8();
}

void MetricsRoutes::install(AgentServer &server)
{
    Backend *backend = server.backend();
    server.addRoute(RouteTable::Method::Get, u"/metrics"_s, RouteTable::Access::Viewer,
        RouteTable::Body::Ignore, [backend](const ApiRequest &, ApiResponder reply) {
            backend->refresh();
            reply.sendText(ContentType, render(BackendFacts::read(*backend), backend->kind()));
        });
}
