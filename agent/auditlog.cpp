// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "agent/auditlog.h"

#include "agent/securefile.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

AuditLog::AuditLog(const QString &file)
    : m_file(file)
{ }

void AuditLog::record(const Entry &entry)
{
    QJsonObject line {
        {u"time"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
        {u"token"_s, entry.token.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(entry.token)},
        {u"role"_s, entry.role.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(entry.role)},
        {u"client"_s, entry.client.toString()},
        {u"action"_s, entry.action},
        {u"status"_s, entry.status},
        {u"result"_s, entry.result},
        {u"message"_s, entry.message},
    };
    if (!entry.details.isEmpty())
        line.insert(u"details"_s, entry.details);
    QString error;
    if (SecureFile::append(m_file, QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n', 0600, &error)) {
        m_failing = false;
        return;
    }
    if (!m_failing)
        qWarning("ve-agent: cannot write the audit log: %s", qPrintable(error));
    m_failing = true;
}

QJsonObject AuditLog::lastEntry(const QString &action, qint64 maxScanBytes) const
{
    QFile file(m_file);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    // The action as it appears in a compact line: "action":"…" (JSON-escaped).
    const QByteArray encoded = QJsonDocument(QJsonArray {action}).toJson(QJsonDocument::Compact);
    const QByteArray needle = "\"action\":" + encoded.mid(1, encoded.size() - 2);
    auto matches = [&](QByteArrayView line) {
        if (!line.contains(needle))
            return QJsonObject();
        const QJsonObject object = QJsonDocument::fromJson(line.toByteArray()).object();
        return object.value(u"action"_s).toString() == action ? object : QJsonObject();
    };
    // Backwards in blocks. The first piece of a block may be a line cut by the block boundary:
    // it is carried over and completed by the block before it.
    constexpr qint64 Block = 256 * 1024;
    const qint64 stop = qMax<qint64>(0, file.size() - maxScanBytes);
    qint64 end = file.size();
    QByteArray carry;
    while (end > stop) {
        const qint64 start = qMax(stop, end - Block);
        if (!file.seek(start))
            return {};
        const QList<QByteArray> pieces = QByteArray(file.read(end - start) + carry).split('\n');
        end = start;
        for (qsizetype i = pieces.size() - 1; i >= (start == 0 ? 0 : 1); --i) {
            const QJsonObject found = matches(pieces.at(i));
            if (!found.isEmpty())
                return found;
        }
        carry = pieces.constFirst();
    }
    return {};
}

QList<QJsonObject> AuditLog::newest(int limit, qint64 maxTailBytes) const
{
    QList<QJsonObject> out;
    QFile file(m_file);
    if (limit <= 0 || !file.open(QIODevice::ReadOnly))
        return out;
    const qint64 start = qMax<qint64>(0, file.size() - maxTailBytes);
    if (!file.seek(start))
        return out;
    const QList<QByteArray> lines = file.read(maxTailBytes).split('\n');
    // A tail that starts mid-file starts mid-line: its first piece is not a whole entry.
    for (qsizetype i = lines.size() - 1; i >= (start == 0 ? 0 : 1) && out.size() < limit; --i) {
        const QJsonDocument doc = QJsonDocument::fromJson(lines.at(i));
        if (doc.isObject())
            out.append(doc.object());
    }
    return out;
}
