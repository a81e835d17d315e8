// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

#include <functional>
#include <memory>

class QHttpServerResponder;
class QTcpSocket;

// The answer side of one request; cheap to copy, so a handler can keep it in a callback and
// answer later. Exactly one send*() call writes the answer; later ones are ignored. If the
// client went away meanwhile, the answer is dropped (the socket is watched, never dangling). If
// every copy is destroyed without an answer, a 500 "internal" error is sent.
//
// Every answer is JSON with "Cache-Control: no-store", except sendText's (e.g. /metrics).
class ApiResponder
{
public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;
    // Called once when the answer is written or dropped: HTTP status, error code (empty on
    // success) and message.
    using Finished = std::function<void(int status, const QString &code, const QString &message)>;

    ApiResponder(QHttpServerResponder &&responder, Finished finished);

    void sendJson(const QJsonObject &body, int status = 200, const Headers &headers = {});
    void sendError(int status, const QString &code, const QString &message, const Headers &headers = {});
    // A non-JSON answer, e.g. "text/plain; version=0.0.4; charset=utf-8" for Prometheus.
    void sendText(
        const QByteArray &contentType, const QByteArray &body, int status = 200, const Headers &headers = {});

    // A chunked answer (Transfer-Encoding: chunked) for long-running routes: beginStream()
    // writes the head, writeChunk() sends data as it comes, endStream() the last chunk. Finished
    // runs at endStream() with the stream's status and the given code and message (a stream
    // that ends in failure passes an error code), or with status 0 when the client left first;
    // dropping every copy mid-stream ends it as "internal". Each returns false when the client
    // has gone away; onClientGone() runs once when that happens before endStream().
    bool beginStream(const QByteArray &contentType, int status = 200);
    bool writeChunk(const QByteArray &data);
    void endStream(const QString &code = {}, const QString &message = {});
    void onClientGone(std::function<void()> callback);

    bool isSent() const;
    QTcpSocket *socket() const;

private:
    struct State;
    std::shared_ptr<State> d;
};
