// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

// A raw OpenSSL client for tests that need what Qt no longer offers: a handshake capped at an
// old TLS version (Qt 6 has no TLS 1.0/1.1 client). Blocking; only for servers in another process.
namespace TlsProbe {
enum class Version { Tls1_0, Tls1_1, Tls1_2 };

struct Result
{
    bool connected = false;
    bool serverRefusedVersion = false; // the server answered with a protocol_version alert
    QByteArray certificateSha256; // of the server's certificate, when connected
    QString error; // OpenSSL's reason when not connected
};

// Connects to 127.0.0.1:port offering TLS 1.0 up to maxVersion (client security level 0, so the
// client side itself allows the old versions).
Result handshake(quint16 port, Version maxVersion);
} // namespace TlsProbe
