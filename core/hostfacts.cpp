// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/hostfacts.h"

#include "core/jsonfieldreader.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace {

constexpr int MaxTextLength = 200; // a hostile agent's fact is cut, never trusted in size

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(HostFactsCheck)
};

QString memoryText(qint64 mb)
{
    if (mb >= 1024 && mb % 1024 == 0)
        return u"%1 GB"_s.arg(mb / 1024);
    if (mb >= 10 * 1024)
        return u"%1 GB"_s.arg(double(mb) / 1024.0, 0, 'f', 1);
    return u"%1 MB"_s.arg(mb);
}

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

void addText(QList<HostFactDrift> *out, const QString &fact, const QString &was, const QString &now)
{
    if (was.isEmpty() || now.isEmpty() || was == now)
        return;
    out->append({fact, was, now, HostFactsCheck::describe(fact, was, now, true), true});
}

} // namespace

bool HostFacts::isEmpty() const
{
    return !cpuCores && !memoryMB && productUuid.isEmpty() && machineId.isEmpty() && hypervisor.isEmpty()
        && cloudProvider.isEmpty() && cloudInstanceType.isEmpty();
}

bool HostFactsCheck::memoryDiffers(qint64 recordedMB, qint64 currentMB)
{
    const qint64 tolerance = qMax<qint64>(256, recordedMB / 50);
    return qAbs(currentMB - recordedMB) > tolerance;
}

QString HostFactsCheck::describe(
    const QString &fact, const QString &was, const QString &now, bool invalidates)
{
    if (fact == "cpuCores"_L1)
        return Text::tr("CPU core count changed from %1 to %2: this invalidates the VE license")
            .arg(was, now);
    if (fact == "memoryMB"_L1) {
        return invalidates
            ? Text::tr("RAM changed from %1 to %2: on a cloud instance this invalidates the VE license")
                  .arg(was, now)
            : Text::tr("RAM changed from %1 to %2: on a cloud instance this would invalidate the VE license")
                  .arg(was, now);
    }
    if (fact == "productUuid"_L1) {
        return Text::tr(
            "Machine (DMI product) UUID changed from %1 to %2: the VM was copied, cloned or restored "
            "into a new VM, which invalidates the VE license")
            .arg(was, now);
    }
    if (fact == "machineId"_L1) {
        return Text::tr("Machine ID changed from %1 to %2: the system was reinstalled or cloned, which "
                        "invalidates the VE license")
            .arg(was, now);
    }
    if (fact == "hypervisor"_L1) {
        return Text::tr("Hypervisor changed from %1 to %2: the license server was moved or copied to another "
                        "platform, which invalidates the VE license")
            .arg(was, now);
    }
    if (fact == "cloudProvider"_L1) {
        return Text::tr("Cloud provider changed from %1 to %2: the license server was copied to another "
                        "instance, which invalidates the VE license")
            .arg(was, now);
    }
    if (fact == "cloudInstanceType"_L1)
        return Text::tr("Cloud instance type changed from %1 to %2: this invalidates the VE license")
            .arg(was, now);
    return {};
}

QList<HostFactDrift> HostFactsCheck::compare(const HostFacts &recorded, const HostFacts &current)
{
    QList<HostFactDrift> out;
    if (recorded.cpuCores && current.cpuCores && *recorded.cpuCores != *current.cpuCores)
        addText(&out, u"cpuCores"_s, QString::number(*recorded.cpuCores), QString::number(*current.cpuCores));
    if (recorded.memoryMB && current.memoryMB && memoryDiffers(*recorded.memoryMB, *current.memoryMB)) {
        const bool cloud = !current.cloudProvider.isEmpty() || !recorded.cloudProvider.isEmpty();
        const QString was = memoryText(*recorded.memoryMB);
        const QString now = memoryText(*current.memoryMB);
        out.append({u"memoryMB"_s, was, now, describe(u"memoryMB"_s, was, now, cloud), cloud});
    }
    addText(&out, u"productUuid"_s, recorded.productUuid, current.productUuid);
    addText(&out, u"machineId"_s, recorded.machineId, current.machineId);
    addText(&out, u"hypervisor"_s, recorded.hypervisor, current.hypervisor);
    addText(&out, u"cloudProvider"_s, recorded.cloudProvider, current.cloudProvider);
    addText(&out, u"cloudInstanceType"_s, recorded.cloudInstanceType, current.cloudInstanceType);
    return out;
}

