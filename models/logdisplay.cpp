// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/logdisplay.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QPalette>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace {

// Wall clock (labelled UTC) → instant, and back, by the server's offset or, unknown, the zone
// of the console.
qint64 wallToInstant(qint64 wallMs, const std::optional<int> &offset)
{
    if (offset)
        return wallMs - qint64(*offset) * 1000;
    const QDateTime wall = QDateTime::fromMSecsSinceEpoch(wallMs, Qt::UTC);
    return QDateTime(wall.date(), wall.time(), Qt::LocalTime).toMSecsSinceEpoch();
}

qint64 instantToWall(qint64 instantMs, const std::optional<int> &offset)
{
    if (offset)
        return instantMs + qint64(*offset) * 1000;
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(instantMs, Qt::LocalTime);
    return QDateTime(local.date(), local.time(), Qt::UTC).toMSecsSinceEpoch();
}

bool darkTheme()
{
    return QGuiApplication::palette().color(QPalette::Base).lightness() < 128;
}

// The translation context of this file's strings (lupdate reads it from the macro).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(LogDisplay)
};

} // namespace

qint64 LogClock::instantMs(qint64 storeMs, bool isInstant) const
{
    return (isInstant ? storeMs : wallToInstant(storeMs, serverUtcOffsetSeconds)) - skewMs;
}

QDateTime LogClock::shown(qint64 storeMs, bool isInstant) const
{
    if (zone == Zone::Local)
        return QDateTime::fromMSecsSinceEpoch(instantMs(storeMs, isInstant), Qt::LocalTime);
    return QDateTime::fromMSecsSinceEpoch(
        isInstant ? instantToWall(storeMs, serverUtcOffsetSeconds) : storeMs, Qt::UTC);
}

qint64 LogClock::storeMs(const QDateTime &shown, bool isInstant) const
{
    if (zone == Zone::Local) {
        const qint64 serverInstant
            = QDateTime(shown.date(), shown.time(), Qt::LocalTime).toMSecsSinceEpoch() + skewMs;
        return isInstant ? serverInstant : instantToWall(serverInstant, serverUtcOffsetSeconds);
    }
    const qint64 wall = QDateTime(shown.date(), shown.time(), Qt::UTC).toMSecsSinceEpoch();
    return isInstant ? wallToInstant(wall, serverUtcOffsetSeconds) : wall;
}

namespace LogDisplay {

QString levelText(LogLine::Level level)
{
    switch (level) {
    case LogLine::Level::Debug:
        return Text::tr("DEBUG");
    case LogLine::Level::Info:
        return Text::tr("INFO");
    case LogLine::Level::Warning:
        return Text::tr("WARN");
    case LogLine::Level::Error:
        return Text::tr("ERROR");
    case LogLine::Level::Fatal:
        return Text::tr("FATAL");
    case LogLine::Level::Unknown:
        break;
    }
    return QString();
}

QString levelTitle(LogLine::Level level)
{
    switch (level) {
    case LogLine::Level::Debug:
        return Text::tr("Debug and above");
    case LogLine::Level::Info:
        return Text::tr("Info and above");
    case LogLine::Level::Warning:
        return Text::tr("Warnings and errors");
    case LogLine::Level::Error:
        return Text::tr("Errors only");
    case LogLine::Level::Fatal:
        return Text::tr("Fatal only");
    case LogLine::Level::Unknown:
        break;
    }
    return Text::tr("All levels");
}

QColor levelColor(LogLine::Level level)
{
    const bool dark = darkTheme();
    switch (level) {
    case LogLine::Level::Error:
    case LogLine::Level::Fatal:
        return dark ? QColor(0xff, 0x6b, 0x6b) : QColor(0xc6, 0x28, 0x28);
    case LogLine::Level::Warning:
        return dark ? QColor(0xff, 0xc1, 0x4d) : QColor(0xa0, 0x5a, 0x00);
    case LogLine::Level::Debug: {
        const QPalette palette = QGuiApplication::palette();
        const QColor text = palette.color(QPalette::Text);
        const QColor base = palette.color(QPalette::Base);
        return QColor((text.red() + base.red()) / 2, (text.green() + base.green()) / 2,
            (text.blue() + base.blue()) / 2);
    }
    case LogLine::Level::Info:
    case LogLine::Level::Unknown:
        break;
    }
    return QColor();
}

QColor errorBackground()
{
    return darkTheme() ? QColor(0xff, 0x50, 0x50, 0x30) : QColor(0xe5, 0x39, 0x35, 0x1c);
}

QColor bookmarkBackground()
{
    return darkTheme() ? QColor(0x4f, 0x8c, 0xff, 0x50) : QColor(0x1e, 0x66, 0xf5, 0x30);
}

QColor searchHighlight()
{
    return darkTheme() ? QColor(0xb0, 0x8a, 0x00) : QColor(0xff, 0xe0, 0x66);
}

QString timeText(const QDateTime &shown)
{
    if (!shown.isValid())
        return QString();
    return shown.toString(shown.time().msec() != 0 ? u"yyyy-MM-dd HH:mm:ss.zzz"_s : u"yyyy-MM-dd HH:mm:ss"_s);
}

bool isInstantFormat(LogLine::Format format)
{
    return format == LogLine::Format::ErrorLog;
}

LogClock::Zone preferredZone()
{
    return QSettings().value(u"logs/timeZone"_s).toString() == "local"_L1 ? LogClock::Zone::Local
                                                                          : LogClock::Zone::Server;
}

void setPreferredZone(LogClock::Zone zone)
{
    QSettings().setValue(u"logs/timeZone"_s, zone == LogClock::Zone::Local ? u"local"_s : u"server"_s);
}

} // namespace LogDisplay
