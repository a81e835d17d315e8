// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QUuid>

class ConnectionManager;
class QAction;
class QWidget;
class ServerConnection;
class Workspace;

// The Tools menu's license-lifecycle commands for the selected server (they replace the HASP
// Updater and HASP Manager): Export Fingerprint…, License Update…, Server Manager…, Download
// Backup…, Audit Log…. An action is enabled when a server is selected and its agent reports
// what the command needs (fingerprint, licenseUpdate, backup); Server Manager and Audit Log
// need a connected server. Production servers ask for their name to be typed before a service
// action or a license update.
class AdminActions : public QObject
{
    Q_OBJECT

public:
    AdminActions(Workspace *workspace, ConnectionManager *connections, QWidget *window);

    QAction *exportFingerprint;
    QAction *licenseUpdate;
    QAction *serverManager;
    QAction *downloadBackup;
    QAction *auditLog;

    void setCurrentServer(const QUuid &id);

private:
    QAction *make(const QString &text, const QString &objectName, const QString &tip, const QString &icon);
    void updateEnabled();
    QString serverName() const;
    QString productionName() const; // the name to type, or empty when not a production server
    void onLicenseUpdate();
    void onServerManager();
    void onBackup();
    void onAuditLog();

    Workspace *m_workspace;
    ConnectionManager *m_connections;
    QWidget *m_window;
    QUuid m_current;
    QPointer<ServerConnection> m_connection;
};
