// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/logline.h"

#include <QList>
#include <QString>

#include <limits>

// What LogStore::filter() keeps. Every part must hold (and). Level and time are compared on the
// store's index only; the text part through LogTextMatcher on each candidate line.
struct LogFilter
{
    // Lines at this level or above. Unknown = no level condition; any other value hides lines
    // whose level is unknown (continuation lines, foreign formats).
    LogLine::Level minLevel = LogLine::Level::Unknown;
    // Inclusive range of LogStore::timeMs(); lines without any time (before the first timed
    // line) are hidden while a range is set.
    qint64 fromMs = std::numeric_limits<qint64>::min();
    qint64 toMs = std::numeric_limits<qint64>::max();
    QString text; // empty = no text condition
    bool regularExpression = false;
    bool caseSensitive = true;

    bool hasTimeRange() const
    {
        return fromMs != std::numeric_limits<qint64>::min() || toMs != std::numeric_limits<qint64>::max();
    }
};

struct LogFilterResult
{
    QList<int> rows; // ascending store rows that pass
    QString error; // set (and rows empty) when the text is not a valid regular expression

    bool isValid() const { return error.isEmpty(); }
};
