// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

// Paints log cells like QStyledItemDelegate, with every occurrence of the search text (no case)
// marked in the search highlight colour. Cells without an occurrence are painted by the base.
class LogItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit LogItemDelegate(QObject *parent = nullptr);

    void setHighlight(const QString &text);
    QString highlight() const { return m_text; }

    void paint(
        QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    QString m_text;
};
