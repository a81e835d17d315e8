// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;

// Runs the real vectl binary as a user or a script would.

namespace {

struct Result
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

QString dataFile(const QString &name)
{
    return QStringLiteral(VE_TEST_DATA_DIR) + u'/' + name;
}

QByteArray readData(const QString &name)
{
    QFile file(dataFile(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open test data %s", qPrintable(name));
    return file.readAll();
}

Result run(const QStringList &arguments, const QByteArray &input = QByteArray())
{
    QProcess process;
    process.start(QStringLiteral(VE_VECTL_BINARY), arguments);
    Result result;
    if (!process.waitForStarted(10000)) {
        result.err = "vectl did not start: " + process.errorString().toUtf8();
        return result;
    }
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished();
        result.err = "vectl timed out";
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

QJsonObject parseObject(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        qWarning("not a JSON object (%s): %s", qPrintable(error.errorString()), json.left(200).constData());
    return document.object();
}

// The contract of docs/protocol.md, filled in by hand from the sample files.
QJsonObject product(const QJsonValue &name, const QStringList &hardware, const QStringList &codes,
    const QJsonValue &code, int major, int minor, int cpu, qint64 memory, int instances,
    const QJsonValue &expiration)
{
    return QJsonObject {
        {u"name"_s, name},
        {u"virtualHardware"_s, QJsonArray::fromStringList(hardware)},
        {u"productCodes"_s, QJsonArray::fromStringList(codes)},
        {u"code"_s, code},
        {u"majorVersion"_s, major},
        {u"minorVersion"_s, minor},
        {u"maxCpu"_s, cpu},
        {u"maxMemoryMB"_s, memory},
        {u"instances"_s, instances},
        {u"expiration"_s, expiration},
        {u"passphrase"_s, QJsonValue::Null},
        {u"extra"_s, QJsonObject()},
    };
}

QJsonObject expectedLegacy()
{
    return QJsonObject {
        {u"style"_s, u"legacy"_s},
        {u"keyType"_s, u"COUNTDOWN"_s},
        {u"fingerprint"_s, u"123db1ec91a1526c40da028b9e68e5abaadc70c62719af0f6ef1f2cfd2c85bba"_s},
        {u"customer"_s, u"Stromasys/Testing"_s},
        {u"licenseId"_s, QJsonValue::Null},
        {u"platform"_s, u"amazon.aws"_s},
        {u"releaseDate"_s, u"2020-06-28T01:48:26Z"_s}, // K_R_DATE=1593308906
        {u"expiration"_s, QJsonObject {{u"hours"_s, 100}}},
        {u"gracePeriodMinutes"_s, QJsonValue::Null},
        {u"checkIntervalMinutes"_s, 60},
        {u"products"_s,
            QJsonArray {product(u"Charon-SSP/4U020"_s, {}, {}, u"test"_s, 4, 2, 4, 4096, 4, QJsonValue::Null),
                product(u"Charon-SSP/4M"_s, {}, {}, u"test"_s, 4, 2, 4, 512, 4, QJsonValue::Null)}},
        {u"extra"_s, QJsonObject()},
        {u"diagnostics"_s, QJsonArray()},
    };
}

QJsonObject expectedReadable()
{
    return QJsonObject {
        {u"style"_s, u"readable"_s},
        {u"keyType"_s, u"COUNTDOWN"_s},
        {u"fingerprint"_s, u"07792211fc8ce3fdc085a6d7e2b1c0f9a8d7e6c5b4a3928170f6e5d4c3b2a190"_s},
        {u"customer"_s, u"Stromasys"_s},
        {u"licenseId"_s, u"01.00000001.002.045"_s},
        {u"platform"_s, u"amazon.aws"_s},
        {u"releaseDate"_s, u"2021-06-17T13:08:01Z"_s},
        {u"expiration"_s, QJsonObject {{u"hours"_s, 100}}},
        {u"gracePeriodMinutes"_s, 120},
        {u"checkIntervalMinutes"_s, 60},
        {u"products"_s,
            QJsonArray {product(QJsonValue::Null, {u"Charon-SSP/4M"_s, u"Charon-SSP/4U+"_s},
                            {u"Charon-SSP/4V"_s, u"Charon-SSP/4V+"_s}, QJsonValue::Null, 4, 2, 4, 4096, 4,
                            QJsonValue::Null),
                product(QJsonValue::Null, {u"ALL"_s}, {u"ALL"_s}, QJsonValue::Null, 5, 3, 64, 1048576, 3,
                    QJsonObject {{u"date"_s, u"2021-12-22T23:55:00Z"_s}})}},
        {u"extra"_s, QJsonObject()},
        {u"diagnostics"_s, QJsonArray()},
    };
}

// The vendor page's interleaved output: the first value of each field wins.
QJsonObject expectedMixedWithoutDiagnostics()
{
    return QJsonObject {
        {u"style"_s, u"mixed"_s},
        {u"keyType"_s, u"COUNTDOWN"_s},
        {u"fingerprint"_s, u"123db1ec91a1526c40da028b9e68e5abaadc70c62719af0f6ef1f2cfd2c85bba"_s},
        {u"customer"_s, u"Stromasys"_s},
        {u"licenseId"_s, u"01.00000001.002.045"_s},
        {u"platform"_s, u"amazon.aws"_s},
        {u"releaseDate"_s, u"2020-06-28T01:48:26Z"_s},
        {u"expiration"_s, QJsonObject {{u"hours"_s, 100}}},
        {u"gracePeriodMinutes"_s, 120},
        {u"checkIntervalMinutes"_s, 60},
        {u"products"_s,
            QJsonArray {
                product(u"Charon-SSP/4U020"_s, {u"Charon-SSP/4M"_s, u"Charon-SSP/4U+"_s},
                    {u"Charon-SSP/4V"_s, u"Charon-SSP/4V+"_s}, u"test"_s, 4, 2, 4, 4096, 4, QJsonValue::Null),
                product(u"Charon-SSP/4M"_s, {}, {}, u"test"_s, 4, 2, 4, 512, 4, QJsonValue::Null)}},
        {u"extra"_s, QJsonObject()},
    };
}

} // namespace

class TestVectl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void licenseShowJson_data();
    void licenseShowJson();
    void licenseShowMixedJson();
    void licenseShowText();
    void licenseShowStdin();
    void licenseDiagnosticsOnStderr();
    void notALicense_data();
    void notALicense();
    void unreadableInput();
    void usageErrors_data();
    void usageErrors();
    void versionAndHelp_data();
    void versionAndHelp();
    void logShowJsonLines();
    void logShowLevelFilter_data();
    void logShowLevelFilter();
    void logShowStdinAndText();
};

void TestVectl::licenseShowJson_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QJsonObject>("expected");
    QTest::newRow("legacy") << u"license_viewer-legacy-countdown.txt"_s << expectedLegacy();
    QTest::newRow("legacy CRLF") << u"license-legacy-crlf.txt"_s << expectedLegacy();
    QTest::newRow("readable") << u"license_viewer-readable-countdown.txt"_s << expectedReadable();
    QTest::newRow("readable, tabs, no header")
        << u"license-readable-tabs-no-header.txt"_s << expectedReadable();
}

void TestVectl::licenseShowJson()
{
    QFETCH(QString, file);
    QFETCH(QJsonObject, expected);
    const Result r = run({u"license"_s, u"show"_s, u"--json"_s, dataFile(file)});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.err, QByteArray());
    const QJsonObject actual = parseObject(r.out);
    for (auto it = expected.constBegin(); it != expected.constEnd(); ++it)
        QVERIFY2(actual.value(it.key()) == it.value(), qPrintable(it.key()));
    QCOMPARE(actual, expected); // and nothing more
}

