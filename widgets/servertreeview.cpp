// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/servertreeview.h"

#include "models/servertreemodel.h"
#include "widgets/servertreedelegate.h"

#include <QAction>
#include <QHeaderView>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ServerTreeView::ServerTreeView(ServerTreeModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_tree(new QTreeView(this))
{
    setObjectName(u"serverTreeView"_s);
    m_filter->setObjectName(u"serverFilter"_s);
    m_tree->setObjectName(u"serverTree"_s);
    m_filter->setPlaceholderText(tr("Filter servers…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter servers"));
    m_tree->setAccessibleName(tr("License servers"));

    // The model sorts itself; the proxy only filters (keeping ancestors of matches).
    m_proxy->setSourceModel(model);
    m_proxy->setRecursiveFilteringEnabled(true);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);

    m_tree->setModel(m_proxy);
    m_tree->setItemDelegate(new ServerTreeDelegate(m_tree));
    m_tree->setHeaderHidden(true);
    m_tree->setColumnHidden(ServerTreeModel::StateColumn, true);
    m_tree->setColumnHidden(ServerTreeModel::AddressColumn, true);
    m_tree->setUniformRowHeights(true);
    m_tree->setAnimated(true);
    m_tree->setDragDropMode(QAbstractItemView::DragDrop);
    m_tree->setDefaultDropAction(Qt::MoveAction);
    m_tree->setDropIndicatorShown(true);
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_tree->setIconSize(QSize(16, 16));
    m_tree->expandAll();

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text);
        if (!text.isEmpty())
            m_tree->expandAll();
    });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
        &ServerTreeView::onCurrentChanged);
    // New folders and pairs open up so that what was just added is visible.
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &parent) {
        if (parent.isValid())
            m_tree->expand(parent);
    });
    connect(m_proxy, &QAbstractItemModel::rowsMoved, this,
        [this](const QModelIndex &, int, int, const QModelIndex &destination) {
            if (destination.isValid())
                m_tree->expand(destination);
        });
    connect(m_proxy, &QAbstractItemModel::modelReset, m_tree, &QTreeView::expandAll);
    connect(m_tree, &QTreeView::activated, this, [this](const QModelIndex &index) {
        const QUuid id = index.data(ServerTreeModel::IdRole).toUuid();
        if (!id.isNull())
            Q_EMIT serverActivated(id);
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    layout->addWidget(m_filter);
    layout->addWidget(m_tree, 1);
}

void ServerTreeView::setContextActions(const QList<QAction *> &actions)
{
    const QList<QAction *> old = m_tree->actions();
    for (QAction *action : old)
        m_tree->removeAction(action);
    m_tree->addActions(actions);
}

QUuid ServerTreeView::currentServer() const
{
    return m_tree->currentIndex().data(ServerTreeModel::IdRole).toUuid();
}

QString ServerTreeView::currentFolder() const
{
    return m_tree->currentIndex().data(ServerTreeModel::FolderPathRole).toString();
}

void ServerTreeView::selectServer(const QUuid &id)
{
    const QModelIndex index = m_proxy->mapFromSource(m_model->indexOfServer(id));
    if (!index.isValid())
        return;
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
}

QTreeView *ServerTreeView::treeView() const
{
    return m_tree;
}

void ServerTreeView::onCurrentChanged()
{
    const QUuid id = currentServer();
    if (id == m_current)
        return;
    m_current = id;
    Q_EMIT currentServerChanged(id);
}
