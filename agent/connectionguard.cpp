// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "agent/connectionguard.h"

#include "agent/httperrors.h"

#include <QElapsedTimer>
#include <QSslServer>
#include <QSslSocket>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {
constexpr qint64 MaxDrainBytes = 64 * 1024 * 1024;
constexpr int LingerMs = 2000;
constexpr int CloseGraceMs = 3000;

// Closes gracefully (TLS close_notify once pending data is written), forcibly if that stalls,
// and deletes the socket: QHttpServer 6.4 drops all its signal connections on a parse error
// (QObject::disconnect), so nobody else would.
void closeSocket(QSslSocket *socket)
{
    QObject::connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
    socket->disconnectFromHost();
    QTimer::singleShot(CloseGraceMs, socket, [socket] {
        socket->abort();
        socket->deleteLater();
    });
}
} // namespace

struct ConnectionGuard::Connection
{
    explicit Connection(const RequestFramer::Limits &limits)
        : framer(limits)
    { }
    RequestFramer framer;
    QTimer *timer = nullptr; // child of the socket
    QElapsedTimer requestStart;
    int inFlight = 0;
    bool refused = false;
    qint64 drained = 0;
    QMetaObject::Connection activity; // broken when QHttpServer calls socket->disconnect()
};

ConnectionGuard::ConnectionGuard(const Limits &limits, QObject *parent)
    : QObject(parent)
    , m_limits(limits)
{ }

ConnectionGuard::~ConnectionGuard()
{
    qDeleteAll(m_connections);
}

void ConnectionGuard::attach(QSslServer *server)
{
    m_server = server;
    // QTcpServer::nextPendingConnection() (called by QHttpServer once a handshake is done and the
    // socket is pending) resumes accepting on its own: pause again after it, while at the cap.
    connect(server, &QTcpServer::pendingConnectionAvailable, this, &ConnectionGuard::enforceLimit,
        Qt::QueuedConnection);
    connect(server, &QSslServer::startedEncryptionHandshake, this, [this](QSslSocket *socket) {
        auto *c = new Connection(m_limits.framing);
        m_connections.insert(socket, c);
        enforceLimit();
        c->timer = new QTimer(socket);
        c->timer->setSingleShot(true);
        connect(c->timer, &QTimer::timeout, this, [this, socket] { onTimer(socket); });
        // The timer dies with the socket; unlike the socket's own destroyed() connection, its
        // connection survives QHttpServer's socket->disconnect() after a parse error.
        connect(c->timer, &QObject::destroyed, this, [this, socket] { forget(socket); });
        connect(socket, &QIODevice::readyRead, this, [this, socket] { onReadyRead(socket); });
        c->activity
            = connect(socket, &QSslSocket::encryptedBytesWritten, this, [this, socket] { armTimer(socket); });
        // A TLS record that fails its integrity check (a damaged or forged stream) leaves the
        // socket connected and silent: nobody would answer, the client would wait for its
        // timeout and the connection would hold its slot until the idle timeout. Drop it.
        connect(
            socket, &QAbstractSocket::errorOccurred, socket,
            [socket](QAbstractSocket::SocketError error) {
                if (error == QAbstractSocket::SslInternalError
                    || error == QAbstractSocket::SslInvalidUserDataError)
                    socket->abort();
            },
            Qt::QueuedConnection);
        armTimer(socket);
    });
}

void ConnectionGuard::enforceLimit()
{
    if (m_server && m_connections.size() >= m_limits.maxConnections) {
        m_server->pauseAccepting();
        m_paused = true;
    }
}

void ConnectionGuard::requestStarted(QTcpSocket *socket)
{
    if (Connection *c = m_connections.value(socket)) {
        ++c->inFlight;
        armTimer(static_cast<QSslSocket *>(socket));
    }
}

void ConnectionGuard::requestFinished(QTcpSocket *socket)
{
    if (Connection *c = m_connections.value(socket)) {
        c->inFlight = qMax(0, c->inFlight - 1);
        armTimer(static_cast<QSslSocket *>(socket));
    }
}

void ConnectionGuard::onReadyRead(QSslSocket *socket)
{
    Connection *c = m_connections.value(socket);
    if (!c)
        return;
    if (c->refused) {
        c->drained += socket->readAll().size();
        if (c->drained > MaxDrainBytes)
            socket->abort();
        return;
    }
    const bool wasInRequest = c->framer.inRequest();
    // Only look: QHttpServer reads the same bytes right after this slot.
    if (const auto refusal = c->framer.feed(socket->peek(socket->bytesAvailable()))) {
        refuse(socket, *refusal);
        return;
    }
    for (int n = c->framer.takeContinues(); n > 0; --n)
        socket->write("HTTP/1.1 100 Continue\r\n\r\n");
    if (!wasInRequest && c->framer.inRequest())
        c->requestStart.start();
    armTimer(socket);
    // After QHttpServer's own readyRead handler: did it give up on the bytes?
    QMetaObject::invokeMethod(
        this, [this, socket = QPointer<QSslSocket>(socket)] { checkParser(socket); }, Qt::QueuedConnection);
}

void ConnectionGuard::checkParser(QSslSocket *socket)
{
    Connection *c = socket ? m_connections.value(socket) : nullptr;
    // On a parse error QHttpServer 6.4 drops every connection of the socket (a WebSocket upgrade
    // drops only readyRead) and leaves it open without an answer: answer and close it here.
    if (!c || c->refused || c->activity)
        return;
    refuse(
        socket, {400, QString::fromLatin1(HttpErrors::BadRequest), u"The request is not valid HTTP/1.1."_s});
}

void ConnectionGuard::refuse(QSslSocket *socket, const RequestFramer::Refusal &refusal)
{
    Connection *c = m_connections.value(socket);
    c->refused = true;
    c->timer->stop();
    // Take the connection away from QHttpServer and throw away what it had buffered.
    disconnect(socket, &QIODevice::readyRead, nullptr, nullptr);
    if (socket->isTransactionStarted())
        socket->commitTransaction();
    socket->readAll();
    connect(socket, &QIODevice::readyRead, this, [this, socket] { onReadyRead(socket); });
    socket->write(HttpErrors::rawResponse(refusal.status, refusal.code, refusal.message));
    // Keep reading (and discarding) for a moment so that a client still sending its body gets to
    // read the answer instead of a connection reset.
    QTimer::singleShot(LingerMs, socket, [socket] { closeSocket(socket); });
}

void ConnectionGuard::armTimer(QSslSocket *socket)
{
    Connection *c = m_connections.value(socket);
    if (!c || c->refused)
        return;
    if (c->inFlight > 0)
        c->timer->stop();
    else if (c->framer.inRequest())
        c->timer->start(int(qMax<qint64>(0, m_limits.requestTimeoutMs - c->requestStart.elapsed())));
    else
        c->timer->start(m_limits.idleTimeoutMs);
}

void ConnectionGuard::onTimer(QSslSocket *socket)
{
    Connection *c = m_connections.value(socket);
    if (!c || c->inFlight > 0)
        return;
    closeSocket(socket);
}

void ConnectionGuard::forget(QObject *socket)
{
    delete m_connections.take(socket);
    if (m_server && m_paused && m_connections.size() < m_limits.maxConnections) {
        m_server->resumeAccepting();
        m_paused = false;
    }
}
