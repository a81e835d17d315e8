// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/alert.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QIcon>
#include <QList>

#include <functional>

// The open alerts of the AlertEngine as a table, the most severe first and, among equals, in the
// order they were raised: raise() inserts a row, update() changes it in place (and moves it when
// its severity changed), clear() removes it. Feed it from the engine's signals.
class AlertModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        SeverityColumn,
        ServerColumn,
        TitleColumn,
        FirstSeenColumn,
        LastSeenColumn,
        AcknowledgedColumn,
        ColumnCount
    };
    enum Role {
        KeyRole = Qt::UserRole, // QString
        ServerIdRole, // QString
        KindRole, // int(Alert::Kind)
        SeverityRole, // int(Alert::Severity)
        DeadlineRole, // QDateTime (grace periods)
    };

    explicit AlertModel(QObject *parent = nullptr);

    // Server id → the name shown; the id itself when unset or when it answers empty.
    void setServerNameResolver(std::function<QString(const QString &)> resolver);

    void raise(const Alert &alert); // an already present key is updated
    void update(const Alert &alert); // an unknown key is raised
    void clear(const Alert &alert);
    void refreshServerNames();

    const Alert *alertAt(int row) const;
    int rowOf(const QString &key) const; // -1 when absent
    QList<Alert> alerts() const { return m_alerts; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString severityText(Alert::Severity severity);
    static QColor severityColor(Alert::Severity severity);
    static QIcon severityIcon(Alert::Severity severity);

private:
    int rowFor(Alert::Severity severity) const; // where a new alert of this severity goes
    QString serverName(const QString &id) const;

    QList<Alert> m_alerts;
    std::function<QString(const QString &)> m_resolver;
};
