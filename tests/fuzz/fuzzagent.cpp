// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The agent's request path before any handler runs: RequestFramer on the connection's bytes
// (sizes, Content-Length, request line), and RouteTable on the percent-decoded target, as
// AgentServer::dispatch() gets it from QHttpServer (QUrl::path()).
#include "agent/requestframer.h"
#include "agent/routetable.h"
#include "tests/fuzz/fuzzchunks.h"
#include "tests/fuzz/fuzzentries.h"

#include <QUrl>

namespace {

using Method = RouteTable::Method;
using Access = RouteTable::Access;
using Body = RouteTable::Body;

// The shapes of the agent's routes (routesv1.cpp, simulatorroutes.cpp, the log and history
// routes): fixed paths, one parameter at the end, a parameter between fixed segments.
const RouteTable &routes()
{
    static const RouteTable table = [] {
        RouteTable t;
        int id = 0;
        const auto add = [&](Method m, const char *pattern, Access a, Body b) {
            FUZZ_CHECK(t.add(m, QString::fromLatin1(pattern), a, b, id++));
        };
        add(Method::Get, "/api/v1/ping", Access::Public, Body::Ignore);
        add(Method::Get, "/api/v1/status", Access::Viewer, Body::Ignore);
        add(Method::Get, "/api/v1/license", Access::Viewer, Body::Ignore);
        add(Method::Put, "/api/v1/license", Access::Admin, Body::Raw);
        add(Method::Get, "/api/v1/logs", Access::Viewer, Body::Ignore);
        add(Method::Get, "/api/v1/logs/{source}", Access::Viewer, Body::Ignore);
        add(Method::Post, "/api/v1/service/restart", Access::Admin, Body::Json);
        add(Method::Post, "/api/v1/simulator/{server}/down", Access::Admin, Body::Json);
        add(Method::Post, "/api/v1/simulator/emulators/{name}/remove", Access::Admin, Body::Json);
        add(Method::Get, "/metrics", Access::Viewer, Body::Ignore);
        // Malformed patterns and duplicates are refused.
        FUZZ_CHECK(
            !t.add(Method::Get, QStringLiteral("/api/v1/logs/{other}"), Access::Admin, Body::Ignore, 99));
        FUZZ_CHECK(!t.add(Method::Get, QStringLiteral("/api/../x"), Access::Admin, Body::Ignore, 99));
        return t;
    }();
    return table;
}

void checkRoute(QByteArrayView target)
{
    const QString path = QUrl::fromEncoded(target.toByteArray()).path();
    for (Method method : {Method::Get, Method::Post, Method::Put, Method::Delete}) {
        const RouteTable::Match match = routes().match(method, path);
        if (!match.route) {
            FUZZ_CHECK(match.arguments.isEmpty());
            continue;
        }
        FUZZ_CHECK(match.route->method == method);
        FUZZ_CHECK(match.pathExists() && match.allowed.contains(method));
        // No normalisation: the path is exactly the pattern with the arguments put in, and no
        // argument can name anything outside its segment.
        QStringList rebuilt;
        qsizetype next = 0;
        for (const QString &segment : match.route->segments) {
            if (segment.startsWith(u'{')) {
                const QString &argument = match.arguments.at(next++);
                FUZZ_CHECK(RouteTable::isValidParameter(argument));
                FUZZ_CHECK(!argument.contains(u'/') && !argument.startsWith(u'.'));
                rebuilt.append(argument);
            } else {
                rebuilt.append(segment);
            }
        }
        FUZZ_CHECK(next == match.arguments.size());
        const QString exact = u'/' + rebuilt.join(u'/');
        FUZZ_CHECK(exact == path);
    }
}

struct Framed
{
    int status = 0; // of the refusal, 0 when none
    int requests = 0;
};

Framed frame(QByteArrayView bytes, const RequestFramer::Limits &limits, quint32 seed, int maxChunk)
{
    RequestFramer framer(limits);
    Framed out;
    FuzzChunks chunks(bytes, seed, maxChunk);
    while (!chunks.atEnd()) {
        const auto refusal = framer.feed(chunks.next());
        if (out.status) {
            FUZZ_CHECK(!refusal); // refused once, refused for good: nothing more is reported
            continue;
        }
        if (refusal) {
            static const QList<int> statuses {400, 411, 413, 431, 501};
            FUZZ_CHECK(statuses.contains(refusal->status));
            FUZZ_CHECK(!refusal->code.isEmpty() && !refusal->message.isEmpty());
            out.status = refusal->status;
        }
    }
    out.requests = framer.requestsSeen();
    return out;
}

} // namespace

namespace FuzzEntries {

void agentRequest(QByteArrayView data)
{
    const qsizetype newline = data.indexOf('\n');
    checkRoute(data.first(newline < 0 ? data.size() : newline));
    if (data.size() < 2)
        return;
    RequestFramer::Limits limits;
    limits.maxHeaderBytes = 64 + quint8(data[0]) * 4; // small limits reach the refusals
    limits.maxBodyBytes = quint8(data[1]) * 16;
    const QByteArrayView stream = data.sliced(2);
    const Framed whole = frame(stream, limits, 0, int(stream.size()) + 1);
    const Framed pieces = frame(stream, limits, quint8(data[0]), 1 + quint8(data[1]) % 23);
    // How the bytes arrive must not change the verdict.
    FUZZ_CHECK(whole.status == pieces.status);
    FUZZ_CHECK(whole.requests == pieces.requests);
}

} // namespace FuzzEntries
