// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

#include <functional>

// Agent tokens in the OS keychain (Secret Service, KWallet, macOS Keychain, Windows Credential
// Store) through qtkeychain, under the service name "ve-console", one entry per server id.
// There is deliberately no file fallback: when no keychain is available every call fails with
// NoKeychain and the caller asks for the token every session instead of storing it.
//
// Async: each callback runs exactly once on the store's thread, from the event loop. When the
// store is destroyed first, pending callbacks are not called.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    enum class Error {
        None,
        NotFound, // readToken/deleteToken: no token stored for this server
        NoKeychain, // no usable keychain: no session bus, no Secret Service, no keyring set up
        AccessDenied, // the user or the keychain refused (locked, dismissed prompt)
        Other,
    };
    Q_ENUM(Error)

    struct Outcome
    {
        Error error = Error::None;
        QString errorText; // human text, empty on success
        QString token; // readToken only
        bool ok() const { return error == Error::None; }
    };
    using Callback = std::function<void(const Outcome &)>;

    static constexpr char16_t ServiceName[] = u"ve-console";

    explicit SecretStore(QObject *parent = nullptr);

    void writeToken(const QString &serverId, const QString &token, Callback done);
    void readToken(const QString &serverId, Callback done);
    void deleteToken(const QString &serverId, Callback done);
};
