// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/secretstore.h"
#include "core/serverconnection.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QUuid>

class Workspace;

// One ServerConnection per server of the workspace, kept in step with it (added, edited, removed,
// imported). Tokens come from the keychain (SecretStore); when no keychain is available they are
// asked for every session and kept in memory only, never written anywhere. A server starts
// polling once its token lookup finished (with or without a token: without one the server
// answers "authentication failed", which is what the admin should see).
class ConnectionManager : public QObject
{
    Q_OBJECT

public:
    ConnectionManager(Workspace *workspace, SecretStore *secrets, QObject *parent = nullptr);
    ~ConnectionManager() override;

    void startAll();
    ServerConnection *connection(const QUuid &id) const;
    QList<QUuid> ids() const;

    void setPollIntervalMs(int ms);
    int pollIntervalMs() const;

    // A token typed by the admin: used now, and stored in the keychain when one is available
    // (store == false keeps it in memory for this session only, e.g. for the demo).
    void setToken(const QUuid &id, const QString &token, bool store = true);
    bool hasToken(const QUuid &id) const;
    bool keychainAvailable() const;

    // The admin accepted the presented certificate: pin it in the workspace and reconnect.
    void trust(const QUuid &id, const QByteArray &sha256);
    void pollNow(const QUuid &id);
    void pollAll();

Q_SIGNALS:
    void connectionAdded(const QUuid &id, ServerConnection *connection);
    void connectionRemoved(const QUuid &id);
    void stateChanged(const QUuid &id, ServerConnection::State state);
    void tokenMissing(const QUuid &id); // nothing stored for this server
    void keychainUnavailable(const QString &errorText); // once per session
    void secretFailed(const QUuid &id, const QString &errorText);

private:
    void sync();
    void add(const QUuid &id);
    void remove(const QUuid &id);
    void onServerChanged(const QUuid &id);
    void applyEndpoint(const QUuid &id);
    void tokenRead(const QUuid &id, const SecretStore::Outcome &outcome);
    void markKeychainUnavailable(const QString &errorText);

    Workspace *m_workspace;
    SecretStore *m_secrets;
    QHash<QUuid, ServerConnection *> m_connections;
    QHash<QUuid, QString> m_tokens; // in memory for the running session only
    int m_pollMs = 10000;
    bool m_started = false;
    bool m_keychainAvailable = true;
};
