// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "agent/esxibindservice.h"

#include "agent/esxibindprocess.h"
#include "agent/processrunner.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {
constexpr qint64 MaxRecordBytes = 64 * 1024;

bool looksSecret(const QString &key)
{
    static const QRegularExpression secret(
        u"pass|secret|token|key|pwd"_s, QRegularExpression::CaseInsensitiveOption);
    return secret.match(key).hasMatch();
}

// Applies one recognised key; false when the key is not one of them.
bool applyKnownKey(const QString &key, const QString &value, EsxiBinding *b)
{
    if (key == "type"_L1) {
        b->type = value.toLower();
    } else if (key == "host"_L1 || key == "address"_L1 || key == "server"_L1) {
        b->host = value;
    } else if (key == "port"_L1) {
        bool ok = false;
        const uint port = value.toUInt(&ok);
        b->port = ok && port <= 65535 ? quint16(port) : 0;
    } else if (key == "user"_L1 || key == "username"_L1) {
        b->user = value;
    } else if (key == "time"_L1 || key == "bound"_L1 || key == "date"_L1) {
        b->time = QDateTime::fromString(value, Qt::ISODate).toUTC();
    } else {
        return false;
    }
    return true;
}

} // namespace

EsxiBinding readEsxiBindingFile(const QString &path)
{
    EsxiBinding b;
    if (path.isEmpty()) {
        b.reason = u"no binding record is configured (server/esxi_binding_file)"_s;
        return b;
    }
    QFile file(path);
    if (!file.exists()) {
        b.reason = u"%1 does not exist: esxi_bind has not recorded a binding"_s.arg(path);
        return b;
    }
    if (!QFileInfo(path).isFile() || !file.open(QIODevice::ReadOnly)) {
        b.reason = u"cannot read %1: %2"_s.arg(path, file.errorString());
        return b;
    }
    b.reported = true;
    b.source = path;
    const QString text = QString::fromUtf8(file.read(MaxRecordBytes));
    const QStringList lines = text.split(u'\n');
    for (const QString &raw : lines) {
        const QString line = raw.trimmed();
        if (line.isEmpty() || line.startsWith(u'#') || line.startsWith(u';'))
            continue;
        qsizetype sep = line.indexOf(u'=');
        const qsizetype colon = line.indexOf(u':');
        if (sep < 0 || (colon >= 0 && colon < sep))
            sep = colon;
        if (sep <= 0)
            continue;
        const QString key = line.left(sep).trimmed().toLower();
        const QString value = line.mid(sep + 1).trimmed().left(1024);
        if (looksSecret(key) || applyKnownKey(key, value, &b))
            continue;
        if (b.fields.size() < 100)
            b.fields.append({key.left(100), value});
    }
    return b;
}

EsxiBindService::EsxiBindService(const Options &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
{ }

bool EsxiBindService::canRun(QString *reason) const
{
    if (m_options.toolFactory)
        return true;
    if (ProcessRunner::isRunnable(m_options.command))
        return true;
    if (reason) {
        *reason = m_options.command.isEmpty()
            ? u"no esxi_bind command is configured (server/esxi_bind)"_s
            : u"%1 is not an executable program on this host"_s.arg(m_options.command.first());
    }
    return false;
}

EsxiBinding EsxiBindService::binding() const
{
    return readEsxiBindingFile(m_options.bindingFile);
}

EsxiBindTool *EsxiBindService::createTool(QObject *parent) const
{
    if (m_options.toolFactory)
        return m_options.toolFactory(parent);
    return new EsxiBindProcess(m_options.command, parent);
}

void EsxiBindService::preflight(const QString &host, quint16 port, QObject *context,
    std::function<void(const EsxiPreflight &)> done) const
{
    EsxiBindPreflight::run(host, port, m_options.preflight, context, std::move(done));
}

bool EsxiBindService::begin(const QString &who)
{
    if (m_running)
        return false;
    m_running = true;
    m_runningFor = who;
    m_runningSince = QDateTime::currentDateTimeUtc();
    return true;
}

void EsxiBindService::end()
{
    m_running = false;
    m_runningFor.clear();
    m_runningSince = {};
}
