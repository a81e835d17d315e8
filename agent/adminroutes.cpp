// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "agent/adminroutes.h"

#include "agent/agentserver.h"
#include "agent/auditlog.h"
#include "agent/backend.h"
#include "agent/httperrors.h"
#include "agent/licenseadmin.h"
#include "agent/licenseroutes.h"
#include "agent/tarwriter.h"
#include "core/filetransfer.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {

using Method = RouteTable::Method;
using Access = RouteTable::Access;
using Body = RouteTable::Body;

constexpr int DefaultAuditLimit = 100;
constexpr int MaxAuditLimit = 1000;

void badRequest(ApiResponder &reply, const QString &message)
{
    reply.sendError(400, QString::fromLatin1(HttpErrors::BadRequest), message);
}

void sendApiError(ApiResponder &reply, const ApiError &error)
{
    reply.sendError(error.httpStatus ? error.httpStatus : HttpErrors::statusForCode(error.code), error.code,
        error.message);
}

LicenseAdmin *adminOf(Backend *backend, ApiResponder &reply, const QString &what)
{
    LicenseAdmin *admin = backend->licenseAdmin();
    if (!admin)
        reply.sendError(501, QString::fromLatin1(HttpErrors::NotReported),
            u"This server does not report %1."_s.arg(what));
    return admin;
}

void backup(Backend *backend, const ApiRequest &request, ApiResponder reply)
{
    const QString what = request.query.queryItemValue(u"what"_s);
    const QString format = request.query.queryItemValue(u"format"_s);
    if (!what.isEmpty() && what != "data"_L1 && what != "instances"_L1) {
        badRequest(reply, u"what must be \"data\" or \"instances\"."_s);
        return;
    }
    if (!format.isEmpty() && format != "json"_L1 && format != "raw"_L1) {
        badRequest(reply, u"format must be \"json\" or \"raw\"."_s);
        return;
    }
    LicenseAdmin *admin = adminOf(backend, reply, u"backups"_s);
    if (!admin)
        return;
    const bool instances = what == "instances"_L1;
    const auto kind = instances ? LicenseAdmin::BackupKind::Instances : LicenseAdmin::BackupKind::Data;
    if (!instances && !admin->capabilities().contains(QString::fromUtf16(Capability::Backup))) {
        reply.sendError(501, QString::fromLatin1(HttpErrors::NotReported),
            u"This server has no license-server data to back up."_s);
        return;
    }
    QList<LicenseAdmin::BackupEntry> entries;
    ApiError error;
    if (!admin->collectBackup(kind, &entries, &error)) {
        sendApiError(reply, error);
        return;
    }
    QByteArray data;
    if (instances) {
        data = entries.value(0).data;
    } else {
        TarWriter tar;
        QString tarError;
        for (const LicenseAdmin::BackupEntry &entry : std::as_const(entries)) {
            if (!tar.addFile(entry.name, entry.data, entry.modified, entry.mode, &tarError)) {
                reply.sendError(500, u"backup-failed"_s, tarError);
                return;
            }
        }
        data = tar.finish();
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString name = FileTransfer::stampedName(
        backend->hostName(), instances ? u"instances"_s : u"backup"_s, now, instances ? u"db"_s : u"tar"_s);
    const QString sha = FileTransfer::sha256Hex(data);
    admin->recordBackup(kind, name, sha, data.size(), now);
    const ApiResponder::Headers headers {{"X-Content-SHA256"_ba, sha.toLatin1()}};
    if (format == "raw"_L1) {
        reply.sendText(instances ? "application/octet-stream"_ba : "application/x-tar"_ba, data, 200,
            headers
                + ApiResponder::Headers {
                    {"Content-Disposition"_ba, "attachment; filename=\"" + name.toLatin1() + '"'}});
        return;
    }
    QJsonObject answer = FileTransfer::toJson(name, data);
    answer.insert(u"what"_s, instances ? u"instances"_s : u"data"_s);
    answer.insert(u"files"_s, int(entries.size()));
    reply.sendJson(answer, 200, headers);
}

void hostFactsAnswer(ApiResponder reply, const ApiError &error, const HostFactsReport &report)
{
    if (error.isSet())
        sendApiError(reply, error);
    else
        reply.sendJson(hostFactsReportToJson(report));
}

void audit(AgentServer &server, const ApiRequest &request, ApiResponder reply)
{
    int limit = DefaultAuditLimit;
    if (request.query.hasQueryItem(u"limit"_s)) {
        bool ok = false;
        limit = request.query.queryItemValue(u"limit"_s).toInt(&ok);
        if (!ok || limit < 1 || limit > MaxAuditLimit) {
            badRequest(reply, u"limit must be a number from 1 to %1."_s.arg(MaxAuditLimit));
            return;
        }
    }
    if (!server.audit()) {
        reply.sendError(
            501, QString::fromLatin1(HttpErrors::NotReported), u"This agent keeps no audit log."_s);
        return;
    }
    QJsonArray entries;
    for (const QJsonObject &entry : server.audit()->newest(limit))
        entries.append(entry);
    reply.sendJson(QJsonObject {{u"entries"_s, entries}});
}

} // namespace

void AdminRoutes::install(AgentServer &server)
{
    LicenseRoutes::install(server);
    Backend *backend = server.backend();
    server.addRoute(Method::Get, u"/api/v1/backup"_s, Access::Admin, Body::Ignore,
        [backend](const ApiRequest &request, ApiResponder reply) { backup(backend, request, reply); });
    server.addRoute(Method::Get, u"/api/v1/backup/status"_s, Access::Viewer, Body::Ignore,
        [backend](const ApiRequest &, ApiResponder reply) {
            if (LicenseAdmin *admin = adminOf(backend, reply, u"backups"_s)) {
                QJsonObject answer = admin->backupRecord();
                answer.insert(
                    u"available"_s, admin->capabilities().contains(QString::fromUtf16(Capability::Backup)));
                answer.insert(u"instancesDb"_s, admin->hasInstances());
                reply.sendJson(answer);
            }
        });
    server.addRoute(Method::Get, u"/api/v1/host-facts"_s, Access::Viewer, Body::Ignore,
        [backend](const ApiRequest &, ApiResponder reply) {
            if (LicenseAdmin *admin = adminOf(backend, reply, u"host facts"_s))
                admin->hostFacts(
                    [reply](const ApiError &e, const HostFactsReport &r) { hostFactsAnswer(reply, e, r); });
        });
    server.addRoute(Method::Post, u"/api/v1/host-facts/accept"_s, Access::Admin, Body::Json,
        [backend](const ApiRequest &, ApiResponder reply) {
            if (LicenseAdmin *admin = adminOf(backend, reply, u"host facts"_s))
                admin->acceptHostFacts(
                    [reply](const ApiError &e, const HostFactsReport &r) { hostFactsAnswer(reply, e, r); });
        });
    server.addRoute(Method::Get, u"/api/v1/audit"_s, Access::Admin, Body::Ignore,
        [&server](const ApiRequest &request, ApiResponder reply) { audit(server, request, reply); });
}
