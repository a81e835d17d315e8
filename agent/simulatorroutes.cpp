// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "agent/simulatorroutes.h"

#include "agent/agentserver.h"
#include "agent/httperrors.h"
#include "core/simulator/simulatedsite.h"

#include <QJsonArray>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

using Method = RouteTable::Method;
using Access = RouteTable::Access;
using Body = RouteTable::Body;

constexpr double MaxHours = 1e6; // SimulatedServer::setRemainingHours' range
constexpr double MaxMinutes = double(SimulatedSite::MaxStepSeconds) / 60;

QJsonValue timeValue(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODate)) : QJsonValue();
}

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QJsonObject serverToJson(const SimulatedServer &s)
{
    const std::optional<double> hours = s.remainingHours();
    return QJsonObject {
        {u"role"_s, simRoleName(s.role())},
        {u"hostName"_s, s.hostName()},
        {u"address"_s, s.address()},
        {u"service"_s, serviceStateToJson(s.serviceState())},
        {u"networkDown"_s, s.isNetworkDown()},
        {u"reachable"_s, s.isReachable()},
        {u"keyType"_s, s.license().keyTypeName()},
        {u"remainingHours"_s, hours ? QJsonValue(*hours) : QJsonValue()},
        {u"sessions"_s, int(s.sessions().size())},
    };
}

QJsonObject emulatorToJson(const SimEmulatorInfo &e)
{
    return QJsonObject {
        {u"name"_s, e.name},
        {u"address"_s, e.address},
        {u"product"_s, e.product},
        {u"state"_s, simEmulatorStateName(e.state)},
        {u"since"_s, timeValue(e.since)},
        {u"nextCheck"_s, timeValue(e.nextCheck)},
        {u"servedBy"_s, textOrNull(e.servedBy)},
        {u"sessionId"_s, textOrNull(e.sessionId)},
        {u"lossTime"_s, timeValue(e.state == SimEmulatorState::Grace ? e.lossTime : QDateTime())},
        {u"graceDeadline"_s, timeValue(e.state == SimEmulatorState::Grace ? e.graceDeadline : QDateTime())},
    };
}

QJsonObject siteToJson(const SimulatedSite &site)
{
    QJsonArray servers;
    for (SimRole role : {SimRole::Primary, SimRole::Backup})
        servers.append(serverToJson(*site.server(role)));
    QJsonArray emulators;
    for (const SimEmulatorInfo &e : site.emulators())
        emulators.append(emulatorToJson(e));
    return QJsonObject {
        {u"clock"_s, timeValue(site.now())},
        {u"started"_s, timeValue(site.startTime())},
        {u"timeScale"_s, site.timeScale()},
        {u"running"_s, site.isRunning()},
        {u"servers"_s, servers},
        {u"emulators"_s, emulators},
    };
}

void badRequest(ApiResponder &reply, const QString &message)
{
    reply.sendError(400, QString::fromLatin1(HttpErrors::BadRequest), message);
}

void conflict(ApiResponder &reply, const QString &code, const QString &message)
{
    reply.sendError(409, code, message);
}

// A number in the body within [min, max]; otherwise answers 400 and returns nullopt.
std::optional<double> numberField(
    const ApiRequest &request, ApiResponder &reply, const QString &key, double min, double max)
{
    const QJsonValue value = request.json.value(key);
    if (!value.isDouble() || !std::isfinite(value.toDouble()) || value.toDouble() < min
        || value.toDouble() > max) {
        badRequest(reply,
            u"The body needs {\"%1\": N} with %2 ≤ N ≤ %3."_s.arg(key)
                .arg(min, 0, 'f', 0)
                .arg(max, 0, 'f', 0));
        return std::nullopt;
    }
    return value.toDouble();
}

// Moves the clock by ms from where it is now: paused around the jump, so the running clock
// cannot overtake the target between reading now() and jumping.
bool advance(SimulatedSite *site, qint64 ms)
{
    const bool running = site->isRunning();
    site->pause();
    const bool ok = site->advanceTo(site->now().addMSecs(ms));
    if (running)
        site->run();
    return ok;
}

