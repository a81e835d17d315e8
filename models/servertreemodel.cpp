// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/servertreemodel.h"

#include "core/workspace.h"
#include "models/serverdisplay.h"

#include <QIcon>
#include <QMimeData>

#include <vector>

using namespace Qt::StringLiterals;

struct ServerTreeModel::Node
{
    Kind kind = Kind::Folder;
    QString path; // folders: the full path ("" for the root)
    QUuid id; // servers
    Node *parent = nullptr;
    std::vector<std::unique_ptr<Node>> children;

    int row() const
    {
        if (!parent)
            return 0;
        for (size_t i = 0; i < parent->children.size(); ++i) {
            if (parent->children[i].get() == this)
                return int(i);
        }
        return -1;
    }
    bool isInside(const Node *ancestor) const
    {
        for (const Node *n = this; n; n = n->parent) {
            if (n == ancestor)
                return true;
        }
        return false;
    }
};

ServerTreeModel::ServerTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>())
{ }

ServerTreeModel::~ServerTreeModel() = default;

void ServerTreeModel::setWorkspace(Workspace *workspace)
{
    if (m_workspace)
        disconnect(m_workspace, nullptr, this, nullptr);
    m_workspace = workspace;
    if (workspace) {
        connect(workspace, &Workspace::serverAdded, this, &ServerTreeModel::onServerAdded);
        connect(workspace, &Workspace::serverChanged, this, &ServerTreeModel::onServerChanged);
        connect(workspace, &Workspace::serverMoved, this, &ServerTreeModel::onServerChanged);
        connect(workspace, &Workspace::serverRemoved, this, &ServerTreeModel::onServerRemoved);
        connect(workspace, &Workspace::folderAdded, this, &ServerTreeModel::onFolderAdded);
        connect(workspace, &Workspace::folderRemoved, this, &ServerTreeModel::onFolderRemoved);
        connect(workspace, &Workspace::reset, this, &ServerTreeModel::rebuild);
        connect(workspace, &QObject::destroyed, this, &ServerTreeModel::rebuild);
    }
    rebuild();
}

Workspace *ServerTreeModel::workspace() const
{
    return m_workspace;
}

void ServerTreeModel::rebuild()
{
    beginResetModel();
    m_root = std::make_unique<Node>();
    m_servers.clear();
    m_folders.clear();
    m_folders.insert(QString(), m_root.get());
    if (m_workspace) {
        const QStringList folders = m_workspace->folders();
        for (const QString &folder : folders)
            ensureFolderNode(folder, false);
        // Primaries and unpaired servers first, so every backup finds its primary's node.
        for (const bool backups : {false, true}) {
            for (const ServerEntry &entry : m_workspace->servers()) {
                if ((entry.pairRole == ServerEntry::PairRole::Backup) != backups)
                    continue;
                auto node = std::make_unique<Node>();
                node->kind = Kind::Server;
                node->id = entry.id;
                Node *raw = node.get();
                m_servers.insert(entry.id, raw);
                insertNode(desiredParent(raw), std::move(node), false);
            }
        }
    }
    endResetModel();
}

ServerTreeModel::Node *ServerTreeModel::nodeFor(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex ServerTreeModel::indexFor(const Node *node, int column) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row(), column, const_cast<Node *>(node));
}

QModelIndex ServerTreeModel::indexOfServer(const QUuid &id, int column) const
{
    return indexFor(m_servers.value(id), column);
}

QModelIndex ServerTreeModel::indexOfFolder(const QString &path) const
{
    return indexFor(m_folders.value(path));
}

bool ServerTreeModel::lessThan(const Node *a, const Node *b) const
{
    if (a->kind != b->kind)
        return a->kind == Kind::Folder;
    if (a->kind == Kind::Folder)
        return a->path.compare(b->path, Qt::CaseInsensitive) < 0;
    const ServerEntry *ea = m_workspace ? m_workspace->server(a->id) : nullptr;
    const ServerEntry *eb = m_workspace ? m_workspace->server(b->id) : nullptr;
    const int byName = (ea && eb) ? ea->name.compare(eb->name, Qt::CaseInsensitive) : 0;
    return byName != 0 ? byName < 0 : a->id < b->id;
}

