// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

// One parsed log line. `raw` is always the line as read (without the line break); the other
// fields are what the recognised format gave, empty when it gave nothing.
struct LogLine
{
    enum class Level { Unknown, Debug, Info, Warning, Error, Fatal };
    enum class Format { Unknown, Ve, ErrorLog, AxpVax, Par };

    QDateTime time; // invalid when the format carries no time; local wall time of the server as
                    // written (Qt::UTC timespec is used for the wall-clock value, see logparser.h)
    Level level = Level::Unknown;
    Format format = Format::Unknown;
    QString category; // VE: "VE"; error.log: the client address; AXP/VAX: module(line)
    QString message;
    QString raw;
};

QString logLevelName(LogLine::Level level);   // "debug", "info", "warning", "error", "fatal", "unknown"
LogLine::Level logLevelFromName(QStringView name); // accepts any case and the VE spellings
QString logFormatName(LogLine::Format format); // "ve", "errorlog", "axpvax", "par", "unknown"
