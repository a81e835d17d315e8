// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "agent/logroutes.h"

#include "agent/agentserver.h"
#include "agent/backend.h"
#include "agent/httperrors.h"
#include "agent/logtail.h"

#include <optional>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 MaxLines = 1'000'000;
constexpr qint64 DefaultBackfillLines = 1000;
constexpr qsizetype MaxCursorLength = 512;

void badRequest(ApiResponder &reply, const QString &message)
{
    reply.sendError(400, QString::fromLatin1(HttpErrors::BadRequest), message);
}

// A decimal count 0 … MaxLines from the query, `fallback` when absent.
std::optional<qint64> countParameter(const ApiRequest &request, const QString &name, qint64 fallback)
{
    if (!request.query.hasQueryItem(name))
        return fallback;
    const QString text = request.query.queryItemValue(name);
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok || value < 0 || value > MaxLines || text.size() > 7)
        return std::nullopt;
    return value;
}

std::optional<LogSourceInfo> findSource(Backend *backend, const QString &name)
{
    const QList<LogSourceInfo> sources = backend->logSources();
    for (const LogSourceInfo &source : sources) {
        if (source.name == name)
            return source;
    }
    return std::nullopt;
}

void serve(AgentServer *server, const ApiRequest &request, ApiResponder reply, LogTail::Mode mode)
{
    const QString name = request.arguments.value(0);
    const std::optional<LogSourceInfo> source = findSource(server->backend(), name);
    if (!source || (source->kind == "file"_L1 && source->path.isEmpty())
        || (source->kind == "journal"_L1 && source->command.isEmpty())) {
        reply.sendError(404, QString::fromLatin1(HttpErrors::NotFound),
            u"This server has no log source \"%1\" (GET /api/v1/logs lists them)."_s.arg(name));
        return;
    }
    LogTail::Start start;
    const bool follow = mode == LogTail::Mode::Follow;
    const QString countName = follow ? u"backfill"_s : u"lines"_s;
    const std::optional<qint64> lines = countParameter(request, countName, follow ? 0 : DefaultBackfillLines);
    if (!lines) {
        badRequest(reply, u"%1 must be a number of lines from 0 to %2."_s.arg(countName).arg(MaxLines));
        return;
    }
    start.lines = *lines;
    if (request.query.hasQueryItem(u"format"_s)) {
        const QString format = request.query.queryItemValue(u"format"_s);
        if (format != "blocks"_L1 && format != "lines"_L1) {
            badRequest(reply, u"format must be \"lines\" or \"blocks\"."_s);
            return;
        }
        start.blocks = format == "blocks"_L1;
    }
    if (follow && request.query.hasQueryItem(u"cursor"_s)) {
        start.cursor = request.query.queryItemValue(u"cursor"_s, QUrl::FullyDecoded);
        if (start.cursor.isEmpty() || start.cursor.size() > MaxCursorLength) {
            badRequest(reply, u"cursor must be a cursor this stream sent."_s);
            return;
        }
    }
    auto *tail = new LogTail(reply, mode, server);
    QString error;
    const bool started = source->kind == "journal"_L1 ? tail->startJournal(source->command, start, &error)
                                                      : tail->startFile(source->path, start, &error);
    if (!started) {
        delete tail;
        badRequest(reply, u"Cannot resume from this cursor: %1."_s.arg(error));
    }
}

} // namespace

void LogRoutes::install(AgentServer &server)
{
    using Method = RouteTable::Method;
    AgentServer *owner = &server;
    server.addRoute(Method::Get, u"/api/v1/logs/{source}"_s, RouteTable::Access::Viewer,
        RouteTable::Body::Ignore, [owner](const ApiRequest &request, ApiResponder reply) {
            serve(owner, request, reply, LogTail::Mode::Backfill);
        });
    server.addRoute(Method::Get, u"/api/v1/logs/{source}/stream"_s, RouteTable::Access::Viewer,
        RouteTable::Body::Ignore, [owner](const ApiRequest &request, ApiResponder reply) {
            serve(owner, request, reply, LogTail::Mode::Follow);
        });
}
