// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QWidget>

class LifecycleWatch;
class QGroupBox;
class QLabel;
class ServerConnection;

// The Overview's license-lifecycle part for one server: a critical banner when the host facts a
// license is bound to changed (each change with its consequence), a warning when no backup was
// taken yet, and the actions that invalidate a license on this server's platform (every
// platform; cloud; VMware with ESXi or vCenter binding). Data from LifecycleWatch; what the
// server does not report is not shown.
class LifecyclePanel : public QWidget
{
    Q_OBJECT

public:
    explicit LifecyclePanel(QWidget *parent = nullptr);

    void setConnection(ServerConnection *connection);

    // The invalidating actions for a platform kind, as listed (translated).
    static QStringList invalidatingActions(bool cloud, bool vmware);

private:
    void refresh();

    QPointer<ServerConnection> m_connection;
    QPointer<LifecycleWatch> m_watch;
    QLabel *m_drift;
    QLabel *m_backup;
    QGroupBox *m_actionsBox;
    QLabel *m_actions;
};
