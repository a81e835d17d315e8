// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/licensedisplay.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace {

// The translation context of this file's strings (lupdate reads it from the macro).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(LicenseDisplay)
};

} // namespace

namespace LicenseDisplay {

QString expiration(const Expiration &expiration)
{
    switch (expiration.kind) {
    case Expiration::Kind::Hours:
        return hours(expiration.hours);
    case Expiration::Kind::Date:
        return QLocale().toString(expiration.date.toLocalTime().date(), QLocale::ShortFormat);
    case Expiration::Kind::Permanent:
        return Text::tr("Permanent");
    case Expiration::Kind::None:
        break;
    }
    return {};
}

QString keyType(License::KeyType type)
{
    return type == License::KeyType::Unknown ? Text::tr("Unknown") : licenseKeyTypeName(type);
}

QString minutes(std::optional<int> minutes)
{
    if (!minutes)
        return {};
    if (*minutes >= 60 && *minutes % 60 == 0)
        return Text::tr("%1 min (%2 h)").arg(*minutes).arg(*minutes / 60);
    return Text::tr("%1 min").arg(*minutes);
}

QString memory(std::optional<qint64> megabytes)
{
    if (!megabytes)
        return {};
    if (*megabytes >= 1024 && *megabytes % 1024 == 0)
        return Text::tr("%1 MB (%2 GB)").arg(*megabytes).arg(*megabytes / 1024);
    return Text::tr("%1 MB").arg(*megabytes);
}

QString hours(double hours)
{
    return Text::tr("%1 hours").arg(QLocale().toString(hours, 'f', hours == qint64(hours) ? 0 : 1));
}

QString dateTime(const QDateTime &utc)
{
    return utc.isValid() ? QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat) : QString();
}

QString integer(std::optional<int> value)
{
    return value ? QLocale().toString(*value) : QString();
}

} // namespace LicenseDisplay
