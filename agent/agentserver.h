// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agent/apirequest.h"
#include "agent/apiresponder.h"
#include "agent/routetable.h"

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>

#include <functional>

class AuditLog;
class Backend;
class ConnectionGuard;
class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;
class QSslServer;
class TokenStore;

// One HTTPS endpoint of the management API, serving one backend on one address and port. A
// process may run several (the simulator pair: primary and backup on two ports), sharing the
// token store and the audit log; ve-console runs them in-process for its demo.
//
// Routing, authentication and errors are done here for every route: the path must match a route
// (else 404), the method too (else 405 with Allow), a non-public route needs a bearer token from
// the token store (missing/unknown/revoked → 401, viewer on an admin route → 403), a JSON route's
// body must be a JSON object (else 400). Every admin route, and every refused attempt at one, is
// written to the audit log with the outcome. All errors are JSON {"error":{"code","message"}}.
//
// Lives on one thread (the caller's); handlers run on it and must not block.
class AgentServer : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<void(const ApiRequest &request, ApiResponder responder)>;

    struct Options
    {
        QSslConfiguration tls; // certificate, key; TLS 1.2+ is enforced
        qint64 maxBodyBytes = 1024 * 1024;
        int maxConnections = 128;
        int idleTimeoutMs = 120000;
        int requestTimeoutMs = 30000;
    };

    // backend, tokens and audit must outlive the server. Installs the v1 routes (routesv1.h).
    AgentServer(Backend *backend, TokenStore *tokens, AuditLog *audit, const Options &options,
        QObject *parent = nullptr);
    ~AgentServer() override;

    // Starts listening (port 0: any free port). False with *error when the port cannot be bound.
    bool listen(const QHostAddress &address, quint16 port, QString *error);
    quint16 port() const;
    QHostAddress address() const;
    // "https://127.0.0.1:8093" ("https://[::1]:8093" for IPv6).
    QString url() const;

    // Adds a route; returns false for a malformed or duplicate pattern. Safe at any time.
    bool addRoute(RouteTable::Method method, const QString &pattern, RouteTable::Access access,
        RouteTable::Body body, Handler handler);

    Backend *backend() const { return m_backend; }
    AuditLog *audit() const { return m_audit; } // may be null (no audit)

private:
    void dispatch(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    // Records the outcome of an admin route in the audit log (empty for other routes).
    ApiResponder::Finished auditor(const ApiRequest &request, RouteTable::Access access);

    Backend *m_backend;
    TokenStore *m_tokens;
    AuditLog *m_audit;
    Options m_options;
    RouteTable m_routes;
    QList<Handler> m_handlers;
    QHttpServer *m_http = nullptr;
    QSslServer *m_tcp = nullptr;
    ConnectionGuard *m_guard = nullptr;
};
