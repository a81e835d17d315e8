// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTcpServer>

// A TCP proxy on 127.0.0.1 in front of a TLS server on another loopback port, which damages the
// TLS stream after the handshake: it follows the record layer (5-byte headers) in both directions
// and, once the client has sent its second application-data record (with TLS 1.3: its Finished,
// then the request), breaks the next application-data record as configured. Each connection is
// damaged once. Lives in the test's thread; the endpoints must run their I/O elsewhere (another
// process, or Qt's network thread).
class TlsRecordProxy : public QObject
{
public:
    enum class Fault {
        FlipServerByte, // one bit of the server's record flipped: the client's MAC check fails
        FlipClientByte, // the same for the client's request: the server's check fails
        CutServerRecord, // the server's record cut in half, then the connection closed
    };

    TlsRecordProxy(quint16 targetPort, Fault fault, QObject *parent = nullptr);

    bool isListening() const { return m_server.isListening(); }
    quint16 port() const { return m_server.serverPort(); }
    int faultsApplied() const { return m_applied; }

private:
    void relay(QTcpSocket *client);

    QTcpServer m_server;
    quint16 m_target;
    Fault m_fault;
    int m_applied = 0;
};
