// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/serverconnection.h"
#include "core/serverentry.h"

#include <QAbstractItemModel>
#include <QDateTime>
#include <QHash>
#include <QPointer>
#include <QUuid>

#include <memory>
#include <vector>

class Workspace;

// What the tree shows about a watched server's connection; the app copies it from the server's
// ServerConnection whenever that changes state.
struct ServerLiveState
{
    ServerConnection::State state = ServerConnection::State::Idle;
    QString errorText;
    QDateTime nextRetry;
};

// The workspace as a tree: folders (sorted, before servers) and servers (sorted by name). The
// backup of a primary/backup pair is a child row of its primary. Mirrors the Workspace through its
// signals with fine-grained inserts, moves and removals, so expansion and selection survive edits;
// Workspace::reset() resets the model. Drag and drop moves servers and folders between folders
// (through the Workspace, never by removing rows: removeRows() is not supported).
class ServerTreeModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, StateColumn, AddressColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole, // QUuid (servers)
        KindRole, // int(Kind)
        FolderPathRole, // the folder's path, or the folder a server is in
        StateRole, // int(ServerConnection::State) (servers)
        EnvironmentRole, // int(ServerEntry::Environment)
        EnvironmentColorRole, // QColor, invalid without environment
        PairRoleRole, // int(ServerEntry::PairRole)
        PartnerNameRole, // the other server of the pair
        ErrorTextRole, // the connection's error text
        AlertSeverityRole, // int(Alert::Severity) of the worst open alert; -1 without (servers)
    };
    enum class Kind { Folder, Server };

    static constexpr QLatin1StringView MimeType {"application/x-ve-console-tree-items"};

    explicit ServerTreeModel(QObject *parent = nullptr);
    ~ServerTreeModel() override;

    void setWorkspace(Workspace *workspace); // observed, not owned; nullptr empties the model
    Workspace *workspace() const;

    void setLiveState(const QUuid &id, const ServerLiveState &state);
    ServerLiveState liveState(const QUuid &id) const;
    void setAlertSeverity(const QUuid &id, int severity); // int(Alert::Severity), -1: none

    QModelIndex indexOfServer(const QUuid &id, int column = NameColumn) const;
    QModelIndex indexOfFolder(const QString &path) const; // invalid for the top level ("")

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
        const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
        const QModelIndex &parent) override;
    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;

private:
    struct Node;

    void rebuild();
    void onServerAdded(const QUuid &id);
    void onServerChanged(const QUuid &id);
    void onServerRemoved(const QUuid &id);
    void onFolderAdded(const QString &path);
    void onFolderRemoved(const QString &path);

    Node *nodeFor(const QModelIndex &index) const;
    QModelIndex indexFor(const Node *node, int column = NameColumn) const;
    Node *ensureFolderNode(const QString &path, bool notify);
    Node *desiredParent(const Node *server) const;
    int insertPosition(const Node *parent, const Node *node) const;
    bool lessThan(const Node *a, const Node *b) const;
    void insertNode(Node *parent, std::unique_ptr<Node> node, bool notify);
    void relocate(Node *node);
    void moveNode(Node *node, Node *target);
    void collectServers(Node *node, std::vector<Node *> *out) const;
    void removeNode(Node *node);
    void forgetSubtree(const Node *node);
    QVariant serverData(const Node *node, int column, int role) const;
    QVariant folderData(const Node *node, int column, int role) const;
    QString dropTargetFolder(const QModelIndex &parent) const;

    QPointer<Workspace> m_workspace;
    std::unique_ptr<Node> m_root;
    QHash<QUuid, Node *> m_servers;
    QHash<QString, Node *> m_folders;
    QHash<QUuid, ServerLiveState> m_live;
    QHash<QUuid, int> m_alertSeverity;
};
