// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/tlsrecordproxy.h"

#include <QTcpSocket>

#include <memory>

namespace {

constexpr int ApplicationData = 0x17;

// Follows TLS records byte by byte.
struct RecordWalker
{
    QByteArray header;
    int type = 0;
    int length = 0;
    int offset = 0; // of the next payload byte
    int applicationRecords = 0; // complete headers of application-data records so far

    // Feeds one byte; returns its payload offset, or -1 for a header byte.
    int step(char byte)
    {
        if (header.size() < 5) {
            header.append(byte);
            if (header.size() == 5) {
                type = quint8(header[0]);
                length = (quint8(header[3]) << 8) | quint8(header[4]);
                offset = 0;
                if (type == ApplicationData)
                    ++applicationRecords;
                if (length == 0)
                    header.clear();
            }
            return -1;
        }
        const int at = offset++;
        if (offset == length)
            header.clear();
        return at;
    }
};

struct Link
{
    RecordWalker fromClient;
    RecordWalker fromServer;
    bool damaged = false;
};

} // namespace

TlsRecordProxy::TlsRecordProxy(quint16 targetPort, Fault fault, QObject *parent)
    : QObject(parent)
    , m_target(targetPort)
    , m_fault(fault)
{
    connect(&m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
        while (QTcpSocket *client = m_server.nextPendingConnection())
            relay(client);
    });
    m_server.listen(QHostAddress::LocalHost, 0);
}

void TlsRecordProxy::relay(QTcpSocket *client)
{
    auto *server = new QTcpSocket(client);
    auto link = std::make_shared<Link>();
    const auto closeBoth = [client, server] {
        client->disconnectFromHost();
        server->disconnectFromHost();
    };
    connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
    connect(client, &QTcpSocket::disconnected, server, &QTcpSocket::disconnectFromHost);
    connect(server, &QTcpSocket::disconnected, client, &QTcpSocket::disconnectFromHost);

    const auto forwardUp = [this, client, server, link] {
        if (server->state() != QAbstractSocket::ConnectedState)
            return; // kept until the upstream connection is up
        QByteArray bytes = client->readAll();
        for (char &byte : bytes) {
            const int at = link->fromClient.step(byte);
            // The client's second application record: the request (its first is Finished).
            if (m_fault == Fault::FlipClientByte && !link->damaged && at == 0
                && link->fromClient.type == ApplicationData && link->fromClient.applicationRecords == 2) {
                byte = char(byte ^ 0x20);
                link->damaged = true;
                ++m_applied;
            }
        }
        server->write(bytes);
    };
    connect(client, &QTcpSocket::readyRead, server, forwardUp);
    connect(server, &QTcpSocket::connected, client, forwardUp);
    connect(server, &QTcpSocket::readyRead, client, [this, client, server, link, closeBoth] {
        QByteArray bytes = server->readAll();
        const bool armed = link->fromClient.applicationRecords >= 2;
        for (qsizetype i = 0; i < bytes.size(); ++i) {
            const int at = link->fromServer.step(bytes[i]);
            if (!armed || link->damaged || at < 0 || link->fromServer.type != ApplicationData)
                continue;
            if (m_fault == Fault::FlipServerByte && at == 0) {
                bytes[i] = char(bytes[i] ^ 0x20);
                link->damaged = true;
                ++m_applied;
            } else if (m_fault == Fault::CutServerRecord && at == link->fromServer.length / 2) {
                link->damaged = true;
                ++m_applied;
                client->write(bytes.first(i));
                closeBoth();
                return;
            }
        }
        client->write(bytes);
    });
    server->connectToHost(QHostAddress::LocalHost, m_target);
}