void TestVectl::licenseShowMixedJson()
{
    // --json before the command words works like after them.
    const Result r = run({u"--json"_s, u"license"_s, u"show"_s, dataFile(u"license_viewer-mixed.txt"_s)});
    QCOMPARE(r.exitCode, 0);
    QJsonObject actual = parseObject(r.out);
    const QJsonArray diagnostics = actual.take(u"diagnostics"_s).toArray();
    QCOMPARE(actual, expectedMixedWithoutDiagnostics());
    QCOMPARE(diagnostics.size(), 3);
    QCOMPARE(diagnostics.at(0).toObject().value(u"line"_s).toInt(), 5);
    QCOMPARE(diagnostics.at(1).toObject().value(u"line"_s).toInt(), 10);
    QCOMPARE(diagnostics.at(2).toObject().value(u"line"_s).toInt(), 20);
    QVERIFY(r.err.contains(":10: K_CUSTOMER \"Stromasys/Testing\" conflicts"));
}

void TestVectl::licenseShowText()
{
    const Result legacy = run({u"license"_s, u"show"_s, dataFile(u"license_viewer-legacy-countdown.txt"_s)});
    QCOMPARE(legacy.exitCode, 0);
    const QString text = QString::fromUtf8(legacy.out);
    for (const QString &expected :
        {u"Format:                 legacy"_s, u"Key type:               COUNTDOWN"_s,
            u"License ID:             -"_s, u"Customer:               Stromasys/Testing"_s,
            u"Release date:           2020-06-28 01:48:26 UTC"_s,
            u"Expiration:             100 hours of emulator runtime"_s,
            u"Check interval:         60 minutes"_s, u"Product section 2 (line 21)"_s,
            u"  Name:                   Charon-SSP/4M"_s, u"  Maximum memory:         512 MB"_s})
        QVERIFY2(text.contains(expected), qPrintable(expected + u"\n---\n"_s + text));

    const Result readable
        = run({u"license"_s, u"show"_s, dataFile(u"license_viewer-readable-countdown.txt"_s)});
    QCOMPARE(readable.exitCode, 0);
    const QString readableText = QString::fromUtf8(readable.out);
    for (const QString &expected : {u"Grace period:           120 minutes"_s,
             u"  Virtual hardware:       Charon-SSP/4M, Charon-SSP/4U+"_s,
             u"  Expiration:             2021-12-22 23:55:00 UTC"_s})
        QVERIFY2(readableText.contains(expected), qPrintable(expected + u"\n---\n"_s + readableText));
}

