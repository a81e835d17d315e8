// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QObject>
#include <QSslServer>
#include <QUrl>

#include <functional>

class QTcpSocket;

// A TLS server on 127.0.0.1 with a throwaway self-signed certificate (made with the openssl
// command once per test process). It answers each request with `response`, or calls onRequest,
// and records every decrypted byte it received. Lives in the test's thread: the client's network
// I/O runs in Qt's HTTP thread, so nothing blocks.
class FakeTlsServer : public QObject
{
public:
    explicit FakeTlsServer(QObject *parent = nullptr);

    bool isListening() const;
    QUrl url() const;
    QByteArray sha256() const; // of its certificate

    QByteArray response; // sent when a request header is complete
    std::function<void(QTcpSocket *, const QByteArray &path)> onRequest; // instead of response, when set
    QByteArray received; // all request bytes, in order

    // "HTTP/1.1 <status>" with Content-Length and Connection: close.
    static QByteArray httpResponse(
        int status, const QByteArray &body, const QByteArray &contentType = "application/json");

private:
    void serve(QTcpSocket *socket);

    QSslServer m_server;
    QByteArray m_sha256;
};
