// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QDateTime>
#include <QJsonObject>
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

QString logLevelName(LogLine::Level level); // "debug", "info", "warning", "error", "fatal", "unknown"
LogLine::Level logLevelFromName(QStringView name); // accepts any case and the VE spellings
QString logFormatName(LogLine::Format format); // "ve", "errorlog", "axpvax", "par", "unknown"
LogLine::Format logFormatFromName(QStringView name); // Format::Unknown for anything else

// The same table for raw bytes (any case; DEBUG/TRACE, INFO/NOTICE, WARN/WARNING, ERROR/ERR,
// FATAL/CRITICAL/CRIT/ALERT/EMERG and the letters D/I/W/E/F). Allocates nothing: the log parser's
// hot path uses it.
LogLine::Level logLevelFromBytes(QByteArrayView name);

// The time as ISO 8601: with "Z" for error.log (epoch seconds are UTC), without a zone for the
// wall-clock formats (the server's zone is not in the line); milliseconds only when not zero.
// Empty when the line carries no time.
QString logTimeToIso(const LogLine &line);

// One log line as JSON: {"time": ISO 8601 or null, "level", "category", "message", "raw",
// "format"} with the names above. logLineFromJson() accepts hostile input: missing or mistyped
// members become empty/unknown values.
QJsonObject logLineToJson(const LogLine &line);
LogLine logLineFromJson(const QJsonObject &object);

// The same object as one line of compact JSON (UTF-8, no line break), written directly: several
// times faster than QJsonDocument, for JSON Lines output of large logs.
QByteArray logLineToJsonLine(const LogLine &line);