void TestVectl::licenseShowStdin()
{
    const Result r = run(
        {u"license"_s, u"show"_s, u"-"_s, u"--json"_s}, readData(u"license_viewer-readable-countdown.txt"_s));
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(parseObject(r.out), expectedReadable());
}

void TestVectl::licenseDiagnosticsOnStderr()
{
    const Result r = run({u"license"_s, u"show"_s, dataFile(u"license-unknown-keys.txt"_s)});
    QCOMPARE(r.exitCode, 0); // a license, with a problem reported
    QVERIFY(r.err.contains("license-unknown-keys.txt:15: line not understood"));
    QVERIFY(r.out.contains("Support contact: support@example.com")); // kept and shown
}

void TestVectl::notALicense_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("reason");
    QTest::newRow("binary garbage") << QStringList {dataFile(u"license-binary-garbage.bin"_s)} << QByteArray()
                                    << QByteArray("not a license");
    QTest::newRow("random text") << QStringList {dataFile(u"not-a-license.txt"_s), u"--json"_s}
                                 << QByteArray() << QByteArray("no license_viewer keys");
    QTest::newRow("empty stdin") << QStringList {u"-"_s} << QByteArray() << QByteArray("empty input");
    QTest::newRow("too large") << QStringList {u"-"_s} << QByteArray(17 * 1024 * 1024, 'A')
                               << QByteArray("larger than 16 MiB");
}

void TestVectl::notALicense()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, reason);
    const Result r = run(QStringList {u"license"_s, u"show"_s} + arguments, input);
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.out, QByteArray()); // nothing a script could take for a license
    QVERIFY2(r.err.contains(reason), r.err.constData());
}

