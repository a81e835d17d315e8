// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

// Reads fields of one JSON object that came over the network. Absent and null fields give the
// default; a field of the wrong type records the first error ("status.protocol: expected a
// number") and also gives the default, so a caller always gets a usable value.
class FieldReader
{
public:
    FieldReader(const QJsonObject &object, QString context, QString *error);

    bool has(const QString &key) const;
    QString string(const QString &key);
    std::optional<double> number(const QString &key); // finite numbers only
    std::optional<qint64> integer(const QString &key, qint64 min, qint64 max); // integral, in range
    std::optional<bool> boolean(const QString &key);
    QDateTime time(const QString &key); // ISO 8601, returned in UTC
    QStringList strings(const QString &key);
    QJsonObject object(const QString &key);

    void fail(const QString &key, const QString &what);

private:
    QJsonObject m_object;
    QString m_context;
    QString *m_error;
};
