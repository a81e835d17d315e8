// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/logview.h"

#include "core/logtextmatcher.h"
#include "models/logexporter.h"
#include "models/logmodel.h"
#include "models/mergedlogmodel.h"
#include "widgets/logfilterbar.h"
#include "widgets/logitemdelegate.h"
#include "widgets/lognavigation.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QScrollBar>
#include <QStyle>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

LogView::LogView(QWidget *parent)
    : QWidget(parent)
    , m_filterBar(new LogFilterBar(this))
    , m_dropped(new QLabel(this))
    , m_table(new QTableView(this))
    , m_delegate(new LogItemDelegate(this))
    , m_newLinesButton(new QPushButton(this))
    , m_status(new QLabel(this))
    , m_message(new QLabel(this))
{
    setObjectName(u"logView"_s);
    m_dropped->setObjectName(u"logDroppedBanner"_s);
    m_table->setObjectName(u"logTable"_s);
    m_newLinesButton->setObjectName(u"newLinesButton"_s);
    m_status->setObjectName(u"logStatus"_s);
    m_message->setObjectName(u"logMessage"_s);

    m_table->setAccessibleName(tr("Log lines"));
    m_table->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_table->setItemDelegate(m_delegate);
    m_table->setWordWrap(false);
    m_table->setShowGrid(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setVerticalScrollMode(QAbstractItemView::ScrollPerItem);
    m_table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(QFontMetrics(m_table->font()).height() + 4);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->installEventFilter(this);
    m_table->viewport()->installEventFilter(this);
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
    layout->addWidget(createToolRow());
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
    setFocusProxy(m_table);
    updateStatus();
}

LogView::~LogView() = default;

void LogView::addToolWidget(QWidget *widget)
{
    m_toolRow->insertWidget(m_toolWidgets++, widget);
}

void LogView::setModel(MergedLogModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    m_table->setModel(model);
    m_columnsSized = false;
    if (model) {
        connect(model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) { onRowsInserted(first, last); });
        connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this,
            [this](const QModelIndex &, int first, int last) { onRowsAboutToBeRemoved(first, last); });
        connect(model, &QAbstractItemModel::modelAboutToBeReset, this, [this] { keepTopRow(currentRow()); });
        connect(model, &QAbstractItemModel::modelReset, this, &LogView::onModelReset);
        connect(model, &MergedLogModel::droppedCountChanged, this, &LogView::updateDropped);
        connect(model, &MergedLogModel::filterApplied, this, &LogView::onFilterApplied);
        connect(model, &MergedLogModel::linesChanged, &m_statusTimer, qOverload<>(&QTimer::start));
        connect(model, &QAbstractItemModel::headerDataChanged, this, [this] {
            const QSignalBlocker blocker(m_zone);
            m_zone->setCurrentIndex(m_model->timeZone() == LogClock::Zone::Local ? 1 : 0);
        });
        model->setFilter(m_filterBar->filter());
        const QSignalBlocker blocker(m_zone);
        m_zone->setCurrentIndex(model->timeZone() == LogClock::Zone::Local ? 1 : 0);
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
    if (m_model && m_model->laneModel(0)) {
        const LogModel *lane = m_model->laneModel(0);
        const LogStore &store = lane->store();
        if (store.lineCount() > 0)
            m_filterBar->setTimeHint(lane->shownTime(store.timeMs(0)), lane->shownTime(store.timeMs(store.lineCount() - 1)));
    }
}

void LogView::updateColumns()
{
    const bool several = m_model && m_model->laneCount() > 1;
    m_table->setColumnHidden(MergedLogModel::ServerColumn, !several);
    if (!m_model || m_model->rowCount() == 0 || m_columnsSized)
        return;
    const QFontMetrics metrics(m_table->font());
    const int pad = 2 * metrics.averageCharWidth() + 8;
    m_table->setColumnWidth(MergedLogModel::ServerColumn, metrics.horizontalAdvance(u"backup-server-01"_s) + pad);
    m_table->setColumnWidth(MergedLogModel::TimeColumn, metrics.horizontalAdvance(u"2026-01-31 18:08:25.000"_s) + pad);
    m_table->setColumnWidth(MergedLogModel::LevelColumn, metrics.horizontalAdvance(u"ERROR"_s) + pad);
    m_table->setColumnWidth(MergedLogModel::CategoryColumn, metrics.horizontalAdvance(u"192.168.100.100"_s) + pad);
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

bool LogView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Copy)) {
            event->accept(); // ours, not the table's one-cell copy
            return true;
        }
    }
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Copy)) {
            copySelection();
            return true;
        }
        switch (key->key()) {
        case Qt::Key_End:
            setFollowing(true);
            if (m_model && m_model->rowCount() > 0 && !(key->modifiers() & Qt::ShiftModifier))
                m_table->setCurrentIndex(m_model->index(m_model->rowCount() - 1, MergedLogModel::MessageColumn));
            return true;
        case Qt::Key_PageUp:
        case Qt::Key_Up:
        case Qt::Key_Home:
            setFollowing(false);
            break;
        default:
            break;
        }
    }
    if (watched == m_table->viewport() && event->type() == QEvent::Resize)
        placeNewLinesButton();
    return QWidget::eventFilter(watched, event);
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
        m_newLinesButton->setText(tr("%n new line(s) · End to follow", nullptr, m_newLines));
        placeNewLinesButton();
    }
    m_newLinesButton->setVisible(show);
    m_followButton->setText(m_following ? tr("Following") : tr("Paused"));
}

