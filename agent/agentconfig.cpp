// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "agent/agentconfig.h"

#include "agent/esxibindanswers.h"
#include "core/protocol.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace {

QString underRoot(const QString &root, const QString &relative)
{
    return QDir::cleanPath(root % u'/' % relative);
}

// Newer servers log to log/, some versions to license_log/. Prefer whichever exists.
QString detectLicenseLog(const QString &root)
{
    const QString modern = underRoot(root, u"log/license.log"_s);
    const QString legacy = underRoot(root, u"license_log/license.log"_s);
    if (QFileInfo::exists(modern) || QFileInfo(underRoot(root, u"log"_s)).isDir())
        return modern;
    if (QFileInfo::exists(legacy) || QFileInfo(underRoot(root, u"license_log"_s)).isDir())
        return legacy;
    return modern;
}

bool readInt(const QSettings &ini, const QString &key, int min, int max, int *out, QString *error)
{
    if (!ini.contains(key))
        return true;
    bool ok = false;
    const int value = ini.value(key).toString().trimmed().toInt(&ok);
    if (!ok || value < min || value > max) {
        *error = u"%1: expected a number from %2 to %3"_s.arg(key).arg(min).arg(max);
        return false;
    }
    *out = value;
    return true;
}

void readPath(const QSettings &ini, const QString &key, QString *out)
{
    if (ini.contains(key))
        *out = ini.value(key).toString().trimmed();
}

bool readCommand(const QSettings &ini, const QString &key, QStringList *out, QString *error)
{
    if (!ini.contains(key))
        return true;
    // QSettings splits unquoted values with commas into a list: join them back.
    const QVariant raw = ini.value(key);
    const QString text
        = raw.metaType().id() == QMetaType::QStringList ? raw.toStringList().join(u',') : raw.toString();
    const QStringList parts = QProcess::splitCommand(text);
    if (text.trimmed().isEmpty()) {
        out->clear(); // explicitly disabled
        return true;
    }
    if (parts.isEmpty()) {
        *error = u"%1: cannot parse the command line \"%2\""_s.arg(key, text);
        return false;
    }
    *out = parts;
    return true;
}

// The license-lifecycle keys (hostlicenseadmin.h, hostfactsreader.h).
bool readLifecycle(const QSettings &ini, AgentConfig *c, QString *error)
{
    readPath(ini, u"server/license_file"_s, &c->licenseFile);
    if (!readCommand(ini, u"server/backup_paths"_s, &c->backupPaths, error))
        return false;
    int backupMiB = int(c->backupMaxBytes / (1024 * 1024));
    if (!readInt(ini, u"server/backup_max_mib"_s, 1, 4096, &backupMiB, error))
        return false;
    c->backupMaxBytes = qint64(backupMiB) * 1024 * 1024;
    AgentConfig::HostFactSources &f = c->hostFacts;
    const std::pair<QString, QString *> paths[] = {
        {u"host_facts/cpuinfo"_s, &f.cpuinfo},
        {u"host_facts/meminfo"_s, &f.meminfo},
        {u"host_facts/product_uuid"_s, &f.productUuid},
        {u"host_facts/machine_id"_s, &f.machineId},
        {u"host_facts/hypervisor_type"_s, &f.hypervisorType},
        {u"host_facts/dmi_dir"_s, &f.dmiDir},
        {u"host_facts/cloud_init_data"_s, &f.cloudInitData},
    };
    for (const auto &[key, target] : paths)
        readPath(ini, key, target);
    return readCommand(ini, u"host_facts/detect_virt"_s, &f.detectVirt, error)
        && readInt(ini, u"timing/admin_tool_timeout_ms"_s, 1000, 3600000, &c->adminToolTimeoutMs, error);
}

} // namespace

AgentConfig AgentConfig::defaults(const QString &rootIn)
{
    AgentConfig c;
    c.root = QDir(rootIn.isEmpty() ? QString::fromLatin1(DefaultRoot) : rootIn).absolutePath();
    c.listenPort = Protocol::DefaultPort;
    c.stateDir = QString::fromLatin1(DefaultStateDir);
    c.licenseViewer = {underRoot(c.root, u"license_viewer"_s)};
    c.licenseLog = detectLicenseLog(c.root);
    c.errorLog = underRoot(c.root, u"error.log"_s);
    c.instancesDb = underRoot(c.root, u"instances.db"_s);
    c.esxiBind = {underRoot(c.root, u"esxi_bind"_s)};
    c.esxiBindAnswers = EsxiBindAnswers::defaultScript();
    c.fingerprintCommand = {underRoot(c.root, u"fingerprint"_s)};
    c.installerCommand = {underRoot(c.root, u"license_installer"_s)};
    c.backupPaths = {c.root};
    return c;
}

