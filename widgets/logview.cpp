// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/logview.h"

#include "core/logtextmatcher.h"
#include "models/logmodel.h"
#include "models/mergedlogmodel.h"
#include "widgets/logfilterbar.h"
#include "widgets/logitemdelegate.h"
#include "widgets/lognavigation.h"
#include "widgets/logsaver.h"
#include "widgets/logtableview.h"
#include "widgets/logviewtoolbar.h"

#include <QAction>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

LogView::LogView(QWidget *parent)
    : QWidget(parent)
    , m_toolBar(new LogViewToolBar(this))
    , m_filterBar(new LogFilterBar(this))
    , m_dropped(new QLabel(this))
    , m_table(new LogTableView(this))
    , m_newLinesButton(new QPushButton(this))
    , m_status(new QLabel(this))
    , m_message(new QLabel(this))
    , m_saver(new LogSaver(this))
{
    setObjectName(u"logView"_s);
    m_dropped->setObjectName(u"logDroppedBanner"_s);
    m_newLinesButton->setObjectName(u"newLinesButton"_s);
    m_status->setObjectName(u"logStatus"_s);
    m_message->setObjectName(u"logMessage"_s);

    connect(m_table, &LogTableView::copyRequested, this, &LogView::copySelection);
    connect(m_table, &LogTableView::pagePressed, this, &LogView::scrollByKey);
    connect(m_table, &LogTableView::upPressed, this, [this] { setFollowing(false); });
    connect(m_table, &LogTableView::resized, this, &LogView::placeNewLinesButton);
    connect(m_table, &LogTableView::endPressed, this, [this](bool extend) {
        setFollowing(true);
        if (m_model && m_model->rowCount() > 0 && !extend)
            m_table->setCurrentIndex(m_model->index(m_model->rowCount() - 1, MergedLogModel::MessageColumn));
    });
    connect(m_table->verticalScrollBar(), &QScrollBar::actionTriggered, this, &LogView::onScrollAction);

    m_dropped->setWordWrap(true);
    m_dropped->setContentsMargins(8, 4, 8, 4);
    m_dropped->setAutoFillBackground(true);
    m_dropped->setStyleSheet(u"QLabel { background: palette(alternate-base); border-radius: 3px; }"_s);
    m_dropped->hide();
    m_newLinesButton->setAccessibleName(tr("Resume following"));
    m_newLinesButton->setToolTip(tr("Jump to the newest line and follow (End)"));
    m_newLinesButton->setCursor(Qt::PointingHandCursor);
    m_newLinesButton->setIcon(style()->standardIcon(QStyle::SP_ArrowDown));
    m_newLinesButton->setFocusPolicy(Qt::NoFocus);
    m_newLinesButton->hide();
    connect(m_newLinesButton, &QPushButton::clicked, this, [this] { setFollowing(true); });
    m_message->setStyleSheet(u"color: palette(mid);"_s);

    createActions();
    auto *statusRow = new QHBoxLayout;
    statusRow->setContentsMargins(0, 0, 0, 0);
    statusRow->addWidget(m_status);
    statusRow->addWidget(m_message, 1);
    statusRow->addWidget(m_followButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 10, 14, 8);
    layout->setSpacing(6);
    createToolRow();
    layout->addWidget(m_toolBar);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_dropped);
    layout->addWidget(m_table, 1);
    layout->addLayout(statusRow);

    m_scrollTimer.setSingleShot(true);
    m_scrollTimer.setInterval(0);
    connect(&m_scrollTimer, &QTimer::timeout, this, &LogView::scrollToEnd);
    m_topTimer.setSingleShot(true);
    m_topTimer.setInterval(0);
    connect(&m_topTimer, &QTimer::timeout, this, &LogView::restoreTopRow);
    m_statusTimer.setSingleShot(true);
    m_statusTimer.setInterval(100);
    connect(&m_statusTimer, &QTimer::timeout, this, &LogView::updateStatus);
    m_messageTimer.setSingleShot(true);
    m_messageTimer.setInterval(6000);
    connect(&m_messageTimer, &QTimer::timeout, m_message, &QLabel::clear);
    connect(m_filterBar, &LogFilterBar::filterChanged, this, [this](const LogFilter &filter) {
        if (m_model)
            m_model->setFilter(filter);
    });
    connect(m_saver, &LogSaver::finished, this, &LogView::onSaved);
    setFocusProxy(m_table);
    updateStatus();
}

