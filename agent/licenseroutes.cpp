// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "agent/licenseroutes.h"

#include "agent/agentserver.h"
#include "agent/backend.h"
#include "agent/httperrors.h"
#include "agent/licenseadmin.h"
#include "core/filetransfer.h"
#include "core/licensediff.h"
#include "core/licensejson.h"
#include "core/licenseparser.h"

using namespace Qt::StringLiterals;

namespace {

using Method = RouteTable::Method;
using Access = RouteTable::Access;
using Body = RouteTable::Body;

void sendApiError(ApiResponder &reply, const ApiError &error)
{
    reply.sendError(error.httpStatus ? error.httpStatus : HttpErrors::statusForCode(error.code), error.code,
        error.message);
}

// The backend's LicenseAdmin when it has `capability`; otherwise answers 501 and returns null.
LicenseAdmin *adminFor(Backend *backend, const char16_t *capability, const QString &what, ApiResponder &reply)
{
    LicenseAdmin *admin = backend->licenseAdmin();
    if (!admin || !admin->capabilities().contains(QString::fromUtf16(capability))) {
        reply.sendError(
            501, QString::fromLatin1(HttpErrors::NotReported), u"This server cannot %1."_s.arg(what));
        return nullptr;
    }
    return admin;
}

QString licenseName(const License &license)
{
    const QString id = license.licenseId.value_or(QString()).trimmed();
    return id.isEmpty() ? licenseKeyTypeName(license.keyType) + u" license"_s : u"license "_s + id;
}

void fingerprint(Backend *backend, const ApiRequest &request, ApiResponder reply)
{
    const QJsonValue confirm = request.json.value(u"confirm"_s);
    if (!confirm.isUndefined() && !confirm.isBool()) {
        reply.sendError(
            400, QString::fromLatin1(HttpErrors::BadRequest), u"\"confirm\" must be true or false."_s);
        return;
    }
    LicenseAdmin *admin = adminFor(backend, Capability::Fingerprint, u"make a fingerprint"_s, reply);
    if (!admin)
        return;
    ApiError error;
    const LicenseDocument doc = backend->license(&error);
    // Only a license_viewer that ran and printed no license proves that none is installed.
    const bool installed = !error.isSet() && doc.license.recognised;
    if ((installed || error.code != "no-license"_L1) && !confirm.toBool()) {
        const QString state = installed
            ? u"A license is installed (%1)."_s.arg(licenseName(doc.license))
            : u"Whether a license is installed cannot be told (%1)."_s.arg(error.message);
        reply.sendError(409, u"confirmation-required"_s,
            state
                + u" Running the fingerprint program after a license is installed invalidates that license. "
                  "Send {\"confirm\": true} to go on anyway."_s);
        return;
    }
    admin->exportFingerprint(
        [reply, installed](const ApiError &error, const QString &name, const QByteArray &data) mutable {
            if (error.isSet()) {
                sendApiError(reply, error);
                return;
            }
            QJsonObject answer = FileTransfer::toJson(name, data);
            answer.insert(u"licenseInstalled"_s, installed);
            reply.sendJson(answer, 200, {{"X-Content-SHA256"_ba, FileTransfer::sha256Hex(data).toLatin1()}});
        });
}

void update(Backend *backend, const ApiRequest &request, ApiResponder reply)
{
    LicenseAdmin *admin = adminFor(backend, Capability::LicenseUpdate, u"install a license"_s, reply);
    if (!admin)
        return;
    if (request.body.size() > LicenseRoutes::MaxLicenseBytes) {
        reply.sendError(413, QString::fromLatin1(HttpErrors::PayloadTooLarge),
            u"A license file is at most %1 KiB; this one has %2 bytes."_s
                .arg(LicenseRoutes::MaxLicenseBytes / 1024)
                .arg(request.body.size()));
        return;
    }
    const License update = LicenseParser::parse(request.body);
    if (!update.recognised || update.products.isEmpty()) {
        QString detail;
        if (!update.diagnostics.isEmpty())
            detail = u" (line %1: %2)"_s.arg(update.diagnostics.first().line)
                         .arg(update.diagnostics.first().message);
        reply.sendError(422, u"not-a-license"_s,
            (update.recognised
                    ? u"The file names no product section, so it is not a complete license."_s
                    : u"The file is not a license: no license field or product section was found."_s)
                + detail);
        return;
    }
    ApiError error;
    const LicenseDocument doc = backend->license(&error);
    if (error.isSet() && error.code != "no-license"_L1) {
        reply.sendError(503, u"license-unknown"_s,
            u"The installed license cannot be read (%1), so the update cannot be checked against it. Nothing "
            "was changed."_s.arg(error.message));
        return;
    }
    const License installed = error.isSet() ? License() : doc.license;
    const QStringList conflicts = LicenseDiff::identityConflicts(installed, update);
    if (!conflicts.isEmpty()) {
        reply.sendError(422, u"identity-changed"_s, conflicts.join(u' ') + u" Nothing was changed."_s);
        return;
    }
    if (installed.recognised && LicenseDiff::compare(installed, update).isEmpty()) {
        reply.sendError(409, u"already-installed"_s,
            u"This %1 is installed already; nothing was changed."_s.arg(licenseName(update)));
        return;
    }
    admin->installLicense(
        request.body, update, installed, [reply, update](const LicenseAdmin::InstallResult &r) mutable {
            if (r.error.isSet()) {
                sendApiError(reply, r.error);
                return;
            }
            reply.sendJson(QJsonObject {
                {u"installed"_s, true},
                {u"message"_s, r.message},
                {u"backupFile"_s,
                    r.backupFile.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(r.backupFile)},
                {u"license"_s, licenseToJson(update)},
            });
        });
}

} // namespace

void LicenseRoutes::install(AgentServer &server)
{
    Backend *backend = server.backend();
    server.addRoute(Method::Post, u"/api/v1/license/fingerprint"_s, Access::Admin, Body::Json,
        [backend](const ApiRequest &request, ApiResponder reply) { fingerprint(backend, request, reply); });
    server.addRoute(Method::Put, u"/api/v1/license"_s, Access::Admin, Body::Raw,
        [backend](const ApiRequest &request, ApiResponder reply) { update(backend, request, reply); });
}
