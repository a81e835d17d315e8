// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QString>

// The agent's TLS identity. On first start the agent creates a self-signed certificate (EC P-256,
// valid 5 years, SAN: the host name, localhost, 127.0.0.1 and ::1) and its key (mode 0600) in
// the state directory; a configured (e.g. CA-signed) pair is used as it is and never replaced.
class CertificateStore
{
public:
    struct Identity
    {
        QSslCertificate certificate;
        QSslKey key;
    };

    // Loads the pair; when neither file exists and mayCreate is set, creates a self-signed pair
    // first (*created = true). A half-present pair (certificate without key or the reverse) is an
    // error, never silently replaced. Creates missing parent directories with mode 0700.
    static bool ensure(const QString &certificateFile, const QString &keyFile, bool mayCreate,
        Identity *identity, QString *error, bool *created = nullptr);

    // Writes a new self-signed pair for hostName. Refuses to overwrite existing files.
    static bool createSelfSigned(
        const QString &certificateFile, const QString &keyFile, const QString &hostName, QString *error);

    static bool load(
        const QString &certificateFile, const QString &keyFile, Identity *identity, QString *error);

    // Raw SHA-256 digest of the DER certificate (32 bytes): what clients pin.
    static QByteArray sha256(const QSslCertificate &certificate);

    // Server side TLS: TLS 1.2 or later only, no client certificates.
    static QSslConfiguration serverConfiguration(const Identity &identity);
};
