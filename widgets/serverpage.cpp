// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/serverpage.h"

#include "core/serverconnection.h"

ServerPage::ServerPage(QWidget *parent)
    : QWidget(parent)
{ }

void ServerPage::setConnection(ServerConnection *connection)
{
    if (m_connection == connection)
        return;
    if (m_connection)
        disconnect(m_connection, nullptr, this, nullptr);
    m_connection = connection;
    if (connection) {
        connectTo(connection);
        // A removed server's connection may die while shown.
        connect(connection, &QObject::destroyed, this, [this] { refresh(); });
    }
    refresh();
}

ServerConnection *ServerPage::connection() const
{
    return m_connection;
}

bool ServerPage::hasData() const
{
    if (!m_connection)
        return false;
    const auto state = m_connection->state();
    return state == ServerConnection::State::Connected || state == ServerConnection::State::Degraded;
}
