// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/protocol.h"

#include <QAbstractTableModel>
#include <QList>

// Emulator sessions of a license server. setSessions() merges a new answer into the rows by
// session id: vanished sessions are removed (one removal per contiguous run), changed ones emit
// dataChanged, new ones are appended in one batch, so the view keeps its selection and scroll
// position across polls. Filter and sort through a QSortFilterProxyModel using SortRole.
class SessionsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        HostColumn,
        AddressColumn,
        ProductColumn,
        StateColumn,
        SinceColumn,
        HoursColumn,
        ServedByColumn,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole, // QDateTime / double / text as appropriate
        IdRole, // the session's key (its id, or host/address/product without one)
        StateKeyRole, // the raw state: active | failover | grace | stopped | …
    };

    explicit SessionsModel(QObject *parent = nullptr);

    void setSessions(const QList<Session> &sessions);
    void clear();
    const Session &session(int row) const;

    static QString stateText(const QString &state);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    static QString keyOf(const Session &session);
    static bool sameContent(const Session &a, const Session &b);
    QVariant displayValue(const Session &session, int column) const;

    QList<Session> m_sessions;
};