int ServerTreeModel::insertPosition(const Node *parent, const Node *node) const
{
    int position = 0;
    for (const auto &child : parent->children) {
        if (child.get() != node && lessThan(child.get(), node))
            ++position;
    }
    return position;
}

void ServerTreeModel::insertNode(Node *parent, std::unique_ptr<Node> node, bool notify)
{
    const int row = insertPosition(parent, node.get());
    node->parent = parent;
    if (notify)
        beginInsertRows(indexFor(parent), row, row);
    parent->children.insert(parent->children.begin() + row, std::move(node));
    if (notify)
        endInsertRows();
}

ServerTreeModel::Node *ServerTreeModel::ensureFolderNode(const QString &path, bool notify)
{
    if (Node *existing = m_folders.value(path))
        return existing;
    Node *parent = ensureFolderNode(parentFolderPath(path), notify);
    auto node = std::make_unique<Node>();
    node->kind = Kind::Folder;
    node->path = path;
    Node *raw = node.get();
    m_folders.insert(path, raw);
    insertNode(parent, std::move(node), notify);
    return raw;
}

ServerTreeModel::Node *ServerTreeModel::desiredParent(const Node *server) const
{
    const ServerEntry *entry = m_workspace ? m_workspace->server(server->id) : nullptr;
    if (!entry)
        return m_root.get();
    if (entry->pairRole == ServerEntry::PairRole::Backup) {
        if (Node *primary = m_servers.value(entry->partnerId); primary && primary != server)
            return primary;
    }
    // The folder node exists: the Workspace announces folders before servers move into them.
    return m_folders.value(entry->folder, m_root.get());
}

void ServerTreeModel::relocate(Node *node)
{
    // Children that no longer belong here leave first: this also prevents moving a node below
    // its own child when a pair swaps roles.
    std::vector<Node *> leaving;
    for (const auto &child : node->children) {
        if (desiredParent(child.get()) != node)
            leaving.push_back(child.get());
    }
    for (Node *child : leaving)
        relocate(child);

    Node *target = desiredParent(node);
    if (target->isInside(node))
        target = m_root.get();
    moveNode(node, target);
}

void ServerTreeModel::moveNode(Node *node, Node *target)
{
    Node *source = node->parent;
    const int from = node->row();
    const int to = insertPosition(target, node);
    if (source != target || from != to) {
        const int destination = (source == target && to > from) ? to + 1 : to;
        beginMoveRows(indexFor(source), from, from, indexFor(target), destination);
        std::unique_ptr<Node> owned = std::move(source->children[size_t(from)]);
        source->children.erase(source->children.begin() + from);
        owned->parent = target;
        target->children.insert(target->children.begin() + to, std::move(owned));
        endMoveRows();
    }
    Q_EMIT dataChanged(indexFor(node, 0), indexFor(node, ColumnCount - 1));
}

void ServerTreeModel::onServerAdded(const QUuid &id)
{
    if (m_servers.contains(id) || !m_workspace || !m_workspace->server(id))
        return;
    auto node = std::make_unique<Node>();
    node->kind = Kind::Server;
    node->id = id;
    Node *raw = node.get();
    m_servers.insert(id, raw);
    insertNode(desiredParent(raw), std::move(node), true);
}

void ServerTreeModel::onServerChanged(const QUuid &id)
{
    Node *node = m_servers.value(id);
    if (node && m_workspace && m_workspace->server(id))
        relocate(node);
}

void ServerTreeModel::forgetSubtree(const Node *node)
{
    for (const auto &child : node->children)
        forgetSubtree(child.get());
    if (node->kind == Kind::Server) {
        m_servers.remove(node->id);
        m_live.remove(node->id);
    } else {
        m_folders.remove(node->path);
    }
}

void ServerTreeModel::collectServers(Node *node, std::vector<Node *> *out) const
{
    for (const auto &child : node->children) {
        if (child->kind == Kind::Server && m_workspace && m_workspace->server(child->id))
            out->push_back(child.get());
        collectServers(child.get(), out);
    }
}

