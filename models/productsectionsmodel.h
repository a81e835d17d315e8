// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/license.h"

#include <QAbstractTableModel>
#include <QList>

// The license's product sections, one row each. Keys the console does not know are shown in the
// Other fields column ("KEY=value; …") and in the tooltip, never dropped.
class ProductSectionsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        CodeColumn,
        HardwareColumn,
        VersionColumn,
        CpuColumn,
        MemoryColumn,
        InstancesColumn,
        ExpirationColumn,
        PassphraseColumn,
        ExtraColumn,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole, // numbers as numbers, for a sorting proxy
        ExtraCountRole, // int: unknown keys in this section
    };

    explicit ProductSectionsModel(QObject *parent = nullptr);

    void setSections(const QList<ProductSection> &sections);
    void clear();
    const ProductSection &section(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString displayText(const ProductSection &section, int column) const;
    QVariant sortValue(const ProductSection &section, int column) const;

    QList<ProductSection> m_sections;
};
