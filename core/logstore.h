// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/logfilter.h"
#include "core/logline.h"

#include <QByteArray>
#include <QByteArrayView>

#include <deque>
#include <limits>
#include <vector>

// The console's bounded store of one log source's lines (one store per source and server; a
// merged "all servers" view merges stores by time, so the lane is the store's, not a per-line
// field).
//
// Lines are kept as their UTF-8 bytes in blocks of up to 1 MiB (text with a '\n' after each line)
// plus a compact per-line index held as parallel arrays: start offset (4 bytes), time (8), level
// (1): 13 bytes a line, so an 84-byte log line costs ~1.16x its raw bytes, plus at most one
// block reserved ahead. No QString per line: parsed fields come from LogParser on the one line
// asked for (parsedLine()).
//
// Rows are 0 … lineCount()-1, oldest first. appendLines() only adds; trim() then removes the
// oldest whole blocks while more than maxLines() lines are held (a block holds at most
// maxLines()/16 lines, so between 15/16 of the cap and the cap stay). A model calls
// beginInsertRows/appendLines/endInsertRows, then trimCount(), beginRemoveRows(0, n-1)/trim()/
// endRemoveRows: every row shift is announced. droppedCount() counts the lines trimmed since
// the last clear(), for the "N older lines dropped" marker.
//
// Not thread-safe; cheap to move, not meant to be copied.
class LogStore
{
public:
    static constexpr qint64 NoTime = std::numeric_limits<qint64>::min();
    static constexpr qsizetype DefaultMaxLines = 1'000'000;
    static constexpr qsizetype MaxBlockBytes = 1 << 20;

    explicit LogStore(qsizetype maxLines = DefaultMaxLines);

    qsizetype maxLines() const { return m_maxLines; }
    void setMaxLines(qsizetype maxLines); // clamped to 1 … INT_MAX/2; applies at the next trim()

    // `lines`: lines each ending in '\n' (a LogBatch's bytes); a last line without '\n' counts,
    // a CR before a '\n' is dropped. Returns the number of lines added; never trims.
    qsizetype appendLines(QByteArrayView lines);
    qsizetype trimCount() const; // lines the next trim() removes
    qsizetype trim(); // returns the lines removed
    void clear(); // no lines, droppedCount() 0

    qsizetype lineCount() const { return m_lineCount; }
    qint64 droppedCount() const { return m_dropped; }

    QByteArrayView line(qsizetype row) const; // without the '\n'
    LogLine::Level level(qsizetype row) const;
    // The line's wall-clock time in ms since the epoch (LogParser's UTC-labelled wall clock). A
    // line without its own time carries the one of the line before it (stack traces sort
    // with their message); NoTime before the first timed line.
    qint64 timeMs(qsizetype row) const;
    LogLine parsedLine(qsizetype row) const;

    // Rows from `fromRow` on that pass `filter`, ascending. An invalid regular expression gives
    // no rows and the error.
    LogFilterResult filter(const LogFilter &filter, qsizetype fromRow = 0) const;

    qsizetype rawBytes() const { return m_rawBytes; } // held line bytes, '\n' included
    qsizetype memoryUsage() const; // bytes allocated for lines and index

private:
    struct Block
    {
        QByteArray text;
        std::vector<quint32> starts;
        std::vector<qint64> times;
        std::vector<quint8> levels;
        qint64 firstSequence = 0; // of its first line; sequences count every line ever added

        qsizetype count() const { return qsizetype(starts.size()); }
        QByteArrayView lineAt(qsizetype index) const;
    };
    struct Position
    {
        const Block *block = nullptr;
        qsizetype index = 0;
    };

    Position locate(qsizetype row) const;
    Block &blockFor(qsizetype lineBytes);
    void indexLine(Block &block, qsizetype offset, QByteArrayView line);
    void seal(Block &block) const;
    qsizetype blockLineLimit() const { return qMax<qsizetype>(1, m_maxLines / 16); }

    std::deque<Block> m_blocks;
    qsizetype m_maxLines;
    qsizetype m_lineCount = 0;
    qsizetype m_rawBytes = 0;
    qint64 m_dropped = 0;
    qint64 m_lastTime = NoTime;
};
