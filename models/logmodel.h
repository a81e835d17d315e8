// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/logstore.h"
#include "models/logdisplay.h"

#include <QAbstractTableModel>
#include <QCache>
#include <QSet>

// The lines of one log source (one LogStore, owned) as a flat table: time, level, category,
// message; the raw line on RawRole.
//
// Appends come in batches: appendLines() announces all its lines with one beginInsertRows,
// then, when the store's cap is exceeded, removes the oldest rows with one beginRemoveRows
// (rowsAboutToBeRemoved is emitted while the rows are still readable) and emits
// droppedCountChanged. clear() resets the model. Rows are store rows: row 0 is the oldest line
// held. A line's sequence (droppedCount() + row) stays the same while its row shifts.
//
// Nothing is kept per line beyond the store's index: a line is parsed (LogParser) only when a
// view asks for its text, and the last few hundred parsed lines are cached. Level and time come
// from the store's index (no parsing for colours, filters and sorting by time).
class LogModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TimeColumn, LevelColumn, CategoryColumn, MessageColumn, ColumnCount };
    enum Role {
        RawRole = Qt::UserRole, // QString: the line as written
        RawBytesRole, // QByteArray: its UTF-8 bytes, as received
        LevelRole, // int: LogLine::Level
        LevelColorRole, // QColor: the level's colour, invalid for plain lines
        TimeMsRole, // qint64: LogStore::timeMs() (LogStore::NoTime when none yet)
        SequenceRole, // qint64: droppedCount() + row
        BookmarkRole, // bool
    };

    explicit LogModel(qsizetype maxLines = LogStore::DefaultMaxLines, QObject *parent = nullptr);

    const LogStore &store() const { return m_store; }

    // `lines`: '\n'-terminated lines (a LogBatch's bytes); a last line without '\n' counts.
    // Returns the lines added.
    qsizetype appendLines(QByteArrayView lines);
    void clear();
    void setMaxLines(qsizetype maxLines); // trims at once when lowered
    qint64 droppedCount() const { return m_store.droppedCount(); }

    qint64 sequence(int row) const { return m_store.droppedCount() + row; }
    int rowOfSequence(qint64 sequence) const; // -1 when dropped or not yet there

    // The time column's clock; changing it updates the time column.
    void setClock(const LogClock &clock);
    const LogClock &clock() const { return m_clock; }
    // Whether this source's times are UTC instants (error.log) rather than wall clocks, as seen
    // on its first timed line (false before one arrived).
    bool timesAreInstants() const { return m_instantTimes; }
    // The shown time of `storeMs` (a LogStore::timeMs()) on this model's clock.
    QDateTime shownTime(qint64 storeMs) const;

    void setBookmarked(int row, bool on);
    bool isBookmarked(int row) const;
    int bookmarkCount() const { return int(m_bookmarks.size()); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString columnTitle(int column);

Q_SIGNALS:
    void droppedCountChanged(qint64 dropped);
    void bookmarksChanged();

private:
    const LogLine &parsed(int row) const;
    void applyTrim();
    void learnTimeKind(qsizetype firstRow);

    LogStore m_store;
    LogClock m_clock;
    QSet<qint64> m_bookmarks; // by sequence
    mutable QCache<qint64, LogLine> m_parsed; // by sequence
    bool m_timeKindKnown = false;
    bool m_instantTimes = false;
};
