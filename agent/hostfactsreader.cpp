// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "agent/hostfactsreader.h"

#include "agent/processrunner.h"
#include "agent/securefile.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 MaxFileBytes = 8 * 1024 * 1024;

QByteArray readFile(const QString &path, qint64 maxBytes = MaxFileBytes)
{
    if (path.isEmpty())
        return {};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) // sysfs and procfs report size 0: read to the end
        return {};
    return file.read(maxBytes);
}

// One short line of text (a DMI field, a UUID): trimmed, printable ASCII only, at most 100.
QString readValue(const QString &path)
{
    const QString text = QString::fromLatin1(readFile(path, 4096).trimmed()).left(100);
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            return {};
    }
    return text;
}

QString dmi(const QString &dir, const QString &field)
{
    return dir.isEmpty() ? QString() : readValue(QDir(dir).filePath(field));
}

QString jsonPath(const QJsonObject &root, const QStringList &path)
{
    QJsonValue value = root;
    for (const QString &key : path)
        value = value.toObject().value(key);
    return value.isString() ? value.toString().trimmed().left(100) : QString();
}

} // namespace

std::optional<int> HostFactsReader::cpuCount(QByteArrayView cpuinfo)
{
    int count = 0;
    const QList<QByteArray> lines = cpuinfo.toByteArray().split('\n');
    for (const QByteArray &line : lines) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed() == "processor")
            ++count;
    }
    return count > 0 ? std::optional<int>(count) : std::nullopt;
}

std::optional<qint64> HostFactsReader::memoryMB(QByteArrayView meminfo)
{
    const QList<QByteArray> lines = meminfo.toByteArray().split('\n');
    for (const QByteArray &line : lines) {
        if (!line.startsWith("MemTotal:"))
            continue;
        const QByteArray value = line.sliced(9).trimmed();
        if (!value.endsWith(" kB"))
            return std::nullopt;
        bool ok = false;
        const qint64 kb = value.chopped(3).trimmed().toLongLong(&ok);
        return ok && kb > 0 ? std::optional<qint64>(kb / 1024) : std::nullopt;
    }
    return std::nullopt;
}

QString HostFactsReader::hypervisorFromDetectVirt(QByteArrayView output)
{
    const QString word = QString::fromLatin1(output.trimmed()).toLower();
    if (word.isEmpty() || word.size() > 40)
        return {};
    for (const QChar c : word) {
        if (!c.isLetterOrNumber() && c != u'-' && c != u'_')
            return {};
    }
    return word;
}

QString HostFactsReader::hypervisorFromDmi(const QString &vendor, const QString &product)
{
    const QString v = vendor.toLower();
    const QString p = product.toLower();
    if (v.contains("vmware"_L1) || p.contains("vmware"_L1))
        return u"vmware"_s;
    if (v.contains("qemu"_L1) || p.contains("kvm"_L1) || p.contains("qemu"_L1) || p.contains("openstack"_L1))
        return u"kvm"_s;
    if (v.contains("microsoft"_L1) && p.contains("virtual machine"_L1))
        return u"microsoft"_s;
    if (v == "xen"_L1 || p.contains("hvm domu"_L1))
        return u"xen"_s;
    if (v.contains("amazon"_L1))
        return u"amazon"_s;
    if (p.contains("google compute engine"_L1))
        return u"google"_s;
    if (v.contains("innotek"_L1) || p.contains("virtualbox"_L1))
        return u"oracle"_s;
    return {};
}

QString HostFactsReader::cloudProviderFromDmi(
    const QString &vendor, const QString &product, const QString &assetTag)
{
    if (vendor.contains("Amazon EC2"_L1, Qt::CaseInsensitive))
        return u"aws"_s;
    if (assetTag == "7783-7084-3265-9085-8269-3286-77"_L1) // Azure's documented chassis asset tag
        return u"azure"_s;
    if (product.contains("Google Compute Engine"_L1, Qt::CaseInsensitive))
        return u"gcp"_s;
    if (assetTag.compare("OracleCloud.com"_L1, Qt::CaseInsensitive) == 0)
        return u"oci"_s;
    return {};
}

