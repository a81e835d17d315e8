// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/logline.h"

#include "core/licensevalues.h"

using namespace Qt::StringLiterals;

namespace {

struct LevelName
{
    QByteArrayView name; // lower case
    LogLine::Level level;
};

constexpr LevelName LevelNames[] = {
    {"debug", LogLine::Level::Debug},
    {"trace", LogLine::Level::Debug},
    {"d", LogLine::Level::Debug},
    {"info", LogLine::Level::Info},
    {"notice", LogLine::Level::Info},
    {"i", LogLine::Level::Info},
    {"warning", LogLine::Level::Warning},
    {"warn", LogLine::Level::Warning},
    {"w", LogLine::Level::Warning},
    {"error", LogLine::Level::Error},
    {"err", LogLine::Level::Error},
    {"e", LogLine::Level::Error},
    {"fatal", LogLine::Level::Fatal},
    {"critical", LogLine::Level::Fatal},
    {"crit", LogLine::Level::Fatal},
    {"alert", LogLine::Level::Fatal},
    {"emerg", LogLine::Level::Fatal},
    {"f", LogLine::Level::Fatal},
};

// Appends `text` as a JSON string: quotes, backslashes and control characters escaped, the
// rest as UTF-8.
void appendJsonString(QByteArray &out, QStringView text)
{
    static constexpr char Hex[] = "0123456789abcdef";
    out += '"';
    qsizetype i = 0;
    while (i < text.size()) {
        const char16_t c = text[i].unicode();
        if (c >= 0x80) {
            qsizetype end = i + 1;
            while (end < text.size() && text[end].unicode() >= 0x80)
                ++end;
            out += text.sliced(i, end - i).toUtf8();
            i = end;
            continue;
        }
        if (c == u'"' || c == u'\\') {
            out += '\\';
            out += char(c);
        } else if (c == u'\n') {
            out += "\\n";
        } else if (c == u'\r') {
            out += "\\r";
        } else if (c == u'\t') {
            out += "\\t";
        } else if (c < 0x20) {
            out += "\\u00";
            out += Hex[c >> 4];
            out += Hex[c & 0xf];
        } else {
            out += char(c);
        }
        ++i;
    }
    out += '"';
}

constexpr LogLine::Format Formats[]
    = {LogLine::Format::Ve, LogLine::Format::ErrorLog, LogLine::Format::AxpVax, LogLine::Format::Par};

} // namespace

QString logLevelName(LogLine::Level level)
{
    switch (level) {
    case LogLine::Level::Debug:
        return u"debug"_s;
    case LogLine::Level::Info:
        return u"info"_s;
    case LogLine::Level::Warning:
        return u"warning"_s;
    case LogLine::Level::Error:
        return u"error"_s;
    case LogLine::Level::Fatal:
        return u"fatal"_s;
    case LogLine::Level::Unknown:
        break;
    }
    return u"unknown"_s;
}

LogLine::Level logLevelFromBytes(QByteArrayView name)
{
    // Once per line of every log read: folded into a small buffer, compared by length first.
    constexpr qsizetype Longest = 8;
    if (name.isEmpty() || name.size() > Longest)
        return LogLine::Level::Unknown;
    char lower[Longest];
    for (qsizetype i = 0; i < name.size(); ++i) {
        const char c = name[i];
        lower[i] = c >= 'A' && c <= 'Z' ? char(c + ('a' - 'A')) : c;
    }
    const QByteArrayView folded(lower, name.size());
    for (const LevelName &entry : LevelNames) {
        if (entry.name.size() == folded.size() && entry.name == folded)
            return entry.level;
    }
    return LogLine::Level::Unknown;
}

LogLine::Level logLevelFromName(QStringView name)
{
    name = name.trimmed();
    for (const LevelName &entry : LevelNames) {
        if (name.compare(QLatin1StringView(entry.name), Qt::CaseInsensitive) == 0)
            return entry.level;
    }
    return LogLine::Level::Unknown;
}

QString logFormatName(LogLine::Format format)
{
    switch (format) {
    case LogLine::Format::Ve:
        return u"ve"_s;
    case LogLine::Format::ErrorLog:
        return u"errorlog"_s;
    case LogLine::Format::AxpVax:
        return u"axpvax"_s;
    case LogLine::Format::Par:
        return u"par"_s;
    case LogLine::Format::Unknown:
        break;
    }
    return u"unknown"_s;
}

LogLine::Format logFormatFromName(QStringView name)
{
    for (const LogLine::Format format : Formats) {
        if (name == logFormatName(format))
            return format;
    }
    return LogLine::Format::Unknown;
}

QString logTimeToIso(const LogLine &line)
{
    if (!line.time.isValid())
        return QString();
    if (line.format == LogLine::Format::ErrorLog)
        return line.time.toUTC().toString(Qt::ISODate);
    const QStringView format = line.time.time().msec() != 0 ? QStringView(u"yyyy-MM-dd'T'HH:mm:ss.zzz")
                                                            : QStringView(u"yyyy-MM-dd'T'HH:mm:ss");
    return line.time.toString(format);
}

QJsonObject logLineToJson(const LogLine &line)
{
    const QString time = logTimeToIso(line);
    return QJsonObject {
        {u"time"_s, time.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(time)},
        {u"level"_s, logLevelName(line.level)},
        {u"category"_s, line.category},
        {u"message"_s, line.message},
        {u"raw"_s, line.raw},
        {u"format"_s, logFormatName(line.format)},
    };
}

QByteArray logLineToJsonLine(const LogLine &line)
{
    QByteArray out;
    out.reserve(64 + 3 * (line.raw.size() + line.message.size() + line.category.size()));
    out += "{\"category\":";
    appendJsonString(out, line.category);
    out += ",\"format\":";
    appendJsonString(out, logFormatName(line.format));
    out += ",\"level\":";
    appendJsonString(out, logLevelName(line.level));
    out += ",\"message\":";
    appendJsonString(out, line.message);
    out += ",\"raw\":";
    appendJsonString(out, line.raw);
    out += ",\"time\":";
    const QString time = logTimeToIso(line);
    if (time.isEmpty())
        out += "null";
    else
        appendJsonString(out, time);
    out += '}';
    return out;
}

LogLine logLineFromJson(const QJsonObject &object)
{
    LogLine line;
    line.format = logFormatFromName(object.value(u"format"_s).toString());
    line.level = logLevelFromName(object.value(u"level"_s).toString());
    line.category = object.value(u"category"_s).toString();
    line.message = object.value(u"message"_s).toString();
    line.raw = object.value(u"raw"_s).toString();
    // A time without a zone is the wall clock as written; it is kept with the UTC timespec like
    // the parser does (see logparser.h).
    const QString time = object.value(u"time"_s).toString();
    if (!time.isEmpty())
        line.time = LicenseValues::parseDateTime(time);
    return line;
}
