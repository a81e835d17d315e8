// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "agent/agentserver.h"

#include "agent/auditlog.h"
#include "agent/connectionguard.h"
#include "agent/httperrors.h"
#include "agent/routesv1.h"
#include "agent/tokenstore.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QSslServer>
#include <QTcpSocket>

using namespace Qt::StringLiterals;

namespace {

// "Bearer <token>", scheme case-insensitive (RFC 6750); empty when absent or another scheme.
QByteArray bearerToken(const QByteArray &authorization)
{
    const QByteArray value = authorization.trimmed();
    if (value.size() < 7 || qstrnicmp(value.constData(), "bearer ", 7) != 0)
        return {};
    return value.mid(7).trimmed();
}

QString code(const char *latin1)
{
    return QString::fromLatin1(latin1);
}

} // namespace

AgentServer::AgentServer(
    Backend *backend, TokenStore *tokens, AuditLog *audit, const Options &options, QObject *parent)
    : QObject(parent)
    , m_backend(backend)
    , m_tokens(tokens)
    , m_audit(audit)
    , m_options(options)
{
    m_options.tls.setProtocol(QSsl::TlsV1_2OrLater);
    ConnectionGuard::Limits limits;
    limits.framing.maxBodyBytes = options.maxBodyBytes;
    limits.maxConnections = options.maxConnections;
    limits.idleTimeoutMs = options.idleTimeoutMs;
    limits.requestTimeoutMs = options.requestTimeoutMs;
    m_guard = new ConnectionGuard(limits, this);
    m_http = new QHttpServer(this);
    // Routing is ours (per-method roles, 405, validated parameters): QHttpServer's router stays
    // empty, so every request reaches this handler.
    m_http->setMissingHandler([this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        dispatch(request, std::move(responder));
    });
    RoutesV1::install(*this);
}

AgentServer::~AgentServer()
{
    // Sockets (children of m_tcp, inside m_http) go before the guard that watches them.
    delete m_http;
}

bool AgentServer::listen(const QHostAddress &address, quint16 port, QString *error)
{
    if (m_tcp) {
        *error = u"already listening"_s;
        return false;
    }
    auto *tcp = new QSslServer(this);
    tcp->setSslConfiguration(m_options.tls);
    tcp->setHandshakeTimeout(10000);
    m_guard->attach(tcp);
    if (!tcp->listen(address, port)) {
        *error = u"cannot listen on %1:%2: %3"_s.arg(address.toString()).arg(port).arg(tcp->errorString());
        delete tcp;
        return false;
    }
    m_tcp = tcp;
    m_http->bind(tcp); // reparents tcp to m_http
    return true;
}

quint16 AgentServer::port() const
{
    return m_tcp ? m_tcp->serverPort() : 0;
}

QHostAddress AgentServer::address() const
{
    return m_tcp ? m_tcp->serverAddress() : QHostAddress();
}

QString AgentServer::url() const
{
    const QHostAddress a = address();
    const QString host
        = a.protocol() == QAbstractSocket::IPv6Protocol ? u'[' + a.toString() + u']' : a.toString();
    return u"https://"_s + host + u':' + QString::number(port());
}

bool AgentServer::addRoute(RouteTable::Method method, const QString &pattern, RouteTable::Access access,
    RouteTable::Body body, Handler handler)
{
    if (!m_routes.add(method, pattern, access, body, int(m_handlers.size())))
        return false;
    m_handlers.append(std::move(handler));
    return true;
}

ApiResponder::Finished AgentServer::auditor(const ApiRequest &request, RouteTable::Access access)
{
    if (access != RouteTable::Access::Admin || !m_audit)
        return {};
    AuditLog::Entry entry;
    entry.action = request.action();
    entry.client = request.client;
    if (request.token) {
        entry.token = request.token->name;
        entry.role = TokenStore::roleName(request.token->role);
    }
    QPointer<AgentServer> self(this);
    return [self, entry](int status, const QString &errorCode, const QString &message) mutable {
        if (!self)
            return;
        entry.status = status;
        // A stream (ApiResponder::beginStream) that ended in failure passes an error code.
        entry.result = status >= 200 && status < 300 && errorCode.isEmpty() ? u"ok"_s
            : status == 401 || status == 403                                ? u"denied"_s
                                                                            : u"error"_s;
        entry.message = errorCode.isEmpty() ? message : errorCode + u": "_s + message;
        self->m_audit->record(entry);
    };
}

void AgentServer::dispatch(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    QPointer<QTcpSocket> socket = responder.socket();
    ApiRequest req;
    req.method = request.method();
    req.path = request.url().path();
    req.client = request.remoteAddress();

    const RouteTable::Match match = m_routes.match(req.method, req.path);
    const RouteTable::Access access = match.route ? match.route->access : RouteTable::Access::Public;
    if (access != RouteTable::Access::Public) {
        const QByteArray token = bearerToken(request.value(QByteArrayLiteral("Authorization")));
        if (!token.isEmpty())
            req.token = m_tokens->verify(token);
    }

    m_guard->requestStarted(socket);
    const ApiResponder::Finished audit = auditor(req, access);
    QPointer<ConnectionGuard> guard(m_guard);
    ApiResponder reply(
        std::move(responder), [guard, socket, audit](int status, const QString &c, const QString &m) {
            if (guard && socket)
                guard->requestFinished(socket);
            if (audit)
                audit(status, c, m);
        });

    if (!match.route) {
        if (!match.pathExists()) {
            reply.sendError(404, code(HttpErrors::NotFound), u"No such route: %1"_s.arg(req.path.left(200)));
            return;
        }
        QByteArrayList names;
        for (RouteTable::Method m : match.allowed)
            names.append(RouteTable::methodName(m));
        reply.sendError(405, code(HttpErrors::MethodNotAllowed),
            u"%1 does not accept %2."_s.arg(
                req.path, QString::fromLatin1(RouteTable::methodName(req.method))),
            {{QByteArrayLiteral("Allow"), names.join(", ")}});
        return;
    }
    if (access != RouteTable::Access::Public && !req.token) {
        const bool presented = !bearerToken(request.value(QByteArrayLiteral("Authorization"))).isEmpty();
        reply.sendError(401, code(HttpErrors::Unauthorized),
            presented ? u"The token is unknown or was revoked."_s
                      : u"This route needs a bearer token (Authorization: Bearer …)."_s,
            {{QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Bearer realm=\"ve-agent\"")}});
        return;
    }
    if (access == RouteTable::Access::Admin && req.token->role != TokenStore::Role::Admin) {
        reply.sendError(403, code(HttpErrors::Forbidden), u"This action needs an admin token."_s);
        return;
    }

    req.arguments = match.arguments;
    req.query = request.query();
    req.body = request.body();
    if (req.body.size() > m_options.maxBodyBytes) { // the guard refuses these earlier
        reply.sendError(413, code(HttpErrors::PayloadTooLarge), u"The request body is too large."_s);
        return;
    }
    if (match.route->body == RouteTable::Body::Json && !req.body.trimmed().isEmpty()) {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(req.body, &parseError);
        if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
            reply.sendError(400, code(HttpErrors::BadRequest),
                parseError.error != QJsonParseError::NoError
                    ? u"The body is not valid JSON: %1 at offset %2."_s.arg(parseError.errorString())
                          .arg(parseError.offset)
                    : u"The body must be a JSON object."_s);
            return;
        }
        req.json = doc.object();
    }
    m_handlers.at(match.route->id)(req, reply);
}
