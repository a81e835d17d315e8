// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/workspaceactions.h"

#include "app/connectionmanager.h"
#include "app/promptqueue.h"
#include "core/workspace.h"
#include "widgets/serverdialog.h"
#include "widgets/servertreeview.h"

#include <QAction>
#include <QFile>
#include <QFileDialog>
#include <QIcon>
#include <QInputDialog>
#include <QMessageBox>
#include <QSaveFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

WorkspaceActions::WorkspaceActions(Workspace *workspace, ConnectionManager *connections, PromptQueue *prompts,
    ServerTreeView *tree, QWidget *window)
    : QObject(window)
    , m_workspace(workspace)
    , m_connections(connections)
    , m_prompts(prompts)
    , m_tree(tree)
    , m_window(window)
{
    addServer = make(tr("&Add Server…"), u"actionAddServer"_s, u"server-add"_s);
    addServer->setShortcut(QKeySequence::New);
    editServer = make(tr("&Edit Server…"), u"actionEditServer"_s, u"server-edit"_s);
    editServer->setShortcut(Qt::CTRL | Qt::Key_E);
    removeServer = make(tr("&Remove Server"), u"actionRemoveServer"_s, u"server-remove"_s);
    removeServer->setShortcut(QKeySequence::Delete);
    newFolder = make(tr("New &Folder…"), u"actionNewFolder"_s, u"folder-new"_s);
    newFolder->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_N);
    renameFolder = make(tr("Re&name Folder…"), u"actionRenameFolder"_s);
    renameFolder->setShortcut(Qt::Key_F2);
    removeFolder = make(tr("Remove Fol&der"), u"actionRemoveFolder"_s);
    verifyNow = make(tr("&Verify Now"), u"actionVerifyNow"_s, u"refresh"_s);
    verifyNow->setShortcut(QKeySequence::Refresh);
    verifyNow->setToolTip(tr("Ask the selected server now, re-checking its certificate"));
    refreshAll = make(tr("Refresh &All Servers"), u"actionRefreshAll"_s);
    refreshAll->setShortcut(Qt::SHIFT | Qt::Key_F5);
    setToken = make(tr("Set Access &Token…"), u"actionSetToken"_s);
    importList = make(tr("&Import Server List…"), u"actionImport"_s, u"import"_s);
    importList->setShortcut(Qt::CTRL | Qt::Key_I);
    exportList = make(tr("E&xport Server List…"), u"actionExport"_s, u"export"_s);
    exportList->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_E);
    exportList->setToolTip(tr("Save the server list as JSON (never with tokens)"));

    connect(addServer, &QAction::triggered, this, &WorkspaceActions::onAddServer);
    connect(editServer, &QAction::triggered, this, &WorkspaceActions::onEditServer);
    connect(removeServer, &QAction::triggered, this, &WorkspaceActions::onRemoveServer);
    connect(newFolder, &QAction::triggered, this, &WorkspaceActions::onNewFolder);
    connect(renameFolder, &QAction::triggered, this, &WorkspaceActions::onRenameFolder);
    connect(removeFolder, &QAction::triggered, this, &WorkspaceActions::onRemoveFolder);
    connect(verifyNow, &QAction::triggered, this, [this] { m_prompts->verifyNow(m_tree->currentServer()); });
    connect(refreshAll, &QAction::triggered, m_connections, &ConnectionManager::pollAll);
    connect(setToken, &QAction::triggered, this, [this] { m_prompts->askToken(m_tree->currentServer()); });
    connect(importList, &QAction::triggered, this, &WorkspaceActions::onImport);
    connect(exportList, &QAction::triggered, this, &WorkspaceActions::onExport);
    connect(m_tree, &ServerTreeView::currentServerChanged, this, &WorkspaceActions::updateEnabled);
    connect(m_workspace, &Workspace::changed, this, &WorkspaceActions::updateEnabled);
    connect(m_tree, &ServerTreeView::serverActivated, this, [this] { onEditServer(); });
    updateEnabled();
}

QAction *WorkspaceActions::make(const QString &text, const QString &objectName, const QString &icon)
{
    auto *action = new QAction(text, this);
    action->setObjectName(objectName);
    if (!icon.isEmpty())
        action->setIcon(QIcon(u":/icons/"_s + icon + u".svg"_s));
    return action;
}

void WorkspaceActions::updateEnabled()
{
    const bool server = !m_tree->currentServer().isNull();
    const bool folder = !server && !m_tree->currentFolder().isEmpty();
    editServer->setEnabled(server);
    removeServer->setEnabled(server || folder);
    verifyNow->setEnabled(server);
    setToken->setEnabled(server);
    renameFolder->setEnabled(folder);
    removeFolder->setEnabled(folder);
    exportList->setEnabled(!m_workspace->servers().isEmpty() || !m_workspace->folders().isEmpty());
    refreshAll->setEnabled(!m_workspace->servers().isEmpty());
}

void WorkspaceActions::applyPair(const QUuid &id, const QUuid &partner, int role)
{
    const ServerEntry *entry = m_workspace->server(id);
    if (!entry)
        return;
    if (partner.isNull()) {
        m_workspace->clearPair(id);
    } else if (ServerEntry::PairRole(role) == ServerEntry::PairRole::Backup) {
        m_workspace->setPair(partner, id);
    } else {
        m_workspace->setPair(id, partner);
    }
}