LogView::~LogView() = default;

void LogView::addToolWidget(QWidget *widget)
{
    m_toolBar->addLeading(widget);
}

void LogView::setModel(MergedLogModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    m_columnsSized = false;
    if (model) {
        // Connected before the table: the rows on screen are noted before it reacts.
        connect(model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) { onRowsInserted(first, last); });
        connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this,
            [this](const QModelIndex &, int first, int last) { onRowsAboutToBeRemoved(first, last); });
        connect(model, &QAbstractItemModel::modelAboutToBeReset, this, [this] { keepTopRow(currentRow()); });
        connect(model, &QAbstractItemModel::modelReset, this, &LogView::onModelReset);
        connect(model, &MergedLogModel::droppedCountChanged, this, &LogView::updateDropped);
        connect(model, &MergedLogModel::filterApplied, this, &LogView::onFilterApplied);
        connect(model, &MergedLogModel::linesChanged, &m_statusTimer, qOverload<>(&QTimer::start));
        connect(model, &QAbstractItemModel::headerDataChanged, this,
            [this] { m_toolBar->setZone(m_model->timeZone()); });
    }
    m_table->setModel(model);
    if (model) {
        model->setFilter(m_filterBar->filter());
        m_toolBar->setZone(model->timeZone());
    }
    onModelReset();
}

void LogView::onRowsInserted(int first, int last)
{
    if (!m_columnsSized)
        updateColumns();
    if (m_following) {
        m_scrollTimer.start();
    } else {
        m_newLines += last - first + 1;
        updateNewLines();
        // A late line merged above the rows on screen must not push them down.
        const int top = m_topTimer.isActive() ? m_topRow : m_table->verticalScrollBar()->value();
        if (first <= top && m_model->rowCount() > last + 1)
            keepTopRow(top + (last - first + 1));
    }
    m_statusTimer.start();
}

void LogView::onRowsAboutToBeRemoved(int first, int last)
{
    if (m_following)
        return;
    // The store trims its oldest lines: keep the rows on screen where they are.
    const int top = m_topTimer.isActive() ? m_topRow : m_table->verticalScrollBar()->value();
    const int removedAbove = std::max(0, std::min(last, top - 1) - first + 1);
    keepTopRow(std::max(0, top - removedAbove));
}

void LogView::keepTopRow(int row)
{
    m_topRow = row;
    m_topTimer.start();
}

void LogView::restoreTopRow()
{
    if (m_following || !m_model || m_topRow < 0)
        return;
    m_table->doItemsLayout();
    m_table->verticalScrollBar()->setValue(std::min(m_topRow, m_table->verticalScrollBar()->maximum()));
}

void LogView::onModelReset()
{
    updateColumns();
    updateDropped();
    onFilterApplied();
    if (m_following)
        m_scrollTimer.start();
    else
        m_topTimer.stop(); // rows are new: the old position means nothing
    m_statusTimer.start();
}

void LogView::onFilterApplied()
{
    m_filterBar->setError(m_model ? m_model->errorString() : QString());
}

void LogView::updateTimeHint()
{
    // The span held, proposed when the time range is switched on.
    const LogModel *lane = m_model ? m_model->laneModel(0) : nullptr;
    if (!lane || lane->rowCount() == 0)
        return;
    const LogStore &store = lane->store();
    m_filterBar->setTimeHint(
        lane->shownTime(store.timeMs(0)), lane->shownTime(store.timeMs(store.lineCount() - 1)));
}

void LogView::updateColumns()
{
    const bool several = m_model && m_model->laneCount() > 1;
    m_table->setColumnHidden(MergedLogModel::ServerColumn, !several);
    if (several) {
        // Wide enough for the longest server name (the lane is told by its colour too).
        const QFontMetrics metrics(m_table->font());
        int width = 0;
        for (int lane = 0; lane < m_model->laneCount(); ++lane)
            width = std::max(width, metrics.horizontalAdvance(m_model->laneName(lane)));
        m_table->setColumnWidth(MergedLogModel::ServerColumn, std::min(width + 48, 320));
    }
    if (!m_model || m_model->rowCount() == 0 || m_columnsSized)
        return;
    m_table->sizeColumns();
    m_columnsSized = true;
}

