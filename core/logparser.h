// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/logline.h"

#include <QByteArrayView>

// Recognises the VE emulator/server format, the management web server's error.log, and the
// AXP/VAX and PAR emulator formats (docs in logparser.cpp). A line no format matches is kept
// verbatim with Level::Unknown. Times carry the wall clock written in the line (timespec UTC,
// the server's zone is not in the line). Pure functions, safe on any thread, hot path: no
// allocation beyond the QStrings of the result.
class LogParser
{
public:
    static LogLine parseLine(QByteArrayView line);
};
