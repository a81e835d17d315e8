// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agent/requestframer.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSslServer>

class QSslSocket;
class QTcpSocket;
class QTimer;

// Protects one QSslServer's connections before QHttpServer sees their bytes. QHttpServer 6.4
// buffers a whole request, whatever its size, and keeps idle connections forever; the guard:
// - frames each connection's requests (RequestFramer) and answers an oversized head (431), an
//   oversized Content-Length (413), a chunked body (411) or a malformed length (400) at once, with
//   a JSON error and "Connection: close", then drains and closes the connection, so no large body
//   is ever held in memory;
// - answers "Expect: 100-continue" so clients like curl do not stall;
// - closes a connection whose request takes longer than requestTimeoutMs from its first byte, or
//   that is idle (no bytes either way, no request in flight) for idleTimeoutMs. Long-lived
//   streams must send something (e.g. a WebSocket ping) more often than idleTimeoutMs;
// - stops accepting new connections while maxConnections are open (the kernel queues them).
//
// Wiring: attach() before the server is bound to QHttpServer. The guard connects to each socket's
// readyRead when its TLS handshake starts, i.e. before QHttpServer does, so it runs first for
// every chunk of data. The server reports requests it answers asynchronously with
// requestStarted()/requestFinished() so that the idle timer leaves them alone.
class ConnectionGuard : public QObject
{
    Q_OBJECT

public:
    struct Limits
    {
        RequestFramer::Limits framing;
        int maxConnections = 128;
        int requestTimeoutMs = 30000;
        int idleTimeoutMs = 120000;
    };

    explicit ConnectionGuard(const Limits &limits, QObject *parent = nullptr);
    ~ConnectionGuard() override;

    void attach(QSslServer *server);

    void requestStarted(QTcpSocket *socket);
    void requestFinished(QTcpSocket *socket);

    int openConnections() const { return int(m_connections.size()); }

private:
    struct Connection;

    void onReadyRead(QSslSocket *socket);
    void onTimer(QSslSocket *socket);
    void checkParser(QSslSocket *socket);
    void refuse(QSslSocket *socket, const RequestFramer::Refusal &refusal);
    void armTimer(QSslSocket *socket);
    void forget(QObject *socket);
    void enforceLimit();

    Limits m_limits;
    QPointer<QSslServer> m_server;
    bool m_paused = false;
    QHash<QObject *, Connection *> m_connections;
};
