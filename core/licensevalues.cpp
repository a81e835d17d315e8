// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/licensevalues.h"

#include <limits>

using namespace Qt::StringLiterals;

namespace {

// Splits "4096 MB" / "2.5hours" / "120" into the number and the lower-cased unit word.
struct Quantity
{
    QStringView number;
    QString unit;
};

Quantity splitQuantity(QStringView text)
{
    text = text.trimmed();
    qsizetype i = 0;
    while (i < text.size() && (text.at(i).isDigit() || text.at(i) == u'.'))
        ++i;
    return {text.first(i), text.sliced(i).trimmed().toString().toLower()};
}

bool unitIs(const QString &unit, std::initializer_list<QLatin1StringView> names)
{
    for (const QLatin1StringView name : names) {
        if (unit == name)
            return true;
    }
    return false;
}

} // namespace

namespace LicenseValues {

QStringList splitList(QStringView text)
{
    QStringList items;
    for (const QStringView item : text.split(u',')) {
        const QStringView trimmed = item.trimmed();
        if (!trimmed.isEmpty())
            items.append(trimmed.toString());
    }
    return items;
}

std::optional<qint64> parseInteger(QStringView text)
{
    text = text.trimmed();
    if (text.isEmpty() || text.size() > 18)
        return std::nullopt;
    qint64 value = 0;
    for (const QChar c : text) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
        value = value * 10 + (c.unicode() - u'0');
    }
    return value;
}

std::optional<qint64> parseMemoryMB(QStringView text)
{
    const Quantity q = splitQuantity(text);
    const std::optional<qint64> number = parseInteger(q.number);
    if (!number)
        return std::nullopt;
    qint64 factor = 0;
    if (unitIs(q.unit, {""_L1, "mb"_L1, "m"_L1, "mib"_L1}))
        factor = 1;
    else if (unitIs(q.unit, {"gb"_L1, "g"_L1, "gib"_L1}))
        factor = 1024;
    else if (unitIs(q.unit, {"tb"_L1, "t"_L1, "tib"_L1}))
        factor = 1024 * 1024;
    if (factor == 0 || *number > std::numeric_limits<qint64>::max() / factor / 1024)
        return std::nullopt;
    return *number * factor;
}

std::optional<int> parseMinutes(QStringView text)
{
    const Quantity q = splitQuantity(text);
    const std::optional<qint64> number = parseInteger(q.number);
    if (!number)
        return std::nullopt;
    qint64 factor = 0;
    if (unitIs(q.unit, {""_L1, "minutes"_L1, "minute(s)"_L1, "minute"_L1, "min"_L1, "mins"_L1, "m"_L1}))
        factor = 1;
    else if (unitIs(q.unit, {"hours"_L1, "hour(s)"_L1, "hour"_L1, "h"_L1, "hrs"_L1, "hr"_L1}))
        factor = 60;
    else if (unitIs(q.unit, {"days"_L1, "day(s)"_L1, "day"_L1, "d"_L1}))
        factor = 24 * 60;
    if (factor == 0 || *number > std::numeric_limits<int>::max() / factor)
        return std::nullopt;
    return int(*number * factor);
}

std::optional<double> parseHours(QStringView text)
{
    const Quantity q = splitQuantity(text);
    if (q.number.isEmpty()
        || !unitIs(q.unit, {"hours"_L1, "hour(s)"_L1, "hour"_L1, "h"_L1, "hrs"_L1, "hr"_L1}))
        return std::nullopt;
    bool ok = false;
    const double hours = q.number.toDouble(&ok);
    if (!ok || hours < 0 || hours > 1e12)
        return std::nullopt;
    return hours;
}

QDateTime parseDateTime(QStringView text)
{
    text = text.trimmed();
    if (const std::optional<qint64> epoch = parseInteger(text)) {
        // Up to the year 9999; beyond that it is not an epoch.
        if (*epoch <= 253402300799)
            return QDateTime::fromSecsSinceEpoch(*epoch, Qt::UTC);
        return {};
    }
    QString string = text.toString();
    const qsizetype t = string.indexOf(u'T');
    if (t > 0) {
        const QStringView zonePart = QStringView(string).sliced(t);
        if (zonePart.endsWith(u'Z') || zonePart.contains(u'+') || zonePart.lastIndexOf(u'-') > 0) {
            const QDateTime zoned = QDateTime::fromString(string, Qt::ISODate);
            return zoned.isValid() ? zoned.toUTC() : QDateTime();
        }
        string[t] = u' ';
    }
    // Date and time parsed apart and joined as UTC: a local-time detour would shift or reject
    // wall clocks that fall into a daylight-saving gap of this machine's zone.
    const qsizetype space = string.indexOf(u' ');
    const QString datePart = space < 0 ? string : string.first(space);
    const QString timePart = space < 0 ? QString() : string.sliced(space + 1).trimmed();
    QDate date;
    for (const QStringView format : {u"yyyy-MM-dd", u"dd-MMM-yyyy", u"yyyy/MM/dd"}) {
        date = QDate::fromString(datePart, format);
        if (date.isValid())
            break;
    }
    QTime time(0, 0);
    if (!timePart.isEmpty()) {
        time = QTime::fromString(timePart, Qt::ISODateWithMs);
        if (!time.isValid())
            time = QTime::fromString(timePart, u"HH:mm:ss");
    }
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, Qt::UTC);
}

bool isPermanentWord(QStringView text)
{
    static const QLatin1StringView words[] = {
        "permanent"_L1,
        "perpetual"_L1,
        "never"_L1,
        "unlimited"_L1,
        "infinite"_L1,
        "no expiration"_L1,
        "not limited"_L1,
        "does not expire"_L1,
    };
    const QStringView trimmed = text.trimmed();
    for (const QLatin1StringView word : words) {
        if (trimmed.startsWith(word, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

std::optional<Expiration> parseExpiration(QStringView text, License::KeyType type)
{
    Expiration expiration;
    if (const std::optional<double> hours = parseHours(text)) {
        expiration.kind = Expiration::Kind::Hours;
        expiration.hours = *hours;
        return expiration;
    }
    if (isPermanentWord(text)) {
        expiration.kind = Expiration::Kind::Permanent;
        return expiration;
    }
    if (const std::optional<qint64> number = parseInteger(text)) {
        if (type == License::KeyType::Countdown) {
            expiration.kind = Expiration::Kind::Hours;
            expiration.hours = double(*number);
            return expiration;
        }
        if (type != License::KeyType::Normal || *number == 0)
            return std::nullopt;
    }
    const QDateTime date = parseDateTime(text);
    if (!date.isValid())
        return std::nullopt;
    expiration.kind = Expiration::Kind::Date;
    expiration.date = date;
    return expiration;
}

std::optional<License::KeyType> parseKeyType(QStringView text)
{
    text = text.trimmed();
    if (text.compare(u"NORMAL", Qt::CaseInsensitive) == 0)
        return License::KeyType::Normal;
    if (text.compare(u"COUNTDOWN", Qt::CaseInsensitive) == 0)
        return License::KeyType::Countdown;
    return std::nullopt;
}

} // namespace LicenseValues
