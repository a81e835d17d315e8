// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Host facts: the parsers of the local sources (hostile text included), the drift rules and
// their documented consequences, the platform kinds, and the JSON both ways.
#include "agent/hostfactsreader.h"
#include "core/hostfacts.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;

class TestHostFacts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cpuinfo();
    void meminfo();
    void hypervisor();
    void cloud();
    void driftMessages();
    void memoryTolerance();
    void platformKind();
    void jsonRoundTripAndHostileInput();
    void driftReadInTheConsolesLanguage();
};

void TestHostFacts::cpuinfo()
{
    QCOMPARE(HostFactsReader::cpuCount("processor\t: 0\nmodel name\t: x\n\nprocessor\t: 1\n"),
        std::optional<int>(2));
    QCOMPARE(HostFactsReader::cpuCount(""), std::nullopt);
    QCOMPARE(HostFactsReader::cpuCount("processors: 8\nprocessor 3\n"), std::nullopt);
    QCOMPARE(HostFactsReader::cpuCount(QByteArray(1 << 20, '\xff')), std::nullopt);
}

void TestHostFacts::meminfo()
{
    QCOMPARE(HostFactsReader::memoryMB("MemTotal:        8388608 kB\nMemFree: 1 kB\n"),
        std::optional<qint64>(8192));
    QCOMPARE(HostFactsReader::memoryMB("MemFree: 1 kB\n"), std::nullopt);
    QCOMPARE(HostFactsReader::memoryMB("MemTotal: lots kB\n"), std::nullopt);
    QCOMPARE(HostFactsReader::memoryMB("MemTotal: 8388608 MB\n"), std::nullopt);
}

void TestHostFacts::hypervisor()
{
    QCOMPARE(HostFactsReader::hypervisorFromDetectVirt("vmware\n"), u"vmware"_s);
    QCOMPARE(HostFactsReader::hypervisorFromDetectVirt("none\n"), u"none"_s);
    QCOMPARE(HostFactsReader::hypervisorFromDetectVirt("\x1b[31mred\n"), QString());
    QCOMPARE(HostFactsReader::hypervisorFromDetectVirt(QByteArray(100, 'a')), QString());
    QCOMPARE(HostFactsReader::hypervisorFromDmi(u"VMware, Inc."_s, u"VMware7,1"_s), u"vmware"_s);
    QCOMPARE(HostFactsReader::hypervisorFromDmi(u"QEMU"_s, u"Standard PC (Q35 + ICH9, 2009)"_s), u"kvm"_s);
    QCOMPARE(
        HostFactsReader::hypervisorFromDmi(u"Microsoft Corporation"_s, u"Virtual Machine"_s), u"microsoft"_s);
    QCOMPARE(HostFactsReader::hypervisorFromDmi(u"Dell Inc."_s, u"PowerEdge R740"_s), QString());
}

void TestHostFacts::cloud()
{
    QCOMPARE(HostFactsReader::cloudProviderFromDmi(u"Amazon EC2"_s, u"t3.medium"_s, {}), u"aws"_s);
    QCOMPARE(HostFactsReader::cloudProviderFromDmi(
                 u"Microsoft Corporation"_s, u"Virtual Machine"_s, u"7783-7084-3265-9085-8269-3286-77"_s),
        u"azure"_s);
    QCOMPARE(HostFactsReader::cloudProviderFromDmi(u"Google"_s, u"Google Compute Engine"_s, {}), u"gcp"_s);
    QCOMPARE(HostFactsReader::cloudProviderFromDmi(u"QEMU"_s, u"x"_s, u"OracleCloud.com"_s), u"oci"_s);
    QCOMPARE(HostFactsReader::cloudProviderFromDmi(u"VMware, Inc."_s, u"VMware7,1"_s, {}), QString());
    QCOMPARE(
        HostFactsReader::instanceTypeFromCloudInit(R"({"v1":{"instance_type":"m5.large"}})"), u"m5.large"_s);
    QCOMPARE(
        HostFactsReader::instanceTypeFromCloudInit(R"({"ds":{"meta_data":{"instance-type":"t3.small"}}})"),
        u"t3.small"_s);
    QCOMPARE(HostFactsReader::instanceTypeFromCloudInit("not json"), QString());
    QCOMPARE(HostFactsReader::instanceTypeFromCloudInit(R"({"v1":{"instance_type":42}})"), QString());
}

