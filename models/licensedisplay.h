// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/license.h"

#include <QDateTime>
#include <QString>

#include <optional>

// Human text for license values, shared by the license models and the pages.
namespace LicenseDisplay {

QString expiration(const Expiration &expiration); // "100 hours", "2025-12-31", "Permanent", ""
QString keyType(License::KeyType type); // "NORMAL", "COUNTDOWN", "Unknown"
QString minutes(std::optional<int> minutes); // "120 minutes (2 h)", ""
QString memory(std::optional<qint64> megabytes); // "4096 MB (4 GB)", ""
QString hours(double hours); // "97.5 hours"
QString dateTime(const QDateTime &utc); // local, locale short format; "" when invalid
QString integer(std::optional<int> value); // "" when absent

} // namespace LicenseDisplay
