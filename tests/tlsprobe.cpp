// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/tlsprobe.h"

#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>

TlsProbe::Result TlsProbe::handshake(quint16 port, Version maxVersion)
{
    Result result;
    const int max = maxVersion == Version::Tls1_0 ? TLS1_VERSION
        : maxVersion == Version::Tls1_1           ? TLS1_1_VERSION
                                                  : TLS1_2_VERSION;
    ERR_clear_error();
    SSL_CTX *ctx = SSL_CTX_new(TLS_client_method());
    SSL_CTX_set_security_level(ctx, 0);
    SSL_CTX_set_min_proto_version(ctx, TLS1_VERSION);
    SSL_CTX_set_max_proto_version(ctx, max);
    SSL_CTX_set_cipher_list(ctx, "DEFAULT:@SECLEVEL=0");
    const QByteArray target = "127.0.0.1:" + QByteArray::number(port);
    BIO *bio = BIO_new_connect(target.constData());
    if (!bio || BIO_do_connect(bio) != 1) {
        result.error = QStringLiteral("TCP connect failed");
        BIO_free_all(bio);
        SSL_CTX_free(ctx);
        return result;
    }
    SSL *ssl = SSL_new(ctx);
    SSL_set_bio(ssl, bio, bio);
    if (SSL_connect(ssl) == 1) {
        result.connected = true;
        if (X509 *cert = SSL_get1_peer_certificate(ssl)) {
            unsigned char digest[EVP_MAX_MD_SIZE];
            unsigned int length = 0;
            if (X509_digest(cert, EVP_sha256(), digest, &length) == 1)
                result.certificateSha256 = QByteArray(reinterpret_cast<const char *>(digest), int(length));
            X509_free(cert);
        }
        SSL_shutdown(ssl);
    } else {
        const unsigned long e = ERR_peek_last_error();
        char text[256] = {};
        ERR_error_string_n(e, text, sizeof text);
        result.error = QString::fromLatin1(text);
        result.serverRefusedVersion = ERR_GET_REASON(e) == SSL_R_TLSV1_ALERT_PROTOCOL_VERSION;
    }
    SSL_free(ssl); // frees bio too
    SSL_CTX_free(ctx);
    return result;
}
