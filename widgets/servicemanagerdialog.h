// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QPointer>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class ServerConnection;

// Tools > Server Manager…: the license server's systemd unit (licensed or CharonLicenseServer):
// state, since when, main PID, from the server's status. Start, Stop and Restart ask first
// (typing the server's name when `requiredName` is set, e.g. for production servers), run
// through the agent, then show the agent's result and the last lines of license.log (a start
// or restart begins a new log) — or, when the agent cannot serve the log, say so.
class ServiceManagerDialog : public QDialog
{
    Q_OBJECT

public:
    static constexpr int LogLines = 30;

    ServiceManagerDialog(ServerConnection *connection, const QString &serverName, const QString &requiredName,
        QWidget *parent = nullptr);

    QString resultText() const;
    QString logText() const;

Q_SIGNALS:
    void actionFinished(const QString &action, bool ok); // then the log is fetched

private:
    void refresh();
    void run(const QString &action);
    void showLog();

    QPointer<ServerConnection> m_connection;
    QString m_serverName;
    QString m_requiredName;
    QLabel *m_unit;
    QLabel *m_state;
    QLabel *m_since;
    QLabel *m_pid;
    QLabel *m_result;
    QPlainTextEdit *m_log;
    QList<QPushButton *> m_buttons;
    bool m_running = false;
};
