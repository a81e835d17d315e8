// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "agent/licenseadmin.h"

#include "agent/securefile.h"

#include <QFile>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {
QString kindKey(LicenseAdmin::BackupKind kind)
{
    return kind == LicenseAdmin::BackupKind::Instances ? u"instances"_s : u"data"_s;
}
} // namespace

LicenseAdmin::LicenseAdmin(const QString &backupRecordFile, QObject *parent)
    : QObject(parent)
    , m_recordFile(backupRecordFile)
{
    QFile file(m_recordFile);
    if (!m_recordFile.isEmpty() && file.open(QIODevice::ReadOnly))
        m_record = QJsonDocument::fromJson(file.read(64 * 1024)).object();
}

QJsonObject LicenseAdmin::backupRecord() const
{
    QJsonObject out;
    for (const QString &key : {u"data"_s, u"instances"_s}) {
        const QJsonValue entry = m_record.value(key);
        out.insert(key, entry.isObject() ? entry : QJsonValue(QJsonValue::Null));
    }
    return out;
}

void LicenseAdmin::recordBackup(
    BackupKind kind, const QString &fileName, const QString &sha256, qint64 size, const QDateTime &time)
{
    m_record.insert(kindKey(kind),
        QJsonObject {{u"time"_s, time.toUTC().toString(Qt::ISODate)}, {u"fileName"_s, fileName},
            {u"sha256"_s, sha256}, {u"size"_s, double(size)}});
    if (m_recordFile.isEmpty())
        return;
    QString error;
    if (!SecureFile::writeAtomic(m_recordFile, QJsonDocument(m_record).toJson(), 0600, &error))
        qWarning("ve-agent: cannot record the backup: %s", qPrintable(error));
}
