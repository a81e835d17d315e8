// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "agent/esxibindroutes.h"

#include "agent/agentserver.h"
#include "agent/auditlog.h"
#include "agent/backend.h"
#include "agent/esxibindrun.h"
#include "agent/esxibindservice.h"
#include "agent/httperrors.h"
#include "core/fingerprint.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {

using Method = RouteTable::Method;
using Access = RouteTable::Access;
using Body = RouteTable::Body;

QString auditAction()
{
    return QString::fromLatin1(EsxiBindRoutes::AuditAction);
}

bool serviceOrNotReported(EsxiBindService *service, ApiResponder &reply)
{
    if (service)
        return true;
    reply.sendError(
        501, QString::fromLatin1(HttpErrors::NotReported), u"This server cannot run esxi_bind."_s);
    return false;
}

EsxiBindState currentState(EsxiBindService *service, AuditLog *audit)
{
    EsxiBindState state;
    state.binding = service->binding();
    state.running = service->isRunning();
    state.canRun = service->canRun(&state.reason);
    const QJsonObject line = audit ? audit->lastEntry(auditAction()) : QJsonObject();
    if (!line.isEmpty()) {
        const QJsonObject details = line.value(u"details"_s).toObject();
        EsxiBindLastRun run = esxiBindLastRunFromJson(details);
        run.time = QDateTime::fromString(line.value(u"time"_s).toString(), Qt::ISODate).toUTC();
        run.token = line.value(u"token"_s).toString();
        run.client = line.value(u"client"_s).toString();
        run.message = line.value(u"message"_s).toString();
        state.lastRun = run;
    }
    return state;
}

void recordRun(
    AuditLog *audit, const ApiRequest &request, const EsxiBindTarget &target, const EsxiBindResult &result)
{
    if (!audit)
        return;
    AuditLog::Entry entry;
    entry.action = auditAction();
    entry.client = request.client;
    if (request.token) {
        entry.token = request.token->name;
        entry.role = TokenStore::roleName(request.token->role);
    }
    entry.status = 200; // the run's stream; its outcome is in result and details
    entry.result = result.ok ? u"ok"_s : u"error"_s;
    entry.message = result.message;
    EsxiBindLastRun details;
    details.type = EsxiBind::typeName(target.type);
    details.host = target.host;
    details.port = target.port;
    details.user = target.user;
    details.outcome = result.outcome;
    details.exitCode = result.exitCode;
    QJsonObject object = esxiBindLastRunToJson(details);
    for (const QString &key : {u"time"_s, u"token"_s, u"client"_s, u"message"_s})
        object.remove(key); // the audit line has them
    object.insert(u"thumbprint"_s, Fingerprint::toText(target.thumbprint));
    entry.details = object;
    audit->record(entry);
}

QByteArray recordLine(const EsxiBindRecord &record)
{
    return QJsonDocument(esxiBindRecordToJson(record)).toJson(QJsonDocument::Compact) + '\n';
}

// Runs esxi_bind for one request and streams it; deletes itself at the end.
void startRun(EsxiBindService *service, AuditLog *audit, const ApiRequest &request,
    const EsxiBindTarget &target, ApiResponder reply)
{
    if (!reply.beginStream(QByteArrayLiteral("application/x-ndjson"))) {
        // The client left during the pre-flight: nothing ran.
        EsxiBindResult result;
        result.outcome = u"cancelled"_s;
        result.message = u"the client went away before esxi_bind started"_s;
        recordRun(audit, request, target, result);
        service->end();
        return;
    }
    EsxiBindRun::Options options;
    options.timeoutMs = service->options().timeoutMs;
    options.terminateGraceMs = service->options().terminateGraceMs;
    auto *run = new EsxiBindRun(service->createTool(nullptr), target.password, options, service);
    QObject::connect(run, &EsxiBindRun::recordReady, run, [run, reply](const EsxiBindRecord &record) mutable {
        if (!reply.writeChunk(recordLine(record)))
            run->cancel();
    });
    QObject::connect(run, &EsxiBindRun::finished, run,
        [service, audit, request, target, reply, run](const EsxiBindResult &finished) mutable {
            EsxiBindResult result = finished;
            if (result.ok)
                result.binding = service->binding();
            EsxiBindRecord record;
            record.kind = EsxiBindRecord::Kind::Result;
            record.result = result;
            reply.writeChunk(recordLine(record));
            reply.endStream(result.ok ? QString() : u"esxi-bind-"_s + result.outcome, result.message);
            recordRun(audit, request, target, result);
            service->end();
            run->deleteLater();
        });
    QPointer<EsxiBindRun> guard(run);
    reply.onClientGone([guard] {
        if (guard)
            guard->cancel();
    });
    run->start(EsxiBindAnswers::render(service->options().answers, target));
}