bool AgentConfig::applyIni(const QString &file, QString *error)
{
    if (!QFileInfo(file).isFile() || !QFileInfo(file).isReadable()) {
        *error = u"cannot read the configuration file %1"_s.arg(file);
        return false;
    }
    QSettings ini(file, QSettings::IniFormat);
    if (ini.status() != QSettings::NoError) {
        *error = u"%1: not a valid INI file"_s.arg(file);
        return false;
    }

    if (ini.contains(u"agent/listen"_s)
        && !parseListen(ini.value(u"agent/listen"_s).toString(), &listenAddress, &listenPort)) {
        *error = u"agent/listen: expected ADDRESS:PORT"_s;
        return false;
    }
    readPath(ini, u"agent/state_dir"_s, &stateDir);
    readPath(ini, u"agent/certificate"_s, &certificateFile);
    readPath(ini, u"agent/key"_s, &keyFile);
    readPath(ini, u"agent/role"_s, &role);
    int maxBodyKiB = int(maxBodyBytes / 1024);
    if (!readInt(ini, u"agent/max_body_kib"_s, 1, 1024 * 1024, &maxBodyKiB, error))
        return false;
    maxBodyBytes = qint64(maxBodyKiB) * 1024;

    readPath(ini, u"server/license_log"_s, &licenseLog);
    readPath(ini, u"server/error_log"_s, &errorLog);
    readPath(ini, u"server/instances_db"_s, &instancesDb);
    readPath(ini, u"server/unit"_s, &serviceUnit);
    readPath(ini, u"server/esxi_binding_file"_s, &esxiBindingFile);
    if (ini.contains(u"server/esxi_bind_answers"_s)) {
        // A comma-separated INI list; quote an answer that contains a comma.
        const QVariant raw = ini.value(u"server/esxi_bind_answers"_s);
        QStringList answers = raw.metaType().id() == QMetaType::QStringList ? raw.toStringList()
                                                                            : QStringList {raw.toString()};
        for (QString &answer : answers)
            answer = answer.trimmed();
        if (const QString problem = EsxiBindAnswers::check(answers); !problem.isEmpty()) {
            *error = u"server/esxi_bind_answers: "_s + problem;
            return false;
        }
        esxiBindAnswers = answers;
    }
    const std::pair<QString, QStringList *> commands[] = {
        {u"server/license_viewer"_s, &licenseViewer},
        {u"server/esxi_bind"_s, &esxiBind},
        {u"server/fingerprint_command"_s, &fingerprintCommand},
        {u"server/installer_command"_s, &installerCommand},
        {u"server/sessions_command"_s, &sessionsCommand},
        {u"server/remaining_hours_command"_s, &remainingHoursCommand},
        {u"server/systemctl"_s, &systemctl},
        {u"server/journalctl"_s, &journalctl},
    };
    for (const auto &[key, target] : commands) {
        if (!readCommand(ini, key, target, error))
            return false;
    }

    if (!readLifecycle(ini, this, error))
        return false;
    return readInt(ini, u"timing/tool_timeout_ms"_s, 100, 3600000, &toolTimeoutMs, error)
        && readInt(ini, u"timing/service_timeout_ms"_s, 100, 3600000, &serviceTimeoutMs, error)
        && readInt(ini, u"timing/license_max_age_ms"_s, 0, 86400000, &licenseMaxAgeMs, error)
        && readInt(ini, u"timing/service_max_age_ms"_s, 0, 86400000, &serviceMaxAgeMs, error)
        && readInt(ini, u"timing/esxi_bind_timeout_ms"_s, 1000, 3600000, &esxiBindTimeoutMs, error)
        && readInt(ini, u"timing/preflight_timeout_ms"_s, 500, 120000, &preflightTimeoutMs, error);
}

bool AgentConfig::load(const QString &file, const QString &rootOverride, AgentConfig *out, QString *error)
{
    QString root = rootOverride;
    if (root.isEmpty() && !file.isEmpty() && QFileInfo(file).isReadable())
        root = QSettings(file, QSettings::IniFormat).value(u"server/root"_s).toString().trimmed();
    *out = defaults(root);
    return file.isEmpty() || out->applyIni(file, error);
}

QStringList AgentConfig::knownKeys()
{
    // Plain C strings on purpose: the check scans this file's u"…"_s literals for the keys the
    // loader reads and compares them with this list.
    static constexpr const char *keys[] = {
        "agent/listen",
        "agent/state_dir",
        "agent/certificate",
        "agent/key",
        "agent/role",
        "agent/max_body_kib",
        "server/root",
        "server/license_viewer",
        "server/license_log",
        "server/error_log",
        "server/instances_db",
        "server/unit",
        "server/systemctl",
        "server/journalctl",
        "server/sessions_command",
        "server/remaining_hours_command",
        "server/license_file",
        "server/fingerprint_command",
        "server/installer_command",
        "server/backup_paths",
        "server/backup_max_mib",
        "server/esxi_bind",
        "server/esxi_bind_answers",
        "server/esxi_binding_file",
        "host_facts/cpuinfo",
        "host_facts/meminfo",
        "host_facts/product_uuid",
        "host_facts/machine_id",
        "host_facts/hypervisor_type",
        "host_facts/dmi_dir",
        "host_facts/cloud_init_data",
        "host_facts/detect_virt",
        "timing/tool_timeout_ms",
        "timing/service_timeout_ms",
        "timing/admin_tool_timeout_ms",
        "timing/license_max_age_ms",
        "timing/service_max_age_ms",
        "timing/esxi_bind_timeout_ms",
        "timing/preflight_timeout_ms",
    };
    QStringList list;
    for (const char *key : keys)
        list.append(QString::fromLatin1(key));
    return list;
}

QString AgentConfig::effectiveCertificateFile() const
{
    return certificateFile.isEmpty() ? stateDir + u"/agent.crt"_s : certificateFile;
}

QString AgentConfig::effectiveKeyFile() const
{
    return keyFile.isEmpty() ? stateDir + u"/agent.key"_s : keyFile;
}

bool AgentConfig::parseListen(const QString &textIn, QHostAddress *address, quint16 *port)
{
    const QString text = textIn.trimmed();
    const int colon = text.lastIndexOf(u':');
    QString host = colon >= 0 ? text.left(colon) : QString();
    const QString portText = colon >= 0 ? text.mid(colon + 1) : text;
    bool ok = false;
    const uint p = portText.toUInt(&ok);
    if (!ok || p > 65535)
        return false;
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    QHostAddress a(QHostAddress::AnyIPv4);
    if (host == "*"_L1)
        a = QHostAddress(QHostAddress::Any);
    else if (!host.isEmpty() && !a.setAddress(host))
        return false;
    *address = a;
    *port = quint16(p);
    return true;
}