void serverAction(SimulatedSite *site, const QString &action, const ApiRequest &request, ApiResponder reply)
{
    const std::optional<SimRole> role = simRoleFromName(request.arguments.value(0));
    if (!role) {
        reply.sendError(404, QString::fromLatin1(HttpErrors::NotFound),
            u"No simulated server \"%1\": use primary or backup."_s.arg(request.arguments.value(0)));
        return;
    }
    const SimulatedServer &server = *site->server(*role);
    const QString name = simRoleName(*role);
    QString error;
    bool ok = true;
    if (action == "down"_L1) {
        if (!server.isActive())
            return conflict(reply, u"not-active"_s, u"The %1 license server is not running."_s.arg(name));
        ok = site->stopServer(*role);
    } else if (action == "up"_L1) {
        if (server.isActive()) {
            // Like a second start on a real host: error.log gets the "cannot bind" lines.
            site->startServer(*role, &error);
            return conflict(reply, u"already-active"_s, error);
        }
        ok = site->startServer(*role, &error);
    } else if (action == "restart"_L1) {
        ok = site->restartServer(*role, &error);
    } else if (action == "network-down"_L1 || action == "network-up"_L1) {
        ok = site->setNetworkDown(*role, action == "network-down"_L1);
    } else if (action == "hours"_L1) {
        const std::optional<double> hours = numberField(request, reply, u"hours"_s, 0, MaxHours);
        if (!hours)
            return;
        if (!server.license().countdown)
            return conflict(reply, u"not-countdown"_s,
                u"The %1 license server has a NORMAL license: it has no runtime hours."_s.arg(name));
        ok = site->setRemainingHours(*role, *hours);
    }
    if (!ok) {
        reply.sendError(500, QString::fromLatin1(HttpErrors::Internal),
            error.isEmpty() ? u"The simulator refused the action."_s : error);
        return;
    }
    reply.sendJson(siteToJson(*site));
}

void addEmulator(SimulatedSite *site, const ApiRequest &request, ApiResponder reply)
{
    const QJsonValue name = request.json.value(u"name"_s);
    const QJsonValue product = request.json.value(u"product"_s);
    if (!name.isString() || !SimulatedSite::isValidEmulatorName(name.toString()))
        return badRequest(reply,
            u"\"name\" must be 1–64 letters, digits, '.', '_' or '-', starting with a letter or digit."_s);
    if (!product.isString() || !SimulatedSite::isValidProduct(product.toString()))
        return badRequest(reply, u"\"product\" must be a Charon product name, e.g. \"Charon-AXP\"."_s);
    if (site->emulator(name.toString()))
        return conflict(reply, u"exists"_s, u"An emulator named %1 exists already."_s.arg(name.toString()));
    if (site->emulators().size() >= SimulatedSite::MaxEmulators)
        return conflict(reply, u"limit"_s,
            u"The simulator runs at most %1 emulators."_s.arg(SimulatedSite::MaxEmulators));
    QString error;
    if (!site->addEmulator(name.toString(), product.toString(), &error)) {
        reply.sendError(500, QString::fromLatin1(HttpErrors::Internal), error);
        return;
    }
    reply.sendJson(siteToJson(*site), 201);
}

void emulatorAction(SimulatedSite *site, const QString &action, const ApiRequest &request, ApiResponder reply)
{
    const QString name = request.arguments.value(0);
    const std::optional<SimEmulatorInfo> emulator = site->emulator(name);
    if (!emulator) {
        reply.sendError(404, QString::fromLatin1(HttpErrors::NotFound),
            u"No simulated emulator named \"%1\"."_s.arg(name));
        return;
    }
    if (action == "restart"_L1 && emulator->state != SimEmulatorState::Stopped)
        return conflict(reply, u"not-stopped"_s, u"Only a stopped emulator can be restarted."_s);
    const bool ok = action == "remove"_L1 ? site->removeEmulator(name) : site->restartEmulator(name);
    if (!ok) {
        reply.sendError(
            500, QString::fromLatin1(HttpErrors::Internal), u"The simulator refused the action."_s);
        return;
    }
    reply.sendJson(siteToJson(*site));
}

} // namespace

void SimulatorRoutes::install(AgentServer &server, SimulatedSite *site)
{
    server.addRoute(Method::Get, u"/api/v1/simulator"_s, Access::Viewer, Body::Ignore,
        [site](const ApiRequest &, ApiResponder reply) { reply.sendJson(siteToJson(*site)); });

    const auto admin = [&server](const QString &pattern, AgentServer::Handler handler) {
        server.addRoute(Method::Post, pattern, Access::Admin, Body::Json, std::move(handler));
    };
    for (const QString &action :
        {u"down"_s, u"up"_s, u"restart"_s, u"network-down"_s, u"network-up"_s, u"hours"_s}) {
        admin(u"/api/v1/simulator/{server}/"_s + action,
            [site, action](const ApiRequest &request, ApiResponder reply) {
                serverAction(site, action, request, std::move(reply));
            });
    }
    admin(u"/api/v1/simulator/emulators"_s, [site](const ApiRequest &request, ApiResponder reply) {
        addEmulator(site, request, std::move(reply));
    });
    for (const QString &action : {u"remove"_s, u"restart"_s}) {
        admin(u"/api/v1/simulator/emulators/{name}/"_s + action,
            [site, action](const ApiRequest &request, ApiResponder reply) {
                emulatorAction(site, action, request, std::move(reply));
            });
    }
    admin(u"/api/v1/simulator/advance"_s, [site](const ApiRequest &request, ApiResponder reply) {
        const std::optional<double> minutes = numberField(request, reply, u"minutes"_s, 0, MaxMinutes);
        if (!minutes)
            return;
        if (!advance(site, std::llround(*minutes * 60000))) {
            reply.sendError(
                500, QString::fromLatin1(HttpErrors::Internal), u"The simulator refused the jump."_s);
            return;
        }
        reply.sendJson(siteToJson(*site));
    });
}