void TestHostFacts::driftMessages()
{
    HostFacts before;
    before.cpuCores = 4;
    before.memoryMB = 8192;
    before.machineId = u"a"_s;
    before.cloudProvider = u"aws"_s;
    before.cloudInstanceType = u"t3.medium"_s;
    HostFacts after = before;
    QVERIFY(HostFactsCheck::compare(before, after).isEmpty());
    after.cpuCores = 8;
    after.memoryMB = 16384;
    after.machineId = u"b"_s;
    after.cloudInstanceType = u"t3.large"_s;
    const QStringList messages = HostFactsCheck::messages(HostFactsCheck::compare(before, after));
    QCOMPARE(messages,
        (QStringList {u"CPU core count changed from 4 to 8: this invalidates the VE license"_s,
            u"RAM changed from 8 GB to 16 GB: on a cloud instance this invalidates the VE license"_s,
            u"Machine ID changed from a to b: the system was reinstalled or cloned, which invalidates the VE license"_s,
            u"Cloud instance type changed from t3.medium to t3.large: this invalidates the VE license"_s}));
    // A fact that cannot be read now is not a change.
    HostFacts unknown;
    QVERIFY(HostFactsCheck::compare(before, unknown).isEmpty());
    QVERIFY(HostFactsCheck::compare(unknown, before).isEmpty());
    // RAM off a cloud invalidates only on a cloud: the message says so, and it is not "invalidates".
    HostFacts local = before;
    local.cloudProvider.clear();
    local.cloudInstanceType.clear();
    HostFacts bigger = local;
    bigger.memoryMB = 32768;
    const QList<HostFactDrift> drift = HostFactsCheck::compare(local, bigger);
    QCOMPARE(drift.size(), 1);
    QVERIFY(!drift.first().invalidates);
    QVERIFY(drift.first().message.contains(u"would invalidate"_s));
}

void TestHostFacts::memoryTolerance()
{
    QVERIFY(!HostFactsCheck::memoryDiffers(8192, 8000)); // a kernel reserving a little more
    QVERIFY(HostFactsCheck::memoryDiffers(8192, 7680));
    QVERIFY(!HostFactsCheck::memoryDiffers(262144, 258000)); // 2 % of 256 GB
    QVERIFY(HostFactsCheck::memoryDiffers(262144, 250000));
}

void TestHostFacts::platformKind()
{
    HostFacts none;
    QVERIFY(HostFactsCheck::platformKind(u"amazon.aws"_s, none).cloud);
    QVERIFY(!HostFactsCheck::platformKind(u"amazon.aws"_s, none).vmware);
    QVERIFY(HostFactsCheck::platformKind(u"VMware"_s, none).vmware);
    HostFacts esx;
    esx.hypervisor = u"vmware"_s;
    QVERIFY(HostFactsCheck::platformKind(QString(), esx).vmware);
    QVERIFY(!HostFactsCheck::platformKind(u"linux"_s, none).cloud);
}

void TestHostFacts::jsonRoundTripAndHostileInput()
{
    HostFactsReport report;
    report.recorded.cpuCores = 4;
    report.recorded.machineId = u"m"_s;
    report.current.cpuCores = 8;
    report.current.readAt = QDateTime(QDate(2024, 5, 1), QTime(10, 0), Qt::UTC);
    report.drift = HostFactsCheck::compare(report.recorded, report.current);
    QString error;
    const HostFactsReport back = hostFactsReportFromJson(hostFactsReportToJson(report), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(back.recorded.cpuCores, std::optional<int>(4));
    QCOMPARE(back.current.readAt, report.current.readAt);
    QCOMPARE(back.drift.size(), 1);
    QCOMPARE(back.drift.first().message, report.drift.first().message);

    const QJsonObject hostile {{u"recorded"_s, u"x"_s}, {u"drift"_s, 5},
        {u"current"_s, QJsonObject {{u"cpuCores"_s, -3}, {u"machineId"_s, QString(5000, u'x')}}}};
    const HostFactsReport bad = hostFactsReportFromJson(hostile, &error);
    QVERIFY(!error.isEmpty());
    QVERIFY(!bad.current.cpuCores);
    QVERIFY(bad.current.machineId.size() <= 200);
    QVERIFY(bad.drift.isEmpty());
}

// The agent writes its messages in English; the console shows a known fact's drift in its own
// language, and keeps the agent's words for a fact it does not know (a newer agent).
void TestHostFacts::driftReadInTheConsolesLanguage()
{
    struct Marking : QTranslator
    {
        bool isEmpty() const override { return false; }
        QString translate(const char *context, const char *source, const char *, int) const override
        {
            return QLatin1StringView(context) == "HostFactsCheck"_L1 ? u"[xx] "_s + QString::fromUtf8(source)
                                                                     : QString();
        }
    } translator;
    HostFacts recorded;
    recorded.cpuCores = 4;
    HostFacts current;
    current.cpuCores = 8;
    HostFactsReport report;
    report.drift = HostFactsCheck::compare(recorded, current); // on the agent: English
    report.drift.append({u"tpmEndorsementKey"_s, u"a"_s, u"b"_s, u"TPM key changed from a to b"_s, true});
    const QJsonObject wire = hostFactsReportToJson(report);

    QVERIFY(QCoreApplication::installTranslator(&translator));
    QString error;
    const HostFactsReport read = hostFactsReportFromJson(wire, &error);
    QCoreApplication::removeTranslator(&translator);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(read.drift.size(), 2);
    QCOMPARE(read.drift.at(0).message,
        u"[xx] CPU core count changed from 4 to 8: this invalidates the VE license"_s);
    QCOMPARE(read.drift.at(1).message, u"TPM key changed from a to b"_s);
}

QTEST_GUILESS_MAIN(TestHostFacts)
#include "tst_hostfacts.moc"
