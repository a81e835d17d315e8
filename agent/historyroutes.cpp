// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "agent/historyroutes.h"

#include "agent/agentserver.h"
#include "agent/backend.h"
#include "agent/historysampler.h"
#include "agent/httperrors.h"

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 DefaultSpanSeconds = 24 * 3600;
constexpr int MaxParameterLength = 64;

// Reads an ISO 8601 time parameter; a time without an offset is UTC. False with *error when
// present but malformed.
bool readTime(const QUrlQuery &query, const QString &key, QDateTime *time, QString *error)
{
    if (!query.hasQueryItem(key))
        return true;
    const QString text = query.queryItemValue(key, QUrl::FullyDecoded);
    QDateTime t
        = text.size() <= MaxParameterLength ? QDateTime::fromString(text, Qt::ISODateWithMs) : QDateTime();
    if (!t.isValid()) {
        *error = u"\"%1\" must be an ISO 8601 time such as 2024-05-01T12:00:00Z."_s.arg(key);
        return false;
    }
    if (t.timeSpec() == Qt::LocalTime)
        t.setTimeSpec(Qt::UTC);
    *time = t.toUTC();
    return true;
}

bool validateKeys(const QUrlQuery &query, QString *error)
{
    QStringList seen;
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key != "from"_L1 && key != "to"_L1) {
            *error = u"Unknown query parameter \"%1\": use from and to."_s.arg(key.left(MaxParameterLength));
            return false;
        }
        if (seen.contains(key)) {
            *error = u"\"%1\" is given more than once."_s.arg(key);
            return false;
        }
        seen.append(key);
    }
    return true;
}

void answer(HistorySampler *sampler, const ApiRequest &request, ApiResponder reply)
{
    const auto bad = [&reply](const QString &message) {
        reply.sendError(400, QString::fromLatin1(HttpErrors::BadRequest), message);
    };
    QString error;
    QDateTime to = sampler->backend()->now();
    QDateTime from;
    if (!validateKeys(request.query, &error) || !readTime(request.query, u"to"_s, &to, &error)
        || !readTime(request.query, u"from"_s, &from, &error))
        return bad(error);
    if (!from.isValid())
        from = to.addSecs(-DefaultSpanSeconds);
    if (from > to)
        return bad(u"\"from\" is after \"to\"."_s);

    HistoryDocument doc;
    doc.server = sampler->backend()->hostName();
    doc.from = from;
    doc.to = to;
    doc.samples = sampler->store().samples(from, to, HistoryRoutes::MaxAnswerSamples, &doc.next);
    doc.truncated = doc.next.isValid();
    doc.stored = sampler->store().size();
    doc.skipped = sampler->store().skipped();
    doc.writeError = sampler->writeError();
    reply.sendJson(historyToJson(doc));
}

} // namespace

HistorySampler *HistoryRoutes::install(AgentServer &server, const QString &file)
{
    auto *sampler = new HistorySampler(server.backend(), file, &server);
    QString error;
    sampler->start(&error); // a failure is logged by the sampler and shown in status.warnings
    server.addRoute(RouteTable::Method::Get, u"/api/v1/history"_s, RouteTable::Access::Viewer,
        RouteTable::Body::Ignore, [sampler](const ApiRequest &request, ApiResponder reply) {
            answer(sampler, request, std::move(reply));
        });
    return sampler;
}