void LogView::updateStatus()
{
    if (!m_model) {
        m_status->setText(tr("No log"));
        return;
    }
    const QLocale locale;
    const qint64 total = m_model->totalLines();
    const qint64 shown = m_model->rowCount();
    QString text = m_model->isFiltering()
        ? tr("%1 of %2 lines shown").arg(locale.toString(shown), locale.toString(total))
        : tr("%Ln line(s)", nullptr, int(std::min<qint64>(total, std::numeric_limits<int>::max())));
    int bookmarks = 0;
    for (int lane = 0; lane < m_model->laneCount(); ++lane)
        bookmarks += m_model->laneModel(lane) ? m_model->laneModel(lane)->bookmarkCount() : 0;
    if (bookmarks > 0)
        text += u"  ·  "_s + tr("%n bookmark(s)", nullptr, bookmarks);
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
    QString text = tr("%1 older lines dropped: the console keeps the newest %2 lines of each log.")
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
    const auto add = [this](const QString &name, const QString &text, const QList<QKeySequence> &keys, auto slot) {
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
        m_find->setFocus(Qt::ShortcutFocusReason);
        m_find->selectAll();
    });
    add(u"actionFindNext"_s, tr("Find &Next"), {QKeySequence::FindNext}, [this] { findNext(); });
    add(u"actionFindPrevious"_s, tr("Find &Previous"), {QKeySequence::FindPrevious}, [this] { findPrevious(); });
    add(u"actionFilter"_s, tr("F&ilter"), {QKeySequence(Qt::CTRL | Qt::Key_L)}, [this] { m_filterBar->focusText(); });
    add(u"actionToggleBookmark"_s, tr("Toggle &Bookmark"), {QKeySequence(Qt::CTRL | Qt::Key_B)},
        [this] { toggleBookmark(); });
    add(u"actionNextBookmark"_s, tr("Next Bookmark"), {QKeySequence(Qt::Key_F2)}, [this] { nextBookmark(); });
    add(u"actionPreviousBookmark"_s, tr("Previous Bookmark"), {QKeySequence(Qt::SHIFT | Qt::Key_F2)},
        [this] { previousBookmark(); });
    add(u"actionCopyLines"_s, tr("&Copy Lines"), {QKeySequence::Copy}, [this] { copySelection(); });
    add(u"actionSaveLines"_s, tr("&Save Shown Lines…"), {QKeySequence::Save}, [this] { saveAs(); });

    m_followButton = new QToolButton(this);
    m_followButton->setObjectName(u"followButton"_s);
    m_followButton->setDefaultAction(m_followAction);
    m_followButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_followButton->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
    m_followButton->setAccessibleName(tr("Follow new lines"));
    connect(m_followAction, &QAction::toggled, m_followButton, [this](bool on) {
        m_followButton->setIcon(style()->standardIcon(on ? QStyle::SP_MediaPlay : QStyle::SP_MediaPause));
    });
}

