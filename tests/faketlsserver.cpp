// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/faketlsserver.h"

#include <QFile>
#include <QProcess>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QTcpSocket>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace {

struct TestIdentity
{
    QSslCertificate certificate;
    QSslKey key;
};

const TestIdentity &identity()
{
    static const TestIdentity made = [] {
        TestIdentity id;
        QTemporaryDir dir;
        QProcess openssl;
        openssl.setWorkingDirectory(dir.path());
        openssl.start(u"openssl"_s,
            {u"req"_s, u"-x509"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:prime256v1"_s,
                u"-nodes"_s, u"-keyout"_s, u"key.pem"_s, u"-out"_s, u"cert.pem"_s, u"-days"_s, u"2"_s,
                u"-subj"_s, u"/CN=fake-agent"_s});
        if (!openssl.waitForFinished(30000) || openssl.exitCode() != 0)
            return id;
        QFile cert(dir.filePath(u"cert.pem"_s));
        QFile key(dir.filePath(u"key.pem"_s));
        if (cert.open(QIODevice::ReadOnly) && key.open(QIODevice::ReadOnly)) {
            id.certificate = QSslCertificate(&cert);
            id.key = QSslKey(&key, QSsl::Ec);
        }
        return id;
    }();
    return made;
}

} // namespace

FakeTlsServer::FakeTlsServer(QObject *parent)
    : QObject(parent)
{
    const TestIdentity &id = identity();
    if (id.certificate.isNull() || id.key.isNull())
        return;
    m_sha256 = id.certificate.digest(QCryptographicHash::Sha256);
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificate(id.certificate);
    config.setPrivateKey(id.key);
    m_server.setSslConfiguration(config);
    connect(&m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
        while (QTcpSocket *socket = m_server.nextPendingConnection())
            serve(socket);
    });
    m_server.listen(QHostAddress::LocalHost, 0);
}

bool FakeTlsServer::isListening() const
{
    return m_server.isListening();
}

QUrl FakeTlsServer::url() const
{
    return QUrl(u"https://127.0.0.1:"_s + QString::number(m_server.serverPort()));
}

QByteArray FakeTlsServer::sha256() const
{
    return m_sha256;
}

void FakeTlsServer::serve(QTcpSocket *socket)
{
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    auto buffer = std::make_shared<QByteArray>();
    connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
        const QByteArray bytes = socket->readAll();
        received += bytes;
        *buffer += bytes;
        const auto end = buffer->indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QList<QByteArray> requestLine = buffer->left(buffer->indexOf("\r\n")).split(' ');
        buffer->remove(0, end + 4); // requests of this client carry no body
        const QByteArray path = requestLine.value(1);
        if (onRequest)
            onRequest(socket, path);
        else
            socket->write(response);
    });
}

QByteArray FakeTlsServer::httpResponse(int status, const QByteArray &body, const QByteArray &contentType)
{
    return "HTTP/1.1 " + QByteArray::number(status) + " X\r\nContent-Type: " + contentType
        + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
}
