// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QUuid>

class ConnectionManager;
class PromptQueue;
class QAction;
class QWidget;
class ServerTreeView;
class Workspace;

// The File and Server menu commands that change the workspace: add, edit and remove servers,
// folders, pairs, tokens, import and export. The main window places the actions in menus,
// the toolbar and the tree's context menu; enabled states follow the tree's current item.
class WorkspaceActions : public QObject
{
    Q_OBJECT

public:
    WorkspaceActions(Workspace *workspace, ConnectionManager *connections, PromptQueue *prompts,
        ServerTreeView *tree, QWidget *window);

    QAction *addServer;
    QAction *editServer;
    QAction *removeServer;
    QAction *newFolder;
    QAction *renameFolder;
    QAction *removeFolder;
    QAction *verifyNow;
    QAction *refreshAll;
    QAction *setToken;
    QAction *importList;
    QAction *exportList;

    void updateEnabled();

private:
    QAction *make(const QString &text, const QString &objectName, const QString &icon = {});
    void onAddServer();
    void onEditServer();
    void onRemoveServer();
    void onNewFolder();
    void onRenameFolder();
    void onRemoveFolder();
    void onImport();
    void onExport();
    void applyPair(const QUuid &id, const QUuid &partner, int role);

    Workspace *m_workspace;
    ConnectionManager *m_connections;
    PromptQueue *m_prompts;
    ServerTreeView *m_tree;
    QWidget *m_window;
};
