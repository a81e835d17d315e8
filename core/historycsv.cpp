// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/historycsv.h"

#include <QCoreApplication>
#include <QDir>
#include <QLocale>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace {

QString number(double value)
{
    // Shortest text that reads back as the same double, never with an exponent.
    return QString::number(value, 'f', QLocale::FloatingPointShortest);
}

QString boolean(bool value)
{
    return value ? u"true"_s : u"false"_s;
}

QString timeText(const QDateTime &time)
{
    const QDateTime utc = time.toUTC();
    return utc.toString(utc.time().msec() != 0 ? Qt::ISODateWithMs : Qt::ISODate);
}

} // namespace

namespace HistoryCsv {

QByteArray header()
{
    return "time,server,remaining_hours,sessions,service_up,failover_active,source\r\n"_ba;
}

QString field(const QString &text)
{
    QString value = text;
    if (!value.isEmpty() && u"=+-@\t\r"_s.contains(value.front()))
        value.prepend(u'\'');
    if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n') && !value.contains(u'\r'))
        return value;
    value.replace(u"\""_s, u"\"\""_s);
    return u'"' + value + u'"';
}

QByteArray row(const HistoryWatch::Entry &entry, const QString &server)
{
    const HistorySample &s = entry.sample;
    const bool agent = entry.origin == HistoryWatch::Origin::Agent;
    const QStringList fields {
        timeText(s.time),
        field(server),
        s.remainingHours ? number(*s.remainingHours) : QString(),
        s.sessions ? QString::number(*s.sessions) : QString(),
        agent ? boolean(s.serviceUp) : QString(),
        agent ? boolean(s.failoverActive) : QString(),
        agent ? u"agent"_s : u"console"_s,
    };
    return fields.join(u',').toUtf8() + "\r\n"_ba;
}

QByteArray format(const QList<HistoryWatch::Entry> &entries, const QString &server)
{
    QByteArray out = header();
    out.reserve(out.size() + entries.size() * (80 + server.size()));
    for (const HistoryWatch::Entry &entry : entries)
        out += row(entry, server);
    return out;
}

bool write(const QString &path, const QByteArray &csv, QString *error)
{
    QSaveFile file(path);
    const auto fail = [&](const QString &reason) {
        if (error)
            *error = QCoreApplication::translate("HistoryCsv", "Cannot write %1: %2")
                         .arg(QDir::toNativeSeparators(path), reason);
        return false;
    };
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    if (file.write(csv) != csv.size())
        return fail(file.errorString());
    if (!file.commit())
        return fail(file.errorString());
    return true;
}

} // namespace HistoryCsv
