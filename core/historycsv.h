// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/historywatch.h"

#include <QByteArray>
#include <QList>
#include <QString>

// The history of a server as CSV (RFC 4180: UTF-8 without a byte order mark, CRLF line ends, a
// field in double quotes when it holds a comma, a quote or a line break, quotes doubled). One
// header line, then one line per entry in the given order:
//   time              ISO 8601 in UTC ("2024-05-01T11:02:00Z"; with milliseconds when it has some)
//   server            the name the console knows the server by
//   remaining_hours   a plain decimal with a point ("99.5"); empty when not known
//   sessions          emulators the server served; empty when not known
//   service_up        true | false; empty when not known
//   failover_active   true | false; empty when not known
//   source            agent (recorded by the agent) | console (seen by this console: time and hours)
// A text field that starts with = + - @ or a tab gets a leading apostrophe, so that a spreadsheet
// does not run it as a formula. Pure functions, safe on any thread.
namespace HistoryCsv {

QByteArray header();
QByteArray row(const HistoryWatch::Entry &entry, const QString &server);
QByteArray format(const QList<HistoryWatch::Entry> &entries, const QString &server);
QString field(const QString &text); // one text field, quoted when needed

// Writes all of `csv` to `path` or nothing (QSaveFile); false and *error (a sentence) on failure.
bool write(const QString &path, const QByteArray &csv, QString *error);

} // namespace HistoryCsv