QString HostFactsReader::instanceTypeFromCloudInit(QByteArrayView json)
{
    const QJsonObject root = QJsonDocument::fromJson(json.toByteArray()).object();
    for (const QStringList &path : {
             QStringList {u"v1"_s, u"instance_type"_s},
             QStringList {u"ds"_s, u"meta_data"_s, u"instance-type"_s}, // EC2
             QStringList {u"ds"_s, u"meta_data"_s, u"imds"_s, u"compute"_s, u"vmSize"_s}, // Azure
         }) {
        const QString value = jsonPath(root, path);
        if (!value.isEmpty())
            return value;
    }
    return {};
}

void HostFactsReader::read(const AgentConfig::HostFactSources &sources, int timeoutMs, QObject *context,
    std::function<void(const HostFacts &)> done)
{
    HostFacts facts;
    facts.cpuCores = cpuCount(readFile(sources.cpuinfo));
    facts.memoryMB = memoryMB(readFile(sources.meminfo));
    facts.productUuid = readValue(sources.productUuid).toLower();
    facts.machineId = readValue(sources.machineId).toLower();
    const QString vendor = dmi(sources.dmiDir, u"sys_vendor"_s);
    const QString product = dmi(sources.dmiDir, u"product_name"_s);
    const QString assetTag = dmi(sources.dmiDir, u"chassis_asset_tag"_s);
    facts.cloudProvider = cloudProviderFromDmi(vendor, product, assetTag);
    facts.cloudInstanceType = instanceTypeFromCloudInit(readFile(sources.cloudInitData, 1024 * 1024));
    if (facts.cloudInstanceType.isEmpty() && facts.cloudProvider == "aws"_L1)
        facts.cloudInstanceType = product; // EC2 Nitro instances name their type in product_name
    // Without systemd-detect-virt: Xen says so in /sys/hypervisor/type, others in DMI.
    QString fallback = readValue(sources.hypervisorType).toLower();
    if (fallback.isEmpty())
        fallback = hypervisorFromDmi(vendor, product);
    facts.readAt = QDateTime::currentDateTimeUtc();
    if (sources.detectVirt.isEmpty() || !ProcessRunner::isRunnable(sources.detectVirt)) {
        facts.hypervisor = fallback;
        QMetaObject::invokeMethod(
            context, [done, facts] { done(facts); }, Qt::QueuedConnection);
        return;
    }
    ProcessRunner::Options options;
    options.timeoutMs = timeoutMs;
    options.maxOutputBytes = 4096;
    // systemd-detect-virt prints "none" and exits 1 on bare metal: its output counts either way.
    ProcessRunner::run(sources.detectVirt, options, context, [done, facts, fallback](const ProcessResult &r) {
        HostFacts out = facts;
        const bool finished = r.outcome == ProcessResult::Outcome::Finished;
        out.hypervisor = finished ? hypervisorFromDetectVirt(r.standardOutput) : QString();
        if (out.hypervisor.isEmpty())
            out.hypervisor = fallback;
        done(out);
    });
}

bool HostFactsReader::loadRecord(const QString &file, HostFacts *facts, QString *error)
{
    QFile f(file);
    if (!f.exists())
        return false;
    if (!f.open(QIODevice::ReadOnly)) {
        *error = u"cannot read %1: %2"_s.arg(file, f.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(f.read(1024 * 1024), &parseError);
    QString shapeError;
    if (doc.isObject())
        *facts = hostFactsFromJson(doc.object(), &shapeError);
    if (!doc.isObject() || !shapeError.isEmpty()) {
        *error = u"%1 is damaged: %2"_s.arg(file, doc.isObject() ? shapeError : parseError.errorString());
        return false;
    }
    return true;
}

bool HostFactsReader::saveRecord(const QString &file, const HostFacts &facts, QString *error)
{
    return SecureFile::writeAtomic(file, QJsonDocument(hostFactsToJson(facts)).toJson(), 0600, error);
}