QWidget *LogView::createToolRow()
{
    auto *row = new QWidget(this);
    m_toolRow = new QHBoxLayout(row);
    m_toolRow->setContentsMargins(0, 0, 0, 0);
    m_zone = new QComboBox(row);
    m_zone->setObjectName(u"logTimeZone"_s);
    m_zone->addItem(tr("Server time"));
    m_zone->addItem(tr("Your time"));
    m_zone->setAccessibleName(tr("Time column clock"));
    m_zone->setToolTip(tr("Show times as the server wrote them, or in your time zone corrected for the "
                          "server's clock difference"));
    connect(m_zone, &QComboBox::currentIndexChanged, this, [this](int index) {
        const LogClock::Zone zone = index == 1 ? LogClock::Zone::Local : LogClock::Zone::Server;
        LogDisplay::setPreferredZone(zone);
        if (m_model)
            m_model->setTimeZone(zone);
    });
    m_find = new QLineEdit(row);
    m_find->setObjectName(u"logFind"_s);
    m_find->setPlaceholderText(tr("Find (Ctrl+F)"));
    m_find->setClearButtonEnabled(true);
    m_find->setAccessibleName(tr("Find text"));
    m_find->setMaximumWidth(260);
    connect(m_find, &QLineEdit::returnPressed, this, [this] { findNext(); });
    connect(m_find, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_delegate->setHighlight(text);
        m_table->viewport()->update();
    });
    const auto button = [&](const QString &name, QStyle::StandardPixmap icon, QAction *action) {
        auto *tool = new QToolButton(row);
        tool->setObjectName(name);
        tool->setDefaultAction(action);
        tool->setIcon(style()->standardIcon(icon));
        tool->setAutoRaise(true);
        tool->setAccessibleName(action->text().remove(u'&'));
        return tool;
    };
    const auto action = [this](const QString &name) { return findChild<QAction *>(name); };
    m_toolRow->addStretch(1);
    m_toolRow->addWidget(m_find);
    m_toolRow->addWidget(button(u"findPreviousButton"_s, QStyle::SP_ArrowUp, action(u"actionFindPrevious"_s)));
    m_toolRow->addWidget(button(u"findNextButton"_s, QStyle::SP_ArrowDown, action(u"actionFindNext"_s)));
    m_toolRow->addSpacing(8);
    m_toolRow->addWidget(button(u"bookmarkButton"_s, QStyle::SP_DialogYesButton, action(u"actionToggleBookmark"_s)));
    m_toolRow->addWidget(button(u"copyButton"_s, QStyle::SP_FileIcon, action(u"actionCopyLines"_s)));
    m_toolRow->addWidget(button(u"saveButton"_s, QStyle::SP_DialogSaveButton, action(u"actionSaveLines"_s)));
    m_toolRow->addSpacing(8);
    m_toolRow->addWidget(m_zone);
    return row;
}

void LogView::setFindText(const QString &text)
{
    m_find->setText(text);
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
    if (!m_model || m_find->text().isEmpty())
        return false;
    const LogTextMatcher matcher(m_find->text(), false, false);
    bool wrapped = false;
    const int row = LogNavigation::findRow(*m_model, matcher, currentRow(), direction, &wrapped);
    if (row < 0) {
        showTransient(tr("“%1” not found in the lines shown.").arg(m_find->text()));
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
    showTransient(tr("Copied %Ln line(s).", nullptr, int(text.count('\n'))));
}

void LogView::saveAs()
{
    if (!m_model || m_exporter)
        return;
    const QString name = m_model->laneCount() == 1 ? m_model->laneName(0) : tr("servers");
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Shown Lines"),
        QDir::home().filePath(name + u".log"_s), tr("Log files (*.log *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    saveTo(path);
    connect(m_exporter, &LogExporter::finished, this, [this](bool ok, const QString &message) {
        if (!ok)
            QMessageBox::warning(this, tr("Save Shown Lines"), message);
    });
}

void LogView::saveTo(const QString &path)
{
    if (!m_model || m_exporter)
        return;
    m_exporter = new LogExporter(m_model, this);
    auto *progress = new QProgressDialog(tr("Saving %Ln line(s)…", nullptr, m_model->rowCount()), tr("Cancel"), 0,
        std::max(1, m_model->rowCount()), this);
    progress->setObjectName(u"logSaveProgress"_s);
    progress->setWindowTitle(tr("Save Shown Lines"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(400);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    progress->setValue(0);
    connect(progress, &QProgressDialog::canceled, m_exporter, &LogExporter::cancel);
    connect(m_exporter, &LogExporter::progressed, progress,
        [progress](qint64 done, qint64 total) { progress->setValue(int(std::min(done, total))); });
    connect(m_exporter, &LogExporter::finished, this, [this, progress, path](bool ok, const QString &message) {
        progress->deleteLater();
        const qint64 saved = m_exporter->totalLines() - m_exporter->skippedLines();
        m_exporter->deleteLater();
        const QString text = ok ? tr("Saved %1 lines to %2.").arg(QLocale().toString(saved), QDir::toNativeSeparators(path))
                                : message;
        showTransient(text);
        Q_EMIT saveFinished(ok, text);
    });
    m_exporter->start(path);
}
