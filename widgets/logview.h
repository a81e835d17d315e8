// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/mergedlogmodel.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

class LogFilterBar;
class LogSaver;
class LogTableView;
class LogViewToolBar;
class QAction;
class QLabel;
class QPushButton;
class QToolButton;

// A live log table with the keys klogg and lnav users know. Shows a MergedLogModel (one lane for
// a Logs page, several for the All servers view; not owned).
//
// Follow mode is on at first: new lines scroll into view. Scrolling up (wheel, scroll bar, PgUp,
// Up, Home) pauses it; lines arriving meanwhile are counted in an "N new lines" button over the
// table, and the rows on screen stay put (also when the store trims its oldest lines). End, the
// button, the Follow toggle or scrolling back to the bottom resumes and jumps to the last line.
//
// Keys (while the view has focus): Ctrl+F find, F3 / Shift+F3 next / previous match (highlighted
// in the cells), Ctrl+B toggle a bookmark, F2 / Shift+F2 next / previous bookmark, Ctrl+C copy
// the selected lines as written, Ctrl+S save the filtered lines (written off the GUI thread,
// with progress), Ctrl+L the filter text.
class LogView : public QWidget
{
    Q_OBJECT

public:
    explicit LogView(QWidget *parent = nullptr);
    ~LogView() override;

    void setModel(MergedLogModel *model);
    MergedLogModel *model() const { return m_model; }
    LogTableView *table() const { return m_table; }
    LogFilterBar *filterBar() const { return m_filterBar; }
    void addToolWidget(QWidget *widget); // left in the tool row, in call order (source or server chooser)

    bool isFollowing() const { return m_following; }
    void setFollowing(bool on);
    int newLineCount() const { return m_newLines; }

    bool findNext();
    bool findPrevious();
    void setFindText(const QString &text);
    void toggleBookmark();
    bool nextBookmark();
    bool previousBookmark();
    void copySelection();
    void saveAs(); // asks for a file name
    void saveTo(const QString &path); // the rows shown, as written; saveFinished() tells the end

Q_SIGNALS:
    void followingChanged(bool following);
    void saveFinished(bool ok, const QString &message);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void createActions();
    void createToolRow();
    void onRowsInserted(int first, int last);
    void onRowsAboutToBeRemoved(int first, int last);
    void onModelReset();
    void onFilterApplied();
    void onScrollAction(int action);
    void scrollToEnd();
    void scrollByKey(int key);
    void keepTopRow(int row);
    void restoreTopRow();
    void updateNewLines();
    void updateStatus();
    void updateTimeHint();
    void updateDropped();
    void updateColumns();
    void placeNewLinesButton();
    bool find(int direction);
    bool gotoBookmark(int direction);
    void selectRow(int row);
    int currentRow() const;
    void showTransient(const QString &text);
    void onSaved(bool ok, const QString &message);

    QPointer<MergedLogModel> m_model;
    LogViewToolBar *m_toolBar;
    LogFilterBar *m_filterBar;
    QLabel *m_dropped;
    LogTableView *m_table;
    QPushButton *m_newLinesButton;
    QLabel *m_status;
    QLabel *m_message;
    QToolButton *m_followButton = nullptr;
    QAction *m_followAction = nullptr;
    LogSaver *m_saver;
    QTimer m_scrollTimer; // coalesces follow scrolling per event loop turn
    QTimer m_topTimer; // restores the top row once the view laid out a shift
    QTimer m_statusTimer;
    QTimer m_messageTimer;
    int m_topRow = -1;
    int m_newLines = 0;
    bool m_following = true;
    bool m_columnsSized = false;
    bool m_askOnError = false; // a save the user started in a dialog: errors in a message box
};
