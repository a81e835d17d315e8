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

void ApiResponder::sendText(const QByteArray &contentType, const QByteArray &body, int status)
{
    d->write(status, body, {}, {}, {}, contentType);
}

void ApiResponder::sendError(int status, const QString &code, const QString &message, const Headers &headers)
{
    d->write(status, HttpErrors::body(code, message), headers, code, message);
}

bool ApiResponder::isSent() const
{
    return d->sent;
}

QTcpSocket *ApiResponder::socket() const
{
    return d->socket;
}
