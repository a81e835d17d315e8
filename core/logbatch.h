// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/logcursor.h"

#include <QByteArray>
#include <QList>
#include <QMetaType>

// Complete lines of one log file, in file order, as LogFollower hands them out.
//
// `lines` holds each line followed by '\n'. The bytes are the file's: a CR before the line feed
// is removed, a line longer than the follower's cap is cut and ends in a marker (see
// LogLineSplitter), anything else (invalid UTF-8 included) passes through unchanged: the wire
// or display layer decides how to show it. A batch never spans two files.
struct LogBatch
{
    QByteArray lines;
    QList<qint64> endOffsets; // per line: offset in the file just after it (its resume offset)
    LogCursor cursor; // after the last line: cursor.withOffset(endOffsets.last())

    qsizetype lineCount() const { return endOffsets.size(); }
    bool isEmpty() const { return endOffsets.isEmpty(); }
    // The resume cursor after line `index` (0-based) of this batch.
    LogCursor cursorAfter(qsizetype index) const { return cursor.withOffset(endOffsets.at(index)); }
};

Q_DECLARE_METATYPE(LogBatch)