void runRoute(EsxiBindService *service, AuditLog *audit, const ApiRequest &request, ApiResponder reply)
{
    QString error;
    const EsxiBindTarget target = esxiBindTargetFromJson(request.json, &error);
    if (!error.isEmpty()) {
        reply.sendError(400, QString::fromLatin1(HttpErrors::BadRequest), error);
        return;
    }
    QString reason;
    if (!service->canRun(&reason)) {
        reply.sendError(
            501, QString::fromLatin1(HttpErrors::NotReported), u"esxi_bind cannot run: "_s + reason);
        return;
    }
    // What the run keeps of the request: who and from where, not the body with the password.
    ApiRequest caller;
    caller.method = request.method;
    caller.path = request.path;
    caller.client = request.client;
    caller.token = request.token;
    const QString who = request.token ? request.token->name : QString();
    if (!service->begin(who)) {
        reply.sendError(409, u"busy"_s,
            u"esxi_bind is already running (started by %1 at %2 UTC); try again when it has finished."_s.arg(
                service->runningFor(), service->runningSince().toString(u"HH:mm:ss")));
        return;
    }
    // A fresh pre-flight: the target must still present the certificate the admin confirmed.
    service->preflight(target.host, target.port, service,
        [service, audit, caller, target, reply](const EsxiPreflight &preflight) mutable {
            if (!preflight.ok) {
                service->end();
                reply.sendError(502, u"preflight-failed"_s, u"pre-flight failed: "_s + preflight.message);
                return;
            }
            if (preflight.certificate.sha256 != target.thumbprint) {
                service->end();
                reply.sendError(409, u"thumbprint-mismatch"_s,
                    u"%1 now presents a certificate with thumbprint %2, not the confirmed %3. Nothing was "
                    "run: check the target, then confirm its thumbprint again."_s.arg(target.host,
                        preflight.certificate.fingerprintText(), Fingerprint::toText(target.thumbprint)));
                return;
            }
            startRun(service, audit, caller, target, reply);
        });
}

} // namespace

void EsxiBindRoutes::install(AgentServer &server)
{
    Backend *backend = server.backend();
    AuditLog *audit = server.audit();

    server.addRoute(Method::Get, u"/api/v1/esxi-bind"_s, Access::Viewer, Body::Ignore,
        [backend, audit](const ApiRequest &, ApiResponder reply) {
            EsxiBindService *service = backend->esxiBind();
            if (serviceOrNotReported(service, reply))
                reply.sendJson(esxiBindStateToJson(currentState(service, audit)));
        });

    server.addRoute(Method::Post, u"/api/v1/esxi-bind/preflight"_s, Access::Admin, Body::Json,
        [backend](const ApiRequest &request, ApiResponder reply) {
            EsxiBindService *service = backend->esxiBind();
            if (!serviceOrNotReported(service, reply))
                return;
            const QJsonValue host = request.json.value(u"host"_s);
            const QJsonValue port = request.json.value(u"port"_s);
            const double p = port.isUndefined() ? EsxiBind::DefaultPort : port.toDouble(-1);
            QString problem = host.isString() ? EsxiBind::checkHost(host.toString())
                                              : u"expected a string (the target's address)"_s;
            if (!problem.isEmpty())
                problem = u"host: "_s + problem;
            else if (p < 1 || p > 65535 || p != double(int(p)))
                problem = u"port: expected a number from 1 to 65535"_s;
            if (!problem.isEmpty()) {
                reply.sendError(400, QString::fromLatin1(HttpErrors::BadRequest), problem);
                return;
            }
            service->preflight(
                host.toString(), quint16(p), service, [reply](const EsxiPreflight &preflight) mutable {
                    reply.sendJson(esxiPreflightToJson(preflight));
                });
        });

    server.addRoute(Method::Post, u"/api/v1/esxi-bind"_s, Access::Admin, Body::Json,
        [backend, audit](const ApiRequest &request, ApiResponder reply) {
            EsxiBindService *service = backend->esxiBind();
            if (serviceOrNotReported(service, reply))
                runRoute(service, audit, request, std::move(reply));
        });
}