void LogView::setFollowing(bool on)
{
    const bool changed = on != m_following;
    m_following = on;
    m_followAction->setChecked(on);
    if (on) {
        m_newLines = 0;
        m_topTimer.stop();
        scrollToEnd();
    }
    updateNewLines();
    if (changed)
        Q_EMIT followingChanged(on);
}

void LogView::scrollToEnd()
{
    if (m_following)
        m_table->scrollToBottom();
}

void LogView::onScrollAction(int)
{
    // The user moved the scroll bar (drag, wheel, arrows, page): away from the end pauses, back
    // to the end resumes. sliderPosition() already holds where the action goes.
    const QScrollBar *bar = m_table->verticalScrollBar();
    const bool atEnd = bar->sliderPosition() >= bar->maximum();
    if (atEnd != m_following)
        setFollowing(atEnd);
}

void LogView::scrollByKey(int key)
{
    QScrollBar *bar = m_table->verticalScrollBar();
    const int before = bar->value();
    bar->triggerAction(key == Qt::Key_Home ? QAbstractSlider::SliderToMinimum
            : key == Qt::Key_PageUp        ? QAbstractSlider::SliderPageStepSub
                                           : QAbstractSlider::SliderPageStepAdd);
    if (key != Qt::Key_PageDown)
        setFollowing(false); // also when already at the top
    // The current line moves along, so that Ctrl+B and Ctrl+C act on what is on screen.
    const int row = currentRow() < 0 ? bar->value() : currentRow() + bar->value() - before;
    if (m_model && m_model->rowCount() > 0) {
        const QModelIndex index = m_model->index(
            std::clamp(row, 0, m_model->rowCount() - 1), std::max(0, m_table->currentIndex().column()));
        m_table->selectionModel()->setCurrentIndex(
            index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
}

void LogView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    placeNewLinesButton();
}

void LogView::placeNewLinesButton()
{
    m_newLinesButton->adjustSize();
    const QRect viewport(m_table->viewport()->mapTo(this, QPoint(0, 0)), m_table->viewport()->size());
    m_newLinesButton->move(viewport.center().x() - m_newLinesButton->width() / 2,
        viewport.bottom() - m_newLinesButton->height() - 10);
    m_newLinesButton->raise();
}

void LogView::updateNewLines()
{
    const bool show = !m_following && m_newLines > 0;
    if (show) {
        m_newLinesButton->setText(m_newLines == 1
                ? tr("1 new line · End to follow")
                : tr("%1 new lines · End to follow").arg(QLocale().toString(m_newLines)));
        placeNewLinesButton();
    }
    m_newLinesButton->setVisible(show);
    m_followAction->setText(m_following ? tr("Following") : tr("Paused"));
}

void LogView::updateStatus()
{
    if (!m_model) {
        m_status->setText(tr("No log"));
        return;
    }
    updateTimeHint();
    const QLocale locale;
    const qint64 total = m_model->totalLines();
    const qint64 shown = m_model->rowCount();
    QString text = m_model->isFiltering()
        ? tr("%1 of %2 lines shown").arg(locale.toString(shown), locale.toString(total))
        : total == 1 ? tr("1 line")
                     : tr("%1 lines").arg(locale.toString(total));
    int bookmarks = 0;
    for (int lane = 0; lane < m_model->laneCount(); ++lane)
        bookmarks += m_model->laneModel(lane) ? m_model->laneModel(lane)->bookmarkCount() : 0;
    if (bookmarks > 0)
        text += u"  ·  "_s + (bookmarks == 1 ? tr("1 bookmark") : tr("%1 bookmarks").arg(bookmarks));
    m_status->setText(text);
}

void LogView::updateDropped()
{
    const qint64 dropped = m_model ? m_model->droppedCount() : 0;
    m_dropped->setVisible(dropped > 0);
    if (dropped <= 0)
        return;
    const LogModel *lane = m_model->laneModel(0);
    const QLocale locale;
    QString text
        = tr("%1 older lines dropped: the console keeps the newest %2 lines of each log.")
              .arg(locale.toString(dropped), locale.toString(qint64(lane ? lane->store().maxLines() : 0)));
    if (m_model->laneCount() > 1)
        text += u' ' + tr("The merged view starts where every server's lines are complete.");
    m_dropped->setText(text);
}

int LogView::currentRow() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void LogView::selectRow(int row)
{
    const QModelIndex index = m_model->index(row, MergedLogModel::MessageColumn);
    if (row < m_model->rowCount() - 1)
        setFollowing(false);
    m_table->setCurrentIndex(index);
    m_table->selectRow(row);
    m_table->scrollTo(index, QAbstractItemView::PositionAtCenter);
}

void LogView::showTransient(const QString &text)
{
    m_message->setText(text);
    m_messageTimer.start();
}

void LogView::createActions()
{
    const auto add
        = [this](const QString &name, const QString &text, const QList<QKeySequence> &keys, auto slot) {
              auto *action = new QAction(text, this);
              action->setObjectName(name);
              action->setShortcuts(keys);
              action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
              connect(action, &QAction::triggered, this, slot);
              addAction(action);
              return action;
          };
    m_followAction = add(u"actionFollow"_s, tr("&Follow"), {}, [this](bool on) { setFollowing(on); });
    m_followAction->setCheckable(true);
    m_followAction->setChecked(true);
    m_followAction->setToolTip(tr("Keep the newest line in view (End resumes, scrolling up pauses)"));
    add(u"actionFind"_s, tr("&Find…"), {QKeySequence::Find}, [this] {
        m_toolBar->findEdit()->setFocus(Qt::ShortcutFocusReason);
        m_toolBar->findEdit()->selectAll();
    });
    add(u"actionFindNext"_s, tr("Find &Next"), {QKeySequence::FindNext}, [this] { findNext(); });
    add(u"actionFindPrevious"_s, tr("Find &Previous"), {QKeySequence::FindPrevious},
        [this] { findPrevious(); });
    add(u"actionFilter"_s, tr("F&ilter"), {QKeySequence(Qt::CTRL | Qt::Key_L)},
        [this] { m_filterBar->focusText(); });
    add(u"actionToggleBookmark"_s, tr("Toggle &Bookmark"), {QKeySequence(Qt::CTRL | Qt::Key_B)},
        [this] { toggleBookmark(); });
    add(u"actionNextBookmark"_s, tr("Next Bookmark"), {QKeySequence(Qt::Key_F2)}, [this] { nextBookmark(); });
    add(u"actionPreviousBookmark"_s, tr("Previous Bookmark"), {QKeySequence(Qt::SHIFT | Qt::Key_F2)},
        [this] { previousBookmark(); });
    add(u"actionCopyLines"_s, tr("&Copy Lines"), {QKeySequence::Copy}, [this] { copySelection(); });
    add(u"actionSaveLines"_s, tr("&Save Shown Lines…"), {QKeySequence::Save}, [this] { saveAs(); });
    const QList<QPair<QString, QString>> tips {
        {u"actionFindNext"_s, tr("Next line with the text (F3)")},
        {u"actionFindPrevious"_s, tr("Previous line with the text (Shift+F3)")},
        {u"actionToggleBookmark"_s,
            tr("Bookmark the current line (Ctrl+B); F2 and Shift+F2 go to the next and "
               "previous bookmark")},
        {u"actionCopyLines"_s, tr("Copy the selected lines as written (Ctrl+C)")},
        {u"actionSaveLines"_s, tr("Save the lines shown, with the filter applied, to a file (Ctrl+S)")},
    };
    for (const auto &[name, tip] : tips)
        findChild<QAction *>(name)->setToolTip(tip);

    m_followButton = new QToolButton(this);
    m_followButton->setObjectName(u"followButton"_s);
    m_followButton->setDefaultAction(m_followAction);
    m_followButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_followAction->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
    m_followButton->setAccessibleName(tr("Follow new lines"));
    connect(m_followAction, &QAction::toggled, this, [this](bool on) {
        m_followAction->setIcon(style()->standardIcon(on ? QStyle::SP_MediaPlay : QStyle::SP_MediaPause));
    });
}

void LogView::createToolRow()
{
    const auto action = [this](const QString &name) { return findChild<QAction *>(name); };
    m_toolBar->addButton(u"findPreviousButton"_s, QStyle::SP_ArrowUp, action(u"actionFindPrevious"_s));
    m_toolBar->addButton(u"findNextButton"_s, QStyle::SP_ArrowDown, action(u"actionFindNext"_s));
    m_toolBar->addSpacing(8);
    m_toolBar->addTextButton(u"bookmarkButton"_s, tr("Bookmark"), action(u"actionToggleBookmark"_s));
    m_toolBar->addTextButton(u"copyButton"_s, tr("Copy"), action(u"actionCopyLines"_s));
    m_toolBar->addTextButton(u"saveButton"_s, tr("Save…"), action(u"actionSaveLines"_s));
    m_toolBar->addSpacing(8);
    connect(m_toolBar, &LogViewToolBar::zoneChosen, this, [this](LogClock::Zone zone) {
        LogDisplay::setPreferredZone(zone);
        if (m_model)
            m_model->setTimeZone(zone);
    });
    QLineEdit *find = m_toolBar->findEdit();
    connect(find, &QLineEdit::returnPressed, this, [this] { findNext(); });
    connect(find, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_table->highlighter()->setHighlight(text);
        m_table->viewport()->update();
    });
}