PlatformKind HostFactsCheck::platformKind(const QString &licensePlatform, const HostFacts &facts)
{
    static const QStringList cloudWords {u"aws"_s, u"amazon"_s, u"azure"_s, u"gcp"_s, u"google"_s, u"oci"_s,
        u"oracle"_s, u"ibm"_s, u"alibaba"_s, u"cloud"_s};
    const QString platform = licensePlatform.toLower();
    PlatformKind kind;
    kind.cloud = !facts.cloudProvider.isEmpty()
        || std::any_of(cloudWords.cbegin(), cloudWords.cend(),
            [&platform](const QString &word) { return platform.contains(word); });
    kind.vmware = platform.contains("vmware"_L1) || platform.contains("esx"_L1)
        || platform.contains("vsphere"_L1) || facts.hypervisor.compare("vmware"_L1, Qt::CaseInsensitive) == 0;
    return kind;
}

QStringList HostFactsCheck::messages(const QList<HostFactDrift> &drift)
{
    QStringList out;
    for (const HostFactDrift &d : drift)
        out.append(d.message);
    return out;
}

QJsonObject hostFactsToJson(const HostFacts &facts)
{
    return QJsonObject {
        {u"cpuCores"_s, facts.cpuCores ? QJsonValue(*facts.cpuCores) : QJsonValue(QJsonValue::Null)},
        {u"memoryMB"_s, facts.memoryMB ? QJsonValue(double(*facts.memoryMB)) : QJsonValue(QJsonValue::Null)},
        {u"productUuid"_s, textOrNull(facts.productUuid)},
        {u"machineId"_s, textOrNull(facts.machineId)},
        {u"hypervisor"_s, textOrNull(facts.hypervisor)},
        {u"cloudProvider"_s, textOrNull(facts.cloudProvider)},
        {u"cloudInstanceType"_s, textOrNull(facts.cloudInstanceType)},
        {u"readAt"_s,
            facts.readAt.isValid() ? QJsonValue(facts.readAt.toUTC().toString(Qt::ISODate))
                                   : QJsonValue(QJsonValue::Null)},
    };
}

HostFacts hostFactsFromJson(const QJsonObject &object, QString *error)
{
    FieldReader r(object, u"hostFacts"_s, error);
    HostFacts f;
    if (const auto cores = r.integer(u"cpuCores"_s, 1, 1 << 20))
        f.cpuCores = int(*cores);
    f.memoryMB = r.integer(u"memoryMB"_s, 0, std::numeric_limits<qint32>::max() * qint64(1024));
    f.productUuid = r.string(u"productUuid"_s).left(MaxTextLength);
    f.machineId = r.string(u"machineId"_s).left(MaxTextLength);
    f.hypervisor = r.string(u"hypervisor"_s).left(MaxTextLength);
    f.cloudProvider = r.string(u"cloudProvider"_s).left(MaxTextLength);
    f.cloudInstanceType = r.string(u"cloudInstanceType"_s).left(MaxTextLength);
    f.readAt = r.time(u"readAt"_s);
    return f;
}

QJsonObject hostFactsReportToJson(const HostFactsReport &report)
{
    QJsonArray drift;
    for (const HostFactDrift &d : report.drift) {
        drift.append(QJsonObject {{u"fact"_s, d.fact}, {u"recorded"_s, d.recorded}, {u"current"_s, d.current},
            {u"message"_s, d.message}, {u"invalidates"_s, d.invalidates}});
    }
    return QJsonObject {
        {u"recorded"_s, hostFactsToJson(report.recorded)},
        {u"current"_s, hostFactsToJson(report.current)},
        {u"drift"_s, drift},
    };
}

HostFactsReport hostFactsReportFromJson(const QJsonObject &object, QString *error)
{
    HostFactsReport report;
    FieldReader r(object, u"host-facts"_s, error);
    report.recorded = hostFactsFromJson(r.object(u"recorded"_s), error);
    report.current = hostFactsFromJson(r.object(u"current"_s), error);
    const QJsonValue drift = object.value(u"drift"_s);
    if (!drift.isUndefined() && !drift.isNull() && !drift.isArray()) {
        r.fail(u"drift"_s, u"expected an array"_s);
        return report;
    }
    const QJsonArray items = drift.toArray();
    for (qsizetype i = 0; i < items.size() && i < 100; ++i) {
        FieldReader item(items.at(i).toObject(), u"host-facts.drift[%1]"_s.arg(i), error);
        if (!items.at(i).isObject())
            item.fail(QString(), u"expected an object"_s);
        HostFactDrift d;
        d.fact = item.string(u"fact"_s).left(MaxTextLength);
        d.recorded = item.string(u"recorded"_s).left(MaxTextLength);
        d.current = item.string(u"current"_s).left(MaxTextLength);
        d.invalidates = item.boolean(u"invalidates"_s).value_or(true);
        // In the reader's language where the fact is known; the agent's own words otherwise.
        const QString local = d.recorded.isEmpty() || d.current.isEmpty()
            ? QString()
            : HostFactsCheck::describe(d.fact, d.recorded, d.current, d.invalidates);
        d.message = local.isEmpty() ? item.string(u"message"_s).left(1000) : local;
        if (!d.message.isEmpty())
            report.drift.append(d);
    }
    return report;
}
