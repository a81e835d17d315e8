// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/sessionsmodel.h"

#include "models/licensedisplay.h"

#include <QHash>
#include <QIcon>
#include <QLocale>
#include <QSet>

using namespace Qt::StringLiterals;

SessionsModel::SessionsModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

QString SessionsModel::keyOf(const Session &session)
{
    if (!session.id.isEmpty())
        return session.id;
    return session.emulatorHost + u'\x1f' + session.address + u'\x1f' + session.product;
}

bool SessionsModel::sameContent(const Session &a, const Session &b)
{
    return a.emulatorHost == b.emulatorHost && a.address == b.address && a.product == b.product
        && a.since == b.since && a.state == b.state && a.hoursConsumed == b.hoursConsumed
        && a.servedBy == b.servedBy;
}

void SessionsModel::setSessions(const QList<Session> &sessions)
{
    // The answer may repeat a key (hostile or buggy server): the last one wins.
    QHash<QString, qsizetype> incoming;
    QList<Session> unique;
    for (const Session &session : sessions) {
        const QString key = keyOf(session);
        if (const auto it = incoming.constFind(key); it != incoming.cend()) {
            unique[*it] = session;
        } else {
            incoming.insert(key, unique.size());
            unique.append(session);
        }
    }

    // 1. Remove vanished rows, one removal per contiguous run, from the end.
    for (int row = int(m_sessions.size()) - 1; row >= 0;) {
        if (incoming.contains(keyOf(m_sessions.at(row)))) {
            --row;
            continue;
        }
        int first = row;
        while (first > 0 && !incoming.contains(keyOf(m_sessions.at(first - 1))))
            --first;
        beginRemoveRows({}, first, row);
        m_sessions.remove(first, row - first + 1);
        endRemoveRows();
        row = first - 1;
    }

    // 2. Update the rows that stay.
    QSet<QString> present;
    for (int row = 0; row < m_sessions.size(); ++row) {
        const QString key = keyOf(m_sessions.at(row));
        present.insert(key);
        const Session &fresh = unique.at(incoming.value(key));
        if (!sameContent(fresh, m_sessions.at(row))) {
            m_sessions[row] = fresh;
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    }

    // 3. Append the new ones in one batch, in the server's order.
    QList<Session> added;
    for (const Session &session : std::as_const(unique)) {
        if (!present.contains(keyOf(session)))
            added.append(session);
    }
    if (!added.isEmpty()) {
        const int first = int(m_sessions.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        m_sessions.append(added);
        endInsertRows();
    }
}

void SessionsModel::clear()
{
    if (m_sessions.isEmpty())
        return;
    beginResetModel();
    m_sessions.clear();
    endResetModel();
}

const Session &SessionsModel::session(int row) const
{
    return m_sessions.at(row);
}

QString SessionsModel::stateText(const QString &state)
{
    if (state == "active"_L1)
        return tr("Active");
    if (state == "failover"_L1)
        return tr("On backup (failover)");
    if (state == "grace"_L1)
        return tr("Grace period");
    if (state == "stopped"_L1)
        return tr("Stopped");
    return state;
}

int SessionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_sessions.size());
}

int SessionsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SessionsModel::displayValue(const Session &s, int column) const
{
    switch (column) {
    case HostColumn:
        return s.emulatorHost;
    case AddressColumn:
        return s.address;
    case ProductColumn:
        return s.product;
    case StateColumn:
        return stateText(s.state);
    case SinceColumn:
        return LicenseDisplay::dateTime(s.since);
    case HoursColumn:
        return QLocale().toString(s.hoursConsumed, 'f', 1);
    case ServedByColumn:
        return s.servedBy;
    }
    return {};
}

QVariant SessionsModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const Session &s = m_sessions.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(s, index.column());
    case Qt::DecorationRole:
        if (index.column() != StateColumn)
            return {};
        if (s.state == "active"_L1)
            return QIcon(u":/icons/state-connected.svg"_s);
        if (s.state == "failover"_L1)
            return QIcon(u":/icons/state-degraded.svg"_s);
        if (s.state == "grace"_L1)
            return QIcon(u":/icons/state-unreachable.svg"_s);
        return QIcon(u":/icons/state-idle.svg"_s);
    case Qt::ToolTipRole:
        if (index.column() == StateColumn && s.state == "grace"_L1)
            return tr("No license server reachable: the emulator stops when the grace period ends.");
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == HoursColumn ? QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter)
                                             : QVariant();
    case SortRole:
        if (index.column() == SinceColumn)
            return s.since;
        if (index.column() == HoursColumn)
            return s.hoursConsumed;
        return displayValue(s, index.column());
    case IdRole:
        return keyOf(s);
    case StateKeyRole:
        return s.state;
    default:
        return {};
    }
}

QVariant SessionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case HostColumn:
        return tr("Emulator host");
    case AddressColumn:
        return tr("Address");
    case ProductColumn:
        return tr("Product");
    case StateColumn:
        return tr("State");
    case SinceColumn:
        return tr("Logged in since");
    case HoursColumn:
        return tr("Hours used");
    case ServedByColumn:
        return tr("Served by");
    }
    return {};
}
