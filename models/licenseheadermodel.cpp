// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/licenseheadermodel.h"

#include "models/licensedisplay.h"

#include <QFont>
#include <QGuiApplication>
#include <QPalette>

using namespace Qt::StringLiterals;

LicenseHeaderModel::LicenseHeaderModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void LicenseHeaderModel::setLicense(const License &license, std::optional<double> remainingHours)
{
    QList<Row> rows {
        {u"keyType"_s, tr("Key type"), LicenseDisplay::keyType(license.keyType)},
        {u"licenseId"_s, tr("License ID"), license.licenseId.value_or(QString())},
        {u"customer"_s, tr("Customer name"), license.customer.value_or(QString())},
        {u"platform"_s, tr("Platform"), license.platform.value_or(QString())},
        {u"expiration"_s, tr("Expiration"), LicenseDisplay::expiration(license.expiration)},
    };
    if (remainingHours)
        rows.append({u"remainingHours"_s, tr("Remaining hours"), LicenseDisplay::hours(*remainingHours)});
    rows.append({
        {u"releaseDate"_s, tr("Release date"), LicenseDisplay::dateTime(license.releaseDate)},
        {u"gracePeriod"_s, tr("Grace period"), LicenseDisplay::minutes(license.gracePeriodMinutes)},
        {u"checkInterval"_s, tr("License check interval"),
            LicenseDisplay::minutes(license.checkIntervalMinutes)},
        {u"fingerprint"_s, tr("License fingerprint"), license.fingerprint.value_or(QString())},
        {u"products"_s, tr("Product sections"), QString::number(license.products.size())},
    });
    for (const KeyValue &kv : license.extra)
        rows.append({kv.key, kv.key, kv.value, true});

    beginResetModel();
    m_rows = rows;
    endResetModel();
}

void LicenseHeaderModel::clear()
{
    if (m_rows.isEmpty())
        return;
    beginRemoveRows({}, 0, int(m_rows.size()) - 1);
    m_rows.clear();
    endRemoveRows();
}

int LicenseHeaderModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LicenseHeaderModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LicenseHeaderModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        if (index.column() == FieldColumn)
            return row.label;
        return row.value.isEmpty() && !row.extra ? tr("not in this license") : row.value;
    case Qt::ToolTipRole:
        return row.extra
            ? tr("\"%1\" is not a field this console knows; shown as the server reported it.").arg(row.key)
            : QVariant();
    case Qt::FontRole:
        if (row.extra || (index.column() == FieldColumn)) {
            QFont font;
            font.setItalic(row.extra);
            font.setBold(!row.extra && index.column() == FieldColumn);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        if (index.column() == ValueColumn && row.value.isEmpty() && !row.extra)
            return QGuiApplication::palette().brush(QPalette::PlaceholderText);
        return {};
    case KeyRole:
        return row.key;
    case ExtraRole:
        return row.extra;
    case PresentRole:
        return !row.value.isEmpty();
    default:
        return {};
    }
}

QVariant LicenseHeaderModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == FieldColumn ? tr("Field") : section == ValueColumn ? tr("Value") : QVariant();
}
