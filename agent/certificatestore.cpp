// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "agent/certificatestore.h"

#include "agent/securefile.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSysInfo>

#include <memory>
#include <openssl/bn.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

using namespace Qt::StringLiterals;

namespace {

constexpr long ValidityDays = 5 * 365;

template<typename T, void (*Free)(T *)> struct Deleter
{
    void operator()(T *p) const { Free(p); }
};
using PKey = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY, EVP_PKEY_free>>;
using Cert = std::unique_ptr<X509, Deleter<X509, X509_free>>;
using Bio = std::unique_ptr<BIO, Deleter<BIO, BIO_free_all>>;
using BigNum = std::unique_ptr<BIGNUM, Deleter<BIGNUM, BN_free>>;
using Extension = std::unique_ptr<X509_EXTENSION, Deleter<X509_EXTENSION, X509_EXTENSION_free>>;

QByteArray bioBytes(BIO *bio)
{
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return QByteArray(data, int(size));
}

bool addExtension(X509 *cert, int nid, const QByteArray &value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, cert, cert, nullptr, nullptr, 0);
    Extension ext(X509V3_EXT_conf_nid(nullptr, &ctx, nid, value.constData()));
    return ext && X509_add_ext(cert, ext.get(), -1) == 1;
}

// Host names become DNS SAN entries only when they are plain DNS labels.
QByteArray subjectAltNames(const QString &hostName)
{
    static const QRegularExpression dnsName(u"^[A-Za-z0-9]([A-Za-z0-9.-]{0,252})$"_s);
    QByteArray san = "DNS:localhost,IP:127.0.0.1,IP:::1";
    if (dnsName.match(hostName).hasMatch() && hostName != "localhost"_L1)
        san = "DNS:" + hostName.toLatin1() + ',' + san;
    return san;
}

} // namespace

bool CertificateStore::createSelfSigned(
    const QString &certificateFile, const QString &keyFile, const QString &hostName, QString *error)
{
    PKey key(EVP_EC_gen("P-256"));
    Cert cert(X509_new());
    BigNum serial(BN_new());
    if (!key || !cert || !serial || BN_rand(serial.get(), 127, BN_RAND_TOP_ANY, BN_RAND_BOTTOM_ANY) != 1
        || !BN_to_ASN1_INTEGER(serial.get(), X509_get_serialNumber(cert.get()))) {
        *error = u"OpenSSL could not create a key"_s;
        return false;
    }
    X509_set_version(cert.get(), 2); // v3
    // An hour back, so clients whose clock is slightly behind accept it at once.
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), -3600);
    X509_time_adj_ex(X509_getm_notAfter(cert.get()), int(ValidityDays), 0, nullptr);
    X509_set_pubkey(cert.get(), key.get());

    const QByteArray cn = (hostName.isEmpty() ? u"ve-agent"_s : hostName).toUtf8().left(64);
    X509_NAME *name = X509_get_subject_name(cert.get());
    X509_NAME_add_entry_by_txt(
        name, "O", MBSTRING_UTF8, reinterpret_cast<const unsigned char *>("ve-agent"), -1, -1, 0);
    X509_NAME_add_entry_by_txt(
        name, "CN", MBSTRING_UTF8, reinterpret_cast<const unsigned char *>(cn.constData()), -1, -1, 0);
    X509_set_issuer_name(cert.get(), name);

    if (!addExtension(cert.get(), NID_basic_constraints, "critical,CA:FALSE")
        || !addExtension(cert.get(), NID_ext_key_usage, "serverAuth")
        || !addExtension(cert.get(), NID_subject_key_identifier, "hash")
        || !addExtension(cert.get(), NID_subject_alt_name, subjectAltNames(hostName))
        || X509_sign(cert.get(), key.get(), EVP_sha256()) == 0) {
        *error = u"OpenSSL could not sign the certificate"_s;
        return false;
    }

    Bio keyBio(BIO_new(BIO_s_mem()));
    Bio certBio(BIO_new(BIO_s_mem()));
    if (!keyBio || !certBio
        || PEM_write_bio_PrivateKey(keyBio.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr) != 1
        || PEM_write_bio_X509(certBio.get(), cert.get()) != 1) {
        *error = u"OpenSSL could not encode the certificate"_s;
        return false;
    }
    // Key first: a certificate without its key must never be left behind alone.
    return SecureFile::writeNew(keyFile, bioBytes(keyBio.get()), 0600, error)
        && SecureFile::writeNew(certificateFile, bioBytes(certBio.get()), 0644, error);
}

bool CertificateStore::load(
    const QString &certificateFile, const QString &keyFile, Identity *identity, QString *error)
{
    QFile certIn(certificateFile);
    QFile keyIn(keyFile);
    if (!certIn.open(QIODevice::ReadOnly) || !keyIn.open(QIODevice::ReadOnly)) {
        *error = u"cannot read %1: %2"_s.arg(certIn.isOpen() ? keyFile : certificateFile,
            certIn.isOpen() ? keyIn.errorString() : certIn.errorString());
        return false;
    }
    const QList<QSslCertificate> chain = QSslCertificate::fromData(certIn.read(1024 * 1024), QSsl::Pem);
    const QByteArray keyPem = keyIn.read(1024 * 1024);
    QSslKey key(keyPem, QSsl::Ec, QSsl::Pem);
    if (key.isNull())
        key = QSslKey(keyPem, QSsl::Rsa, QSsl::Pem);
    if (chain.isEmpty() || chain.first().isNull()) {
        *error = u"%1 holds no PEM certificate"_s.arg(certificateFile);
        return false;
    }
    if (key.isNull()) {
        *error = u"%1 holds no usable PEM private key (EC or RSA, unencrypted)"_s.arg(keyFile);
        return false;
    }
    identity->certificate = chain.first();
    identity->key = key;
    return true;
}

bool CertificateStore::ensure(const QString &certificateFile, const QString &keyFile, bool mayCreate,
    Identity *identity, QString *error, bool *created)
{
    const bool haveCert = QFileInfo::exists(certificateFile);
    const bool haveKey = QFileInfo::exists(keyFile);
    if (created)
        *created = false;
    if (!haveCert && !haveKey && mayCreate) {
        if (!SecureFile::makePrivateDirectory(QFileInfo(certificateFile).absolutePath(), error)
            || !SecureFile::makePrivateDirectory(QFileInfo(keyFile).absolutePath(), error)
            || !createSelfSigned(certificateFile, keyFile, QSysInfo::machineHostName(), error))
            return false;
        if (created)
            *created = true;
    } else if (haveCert != haveKey) {
        *error
            = u"%1 exists but %2 does not: restore the missing file or remove both to create a new "
              "certificate"_s.arg(haveCert ? certificateFile : keyFile, haveCert ? keyFile : certificateFile);
        return false;
    }
    return load(certificateFile, keyFile, identity, error);
}

QByteArray CertificateStore::sha256(const QSslCertificate &certificate)
{
    return certificate.digest(QCryptographicHash::Sha256);
}

QSslConfiguration CertificateStore::serverConfiguration(const Identity &identity)
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificate(identity.certificate);
    config.setPrivateKey(identity.key);
    config.setProtocol(QSsl::TlsV1_2OrLater);
    config.setPeerVerifyMode(QSslSocket::VerifyNone);
    return config;
}
