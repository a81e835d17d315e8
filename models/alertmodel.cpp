// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/alertmodel.h"

#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

AlertModel::AlertModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void AlertModel::setServerNameResolver(std::function<QString(const QString &)> resolver)
{
    m_resolver = std::move(resolver);
    refreshServerNames();
}

void AlertModel::refreshServerNames()
{
    if (!m_alerts.isEmpty())
        Q_EMIT dataChanged(index(0, ServerColumn), index(rowCount() - 1, ServerColumn));
}

void AlertModel::raise(const Alert &alert)
{
    if (rowOf(alert.key) >= 0) {
        update(alert);
        return;
    }
    const int row = rowFor(alert.severity);
    beginInsertRows({}, row, row);
    m_alerts.insert(row, alert);
    endInsertRows();
}

int AlertModel::rowFor(Alert::Severity severity) const
{
    const auto after = std::find_if(m_alerts.cbegin(), m_alerts.cend(),
        [severity](const Alert &a) { return int(a.severity) < int(severity); });
    return int(after - m_alerts.cbegin());
}

void AlertModel::update(const Alert &alert)
{
    const int row = rowOf(alert.key);
    if (row < 0) {
        raise(alert);
        return;
    }
    if (m_alerts.at(row).severity != alert.severity) {
        // Its place among the others changes: after the last more severe one or before the
        // first less severe one.
        m_alerts.removeAt(row);
        const int to = rowFor(alert.severity); // its index once moved
        m_alerts.insert(row, alert); // back, until the move
        if (to != row && beginMoveRows({}, row, row, {}, to > row ? to + 1 : to)) {
            m_alerts.move(row, to);
            endMoveRows();
            m_alerts[to] = alert;
            Q_EMIT dataChanged(index(to, 0), index(to, ColumnCount - 1));
            return;
        }
    }
    m_alerts[row] = alert;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void AlertModel::clear(const Alert &alert)
{
    const int row = rowOf(alert.key);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_alerts.removeAt(row);
    endRemoveRows();
}

const Alert *AlertModel::alertAt(int row) const
{
    return row >= 0 && row < m_alerts.size() ? &m_alerts.at(row) : nullptr;
}

int AlertModel::rowOf(const QString &key) const
{
    for (qsizetype i = 0; i < m_alerts.size(); ++i) {
        if (m_alerts.at(i).key == key)
            return int(i);
    }
    return -1;
}

int AlertModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_alerts.size());
}

int AlertModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AlertModel::serverName(const QString &id) const
{
    const QString name = m_resolver ? m_resolver(id) : QString();
    return name.isEmpty() ? id : name;
}

QVariant AlertModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Alert &alert = m_alerts.at(index.row());
    const auto time = [](const QDateTime &t) {
        return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : QString();
    };
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeverityColumn:
            return severityText(alert.severity);
        case ServerColumn:
            return serverName(alert.serverId);
        case TitleColumn:
            return alert.title;
        case FirstSeenColumn:
            return time(alert.firstSeen);
        case LastSeenColumn:
            return time(alert.lastSeen);
        case AcknowledgedColumn:
            return alert.acknowledgedBy;
        }
        return {};
    case Qt::DecorationRole:
        return index.column() == SeverityColumn ? severityIcon(alert.severity) : QVariant();
    case Qt::ToolTipRole:
        return alert.text;
    case Qt::AccessibleTextRole:
        return tr("%1: %2, %3").arg(severityText(alert.severity), serverName(alert.serverId), alert.title);
    case KeyRole:
        return alert.key;
    case ServerIdRole:
        return alert.serverId;
    case KindRole:
        return int(alert.kind);
    case SeverityRole:
        return int(alert.severity);
    case DeadlineRole:
        return alert.deadline;
    default:
        return {};
    }
}

QVariant AlertModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case ServerColumn:
        return tr("Server");
    case TitleColumn:
        return tr("Alert");
    case FirstSeenColumn:
        return tr("First seen");
    case LastSeenColumn:
        return tr("Last seen");
    case AcknowledgedColumn:
        return tr("Acknowledged by");
    }
    return {};
}

QString AlertModel::severityText(Alert::Severity severity)
{
    switch (severity) {
    case Alert::Severity::Info:
        return tr("Info");
    case Alert::Severity::Warning:
        return tr("Warning");
    case Alert::Severity::Critical:
        return tr("Critical");
    }
    return {};
}

QColor AlertModel::severityColor(Alert::Severity severity)
{
    switch (severity) {
    case Alert::Severity::Info:
        return QColor(0x1e, 0x6f, 0xd9);
    case Alert::Severity::Warning:
        return QColor(0xd9, 0x82, 0x0b);
    case Alert::Severity::Critical:
        return QColor(0xc6, 0x28, 0x28);
    }
    return {};
}

QIcon AlertModel::severityIcon(Alert::Severity severity)
{
    // SVG, so that the icon is sharp at every size and device pixel ratio.
    switch (severity) {
    case Alert::Severity::Info:
        return QIcon(u":/icons/alert-info.svg"_s);
    case Alert::Severity::Warning:
        return QIcon(u":/icons/alert-warning.svg"_s);
    case Alert::Severity::Critical:
        return QIcon(u":/icons/alert-critical.svg"_s);
    }
    return {};
}