void TestVectl::unreadableInput()
{
    const Result missing = run({u"license"_s, u"show"_s, dataFile(u"does-not-exist.txt"_s)});
    QCOMPARE(missing.exitCode, 66);
    QVERIFY(missing.err.contains("does-not-exist.txt"));
    const Result directory = run({u"log"_s, u"show"_s, QStringLiteral(VE_TEST_DATA_DIR)});
    QCOMPARE(directory.exitCode, 66);
    QVERIFY(directory.err.contains("is a directory"));
}

void TestVectl::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("nothing") << QStringList();
    QTest::newRow("unknown command") << QStringList {u"frobnicate"_s};
    QTest::newRow("log without show") << QStringList {u"log"_s};
    QTest::newRow("missing FILE") << QStringList {u"license"_s, u"show"_s};
    QTest::newRow("two files") << QStringList {u"license"_s, u"show"_s, u"a"_s, u"b"_s};
    QTest::newRow("unknown option") << QStringList {u"license"_s, u"show"_s, u"--colour"_s, u"-"_s};
    QTest::newRow("unknown global option") << QStringList {u"--colour"_s, u"license"_s, u"show"_s, u"-"_s};
    QTest::newRow("server for offline command")
        << QStringList {u"--server"_s, u"https://h:8093"_s, u"license"_s, u"show"_s, u"-"_s};
    QTest::newRow("server after offline command")
        << QStringList {u"log"_s, u"show"_s, u"--server"_s, u"https://h:8093"_s, u"-"_s};
    QTest::newRow("bad level") << QStringList {u"log"_s, u"show"_s, u"--level"_s, u"loud"_s, u"-"_s};
    QTest::newRow("level without value") << QStringList {u"log"_s, u"show"_s, u"-"_s, u"--level"_s};
}

void TestVectl::usageErrors()
{
    QFETCH(QStringList, arguments);
    const Result r = run(arguments);
    QCOMPARE(r.exitCode, 64);
    QCOMPARE(r.out, QByteArray());
    QVERIFY2(r.err.contains("--help"), r.err.constData()); // every usage error points to the help
}

void TestVectl::versionAndHelp_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("expected");
    const QByteArray version = "vectl " VE_VERSION "\n";
    QTest::newRow("--version") << QStringList {u"--version"_s} << version;
    QTest::newRow("license show --version")
        << QStringList {u"license"_s, u"show"_s, u"--version"_s} << version;
    QTest::newRow("log show --version") << QStringList {u"log"_s, u"show"_s, u"--version"_s} << version;
    QTest::newRow("--help") << QStringList {u"--help"_s} << QByteArray("license show FILE|- [--json]");
    QTest::newRow("license show --help") << QStringList {u"license"_s, u"show"_s, u"--help"_s}
                                         << QByteArray("Usage: vectl license show [options] FILE|-");
    QTest::newRow("--help log show") << QStringList {u"--help"_s, u"log"_s, u"show"_s}
                                     << QByteArray("--level <LEVEL>");
}

void TestVectl::versionAndHelp()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, expected);
    const Result r = run(arguments);
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(expected), r.out.constData());
    QCOMPARE(r.err, QByteArray());
}

