// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/jsonfieldreader.h"

#include <QJsonArray>

#include <cmath>

using namespace Qt::StringLiterals;

FieldReader::FieldReader(const QJsonObject &object, QString context, QString *error)
    : m_object(object)
    , m_context(std::move(context))
    , m_error(error)
{ }

bool FieldReader::has(const QString &key) const
{
    const QJsonValue v = m_object.value(key);
    return !v.isUndefined() && !v.isNull();
}

QString FieldReader::string(const QString &key)
{
    const QJsonValue v = m_object.value(key);
    if (v.isString())
        return v.toString();
    if (!v.isUndefined() && !v.isNull())
        fail(key, u"expected a string"_s);
    return {};
}

std::optional<double> FieldReader::number(const QString &key)
{
    const QJsonValue v = m_object.value(key);
    if (v.isDouble() && std::isfinite(v.toDouble()))
        return v.toDouble();
    if (!v.isUndefined() && !v.isNull())
        fail(key, u"expected a number"_s);
    return std::nullopt;
}

std::optional<qint64> FieldReader::integer(const QString &key, qint64 min, qint64 max)
{
    const std::optional<double> d = number(key);
    if (!d)
        return std::nullopt;
    if (*d != std::floor(*d) || *d < double(min) || *d > double(max)) {
        fail(key, u"expected an integer in range"_s);
        return std::nullopt;
    }
    return qint64(*d);
}

std::optional<bool> FieldReader::boolean(const QString &key)
{
    const QJsonValue v = m_object.value(key);
    if (v.isBool())
        return v.toBool();
    if (!v.isUndefined() && !v.isNull())
        fail(key, u"expected true or false"_s);
    return std::nullopt;
}

QDateTime FieldReader::time(const QString &key)
{
    const QString text = string(key);
    if (text.isEmpty())
        return {};
    QDateTime t = QDateTime::fromString(text, Qt::ISODate);
    if (!t.isValid()) {
        fail(key, u"expected an ISO 8601 time"_s);
        return {};
    }
    return t.toUTC();
}

QStringList FieldReader::strings(const QString &key)
{
    const QJsonValue v = m_object.value(key);
    QStringList out;
    if (v.isUndefined() || v.isNull())
        return out;
    if (!v.isArray()) {
        fail(key, u"expected an array of strings"_s);
        return out;
    }
    const QJsonArray array = v.toArray();
    for (const QJsonValue &item : array) {
        if (!item.isString()) {
            fail(key, u"expected an array of strings"_s);
            continue;
        }
        out.append(item.toString());
    }
    return out;
}

QJsonObject FieldReader::object(const QString &key)
{
    const QJsonValue v = m_object.value(key);
    if (v.isObject())
        return v.toObject();
    if (!v.isUndefined() && !v.isNull())
        fail(key, u"expected an object"_s);
    return {};
}

void FieldReader::fail(const QString &key, const QString &what)
{
    if (m_error && m_error->isEmpty())
        *m_error = m_context % u'.' % key % u": "_s % what;
}