void ServerTreeModel::removeNode(Node *node)
{
    // Servers below a removed node that still exist in the workspace move out first (normally
    // the Workspace moved or unpaired them already; this keeps the model whole if it did not).
    std::vector<Node *> survivors;
    collectServers(node, &survivors);
    for (Node *server : survivors) {
        Node *target = desiredParent(server);
        if (target->isInside(node) || target->isInside(server))
            target = m_root.get();
        if (server->parent->isInside(node))
            moveNode(server, target);
    }
    Node *parent = node->parent;
    const int row = node->row();
    beginRemoveRows(indexFor(parent), row, row);
    forgetSubtree(node);
    parent->children.erase(parent->children.begin() + row);
    endRemoveRows();
}

void ServerTreeModel::onServerRemoved(const QUuid &id)
{
    if (Node *node = m_servers.value(id))
        removeNode(node);
}

void ServerTreeModel::onFolderAdded(const QString &path)
{
    ensureFolderNode(path, true);
}

void ServerTreeModel::onFolderRemoved(const QString &path)
{
    Node *node = path.isEmpty() ? nullptr : m_folders.value(path);
    if (node)
        removeNode(node);
}

void ServerTreeModel::setLiveState(const QUuid &id, const ServerLiveState &state)
{
    m_live.insert(id, state);
    if (Node *node = m_servers.value(id))
        Q_EMIT dataChanged(indexFor(node, 0), indexFor(node, ColumnCount - 1));
}

void ServerTreeModel::setAlertSeverity(const QUuid &id, int severity)
{
    if (m_alertSeverity.value(id, -1) == severity)
        return;
    if (severity < 0)
        m_alertSeverity.remove(id);
    else
        m_alertSeverity.insert(id, severity);
    if (Node *node = m_servers.value(id))
        Q_EMIT dataChanged(indexFor(node, NameColumn), indexFor(node, NameColumn), {AlertSeverityRole});
}

ServerLiveState ServerTreeModel::liveState(const QUuid &id) const
{
    return m_live.value(id);
}

QModelIndex ServerTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    const Node *node = nodeFor(parent);
    return createIndex(row, column, node->children[size_t(row)].get());
}

QModelIndex ServerTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    Q_ASSERT(checkIndex(child, CheckIndexOption::DoNotUseParent));
    return indexFor(nodeFor(child)->parent);
}

int ServerTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != NameColumn)
        return 0;
    return int(nodeFor(parent)->children.size());
}

int ServerTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant ServerTreeModel::folderData(const Node *node, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return column == NameColumn ? node->path.section(u'/', -1) : QVariant();
    case Qt::DecorationRole:
        return column == NameColumn ? QIcon(u":/icons/folder.svg"_s) : QVariant();
    case Qt::ToolTipRole:
        return tr("Folder %1").arg(node->path);
    case Qt::AccessibleTextRole:
        return tr("Folder %1").arg(node->path.section(u'/', -1));
    case KindRole:
        return int(Kind::Folder);
    case FolderPathRole:
        return node->path;
    default:
        return {};
    }
}

QVariant ServerTreeModel::serverData(const Node *node, int column, int role) const
{
    const ServerEntry *entry = m_workspace ? m_workspace->server(node->id) : nullptr;
    if (!entry)
        return {};
    const ServerLiveState live = m_live.value(node->id);
    const ServerEntry *partner = m_workspace->server(entry->partnerId);
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn:
            return entry->name;
        case StateColumn:
            return ServerDisplay::stateText(live.state);
        case AddressColumn:
            return entry->url.authority();
        }
        return {};
    case Qt::DecorationRole:
        return column == NameColumn ? ServerDisplay::stateIcon(live.state) : QVariant();
    case Qt::ToolTipRole: {
        QStringList lines {entry->name, entry->url.toString()};
        if (entry->environment != ServerEntry::Environment::None)
            lines.append(tr("Environment: %1").arg(ServerDisplay::environmentName(entry->environment)));
        if (partner) {
            lines.append(entry->pairRole == ServerEntry::PairRole::Primary
                    ? tr("Primary; backup: %1").arg(partner->name)
                    : tr("Backup of %1").arg(partner->name));
        }
        lines.append(ServerDisplay::stateDescription(live.state, live.errorText, live.nextRetry));
        return lines.join(u'\n');
    }
    case Qt::AccessibleTextRole:
        return tr("%1, %2").arg(entry->name, ServerDisplay::stateText(live.state));
    case IdRole:
        return entry->id;
    case KindRole:
        return int(Kind::Server);
    case FolderPathRole:
        return entry->folder;
    case StateRole:
        return int(live.state);
    case EnvironmentRole:
        return int(entry->environment);
    case EnvironmentColorRole:
        return ServerDisplay::environmentColor(entry->environment);
    case PairRoleRole:
        return int(entry->pairRole);
    case PartnerNameRole:
        return partner ? partner->name : QString();
    case ErrorTextRole:
        return live.errorText;
    case AlertSeverityRole:
        return m_alertSeverity.value(node->id, -1);
    default:
        return {};
    }
}