void TestVectl::logShowJsonLines()
{
    const Result r = run({u"log"_s, u"show"_s, u"--json"_s, dataFile(u"emulator-ve-failover.log"_s)});
    QCOMPARE(r.exitCode, 0);
    const QList<QByteArray> lines = r.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 6);
    const QJsonObject first = parseObject(lines.at(0));
    const QJsonObject expected {
        {u"time"_s, u"2020-06-29T18:08:25"_s},
        {u"level"_s, u"error"_s},
        {u"category"_s, u"VE"_s},
        {u"message"_s, u"Failed to connect with the license server!"_s},
        {u"raw"_s, u"2020-06-29 18:08:25 ERROR VE     Failed to connect with the license server!"_s},
        {u"format"_s, u"ve"_s},
    };
    QCOMPARE(first, expected);
    QCOMPARE(parseObject(lines.at(3)).value(u"level"_s).toString(), u"warning"_s);

    const Result errorLog = run({u"log"_s, u"show"_s, u"--json"_s, dataFile(u"error.log"_s)});
    QCOMPARE(errorLog.exitCode, 0);
    const QJsonObject client = parseObject(errorLog.out.split('\n').at(3));
    QCOMPARE(client.value(u"time"_s).toString(), u"2021-11-10T13:38:51Z"_s);
    QCOMPARE(client.value(u"category"_s).toString(), u"192.168.2.80"_s);
    QCOMPARE(client.value(u"format"_s).toString(), u"errorlog"_s);

    // Garbage lines come out too, each as valid JSON with a null time.
    const Result garbage = run({u"log"_s, u"show"_s, u"--json"_s, dataFile(u"mixed-garbage.log"_s)});
    QCOMPARE(garbage.exitCode, 0);
    const QList<QByteArray> garbageLines = garbage.out.trimmed().split('\n');
    QCOMPARE(garbageLines.size(), 11);
    QVERIFY(parseObject(garbageLines.at(2)).value(u"time"_s).isNull());
    QCOMPARE(parseObject(garbageLines.at(2)).value(u"level"_s).toString(), u"unknown"_s);
}

void TestVectl::logShowLevelFilter_data()
{
    QTest::addColumn<QString>("level");
    QTest::addColumn<int>("count");
    QTest::newRow("debug") << u"debug"_s << 6;
    QTest::newRow("info") << u"info"_s << 6;
    QTest::newRow("WARN") << u"WARN"_s << 3;
    QTest::newRow("error") << u"error"_s << 2;
    QTest::newRow("fatal") << u"fatal"_s << 0;
}

void TestVectl::logShowLevelFilter()
{
    QFETCH(QString, level);
    QFETCH(int, count);
    const Result r = run(
        {u"log"_s, u"show"_s, u"--json"_s, u"--level"_s, level, dataFile(u"emulator-ve-failover.log"_s)});
    QCOMPARE(r.exitCode, 0);
    const QList<QByteArray> lines = r.out.isEmpty() ? QList<QByteArray>() : r.out.trimmed().split('\n');
    QCOMPARE(lines.size(), count);
}

void TestVectl::logShowStdinAndText()
{
    const Result r = run({u"log"_s, u"show"_s, u"-"_s, u"--level"_s, u"error"_s},
        readData(u"emulator-ve-protocol-mismatch.log"_s) + "not a log line\n");
    QCOMPARE(r.exitCode, 0);
    const QList<QByteArray> lines = r.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 2); // FATAL and ERROR; the unknown line is left out by --level
    QCOMPARE(lines.at(0), QByteArray("2021-08-10T17:03:42     fatal   VE License server is unavailable!"));
    // Without --level every line comes out, unknown ones verbatim but with control characters
    // (a terminal escape sequence here) made harmless.
    const Result all = run({u"log"_s, u"show"_s, u"-"_s}, "not a \x1b[31mlog line");
    QCOMPARE(all.exitCode, 0);
    QCOMPARE(all.out, QByteArray(24, ' ') + "unknown not a ?[31mlog line\n");

    // A giant line (no line feed at all) is cut and marked, not held in memory whole.
    const QByteArray giant = "2020-06-29 18:08:25 ERROR VE " + QByteArray(3 * 1024 * 1024, 'x');
    const Result cut = run({u"log"_s, u"show"_s, u"--json"_s, u"-"_s}, giant);
    QCOMPARE(cut.exitCode, 0);
    const QJsonObject object = parseObject(cut.out);
    QCOMPARE(object.value(u"level"_s).toString(), u"error"_s);
    QVERIFY(object.value(u"raw"_s).toString().endsWith(u"[line cut: 3145757 bytes]"));
    QVERIFY(object.value(u"raw"_s).toString().size() < 1100 * 1024);
}

QTEST_GUILESS_MAIN(TestVectl)
#include "tst_vectl.moc"
