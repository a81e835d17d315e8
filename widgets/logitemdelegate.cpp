// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/logitemdelegate.h"

#include "models/logdisplay.h"

#include <QApplication>
#include <QPainter>

LogItemDelegate::LogItemDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{ }

void LogItemDelegate::setHighlight(const QString &text)
{
    m_text = text;
}

void LogItemDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    if (m_text.isEmpty() || !opt.text.contains(m_text, Qt::CaseInsensitive)) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    const QString text = opt.text;
    opt.text.clear();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget); // background, selection, focus

    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    const QRect rect
        = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget).adjusted(margin, 0, -margin, 0);
    const QFontMetrics metrics(opt.font);
    const QString shown = metrics.elidedText(text, opt.textElideMode, rect.width());
    painter->save();
    painter->setClipRect(rect);
    painter->setFont(opt.font);
    const bool selected = opt.state & QStyle::State_Selected;
    for (qsizetype at = shown.indexOf(m_text, 0, Qt::CaseInsensitive); at >= 0;
         at = shown.indexOf(m_text, at + m_text.size(), Qt::CaseInsensitive)) {
        const int x = metrics.horizontalAdvance(shown.left(at));
        const int width = metrics.horizontalAdvance(shown.mid(at, m_text.size()));
        const QRect mark(rect.left() + x, rect.top() + 1, width, rect.height() - 2);
        painter->fillRect(mark, LogDisplay::searchHighlight());
    }
    QColor pen = opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    const QVariant foreground = index.data(Qt::ForegroundRole);
    if (!selected && foreground.canConvert<QColor>())
        pen = foreground.value<QColor>();
    painter->setPen(pen);
    painter->drawText(rect, int(opt.displayAlignment | Qt::AlignVCenter) | Qt::TextSingleLine, shown);
    painter->restore();
}
