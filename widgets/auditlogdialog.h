// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QJsonArray>
#include <QPointer>

class QLabel;
class QSpinBox;
class QTableWidget;
class ServerConnection;

// Tools > Audit Log…: the agent's record of every admin action and every refused attempt at
// one (GET /api/v1/audit, admin token), newest first: time, token, role, client, action, HTTP
// status, result and message.
class AuditLogDialog : public QDialog
{
    Q_OBJECT

public:
    AuditLogDialog(ServerConnection *connection, const QString &serverName, QWidget *parent = nullptr);

    void reload();
    // Fills the table from the agent's "entries" array (any shape: what is not text shows as "—").
    void showEntries(const QJsonArray &entries);

Q_SIGNALS:
    void loaded(bool ok);

private:
    QPointer<ServerConnection> m_connection;
    QTableWidget *m_table;
    QSpinBox *m_limit;
    QLabel *m_status;
};
