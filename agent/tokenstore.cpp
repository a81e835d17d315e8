// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "agent/tokenstore.h"

#include "agent/securefile.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QMessageAuthenticationCode>
#include <QRegularExpression>

#include <openssl/crypto.h>
#include <openssl/rand.h>
#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace {

constexpr int SecretBytes = 32;
constexpr int SaltBytes = 16;
constexpr qint64 MaxFileBytes = 4 * 1024 * 1024;
const QByteArray TokenPrefix = QByteArrayLiteral("vea_");

QByteArray randomBytes(int count)
{
    QByteArray bytes(count, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(bytes.data()), count) != 1)
        return {};
    return bytes;
}

} // namespace

TokenStore::TokenStore(const QString &file)
    : m_file(file)
{ }

QString TokenStore::roleName(Role role)
{
    return role == Role::Admin ? u"admin"_s : u"viewer"_s;
}

std::optional<TokenStore::Role> TokenStore::roleFromName(const QString &name)
{
    if (name == "admin"_L1)
        return Role::Admin;
    if (name == "viewer"_L1)
        return Role::Viewer;
    return std::nullopt;
}

bool TokenStore::isValidName(const QString &name)
{
    static const QRegularExpression valid(u"^[A-Za-z0-9._@-]{1,64}$"_s);
    return valid.match(name).hasMatch();
}

QByteArray TokenStore::digest(QByteArrayView token, const QByteArray &salt)
{
    return QMessageAuthenticationCode::hash(token.toByteArray(), salt, QCryptographicHash::Sha256);
}

bool TokenStore::add(const QString &name, Role role, QString *token, QString *error)
{
    if (!isValidName(name)) {
        *error = u"invalid token name \"%1\": use 1 to 64 of A-Z a-z 0-9 . _ @ -"_s.arg(name);
        return false;
    }
    QLockFile lock(m_file + u".lock"_s);
    if (!lock.tryLock(5000)) {
        *error = u"%1 is locked by another ve-agent command"_s.arg(m_file);
        return false;
    }
    QList<Entry> entries;
    if (!read(&entries, error))
        return false;
    for (const Entry &e : std::as_const(entries)) {
        if (e.info.name == name) {
            *error = u"a token named \"%1\" exists already: revoke it first"_s.arg(name);
            return false;
        }
    }
    const QByteArray secret = randomBytes(SecretBytes);
    const QByteArray salt = randomBytes(SaltBytes);
    if (secret.isEmpty() || salt.isEmpty()) {
        *error = u"the system random generator failed"_s;
        return false;
    }
    const QByteArray plain
        = TokenPrefix + secret.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    Entry entry {{name, role, QDateTime::currentDateTimeUtc()}, salt, digest(plain, salt)};
    entries.append(entry);
    if (!write(entries, error))
        return false;
    *token = QString::fromLatin1(plain);
    return true;
}

bool TokenStore::revoke(const QString &name, QString *error)
{
    QLockFile lock(m_file + u".lock"_s);
    if (!lock.tryLock(5000)) {
        *error = u"%1 is locked by another ve-agent command"_s.arg(m_file);
        return false;
    }
    QList<Entry> entries;
    if (!read(&entries, error))
        return false;
    const qsizetype removed = entries.removeIf([&name](const Entry &e) { return e.info.name == name; });
    if (removed == 0) {
        *error = u"no token named \"%1\""_s.arg(name);
        return false;
    }
    return write(entries, error);
}

bool TokenStore::list(QList<TokenInfo> *tokens, QString *error) const
{
    QList<Entry> entries;
    if (!read(&entries, error))
        return false;
    tokens->clear();
    for (const Entry &e : std::as_const(entries))
        tokens->append(e.info);
    return true;
}

