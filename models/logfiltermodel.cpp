// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/logfiltermodel.h"

#include "models/logmodel.h"

#include <algorithm>

LogFilterModel::LogFilterModel(QObject *parent)
    : QAbstractProxyModel(parent)
{ }

bool LogFilterModel::passesEverything(const LogFilter &filter)
{
    return filter.minLevel == LogLine::Level::Unknown && !filter.hasTimeRange() && filter.text.isEmpty();
}

void LogFilterModel::setSourceModel(QAbstractItemModel *model)
{
    auto *log = qobject_cast<LogModel *>(model);
    Q_ASSERT_X(!model || log, "LogFilterModel::setSourceModel", "the source must be a LogModel");
    if (log == m_log)
        return;
    beginResetModel();
    if (m_log)
        disconnect(m_log, nullptr, this, nullptr);
    m_log = log;
    QAbstractProxyModel::setSourceModel(log);
    connectSource();
    recompute();
    endResetModel();
}

void LogFilterModel::connectSource()
{
    if (!m_log)
        return;
    connect(
        m_log, &QAbstractItemModel::rowsAboutToBeInserted, this, &LogFilterModel::onRowsAboutToBeInserted);
    connect(m_log, &QAbstractItemModel::rowsInserted, this, &LogFilterModel::onRowsInserted);
    connect(m_log, &QAbstractItemModel::rowsAboutToBeRemoved, this, &LogFilterModel::onRowsAboutToBeRemoved);
    connect(m_log, &QAbstractItemModel::rowsRemoved, this, &LogFilterModel::onRowsRemoved);
    connect(m_log, &QAbstractItemModel::dataChanged, this, &LogFilterModel::onDataChanged);
    connect(m_log, &QAbstractItemModel::modelAboutToBeReset, this, &LogFilterModel::onAboutToBeReset);
    connect(m_log, &QAbstractItemModel::modelReset, this, &LogFilterModel::onReset);
    connect(m_log, &QAbstractItemModel::headerDataChanged, this, &QAbstractItemModel::headerDataChanged);
    connect(m_log, &QObject::destroyed, this, [this] {
        beginResetModel();
        m_log = nullptr;
        recompute();
        endResetModel();
    });
}

void LogFilterModel::setFilter(const LogFilter &filter)
{
    beginResetModel();
    m_filter = filter;
    recompute();
    endResetModel();
    Q_EMIT filterApplied();
}

void LogFilterModel::recompute()
{
    m_rows.clear();
    m_error.clear();
    m_identity = passesEverything(m_filter);
    if (m_identity || !m_log)
        return;
    LogFilterResult result = m_log->store().filter(m_filter);
    m_rows = std::move(result.rows);
    m_error = result.error;
}

int LogFilterModel::rowForSourceRow(int sourceRow) const
{
    if (!m_log || sourceRow < 0 || sourceRow >= m_log->rowCount())
        return -1;
    if (m_identity)
        return sourceRow;
    const auto it = std::lower_bound(m_rows.cbegin(), m_rows.cend(), sourceRow);
    return it != m_rows.cend() && *it == sourceRow ? int(it - m_rows.cbegin()) : -1;
}

void LogFilterModel::onRowsAboutToBeInserted(const QModelIndex &, int first, int last)
{
    if (m_identity)
        beginInsertRows({}, first, last);
}

void LogFilterModel::onRowsInserted(const QModelIndex &, int first, int last)
{
    if (m_identity) {
        endInsertRows();
        return;
    }
    if (!m_error.isEmpty())
        return;
    if (last + 1 != m_log->rowCount()) {
        // Not an append (a LogModel only appends): start over rather than guess.
        setFilter(m_filter);
        return;
    }
    const LogFilterResult result = m_log->store().filter(m_filter, first);
    if (result.rows.isEmpty())
        return;
    const int at = int(m_rows.size());
    beginInsertRows({}, at, at + int(result.rows.size()) - 1);
    m_rows.append(result.rows);
    endInsertRows();
}

void LogFilterModel::onRowsAboutToBeRemoved(const QModelIndex &, int first, int last)
{
    if (m_identity) {
        beginRemoveRows({}, first, last);
        return;
    }
    m_removeFirst = std::lower_bound(m_rows.cbegin(), m_rows.cend(), first) - m_rows.cbegin();
    m_removeEnd = std::upper_bound(m_rows.cbegin(), m_rows.cend(), last) - m_rows.cbegin();
    m_removing = m_removeEnd > m_removeFirst;
    if (m_removing)
        beginRemoveRows({}, int(m_removeFirst), int(m_removeEnd) - 1);
}

void LogFilterModel::onRowsRemoved(const QModelIndex &, int first, int last)
{
    if (m_identity) {
        endRemoveRows();
        return;
    }
    const int shift = last - first + 1;
    m_rows.remove(m_removeFirst, m_removeEnd - m_removeFirst);
    for (qsizetype i = m_removeFirst; i < m_rows.size(); ++i)
        m_rows[i] -= shift;
    if (m_removing) {
        m_removing = false;
        endRemoveRows();
    }
}

void LogFilterModel::onDataChanged(
    const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles)
{
    if (m_identity) {
        Q_EMIT dataChanged(
            index(topLeft.row(), topLeft.column()), index(bottomRight.row(), bottomRight.column()), roles);
        return;
    }
    const auto begin = std::lower_bound(m_rows.cbegin(), m_rows.cend(), topLeft.row());
    const auto end = std::upper_bound(begin, m_rows.cend(), bottomRight.row());
    if (begin == end)
        return;
    Q_EMIT dataChanged(index(int(begin - m_rows.cbegin()), topLeft.column()),
        index(int(end - m_rows.cbegin()) - 1, bottomRight.column()), roles);
}

void LogFilterModel::onAboutToBeReset()
{
    beginResetModel();
}

void LogFilterModel::onReset()
{
    recompute();
    endResetModel();
}

QModelIndex LogFilterModel::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!m_log || !proxyIndex.isValid() || proxyIndex.model() != this)
        return {};
    return m_log->index(sourceRow(proxyIndex.row()), proxyIndex.column());
}

QModelIndex LogFilterModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid() || sourceIndex.model() != m_log)
        return {};
    const int row = rowForSourceRow(sourceIndex.row());
    return row < 0 ? QModelIndex() : index(row, sourceIndex.column());
}

QModelIndex LogFilterModel::index(int row, int column, const QModelIndex &parent) const
{
    return hasIndex(row, column, parent) ? createIndex(row, column) : QModelIndex();
}

QModelIndex LogFilterModel::parent(const QModelIndex &) const
{
    return {};
}

int LogFilterModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_log)
        return 0;
    return m_identity ? m_log->rowCount() : int(m_rows.size());
}

int LogFilterModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_log ? 0 : m_log->columnCount();
}

bool LogFilterModel::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && rowCount() > 0;
}

QVariant LogFilterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (!m_log)
        return {};
    if (orientation == Qt::Horizontal)
        return m_log->headerData(section, orientation, role);
    return QAbstractProxyModel::headerData(section, orientation, role);
}
