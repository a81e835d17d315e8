// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QUuid>
#include <QWidget>

class QAction;
class QLineEdit;
class QSortFilterProxyModel;
class QTreeView;
class ServerTreeModel;

// The servers panel: a filter field over the tree of folders and servers. Servers and folders
// can be dragged between folders. Emits the current server (null when a folder or nothing is
// current) and offers the main window's actions in its context menu.
class ServerTreeView : public QWidget
{
    Q_OBJECT

public:
    explicit ServerTreeView(ServerTreeModel *model, QWidget *parent = nullptr);

    void setContextActions(const QList<QAction *> &actions);
    QUuid currentServer() const;
    QString currentFolder() const; // the folder current, or the folder of the current server
    void selectServer(const QUuid &id);
    QTreeView *treeView() const;

Q_SIGNALS:
    void currentServerChanged(const QUuid &id);
    void serverActivated(const QUuid &id); // double click / Enter

private:
    void onCurrentChanged();

    ServerTreeModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QTreeView *m_tree;
    QUuid m_current;
};
