// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "agent/apiresponder.h"

#include "agent/httperrors.h"

#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QJsonDocument>
#include <QPointer>
#include <QTcpSocket>

#include <optional>

using namespace Qt::StringLiterals;

struct ApiResponder::State
{
    QPointer<QTcpSocket> socket;
    std::optional<QHttpServerResponder> responder;
    Finished finished;
    bool sent = false;
    // Streaming: between beginStream() and endStream() (or the client leaving).
    bool streaming = false;
    int streamStatus = 0;
    std::function<void()> clientGone;
    QMetaObject::Connection goneConnection;

    bool connected() const { return socket && socket->state() == QAbstractSocket::ConnectedState; }

    void finishStream(const QString &code, const QString &message)
    {
        if (!streaming)
            return;
        streaming = false;
        QObject::disconnect(goneConnection);
        const bool alive = connected();
        if (alive)
            responder->writeBody(QByteArrayLiteral("0\r\n\r\n"));
        responder.reset();
        if (finished)
            finished(alive ? streamStatus : 0, code, alive ? message : u"client disconnected"_s);
    }

    void write(int status, const QByteArray &json, const Headers &headers, const QString &code,
        const QString &message, const QByteArray &contentType = QByteArrayLiteral("application/json"))
    {
        if (sent)
            return;
        sent = true;
        const bool connected = socket && socket->state() == QAbstractSocket::ConnectedState;
        if (connected) {
            QHttpServerResponse response(contentType, json, QHttpServerResponse::StatusCode(status));
            response.addHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
            for (const auto &[name, value] : headers)
                response.addHeader(name, value);
            response.write(std::move(*responder));
        }
        responder.reset();
        if (finished)
            finished(connected ? status : 0, code, connected ? message : u"client disconnected"_s);
    }

    ~State()
    {
        if (streaming)
            finishStream(QString::fromLatin1(HttpErrors::Internal), u"The stream was dropped."_s);
        if (!sent)
            write(500,
                HttpErrors::body(QString::fromLatin1(HttpErrors::Internal), u"The request was dropped."_s),
                {}, QString::fromLatin1(HttpErrors::Internal), u"The request was dropped."_s);
    }
};

ApiResponder::ApiResponder(QHttpServerResponder &&responder, Finished finished)
    : d(std::make_shared<State>())
{
    d->socket = responder.socket();
    d->responder.emplace(std::move(responder));
    d->finished = std::move(finished);
}

void ApiResponder::sendJson(const QJsonObject &body, int status, const Headers &headers)
{
    d->write(status, QJsonDocument(body).toJson(QJsonDocument::Compact), headers, {}, {});
}

void ApiResponder::sendText(
    const QByteArray &contentType, const QByteArray &body, int status, const Headers &headers)
{
    d->write(status, body, headers, {}, {}, contentType);
}

void ApiResponder::sendError(int status, const QString &code, const QString &message, const Headers &headers)
{
    d->write(status, HttpErrors::body(code, message), headers, code, message);
}

bool ApiResponder::beginStream(const QByteArray &contentType, int status)
{
    State *s = d.get();
    if (s->sent)
        return false;
    s->sent = true;
    if (!s->connected()) {
        s->responder.reset();
        if (s->finished)
            s->finished(0, {}, u"client disconnected"_s);
        return false;
    }
    s->streaming = true;
    s->streamStatus = status;
    s->responder->writeStatusLine(QHttpServerResponder::StatusCode(status));
    s->responder->writeHeaders({{QByteArrayLiteral("Content-Type"), contentType},
        {QByteArrayLiteral("Transfer-Encoding"), QByteArrayLiteral("chunked")},
        {QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store")}});
    // The state may outlive the socket: a weak pointer, and the connection is dropped at the end.
    std::weak_ptr<State> weak = d;
    s->goneConnection = QObject::connect(s->socket, &QAbstractSocket::disconnected, s->socket, [weak] {
        const std::shared_ptr<State> state = weak.lock();
        if (!state || !state->streaming)
            return;
        std::function<void()> gone = std::move(state->clientGone);
        state->finishStream({}, {});
        if (gone)
            gone();
    });
    return true;
}

bool ApiResponder::writeChunk(const QByteArray &data)
{
    State *s = d.get();
    if (!s->streaming || !s->connected())
        return false;
    if (!data.isEmpty())
        s->responder->writeBody(QByteArray::number(data.size(), 16) + "\r\n" + data + "\r\n");
    return true;
}

void ApiResponder::endStream(const QString &code, const QString &message)
{
    d->finishStream(code, message);
}

void ApiResponder::onClientGone(std::function<void()> callback)
{
    d->clientGone = std::move(callback);
}

bool ApiResponder::isSent() const
{
    return d->sent;
}

QTcpSocket *ApiResponder::socket() const
{
    return d->socket;
}
