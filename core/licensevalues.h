// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/license.h"

#include <QDateTime>
#include <QStringList>
#include <QStringView>

#include <optional>

// Value syntaxes of license_viewer fields, shared by the license parser and anything that reads
// a single field (e.g. a value typed by an admin). Every function accepts blanks around the value
// and returns nullopt / an invalid QDateTime when the text is not of its syntax; none throws.
namespace LicenseValues {

// "Charon-SSP/4M,Charon-SSP/4U+," -> {"Charon-SSP/4M", "Charon-SSP/4U+"}: items trimmed, empty
// items dropped.
QStringList splitList(QStringView text);

// A non-negative decimal integer, nothing else.
std::optional<qint64> parseInteger(QStringView text);

// "4096MB", "4096 MB", "4 GB" (x1024), "1 TB" (x1024^2), a plain number (MB).
std::optional<qint64> parseMemoryMB(QStringView text);

// "120 minutes", "120 min", "2 hour(s)" (x60), "1 day" (x1440), a plain number (minutes).
std::optional<int> parseMinutes(QStringView text);

// "100 hour(s)", "100 hours", "100h", "2.5 hours" -> hours; nullopt for anything else.
std::optional<double> parseHours(QStringView text);

// Epoch seconds ("1593308906"), "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd",
// ISO 8601 with 'T' and an optional "Z"/offset, "dd-MMM-yyyy[ HH:mm:ss]". Times without a zone
// are taken as UTC (license_viewer prints none). Result in UTC; invalid when not understood.
QDateTime parseDateTime(QStringView text);

// "permanent", "never", "unlimited", "perpetual", "infinite", "no expiration" and the like.
bool isPermanentWord(QStringView text);

// An expiration as license_viewer prints it: hours ("100 hour(s)"), a permanent word, or a date.
// A plain number is hours for a COUNTDOWN key and epoch seconds for a NORMAL key (like K_R_DATE);
// with an unknown key type it is not understood.
std::optional<Expiration> parseExpiration(QStringView text, License::KeyType type);

// "NORMAL" / "COUNTDOWN" in any case; nullopt otherwise.
std::optional<License::KeyType> parseKeyType(QStringView text);

} // namespace LicenseValues
