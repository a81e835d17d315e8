// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QWidget>

class ServerConnection;

// A page that shows one aspect of the selected server. The main window hands every page the
// selected server's connection (not owned; nullptr when no server is selected). A page connects
// to the connection signals it needs in connectTo() and redraws fully in refresh(); it never
// polls or blocks itself.
class ServerPage : public QWidget
{
    Q_OBJECT

public:
    explicit ServerPage(QWidget *parent = nullptr);

    void setConnection(ServerConnection *connection);
    ServerConnection *connection() const;

    // Whether the page has what it needs to be shown meaningfully (used to decide when a
    // screenshot may be taken).
    virtual bool hasData() const;

protected:
    virtual void connectTo(ServerConnection *connection) = 0;
    virtual void refresh() = 0;

private:
    QPointer<ServerConnection> m_connection;
};