std::optional<TokenStore::TokenInfo> TokenStore::verify(QByteArrayView presented)
{
    const FileStamp now = stamp();
    if (!m_everLoaded || !(now == m_loaded)) {
        QString error;
        QList<Entry> entries;
        // Fail closed: an unreadable or corrupt file accepts no token at all.
        if (!read(&entries, &error)) {
            qWarning("ve-agent: %s: no token is accepted until this is fixed", qPrintable(error));
            entries.clear();
        }
        m_entries = entries;
        m_loaded = now;
        m_everLoaded = true;
    }
    if (presented.size() <= TokenPrefix.size() || presented.size() > MaxTokenLength
        || !presented.startsWith(TokenPrefix))
        return std::nullopt;

    const TokenInfo *match = nullptr;
    for (const Entry &e : std::as_const(m_entries)) {
        const QByteArray computed = digest(presented, e.salt);
        // No early exit: every entry costs the same whether or not an earlier one matched.
        const bool equal = computed.size() == e.hash.size()
            && CRYPTO_memcmp(computed.constData(), e.hash.constData(), size_t(computed.size())) == 0;
        if (equal && !match)
            match = &e.info;
    }
    if (!match)
        return std::nullopt;
    return *match;
}

TokenStore::FileStamp TokenStore::stamp() const
{
    FileStamp s;
    struct stat st;
    if (::stat(QFile::encodeName(m_file).constData(), &st) != 0)
        return s;
    s.exists = true;
    s.device = quint64(st.st_dev);
    s.inode = quint64(st.st_ino);
    s.size = quint64(st.st_size);
    s.mtimeNs = qint64(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec;
    return s;
}

bool TokenStore::read(QList<Entry> *entries, QString *error) const
{
    entries->clear();
    QFile in(m_file);
    if (!in.exists())
        return true; // no tokens yet
    if (!in.open(QIODevice::ReadOnly)) {
        *error = u"cannot read %1: %2"_s.arg(m_file, in.errorString());
        return false;
    }
    if (in.size() > MaxFileBytes) {
        *error = u"%1 is too large to be a token file"_s.arg(m_file);
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(in.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.object().value(u"tokens"_s).isArray()) {
        *error = u"%1 is not a valid token file"_s.arg(m_file);
        return false;
    }
    const QJsonArray array = doc.object().value(u"tokens"_s).toArray();
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        Entry e;
        e.info.name = o.value(u"name"_s).toString();
        const auto role = roleFromName(o.value(u"role"_s).toString());
        e.info.created = QDateTime::fromString(o.value(u"created"_s).toString(), Qt::ISODate).toUTC();
        e.salt = QByteArray::fromBase64(o.value(u"salt"_s).toString().toLatin1());
        e.hash = QByteArray::fromBase64(o.value(u"hash"_s).toString().toLatin1());
        if (!isValidName(e.info.name) || !role || e.salt.size() != SaltBytes || e.hash.size() != 32
            || o.value(u"algorithm"_s).toString() != "hmac-sha256"_L1) {
            *error = u"%1 holds a malformed token entry"_s.arg(m_file);
            return false;
        }
        e.info.role = *role;
        entries->append(e);
    }
    return true;
}

bool TokenStore::write(const QList<Entry> &entries, QString *error) const
{
    QJsonArray array;
    for (const Entry &e : entries) {
        array.append(QJsonObject {
            {u"name"_s, e.info.name},
            {u"role"_s, roleName(e.info.role)},
            {u"created"_s, e.info.created.toString(Qt::ISODate)},
            {u"algorithm"_s, u"hmac-sha256"_s},
            {u"salt"_s, QString::fromLatin1(e.salt.toBase64())},
            {u"hash"_s, QString::fromLatin1(e.hash.toBase64())},
        });
    }
    const QJsonObject root {{u"version"_s, 1}, {u"tokens"_s, array}};
    return SecureFile::makePrivateDirectory(QFileInfo(m_file).absolutePath(), error)
        && SecureFile::writeAtomic(m_file, QJsonDocument(root).toJson(), 0600, error);
}
