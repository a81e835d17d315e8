// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/sessionspage.h"

#include "core/serverconnection.h"
#include "models/sessionsmodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

SessionsPage::SessionsPage(QWidget *parent)
    : ServerPage(parent)
    , m_model(new SessionsModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_count(new QLabel(this))
    , m_view(new QTableView(this))
{
    setObjectName(u"sessionsPage"_s);
    m_filter->setObjectName(u"sessionsFilter"_s);
    m_count->setObjectName(u"sessionsCount"_s);
    m_view->setObjectName(u"sessionsTable"_s);
    m_filter->setPlaceholderText(tr("Filter by host, address, product, state or server…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter sessions"));
    m_view->setAccessibleName(tr("Emulator sessions"));

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SessionsModel::SortRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(SessionsModel::HostColumn, Qt::AscendingOrder);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &SessionsPage::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &SessionsPage::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &SessionsPage::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &SessionsPage::updateCount);

    auto *top = new QHBoxLayout;
    top->addWidget(m_filter, 1);
    top->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 14, 14, 14);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    refresh();
}

bool SessionsPage::hasData() const
{
    return ServerPage::hasData()
        && (!connection()->status().has(Capability::Sessions) || m_model->rowCount() > 0
            || connection()->status().sessionCount.value_or(0) == 0);
}

void SessionsPage::connectTo(ServerConnection *connection)
{
    connect(connection, &ServerConnection::sessionsUpdated, this, &SessionsPage::refresh);
    connect(connection, &ServerConnection::statusUpdated, this, &SessionsPage::updateCount);
}

void SessionsPage::refresh()
{
    const bool firstFill = m_model->rowCount() == 0;
    if (connection())
        m_model->setSessions(connection()->sessions());
    else
        m_model->clear();
    if (firstFill && m_model->rowCount() > 0)
        m_view->resizeColumnsToContents();
    updateCount();
}

void SessionsPage::updateCount()
{
    const ServerConnection *c = connection();
    if (c && c->status().protocol > 0 && !c->status().has(Capability::Sessions)) {
        m_count->setText(tr("Sessions are not reported by this server."));
        return;
    }
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    m_count->setText(shown == total ? tr("Sessions: %1").arg(total)
                                    : tr("Sessions: %1 of %2 shown").arg(shown).arg(total));
}
