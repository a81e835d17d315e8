// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/logtableview.h"

#include "models/mergedlogmodel.h"
#include "widgets/logitemdelegate.h"

#include <QFontDatabase>
#include <QHeaderView>
#include <QKeyEvent>

using namespace Qt::StringLiterals;

LogTableView::LogTableView(QWidget *parent)
    : QTableView(parent)
    , m_delegate(new LogItemDelegate(this))
{
    setObjectName(u"logTable"_s);
    setAccessibleName(tr("Log lines"));
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setItemDelegate(m_delegate);
    setWordWrap(false);
    setShowGrid(false);
    setAlternatingRowColors(true);
    setTextElideMode(Qt::ElideRight);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    // Per item: the scroll bar's value is the top row, which LogView keeps while paused.
    setVerticalScrollMode(QAbstractItemView::ScrollPerItem);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(QFontMetrics(font()).height() + 4);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setHighlightSections(false);
}

void LogTableView::sizeColumns()
{
    const QFontMetrics metrics(font());
    const int pad = 2 * metrics.averageCharWidth() + 8;
    setColumnWidth(MergedLogModel::TimeColumn, metrics.horizontalAdvance(u"2026-01-31 18:08:25.000"_s) + pad);
    setColumnWidth(MergedLogModel::LevelColumn, metrics.horizontalAdvance(u"ERROR"_s) + pad);
    setColumnWidth(MergedLogModel::CategoryColumn, metrics.horizontalAdvance(u"192.168.100.100"_s) + pad);
}

bool LogTableView::event(QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride
        && static_cast<QKeyEvent *>(event)->matches(QKeySequence::Copy)) {
        event->accept(); // delivered as a key press, handled below
        return true;
    }
    return QTableView::event(event);
}

void LogTableView::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Copy)) {
        Q_EMIT copyRequested();
        return;
    }
    switch (event->key()) {
    case Qt::Key_End:
        Q_EMIT endPressed(event->modifiers() & Qt::ShiftModifier);
        return;
    case Qt::Key_PageUp:
    case Qt::Key_PageDown:
    case Qt::Key_Home:
        Q_EMIT pagePressed(event->key());
        return;
    case Qt::Key_Up:
        Q_EMIT upPressed();
        break;
    default:
        break;
    }
    QTableView::keyPressEvent(event);
}

void LogTableView::resizeEvent(QResizeEvent *event)
{
    QTableView::resizeEvent(event);
    Q_EMIT resized();
}