QVariant ServerTreeModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid));
    const Node *node = nodeFor(index);
    return node->kind == Kind::Folder ? folderData(node, index.column(), role)
                                      : serverData(node, index.column(), role);
}

QVariant ServerTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Server");
    case StateColumn:
        return tr("State");
    case AddressColumn:
        return tr("Address");
    default:
        return {};
    }
}

Qt::ItemFlags ServerTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid));
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled;
}

QStringList ServerTreeModel::mimeTypes() const
{
    return {MimeType};
}

// One item per line: "server <uuid>" or "folder <path>".
QMimeData *ServerTreeModel::mimeData(const QModelIndexList &indexes) const
{
    QStringList lines;
    for (const QModelIndex &index : indexes) {
        if (!index.isValid() || index.column() != NameColumn)
            continue;
        const Node *node = nodeFor(index);
        const QString line = node->kind == Kind::Server
            ? u"server "_s + node->id.toString(QUuid::WithoutBraces)
            : u"folder "_s + node->path;
        if (!lines.contains(line))
            lines.append(line);
    }
    if (lines.isEmpty())
        return nullptr;
    auto *mime = new QMimeData;
    mime->setData(MimeType, lines.join(u'\n').toUtf8());
    return mime;
}

QString ServerTreeModel::dropTargetFolder(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return {};
    const Node *node = nodeFor(parent);
    if (node->kind == Kind::Folder)
        return node->path;
    const ServerEntry *entry = m_workspace ? m_workspace->server(node->id) : nullptr;
    return entry ? entry->folder : QString();
}

bool ServerTreeModel::canDropMimeData(
    const QMimeData *data, Qt::DropAction action, int, int, const QModelIndex &parent) const
{
    if (!m_workspace || !data || !data->hasFormat(MimeType) || !(action & (Qt::MoveAction | Qt::CopyAction)))
        return false;
    const QString target = dropTargetFolder(parent);
    const QStringList lines = QString::fromUtf8(data->data(MimeType)).split(u'\n');
    for (const QString &line : lines) {
        // A folder cannot go into itself or below itself.
        if (line.startsWith("folder "_L1)) {
            const QString path = line.mid(7);
            if (target == path || target.startsWith(path + u'/'))
                return false;
        }
    }
    return true;
}

bool ServerTreeModel::dropMimeData(
    const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const QString target = dropTargetFolder(parent);
    const QStringList lines = QString::fromUtf8(data->data(MimeType)).split(u'\n');
    bool moved = false;
    for (const QString &line : lines) {
        if (line.startsWith("server "_L1)) {
            const QUuid id = QUuid::fromString(QStringView(line).mid(7));
            moved |= !id.isNull() && m_workspace && m_workspace->moveServer(id, target);
        } else if (line.startsWith("folder "_L1) && m_workspace) {
            const QString path = line.mid(7);
            const QString name = path.section(u'/', -1);
            const QString destination = target.isEmpty() ? name : target + u'/' + name;
            if (destination != path && m_workspace->hasFolder(path))
                moved |= m_workspace->renameFolder(path, destination);
        }
    }
    return moved;
}

Qt::DropActions ServerTreeModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

Qt::DropActions ServerTreeModel::supportedDragActions() const
{
    return Qt::MoveAction;
}
