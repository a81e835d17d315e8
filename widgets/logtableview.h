// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTableView>

class LogItemDelegate;

// The table of a LogView: monospace, one fixed height for every row, no word wrap, whole rows
// selected, the search highlight delegate. The keys that steer following are reported as
// signals instead of moving the current cell: End, PgUp/PgDn/Home and Up (see LogView); Ctrl+C
// asks for the selected lines to be copied (the table's own copy takes one cell only).
class LogTableView : public QTableView
{
    Q_OBJECT

public:
    explicit LogTableView(QWidget *parent = nullptr);

    LogItemDelegate *highlighter() const { return m_delegate; }
    void sizeColumns(); // widths that fit a time, a level and an address; the message gets the rest

Q_SIGNALS:
    void copyRequested();
    void endPressed(bool extend); // Shift+End: scroll only
    void pagePressed(int key); // Qt::Key_PageUp, Qt::Key_PageDown, Qt::Key_Home
    void upPressed();
    void resized();

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    LogItemDelegate *m_delegate;
};
