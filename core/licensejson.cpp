// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/licensejson.h"

#include <QJsonArray>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace {

QJsonValue optionalString(const std::optional<QString> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

template<typename T> QJsonValue optionalNumber(const std::optional<T> &value)
{
    return value ? QJsonValue(double(*value)) : QJsonValue(QJsonValue::Null);
}

QJsonValue dateToJson(const QDateTime &date)
{
    return date.isValid() ? QJsonValue(date.toUTC().toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonValue expirationToJson(const Expiration &expiration)
{
    switch (expiration.kind) {
    case Expiration::Kind::Hours:
        return QJsonObject {{u"hours"_s, expiration.hours}};
    case Expiration::Kind::Date:
        return QJsonObject {{u"date"_s, dateToJson(expiration.date)}};
    case Expiration::Kind::Permanent:
        return QJsonObject {{u"permanent"_s, true}};
    case Expiration::Kind::None:
        break;
    }
    return QJsonValue(QJsonValue::Null);
}

QJsonObject extraToJson(const QList<KeyValue> &extra)
{
    QJsonObject object;
    for (const KeyValue &entry : extra) {
        if (!object.contains(entry.key)) // the parser reported later duplicates already
            object.insert(entry.key, entry.value);
    }
    return object;
}

QJsonObject productToJson(const ProductSection &section)
{
    return QJsonObject {
        {u"name"_s, optionalString(section.name)},
        {u"virtualHardware"_s, QJsonArray::fromStringList(section.virtualHardware)},
        {u"productCodes"_s, QJsonArray::fromStringList(section.productCodes)},
        {u"code"_s, optionalString(section.code)},
        {u"majorVersion"_s, optionalNumber(section.majorVersion)},
        {u"minorVersion"_s, optionalNumber(section.minorVersion)},
        {u"maxCpu"_s, optionalNumber(section.maxCpu)},
        {u"maxMemoryMB"_s, optionalNumber(section.maxMemoryMB)},
        {u"instances"_s, optionalNumber(section.instances)},
        {u"expiration"_s, expirationToJson(section.expiration)},
        {u"passphrase"_s, optionalString(section.passphrase)},
        {u"extra"_s, extraToJson(section.extra)},
    };
}

// Reads values of an untrusted object; every type mismatch is noted in `problems`.
class Reader
{
public:
    Reader(const QJsonObject &object, QString path, QStringList *problems)
        : m_object(object)
        , m_path(std::move(path))
        , m_problems(problems)
    { }

    std::optional<QString> string(const QString &key) const
    {
        const QJsonValue value = m_object.value(key);
        if (value.isString())
            return value.toString();
        expectNull(key, value, u"a string"_s);
        return std::nullopt;
    }

    template<typename T> std::optional<T> integer(const QString &key) const
    {
        const QJsonValue value = m_object.value(key);
        const double number = value.toDouble(-1);
        if (value.isDouble() && number >= 0 && number <= double(std::numeric_limits<T>::max())
            && std::floor(number) == number)
            return T(number);
        expectNull(key, value, u"a whole number"_s);
        return std::nullopt;
    }

    QStringList stringList(const QString &key) const
    {
        QStringList list;
        const QJsonValue value = m_object.value(key);
        if (!value.isArray()) {
            expectNull(key, value, u"an array of strings"_s);
            return list;
        }
        for (const QJsonValue item : value.toArray()) {
            if (item.isString())
                list.append(item.toString());
            else
                problem(key, u"an array of strings"_s);
        }
        return list;
    }

    QDateTime date(const QString &key) const
    {
        const std::optional<QString> text = string(key);
        if (!text)
            return {};
        QDateTime date = QDateTime::fromString(*text, Qt::ISODate);
        if (!date.isValid())
            problem(key, u"an ISO 8601 date"_s);
        return date.toUTC();
    }

    Expiration expiration(const QString &key) const
    {
        Expiration expiration;
        const QJsonValue value = m_object.value(key);
        const QJsonObject object = value.toObject();
        if (object.value(u"hours"_s).isDouble() && object.value(u"hours"_s).toDouble() >= 0) {
            expiration.kind = Expiration::Kind::Hours;
            expiration.hours = object.value(u"hours"_s).toDouble();
        } else if (object.value(u"permanent"_s) == QJsonValue(true)) {
            expiration.kind = Expiration::Kind::Permanent;
        } else if (object.contains(u"date"_s)) {
            expiration.date = Reader(object, m_path + key + u'.', m_problems).date(u"date"_s);
            if (expiration.date.isValid())
                expiration.kind = Expiration::Kind::Date;
        } else {
            expectNull(key, value, u"{hours}, {date} or {permanent: true}"_s);
        }
        return expiration;
    }

    QList<KeyValue> extra(const QString &key) const
    {
        QList<KeyValue> extra;
        const QJsonValue value = m_object.value(key);
        const QJsonObject object = value.toObject();
        if (!value.isObject())
            expectNull(key, value, u"an object"_s);
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (it->isString())
                extra.append({it.key(), it->toString()});
            else
                problem(key + u'.' + it.key(), u"a string"_s);
        }
        return extra;
    }

    void problem(const QString &key, const QString &expected) const
    {
        if (m_problems->size() < 100)
            m_problems->append(u"%1%2: expected %3"_s.arg(m_path, key, expected));
    }

private:
    void expectNull(const QString &key, const QJsonValue &value, const QString &expected) const
    {
        if (!value.isNull() && !value.isUndefined())
            problem(key, expected + u" or null"_s);
    }

    QJsonObject m_object;
    QString m_path;
    QStringList *m_problems;
};

ProductSection productFromJson(const QJsonObject &object, const QString &path, QStringList *problems)
{
    const Reader r(object, path, problems);
    ProductSection section;
    section.name = r.string(u"name"_s);
    section.virtualHardware = r.stringList(u"virtualHardware"_s);
    section.productCodes = r.stringList(u"productCodes"_s);
    section.code = r.string(u"code"_s);
    section.majorVersion = r.integer<int>(u"majorVersion"_s);
    section.minorVersion = r.integer<int>(u"minorVersion"_s);
    section.maxCpu = r.integer<int>(u"maxCpu"_s);
    section.maxMemoryMB = r.integer<qint64>(u"maxMemoryMB"_s);
    section.instances = r.integer<int>(u"instances"_s);
    section.expiration = r.expiration(u"expiration"_s);
    section.passphrase = r.string(u"passphrase"_s);
    section.extra = r.extra(u"extra"_s);
    return section;
}

} // namespace

QJsonObject licenseToJson(const License &license)
{
    QJsonArray products;
    for (const ProductSection &section : license.products)
        products.append(productToJson(section));
    QJsonArray diagnostics;
    for (const Diagnostic &diagnostic : license.diagnostics)
        diagnostics.append(QJsonObject {{u"line"_s, diagnostic.line}, {u"message"_s, diagnostic.message}});
    return QJsonObject {
        {u"style"_s, licenseStyleName(license.style)},
        {u"keyType"_s, licenseKeyTypeName(license.keyType)},
        {u"fingerprint"_s, optionalString(license.fingerprint)},
        {u"customer"_s, optionalString(license.customer)},
        {u"licenseId"_s, optionalString(license.licenseId)},
        {u"platform"_s, optionalString(license.platform)},
        {u"releaseDate"_s, dateToJson(license.releaseDate)},
        {u"expiration"_s, expirationToJson(license.expiration)},
        {u"gracePeriodMinutes"_s, optionalNumber(license.gracePeriodMinutes)},
        {u"checkIntervalMinutes"_s, optionalNumber(license.checkIntervalMinutes)},
        {u"products"_s, products},
        {u"extra"_s, extraToJson(license.extra)},
        {u"diagnostics"_s, diagnostics},
    };
}

License licenseFromJson(const QJsonObject &object, QString *error)
{
    QStringList problems;
    const Reader r(object, QString(), &problems);
    License license;
    const QString style = r.string(u"style"_s).value_or(QString());
    const QString keyType = r.string(u"keyType"_s).value_or(QString());
    for (const License::Style s : {License::Style::Legacy, License::Style::Readable, License::Style::Mixed}) {
        if (style == licenseStyleName(s)) {
            license.style = s;
            license.recognised = true;
        }
    }
    if (!license.recognised)
        r.problem(u"style"_s, u"\"legacy\", \"readable\" or \"mixed\""_s);
    for (const License::KeyType t : {License::KeyType::Normal, License::KeyType::Countdown}) {
        if (keyType == licenseKeyTypeName(t))
            license.keyType = t;
    }
    if (license.keyType == License::KeyType::Unknown
        && keyType != licenseKeyTypeName(License::KeyType::Unknown))
        r.problem(u"keyType"_s, u"\"NORMAL\", \"COUNTDOWN\" or \"UNKNOWN\""_s);
    license.fingerprint = r.string(u"fingerprint"_s);
    license.customer = r.string(u"customer"_s);
    license.licenseId = r.string(u"licenseId"_s);
    license.platform = r.string(u"platform"_s);
    license.releaseDate = r.date(u"releaseDate"_s);
    license.expiration = r.expiration(u"expiration"_s);
    license.gracePeriodMinutes = r.integer<int>(u"gracePeriodMinutes"_s);
    license.checkIntervalMinutes = r.integer<int>(u"checkIntervalMinutes"_s);
    license.extra = r.extra(u"extra"_s);
    for (const QString &key : {u"products"_s, u"diagnostics"_s}) {
        if (object.contains(key) && !object.value(key).isArray())
            r.problem(key, u"an array"_s);
    }
    const QJsonArray products = object.value(u"products"_s).toArray();
    for (qsizetype i = 0; i < products.size(); ++i) {
        const QString path = u"products[%1]."_s.arg(i);
        if (!products.at(i).isObject())
            r.problem(path.chopped(1), u"an object"_s);
        else
            license.products.append(productFromJson(products.at(i).toObject(), path, &problems));
    }
    const QJsonArray diagnostics = object.value(u"diagnostics"_s).toArray();
    for (const QJsonValue diagnostic : diagnostics) {
        const QJsonObject d = diagnostic.toObject();
        license.diagnostics.append({d.value(u"line"_s).toInt(), d.value(u"message"_s).toString()});
    }
    for (const QString &problem : std::as_const(problems))
        license.diagnostics.append({0, problem});
    if (error)
        *error = problems.join(u"; ");
    return license;
}
