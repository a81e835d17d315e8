// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "agent/auditlog.h"

#include "agent/securefile.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

AuditLog::AuditLog(const QString &file)
    : m_file(file)
{ }

void AuditLog::record(const Entry &entry)
{
    const QJsonObject line {
        {u"time"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
        {u"token"_s, entry.token.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(entry.token)},
        {u"role"_s, entry.role.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(entry.role)},
        {u"client"_s, entry.client.toString()},
        {u"action"_s, entry.action},
        {u"status"_s, entry.status},
        {u"result"_s, entry.result},
        {u"message"_s, entry.message},
    };
    QString error;
    if (SecureFile::append(m_file, QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n', 0600, &error)) {
        m_failing = false;
        return;
    }
    if (!m_failing)
        qWarning("ve-agent: cannot write the audit log: %s", qPrintable(error));
    m_failing = true;
}