void LogView::setFindText(const QString &text)
{
    m_toolBar->findEdit()->setText(text);
}

bool LogView::findNext()
{
    return find(1);
}

bool LogView::findPrevious()
{
    return find(-1);
}

bool LogView::find(int direction)
{
    if (!m_model || m_toolBar->findEdit()->text().isEmpty())
        return false;
    const LogTextMatcher matcher(m_toolBar->findEdit()->text(), false, false);
    bool wrapped = false;
    const int row = LogNavigation::findRow(*m_model, matcher, currentRow(), direction, &wrapped);
    if (row < 0) {
        showTransient(tr("“%1” not found in the lines shown.").arg(m_toolBar->findEdit()->text()));
        return false;
    }
    selectRow(row);
    showTransient(wrapped ? tr("Search wrapped around.") : QString());
    return true;
}

void LogView::toggleBookmark()
{
    const int row = currentRow();
    if (!m_model || row < 0)
        return;
    m_model->setBookmarked(row, !m_model->isBookmarked(row));
    m_statusTimer.start();
}

bool LogView::nextBookmark()
{
    return gotoBookmark(1);
}

bool LogView::previousBookmark()
{
    return gotoBookmark(-1);
}

bool LogView::gotoBookmark(int direction)
{
    bool any = false;
    for (int lane = 0; m_model && lane < m_model->laneCount(); ++lane)
        any = any || (m_model->laneModel(lane) && m_model->laneModel(lane)->bookmarkCount() > 0);
    bool wrapped = false;
    const int row = any ? LogNavigation::findBookmark(*m_model, currentRow(), direction, &wrapped) : -1;
    if (row < 0) {
        showTransient(tr("No bookmarks in the lines shown. Ctrl+B marks the current line."));
        return false;
    }
    selectRow(row);
    return true;
}

