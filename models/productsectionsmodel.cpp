// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/productsectionsmodel.h"

#include "models/licensedisplay.h"

#include <QLocale>

using namespace Qt::StringLiterals;

ProductSectionsModel::ProductSectionsModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ProductSectionsModel::setSections(const QList<ProductSection> &sections)
{
    beginResetModel();
    m_sections = sections;
    endResetModel();
}

void ProductSectionsModel::clear()
{
    if (m_sections.isEmpty())
        return;
    beginRemoveRows({}, 0, int(m_sections.size()) - 1);
    m_sections.clear();
    endRemoveRows();
}

const ProductSection &ProductSectionsModel::section(int row) const
{
    return m_sections.at(row);
}

int ProductSectionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_sections.size());
}

int ProductSectionsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ProductSectionsModel::displayText(const ProductSection &s, int column) const
{
    switch (column) {
    case NameColumn:
        return s.name.value_or(QString());
    case CodeColumn:
        return s.code ? *s.code : s.productCodes.join(u", "_s);
    case HardwareColumn:
        return s.virtualHardware.join(u", "_s);
    case VersionColumn:
        if (!s.majorVersion)
            return {};
        return s.minorVersion ? u"%1.%2"_s.arg(*s.majorVersion).arg(*s.minorVersion)
                              : QString::number(*s.majorVersion);
    case CpuColumn:
        return LicenseDisplay::integer(s.maxCpu);
    case MemoryColumn:
        return LicenseDisplay::memory(s.maxMemoryMB);
    case InstancesColumn:
        return LicenseDisplay::integer(s.instances);
    case ExpirationColumn:
        return LicenseDisplay::expiration(s.expiration);
    case PassphraseColumn:
        return s.passphrase.value_or(QString());
    case ExtraColumn: {
        QStringList parts;
        for (const KeyValue &kv : s.extra)
            parts.append(kv.key + u'=' + kv.value);
        return parts.join(u"; "_s);
    }
    }
    return {};
}

QVariant ProductSectionsModel::sortValue(const ProductSection &s, int column) const
{
    switch (column) {
    case VersionColumn:
        return s.majorVersion.value_or(-1) * 100000 + s.minorVersion.value_or(0);
    case CpuColumn:
        return s.maxCpu.value_or(-1);
    case MemoryColumn:
        return s.maxMemoryMB.value_or(-1);
    case InstancesColumn:
        return s.instances.value_or(-1);
    case ExpirationColumn:
        return s.expiration.kind == Expiration::Kind::Date ? QVariant(s.expiration.date)
                                                           : QVariant(s.expiration.hours);
    default:
        return displayText(s, column);
    }
}

QVariant ProductSectionsModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const ProductSection &s = m_sections.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(s, index.column());
    case Qt::ToolTipRole: {
        if (index.column() != ExtraColumn || s.extra.isEmpty())
            return {};
        QStringList lines {tr("Fields this console does not know, as the server reported them:")};
        for (const KeyValue &kv : s.extra)
            lines.append(kv.key + u" = "_s + kv.value);
        return lines.join(u'\n');
    }
    case Qt::TextAlignmentRole:
        if (index.column() == CpuColumn || index.column() == MemoryColumn
            || index.column() == InstancesColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SortRole:
        return sortValue(s, index.column());
    case ExtraCountRole:
        return int(s.extra.size());
    default:
        return {};
    }
}

QVariant ProductSectionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Product");
    case CodeColumn:
        return tr("Code");
    case HardwareColumn:
        return tr("Virtual hardware");
    case VersionColumn:
        return tr("Version");
    case CpuColumn:
        return tr("Max CPU");
    case MemoryColumn:
        return tr("Max memory");
    case InstancesColumn:
        return tr("Instances");
    case ExpirationColumn:
        return tr("Expiration");
    case PassphraseColumn:
        return tr("Passphrase");
    case ExtraColumn:
        return tr("Other fields");
    }
    return {};
}
