// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

// Bearer tokens of the management API. A token is "vea_" + 43 base64url characters (32 random
// bytes); it is shown once when created. The file (JSON, mode 0600, in the state directory)
// holds per token: name, role, creation time, a random 16-byte salt and HMAC-SHA256(salt, token).
// The secret itself is never stored. Tokens carry 256 bits of entropy, so a fast keyed hash is
// enough: there is nothing to brute-force.
//
// Not thread-safe; the agent uses one store per process on its main thread. The command line
// (token add/revoke) and a running agent may use the same file: writes are atomic (rename) under
// a lock file, and verify() re-reads the file whenever it changed, so a revoked token stops
// working with the next request.
class TokenStore
{
public:
    enum class Role { Viewer, Admin };

    struct TokenInfo
    {
        QString name;
        Role role = Role::Viewer;
        QDateTime created; // UTC
    };

    static constexpr auto FileName = "tokens.json";
    static constexpr qsizetype MaxTokenLength = 256;

    explicit TokenStore(const QString &file);

    QString file() const { return m_file; }

    // Creates a token. *token receives the secret (the only time it exists outside the client).
    // Fails if the name is invalid or taken.
    bool add(const QString &name, Role role, QString *token, QString *error);
    bool revoke(const QString &name, QString *error);
    bool list(QList<TokenInfo> *tokens, QString *error) const;

    // The token's owner, or nothing for an unknown, revoked or malformed token. Every stored
    // hash is computed and compared in constant time (CRYPTO_memcmp), whatever matches.
    std::optional<TokenInfo> verify(QByteArrayView presented);

    static QString roleName(Role role);
    static std::optional<Role> roleFromName(const QString &name);
    // 1–64 characters of [A-Za-z0-9._@-].
    static bool isValidName(const QString &name);

private:
    struct Entry
    {
        TokenInfo info;
        QByteArray salt;
        QByteArray hash;
    };
    struct FileStamp
    {
        bool exists = false;
        quint64 device = 0, inode = 0, size = 0;
        qint64 mtimeNs = 0;
        bool operator==(const FileStamp &o) const
        {
            return exists == o.exists && device == o.device && inode == o.inode && size == o.size
                && mtimeNs == o.mtimeNs;
        }
    };

    bool read(QList<Entry> *entries, QString *error) const;
    bool write(const QList<Entry> &entries, QString *error) const;
    FileStamp stamp() const;
    static QByteArray digest(QByteArrayView token, const QByteArray &salt);

    QString m_file;
    QList<Entry> m_entries;
    FileStamp m_loaded;
    bool m_everLoaded = false;
};
