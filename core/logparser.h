// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/logline.h"

#include <QByteArrayView>

#include <optional>

// Recognises the VE emulator/server format, the management web server's error.log, and the
// AXP/VAX and PAR emulator formats (docs in logparser.cpp). A line no format matches is kept
// verbatim with Level::Unknown. Times carry the wall clock written in the line (timespec UTC,
// the server's zone is not in the line). Pure functions, safe on any thread, hot path: no
// allocation beyond the QStrings of the result.
class LogParser
{
public:
    // `line` may still end in "\n" or "\r\n"; the break is not part of the result. Invalid
    // UTF-8 is replaced (U+FFFD), never rejected.
    static LogLine parseLine(QByteArrayView line);

    // What an index of a large log needs, without building any string: the same recognition as
    // parseLine(), so peek(line).level == parseLine(line).level for every line.
    struct Peek
    {
        LogLine::Format format = LogLine::Format::Unknown;
        LogLine::Level level = LogLine::Level::Unknown;
        std::optional<qint64> msecsSinceEpoch; // the line's time (UTC wall clock); none: no time
        QDateTime time() const; // invalid when the line carries none
    };
    static Peek peek(QByteArrayView line);
    static LogLine::Level levelOf(QByteArrayView line); // cheaper still: no time either
    static QDateTime timeOf(QByteArrayView line);
};
