// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/license.h"

#include <QAbstractTableModel>
#include <QList>

#include <optional>

// The license header as a two-column form (field, value): the known fields in a fixed order,
// then every unknown header key the license carried (ExtraRole true), never dropped. A known
// field the license lacks shows as empty with PresentRole false.
class LicenseHeaderModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { FieldColumn, ValueColumn, ColumnCount };
    enum Role {
        KeyRole = Qt::UserRole, // machine key: "licenseId", … or the unknown key as written
        ExtraRole, // bool: not a field this console knows
        PresentRole, // bool: the license has a value for it
    };

    explicit LicenseHeaderModel(QObject *parent = nullptr);

    void setLicense(const License &license, std::optional<double> remainingHours = {});
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString key;
        QString label;
        QString value;
        bool extra = false;
    };
    QList<Row> m_rows;
};
