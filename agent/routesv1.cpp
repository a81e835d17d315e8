// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "agent/routesv1.h"

#include "agent/adminroutes.h"
#include "agent/agentserver.h"
#include "agent/backend.h"
#include "agent/esxibindroutes.h"
#include "agent/httperrors.h"
#include "agent/logroutes.h"
#include "core/protocol.h"
#include "core/version.h"

#include <QFileInfo>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {

using Method = RouteTable::Method;
using Access = RouteTable::Access;
using Body = RouteTable::Body;

QString licenseSummary(const License &license)
{
    QString summary = licenseKeyTypeName(license.keyType);
    if (license.licenseId && !license.licenseId->isEmpty())
        summary += u' ' + *license.licenseId;
    if (license.customer && !license.customer->isEmpty())
        summary += u" ("_s + *license.customer + u')';
    return summary;
}

void notReported(ApiResponder &reply, const QString &what)
{
    reply.sendError(
        501, QString::fromLatin1(HttpErrors::NotReported), u"This server does not report %1."_s.arg(what));
}

AgentStatus makeStatus(Backend *backend)
{
    AgentStatus s;
    s.hostName = backend->hostName();
    s.agentVersion = veVersion();
    s.protocol = Protocol::Version;
    s.backend = backend->kind();
    s.role = backend->role();
    s.service = backend->serviceState();
    s.hostClock = backend->now();
    s.capabilities = backend->capabilities();
    ApiError error;
    const LicenseDocument doc = backend->license(&error);
    if (!error.isSet()) {
        s.remainingHours = doc.remainingHours;
        s.licenseSummary = licenseSummary(doc.license);
    }
    if (s.has(Capability::Sessions))
        s.sessionCount = int(backend->sessions().size());
    s.warnings = backend->warnings();
    return s;
}

QJsonObject logSourcesToJson(const QList<LogSourceInfo> &sources)
{
    QJsonArray array;
    for (const LogSourceInfo &source : sources) {
        QJsonObject o {
            {u"name"_s, source.name}, {u"kind"_s, source.kind}, {u"description"_s, source.description}};
        if (source.kind == "file"_L1) {
            const QFileInfo info(source.path);
            o.insert(u"path"_s, source.path);
            o.insert(u"exists"_s, info.exists());
            if (info.exists())
                o.insert(u"size"_s, double(info.size()));
        }
        array.append(o);
    }
    return QJsonObject {{u"sources"_s, array}};
}

void installServiceRoute(AgentServer &server, const QString &action)
{
    Backend *backend = server.backend();
    server.addRoute(Method::Post, u"/api/v1/service/"_s + action, Access::Admin, Body::Json,
        [backend, action](const ApiRequest &, ApiResponder reply) {
            if (!backend->capabilities().contains(Capability::Service)) {
                reply.sendError(501, QString::fromLatin1(HttpErrors::NotReported),
                    u"This agent cannot control the license server's service "
                    "(no systemd unit was found)."_s);
                return;
            }
            backend->controlService(
                action, [backend, action, reply](bool ok, const QString &message) mutable {
                    if (!ok) {
                        reply.sendError(502, u"service-failed"_s, message);
                        return;
                    }
                    reply.sendJson(QJsonObject {
                        {u"action"_s, action},
                        {u"message"_s, message},
                        {u"service"_s, serviceStateToJson(backend->serviceState())},
                    });
                });
        });
}

} // namespace

void RoutesV1::install(AgentServer &server)
{
    Backend *backend = server.backend();

    server.addRoute(Method::Get, u"/api/v1/ping"_s, Access::Public, Body::Ignore,
        [](const ApiRequest &, ApiResponder reply) {
            reply.sendJson(QJsonObject {{u"product"_s, u"ve-agent"_s}, {u"protocol"_s, Protocol::Version}});
        });

    server.addRoute(Method::Get, u"/api/v1/status"_s, Access::Viewer, Body::Ignore,
        [backend](const ApiRequest &, ApiResponder reply) {
            backend->refresh();
            reply.sendJson(statusToJson(makeStatus(backend)));
        });

    server.addRoute(Method::Get, u"/api/v1/license"_s, Access::Viewer, Body::Ignore,
        [backend](const ApiRequest &, ApiResponder reply) {
            backend->refresh();
            ApiError error;
            const LicenseDocument doc = backend->license(&error);
            if (error.isSet()) {
                const int status
                    = error.httpStatus ? error.httpStatus : HttpErrors::statusForCode(error.code);
                reply.sendError(status, error.code, error.message);
                return;
            }
            reply.sendJson(licenseDocumentToJson(doc));
        });

    server.addRoute(Method::Get, u"/api/v1/sessions"_s, Access::Viewer, Body::Ignore,
        [backend](const ApiRequest &, ApiResponder reply) {
            backend->refresh();
            if (!backend->capabilities().contains(Capability::Sessions)) {
                notReported(reply, u"emulator sessions"_s);
                return;
            }
            reply.sendJson(sessionsToJson(backend->sessions()));
        });

    server.addRoute(Method::Get, u"/api/v1/logs"_s, Access::Viewer, Body::Ignore,
        [backend](const ApiRequest &, ApiResponder reply) {
            reply.sendJson(logSourcesToJson(backend->logSources()));
        });

    for (const QString &action : {u"start"_s, u"stop"_s, u"restart"_s})
        installServiceRoute(server, action);

    EsxiBindRoutes::install(server);
    LogRoutes::install(server);
    AdminRoutes::install(server);
}
