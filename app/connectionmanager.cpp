// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/connectionmanager.h"

#include "core/secretstore.h"
#include "core/workspace.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace {

QString keyOf(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

} // namespace

ConnectionManager::ConnectionManager(Workspace *workspace, SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_secrets(secrets)
{
    connect(workspace, &Workspace::serverAdded, this, &ConnectionManager::add);
    connect(workspace, &Workspace::serverRemoved, this, &ConnectionManager::remove);
    connect(workspace, &Workspace::serverChanged, this, &ConnectionManager::onServerChanged);
    connect(workspace, &Workspace::reset, this, &ConnectionManager::sync);
}

ConnectionManager::~ConnectionManager() = default;

void ConnectionManager::startAll()
{
    m_started = true;
    sync();
}

void ConnectionManager::sync()
{
    if (!m_started)
        return;
    QSet<QUuid> wanted;
    for (const ServerEntry &entry : m_workspace->servers())
        wanted.insert(entry.id);
    const QList<QUuid> existing = m_connections.keys();
    for (const QUuid &id : existing) {
        if (!wanted.contains(id))
            remove(id);
    }
    for (const ServerEntry &entry : m_workspace->servers()) {
        if (!m_connections.contains(entry.id))
            add(entry.id);
        else
            onServerChanged(entry.id);
    }
}

ServerConnection *ConnectionManager::connection(const QUuid &id) const
{
    return m_connections.value(id);
}

QList<QUuid> ConnectionManager::ids() const
{
    return m_connections.keys();
}

void ConnectionManager::add(const QUuid &id)
{
    if (!m_started || m_connections.contains(id) || !m_workspace->server(id))
        return;
    auto *connection = new ServerConnection(this);
    connection->setPollInterval(m_pollMs);
    m_connections.insert(id, connection);
    connect(connection, &ServerConnection::stateChanged, this,
        [this, id](ServerConnection::State state) { Q_EMIT stateChanged(id, state); });
    Q_EMIT connectionAdded(id, connection);
    if (m_tokens.contains(id)) {
        applyEndpoint(id);
        connection->start();
        return;
    }
    if (!m_keychainAvailable) {
        // Asked for every session: start without, the admin is prompted.
        applyEndpoint(id);
        connection->start();
        Q_EMIT tokenMissing(id);
        return;
    }
    m_secrets->readToken(
        keyOf(id), [this, id](const SecretStore::Outcome &outcome) { tokenRead(id, outcome); });
}

void ConnectionManager::tokenRead(const QUuid &id, const SecretStore::Outcome &outcome)
{
    ServerConnection *connection = m_connections.value(id);
    if (!connection)
        return; // removed while the keychain answered
    switch (outcome.error) {
    case SecretStore::Error::None:
        if (!m_tokens.contains(id)) // a token typed meanwhile wins
            m_tokens.insert(id, outcome.token);
        break;
    case SecretStore::Error::NotFound:
        Q_EMIT tokenMissing(id);
        break;
    case SecretStore::Error::NoKeychain:
        markKeychainUnavailable(outcome.errorText);
        Q_EMIT tokenMissing(id);
        break;
    case SecretStore::Error::AccessDenied:
    case SecretStore::Error::Other:
        Q_EMIT secretFailed(id, outcome.errorText);
        break;
    }
    applyEndpoint(id);
    connection->start();
}

void ConnectionManager::markKeychainUnavailable(const QString &errorText)
{
    if (!m_keychainAvailable)
        return;
    m_keychainAvailable = false;
    Q_EMIT keychainUnavailable(errorText);
}

void ConnectionManager::remove(const QUuid &id)
{
    ServerConnection *connection = m_connections.take(id);
    m_tokens.remove(id);
    if (!connection)
        return;
    Q_EMIT connectionRemoved(id);
    connection->stop();
    connection->deleteLater();
    if (m_keychainAvailable && m_workspace && !m_workspace->server(id))
        m_secrets->deleteToken(keyOf(id), [](const SecretStore::Outcome &) {});
}

void ConnectionManager::onServerChanged(const QUuid &id)
{
    ServerConnection *connection = m_connections.value(id);
    const ServerEntry *entry = m_workspace->server(id);
    if (!connection || !entry)
        return;
    // Only a new address or pin concerns the connection; a rename does not.
    if (connection->client()->baseUrl() != entry->url || connection->pinnedSha256() != entry->pinnedSha256)
        applyEndpoint(id);
}

void ConnectionManager::applyEndpoint(const QUuid &id)
{
    ServerConnection *connection = m_connections.value(id);
    const ServerEntry *entry = m_workspace->server(id);
    if (connection && entry)
        connection->setEndpoint(entry->url, m_tokens.value(id), entry->pinnedSha256);
}

void ConnectionManager::setPollIntervalMs(int ms)
{
    m_pollMs = ms;
    for (ServerConnection *connection : std::as_const(m_connections))
        connection->setPollInterval(ms);
}

int ConnectionManager::pollIntervalMs() const
{
    return m_pollMs;
}

void ConnectionManager::setToken(const QUuid &id, const QString &token, bool store)
{
    m_tokens.insert(id, token);
    applyEndpoint(id);
    if (!store || !m_keychainAvailable)
        return;
    m_secrets->writeToken(keyOf(id), token, [this, id](const SecretStore::Outcome &outcome) {
        if (outcome.error == SecretStore::Error::NoKeychain)
            markKeychainUnavailable(outcome.errorText);
        else if (!outcome.ok())
            Q_EMIT secretFailed(id, outcome.errorText);
    });
}

bool ConnectionManager::hasToken(const QUuid &id) const
{
    return !m_tokens.value(id).isEmpty();
}

bool ConnectionManager::keychainAvailable() const
{
    return m_keychainAvailable;
}

void ConnectionManager::trust(const QUuid &id, const QByteArray &sha256)
{
    // The workspace announces the new pin (serverChanged), which reconnects with it.
    m_workspace->setPinnedSha256(id, sha256);
}

void ConnectionManager::pollNow(const QUuid &id)
{
    if (ServerConnection *connection = m_connections.value(id))
        connection->pollNow();
}

void ConnectionManager::pollAll()
{
    for (ServerConnection *connection : std::as_const(m_connections))
        connection->pollNow();
}