void WorkspaceActions::onAddServer()
{
    ServerDialog dialog(ServerDialog::Mode::Add, m_workspace, m_window);
    ServerEntry defaults;
    defaults.folder = m_tree->currentFolder();
    dialog.setEntry(defaults);
    if (dialog.exec() != QDialog::Accepted)
        return;
    ServerEntry entry = dialog.entry();
    entry.id = QUuid::createUuid();
    // The token first: the new connection then starts with it instead of asking the keychain.
    m_connections->setToken(entry.id, dialog.token());
    if (m_workspace->addServer(entry).isNull()) {
        QMessageBox::warning(m_window, tr("Add Server"), m_workspace->lastError());
        return;
    }
    applyPair(entry.id, dialog.partnerId(), int(dialog.pairRole()));
    m_tree->selectServer(entry.id);
}

void WorkspaceActions::onEditServer()
{
    const ServerEntry *current = m_workspace->server(m_tree->currentServer());
    if (!current)
        return;
    ServerDialog dialog(ServerDialog::Mode::Edit, m_workspace, m_window);
    dialog.setEntry(*current);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const ServerEntry entry = dialog.entry();
    if (!m_workspace->updateServer(entry)) {
        QMessageBox::warning(m_window, tr("Edit Server"), m_workspace->lastError());
        return;
    }
    const ServerEntry *now = m_workspace->server(entry.id);
    if (now && (now->partnerId != dialog.partnerId() || now->pairRole != dialog.pairRole()))
        applyPair(entry.id, dialog.partnerId(), int(dialog.pairRole()));
    if (!dialog.token().isEmpty())
        m_connections->setToken(entry.id, dialog.token());
}

void WorkspaceActions::onRemoveServer()
{
    if (m_tree->currentServer().isNull()) {
        onRemoveFolder();
        return;
    }
    const ServerEntry *entry = m_workspace->server(m_tree->currentServer());
    if (!entry)
        return;
    const auto answer = QMessageBox::question(m_window, tr("Remove Server"),
        tr("Remove %1 (%2) from the console?\nIts access token is deleted from the keychain. The license "
           "server "
           "itself is not changed.")
            .arg(entry->name, entry->url.authority()),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes)
        m_workspace->removeServer(entry->id);
}

void WorkspaceActions::onNewFolder()
{
    const QString parent = m_tree->currentFolder();
    bool ok = false;
    const QString name = QInputDialog::getText(m_window, tr("New Folder"),
        parent.isEmpty() ? tr("Folder name (use / for sub-folders):")
                         : tr("Folder name inside %1:").arg(parent),
        QLineEdit::Normal, QString(), &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    const QString path = parent.isEmpty() ? name : parent + u'/' + name;
    if (!m_workspace->addFolder(path))
        QMessageBox::warning(m_window, tr("New Folder"), m_workspace->lastError());
}

void WorkspaceActions::onRenameFolder()
{
    const QString folder = m_tree->currentFolder();
    if (folder.isEmpty())
        return;
    bool ok = false;
    const QString target = QInputDialog::getText(
        m_window, tr("Rename Folder"), tr("New path of the folder:"), QLineEdit::Normal, folder, &ok);
    if (ok && target != folder && !m_workspace->renameFolder(folder, target))
        QMessageBox::warning(m_window, tr("Rename Folder"), m_workspace->lastError());
}

void WorkspaceActions::onRemoveFolder()
{
    const QString folder = m_tree->currentFolder();
    if (folder.isEmpty())
        return;
    const auto answer = QMessageBox::question(m_window, tr("Remove Folder"),
        tr("Remove the folder %1? The servers in it move to the folder above.").arg(folder),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes)
        m_workspace->removeFolder(folder);
}

void WorkspaceActions::onImport()
{
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Import Server List"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("Server lists (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(
            m_window, tr("Import Server List"), tr("Cannot read %1: %2").arg(path, file.errorString()));
        return;
    }
    // Read one byte past the cap so that an oversized file is reported, not truncated.
    const Workspace::ImportResult result = m_workspace->importJson(file.read(Workspace::MaxFileBytes + 1));
    if (!result.ok) {
        QMessageBox::warning(
            m_window, tr("Import Server List"), tr("Nothing was imported.\n\n%1").arg(result.error));
        return;
    }
    QString summary = tr("Servers imported: %1.").arg(result.added);
    if (result.skipped > 0)
        summary += u' ' + tr("Skipped because they are already in the list: %1.").arg(result.skipped);
    summary += u"\n\n"_s + tr("Access tokens are never part of a server list: the console asks for them.");
    QMessageBox::information(m_window, tr("Import Server List"), summary);
}

void WorkspaceActions::onExport()
{
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Export Server List"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + u"/ve-servers.json"_s,
        tr("Server lists (*.json)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    const QByteArray json = m_workspace->exportJson();
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit())
        QMessageBox::warning(
            m_window, tr("Export Server List"), tr("Cannot write %1: %2").arg(path, file.errorString()));
}
