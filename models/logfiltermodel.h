// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/logfilter.h"

#include <QAbstractProxyModel>
#include <QList>

class LogModel;

// The lines of a LogModel that pass a LogFilter (minimum level, text or regular expression,
// time range), as a proxy the views show.
//
// Unlike QSortFilterProxyModel it does not ask filterAcceptsRow() per row: it keeps the passing
// store rows as a sorted index computed by LogStore::filter() (level and time on the store's
// index, text by byte search over whole blocks), so a regular expression over a million lines
// costs about what grep does. It follows the source incrementally: appended source rows are
// filtered alone and announced as one insertion at the end; removed source rows (the store's
// trim) remove their passing rows with one removal; a source reset or setFilter() resets.
// Without any condition the rows map 1:1 and no index is kept.
//
// An invalid regular expression is no crash: no rows pass and errorString() says why (shown by
// the view). The source must be a LogModel (it only appends and trims at the front).
class LogFilterModel final : public QAbstractProxyModel
{
    Q_OBJECT

public:
    explicit LogFilterModel(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *model) override; // a LogModel or nullptr
    LogModel *logModel() const { return m_log; }

    void setFilter(const LogFilter &filter);
    const LogFilter &filter() const { return m_filter; }
    bool isFiltering() const { return !m_identity; } // false: every source row passes
    QString errorString() const { return m_error; }

    int sourceRow(int row) const { return m_identity ? row : m_rows.at(row); }
    int rowForSourceRow(int sourceRow) const; // -1 when the row does not pass

    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void filterApplied(); // after setFilter() reset the rows (errorString() may have changed)

private:
    void connectSource();
    void recompute();
    void onRowsAboutToBeInserted(const QModelIndex &parent, int first, int last);
    void onRowsInserted(const QModelIndex &parent, int first, int last);
    void onRowsAboutToBeRemoved(const QModelIndex &parent, int first, int last);
    void onRowsRemoved(const QModelIndex &parent, int first, int last);
    void onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles);
    void onAboutToBeReset();
    void onReset();
    static bool passesEverything(const LogFilter &filter);

    LogModel *m_log = nullptr;
    LogFilter m_filter;
    QList<int> m_rows; // passing source rows, ascending (not used while m_identity)
    QString m_error;
    bool m_identity = true;
    bool m_removing = false; // a removal announced by onRowsAboutToBeRemoved
    qsizetype m_removeFirst = 0; // its range in m_rows
    qsizetype m_removeEnd = 0;
};