void LogView::copySelection()
{
    if (!m_model)
        return;
    QByteArray text;
    const QItemSelection selection = m_table->selectionModel()->selection();
    QList<QPair<int, int>> ranges;
    for (const QItemSelectionRange &range : selection)
        ranges.append({range.top(), range.bottom()});
    std::sort(ranges.begin(), ranges.end());
    int last = -1;
    for (const auto &[top, bottom] : std::as_const(ranges)) {
        for (int row = std::max(top, last + 1); row <= bottom; ++row) {
            text += m_model->rawLine(row);
            text += '\n';
        }
        last = std::max(last, bottom);
    }
    if (text.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(QString::fromUtf8(text));
    const qsizetype lines = text.count('\n');
    showTransient(lines == 1 ? tr("Copied 1 line.") : tr("Copied %1 lines.").arg(QLocale().toString(lines)));
}

void LogView::saveAs()
{
    if (!m_model || m_saver->isSaving())
        return;
    const QString name = m_model->laneCount() == 1 ? m_model->laneName(0) : tr("servers");
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Shown Lines"),
        QDir::home().filePath(name + u".log"_s), tr("Log files (*.log *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    m_askOnError = true;
    saveTo(path);
}

void LogView::saveTo(const QString &path)
{
    if (m_model && !m_saver->isSaving())
        m_saver->save(m_model, path);
}

void LogView::onSaved(bool ok, const QString &message)
{
    showTransient(message);
    if (!ok && m_askOnError)
        QMessageBox::warning(this, tr("Save Shown Lines"), message);
    m_askOnError = false;
    Q_EMIT saveFinished(ok, message);
}
