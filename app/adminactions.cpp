// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/adminactions.h"

#include "app/connectionmanager.h"
#include "core/workspace.h"
#include "widgets/auditlogdialog.h"
#include "widgets/backupdialog.h"
#include "widgets/fingerprintexport.h"
#include "widgets/licenseupdatedialog.h"
#include "widgets/servicemanagerdialog.h"

#include <QAction>
#include <QIcon>

using namespace Qt::StringLiterals;

AdminActions::AdminActions(Workspace *workspace, ConnectionManager *connections, QWidget *window)
    : QObject(window)
    , m_workspace(workspace)
    , m_connections(connections)
    , m_window(window)
{
    exportFingerprint = make(tr("Export &Fingerprint…"), u"actionExportFingerprint"_s,
        tr("Save the fingerprint Stromasys needs to issue a license (warns when it would invalidate one)"),
        u"fingerprint"_s);
    licenseUpdate = make(tr("License &Update…"), u"actionLicenseUpdate"_s,
        tr("Compare a license file with the installed license, then install it (replaces the HASP Updater)"),
        u"license-update"_s);
    serverManager = make(tr("Server &Manager…"), u"actionServerManager"_s,
        tr("Start, stop or restart the license server (replaces the HASP Manager)"), u"service"_s);
    downloadBackup = make(tr("Download &Backup…"), u"actionDownloadBackup"_s,
        tr("Save a verified backup of the license server's data or instances.db"), u"backup"_s);
    auditLog = make(tr("&Audit Log…"), u"actionAuditLog"_s, tr("Every admin action on this server's agent"),
        u"audit-log"_s);
    connect(exportFingerprint, &QAction::triggered, this, [this] {
        if (m_connection)
            FingerprintExport::run(m_window, m_connection, serverName());
    });
    connect(licenseUpdate, &QAction::triggered, this, &AdminActions::onLicenseUpdate);
    connect(serverManager, &QAction::triggered, this, &AdminActions::onServerManager);
    connect(downloadBackup, &QAction::triggered, this, &AdminActions::onBackup);
    connect(auditLog, &QAction::triggered, this, &AdminActions::onAuditLog);
    updateEnabled();
}

QAction *AdminActions::make(
    const QString &text, const QString &objectName, const QString &tip, const QString &icon)
{
    auto *action = new QAction(QIcon(u":/icons/"_s + icon + u".svg"_s), text, this);
    action->setObjectName(objectName);
    action->setToolTip(tip);
    action->setStatusTip(tip);
    return action;
}

void AdminActions::setCurrentServer(const QUuid &id)
{
    if (m_connection)
        disconnect(m_connection, nullptr, this, nullptr);
    m_current = id;
    m_connection = m_connections->connection(id);
    if (m_connection)
        connect(m_connection, &ServerConnection::statusUpdated, this, &AdminActions::updateEnabled);
    updateEnabled();
}

void AdminActions::updateEnabled()
{
    const bool connected = m_connection && m_connection->status().protocol > 0;
    const auto has = [this, connected](QStringView capability) {
        return connected && m_connection->status().has(capability);
    };
    exportFingerprint->setEnabled(has(Capability::Fingerprint));
    licenseUpdate->setEnabled(has(Capability::LicenseUpdate));
    downloadBackup->setEnabled(has(Capability::Backup));
    serverManager->setEnabled(connected);
    auditLog->setEnabled(connected);
}

QString AdminActions::serverName() const
{
    const ServerEntry *entry = m_workspace->server(m_current);
    return entry ? entry->name : QString();
}

QString AdminActions::productionName() const
{
    const ServerEntry *entry = m_workspace->server(m_current);
    return entry && entry->environment == ServerEntry::Environment::Production ? entry->name : QString();
}

void AdminActions::onLicenseUpdate()
{
    if (!m_connection)
        return;
    LicenseUpdateDialog dialog(m_connection, serverName(), productionName(), m_window);
    connect(&dialog, &LicenseUpdateDialog::applyFinished, m_connection.data(), &ServerConnection::pollNow);
    dialog.exec();
}

void AdminActions::onServerManager()
{
    if (!m_connection)
        return;
    ServiceManagerDialog dialog(m_connection, serverName(), productionName(), m_window);
    dialog.exec();
}

void AdminActions::onBackup()
{
    if (!m_connection)
        return;
    BackupDialog dialog(m_connection, serverName(), m_window);
    dialog.exec();
}

void AdminActions::onAuditLog()
{
    if (!m_connection)
        return;
    AuditLogDialog dialog(m_connection, serverName(), m_window);
    dialog.exec();
}
