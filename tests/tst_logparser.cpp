// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/logparser.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QList<QByteArray> readLines(const QString &name)
{
    QFile file(QStringLiteral(VE_TEST_DATA_DIR) + u'/' + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open test data %s", qPrintable(name));
    QList<QByteArray> lines = file.readAll().split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

QDateTime wall(int y, int mo, int d, int h, int mi, int s, int ms = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), Qt::UTC);
}

using Level = LogLine::Level;
using Format = LogLine::Format;

} // namespace

class TestLogParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void samples_data();
    void samples();
    void unmatchedKeptVerbatim_data();
    void unmatchedKeptVerbatim();
    void invalidUtf8();
    void lineBreaksAndBlanks();
    void peekAgreesWithParse_data();
    void peekAgreesWithParse();
    void everyPrefixIsSafe();
    void hugeLine();
    void levelNames();
    void json();
    void jsonLine_data();
    void jsonLine();
};

void TestLogParser::samples_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("index");
    QTest::addColumn<Format>("format");
    QTest::addColumn<QDateTime>("time");
    QTest::addColumn<Level>("level");
    QTest::addColumn<QString>("category");
    QTest::addColumn<QString>("message");

    const QString failover = u"emulator-ve-failover.log"_s;
    QTest::newRow("failover 1") << failover << 0 << Format::Ve << wall(2020, 6, 29, 18, 8, 25) << Level::Error
                                << u"VE"_s << u"Failed to connect with the license server!"_s;
    QTest::newRow("failover 2") << failover << 1 << Format::Ve << wall(2020, 6, 29, 18, 8, 25) << Level::Info
                                << u"VE"_s << u"Trying to login to license server: 127.0.0.1"_s;
    QTest::newRow("failover 4") << failover << 3 << Format::Ve << wall(2020, 6, 29, 18, 8, 43)
                                << Level::Warning << u"VE"_s
                                << u"Charon will be terminated within 2 hours!"_s;
    QTest::newRow("failover 6") << failover << 5 << Format::Ve << wall(2020, 6, 29, 19, 8, 57) << Level::Info
                                << u"VE"_s << u"Found available license ID: 01.00000001.002.045."_s;

    const QString mismatch = u"emulator-ve-protocol-mismatch.log"_s;
    QTest::newRow("mismatch 1") << mismatch << 0 << Format::Ve << wall(2020, 1, 16, 11, 24, 38)
                                << Level::Warning << u"VE"_s << u"Failed to get data from license server!"_s;
    QTest::newRow("mismatch 2") << mismatch << 1 << Format::Ve << wall(2021, 8, 10, 17, 3, 42) << Level::Fatal
                                << u"VE"_s << u"License server is unavailable!"_s;
    QTest::newRow("mismatch 3") << mismatch << 2 << Format::Ve << wall(2021, 8, 10, 17, 16, 41)
                                << Level::Error << u"VE"_s << u"License protocol version is invalid."_s;

    const QString errorLog = u"error.log"_s;
    // 1636549131 = 2021-11-10 12:58:51 UTC; epoch seconds are a true UTC time.
    QTest::newRow("error.log empty client")
        << errorLog << 0 << Format::ErrorLog << wall(2021, 11, 10, 12, 58, 51) << Level::Error << QString()
        << u"cannot bind to 80: 98 (Address already in use)"_s;
    QTest::newRow("error.log client") << errorLog << 3 << Format::ErrorLog << wall(2021, 11, 10, 13, 38, 51)
                                      << Level::Error << u"192.168.2.80"_s << u"SSL syscall error 104"_s;

    const QString axp = u"emulator-axpvax.log"_s;
    QTest::newRow("axp INFO") << axp << 0 << Format::AxpVax << wall(2021, 8, 10, 17, 3, 42) << Level::Info
                              << u"hexane.cxx(5340)"_s
                              << u"session: loading built-in configuration \"AlphaServer_ES40\"..."_s;
    QTest::newRow("axp W") << axp << 1 << Format::AxpVax << wall(2021, 8, 10, 17, 3, 43) << Level::Warning
                           << u"license.cxx(1123)"_s
                           << u"License server 10.1.1.1:8083 is not reachable, trying backup."_s;
    QTest::newRow("axp ERROR lower-case hex")
        << axp << 2 << Format::AxpVax << wall(2021, 8, 10, 17, 4, 1) << Level::Error << u"license.cxx(1187)"_s
        << u"Failed to connect with the license server!"_s;
    QTest::newRow("axp F") << axp << 3 << Format::AxpVax << wall(2021, 8, 10, 17, 4, 2) << Level::Fatal
                           << u"license.cxx(1201)"_s << u"No valid license found, the emulator will stop."_s;
    QTest::newRow("axp no module") << axp << 4 << Format::AxpVax << wall(2021, 8, 10, 17, 4, 2) << Level::Info
                                   << QString() << u"no module, just text"_s;

    const QString par = u"emulator-par.log"_s;
    QTest::newRow("par info") << par << 0 << Format::Par << wall(2021, 8, 10, 17, 3, 42, 123) << Level::Info
                              << QString() << u"Charon-PAR started"_s;
    QTest::newRow("par warning") << par << 1 << Format::Par << wall(2021, 8, 10, 17, 3, 43, 0)
                                 << Level::Warning << QString()
                                 << u"Trying backup license server 10.1.1.2:8083"_s;
    QTest::newRow("par ERROR") << par << 2 << Format::Par << wall(2021, 8, 10, 17, 3, 44, 999) << Level::Error
                               << QString() << u"License server is unavailable!"_s;

    const QString mixed = u"mixed-garbage.log"_s;
    QTest::newRow("CRLF line") << mixed << 0 << Format::Ve << wall(2020, 6, 29, 18, 8, 25) << Level::Error
                               << u"VE"_s << u"Failed to connect with the license server!"_s;
    QTest::newRow("trailing blanks") << mixed << 9 << Format::Ve << wall(2021, 8, 10, 17, 3, 42)
                                     << Level::Fatal << u"VE"_s << u"License server is unavailable!"_s;
}

void TestLogParser::samples()
{
    QFETCH(QString, file);
    QFETCH(int, index);
    const QByteArray bytes = readLines(file).at(index);
    const LogLine line = LogParser::parseLine(bytes);
    QTEST(line.format, "format");
    QTEST(line.time, "time");
    QCOMPARE(line.time.timeSpec(), Qt::UTC);
    QTEST(line.level, "level");
    QTEST(line.category, "category");
    QTEST(line.message, "message");
    QByteArray raw = bytes;
    if (raw.endsWith('\r'))
        raw.chop(1);
    QCOMPARE(line.raw, QString::fromUtf8(raw));
}

void TestLogParser::unmatchedKeptVerbatim_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("continuation") << QByteArray("   continuation of a stack trace");
    QTest::newRow("month 13") << QByteArray("2020-13-45 18:08:25 ERROR VE     month 13 does not exist");
    QTest::newRow("unknown level word") << QByteArray("2020-06-29 18:08:25 NOTALEVEL VE something");
    QTest::newRow("single-letter VE level") << QByteArray("2020-06-29 18:08:25 I am not a level");
    QTest::newRow("truncated time") << QByteArray("2020-06-29 18:08:2");
    QTest::newRow("no blank after time") << QByteArray("2020-06-29 18:08:25ERROR VE x");
    QTest::newRow("error.log bad epoch") << QByteArray("[notanumber] [error] [client ] x");
    QTest::newRow("error.log unclosed client") << QByteArray("[1636549131] [error] [client 1.2.3.4 x");
    QTest::newRow("axp code not hex") << QByteArray("20210810:170342:INFO:0:NOTHEX:mod(1): text");
    QTest::newRow("axp no n") << QByteArray("20210810:170342:INFO::0000:mod(1): text");
    QTest::newRow("axp 25 o'clock") << QByteArray("20210810:250342:INFO:0:0A:mod(1): text");
    QTest::newRow("par no fraction") << QByteArray("20210810:170342.:info:text");
    QTest::newRow("par level not a word") << QByteArray("20210810:170342.5:in fo:text");
    QTest::newRow("digits only") << QByteArray("123456789012345");
}

void TestLogParser::unmatchedKeptVerbatim()
{
    QFETCH(QByteArray, bytes);
    const LogLine line = LogParser::parseLine(bytes);
    QCOMPARE(line.format, Format::Unknown);
    QCOMPARE(line.level, Level::Unknown);
    QVERIFY(!line.time.isValid());
    QVERIFY(line.category.isEmpty());
    QCOMPARE(line.raw, QString::fromUtf8(bytes));
    QCOMPARE(line.message, line.raw);
}

void TestLogParser::invalidUtf8()
{
    const QList<QByteArray> lines = readLines(u"mixed-garbage.log"_s);
    const LogLine errorLog = LogParser::parseLine(lines.at(6));
    QCOMPARE(errorLog.format, Format::ErrorLog);
    QCOMPARE(errorLog.level, Level::Warning);
    QCOMPARE(errorLog.category, u"\uFFFD\uFFFD"_s);
    QVERIFY(errorLog.message.startsWith(u"invalid \uFFFD(")); // the broken sequence, then '('
    const LogLine garbage = LogParser::parseLine(lines.at(10));
    QCOMPARE(garbage.format, Format::Unknown);
    QVERIFY(garbage.raw.contains(u"garbage"));
    QCOMPARE(garbage.raw.size(), 3 + 21); // three replacements, the rest as is, NUL included
}

void TestLogParser::lineBreaksAndBlanks()
{
    const QByteArray text = "2020-06-29 18:08:25   INFO\tVE\t\tConnected   ";
    for (const QByteArray &ending : {QByteArray(), QByteArray("\n"), QByteArray("\r\n")}) {
        const QByteArray bytes = text + ending;
        const LogLine line = LogParser::parseLine(bytes);
        QCOMPARE(line.level, Level::Info);
        QCOMPARE(line.category, u"VE"_s);
        QCOMPARE(line.message, u"Connected"_s); // trailing blanks trimmed
        QCOMPARE(line.raw, QString::fromUtf8(text)); // the raw line keeps them, not the break
    }
    const LogLine fraction = LogParser::parseLine("2020-06-29 18:08:25.5 DEBUG VE x");
    QCOMPARE(fraction.time, wall(2020, 6, 29, 18, 8, 25, 500));
    QCOMPARE(fraction.level, Level::Debug);
    const LogLine bare = LogParser::parseLine("2020-06-29 18:08:25 WARNING");
    QCOMPARE(bare.level, Level::Warning);
    QVERIFY(bare.category.isEmpty());
    QVERIFY(bare.message.isEmpty());
}

void TestLogParser::peekAgreesWithParse_data()
{
    QTest::addColumn<QByteArray>("bytes");
    for (const char *name : {"emulator-ve-failover.log", "emulator-ve-protocol-mismatch.log", "error.log",
             "emulator-axpvax.log", "emulator-par.log", "mixed-garbage.log"}) {
        const QList<QByteArray> lines = readLines(QString::fromLatin1(name));
        for (qsizetype i = 0; i < lines.size(); ++i)
            QTest::addRow("%s:%lld", name, qlonglong(i + 1)) << lines.at(i);
    }
}

void TestLogParser::peekAgreesWithParse()
{
    QFETCH(QByteArray, bytes);
    const LogLine line = LogParser::parseLine(bytes);
    const LogParser::Peek peek = LogParser::peek(bytes);
    QCOMPARE(peek.format, line.format);
    QCOMPARE(peek.level, line.level);
    QCOMPARE(peek.time(), line.time);
    QCOMPARE(LogParser::levelOf(bytes), line.level);
    QCOMPARE(LogParser::timeOf(bytes), line.time);
}

void TestLogParser::everyPrefixIsSafe()
{
    // A line cut anywhere (a log read while being written) parses or falls back, never crashes;
    // only a full time stamp makes a time.
    for (const char *name :
        {"emulator-ve-failover.log", "error.log", "emulator-axpvax.log", "emulator-par.log"}) {
        for (const QByteArray &full : readLines(QString::fromLatin1(name))) {
            for (qsizetype cut = 0; cut <= full.size(); ++cut) {
                const LogLine line = LogParser::parseLine(QByteArrayView(full).first(cut));
                QCOMPARE(line.raw.size(), cut);
                if (cut < 10)
                    QCOMPARE(line.format, Format::Unknown);
            }
        }
    }
}

void TestLogParser::hugeLine()
{
    const QByteArray line = "2020-06-29 18:08:25 ERROR VE " + QByteArray(8 * 1024 * 1024, 'x');
    const LogLine parsed = LogParser::parseLine(line);
    QCOMPARE(parsed.level, Level::Error);
    QCOMPARE(parsed.message.size(), 8 * 1024 * 1024);
    QCOMPARE(LogParser::levelOf(QByteArray(4 * 1024 * 1024, '[')), Level::Unknown);
}

void TestLogParser::levelNames()
{
    for (const Level level : {Level::Debug, Level::Info, Level::Warning, Level::Error, Level::Fatal})
        QCOMPARE(logLevelFromName(logLevelName(level)), level);
    QCOMPARE(logLevelFromName(u"WARN"), Level::Warning);
    QCOMPARE(logLevelFromName(u" Error "), Level::Error);
    QCOMPARE(logLevelFromName(u"crit"), Level::Fatal);
    QCOMPARE(logLevelFromName(u"F"), Level::Fatal);
    QCOMPARE(logLevelFromName(u"unknown"), Level::Unknown);
    QCOMPARE(logLevelFromName(u"verbose"), Level::Unknown);
    QCOMPARE(logLevelName(Level::Unknown), u"unknown"_s);
    QVERIFY(Level::Debug < Level::Info && Level::Info < Level::Warning && Level::Warning < Level::Error
        && Level::Error < Level::Fatal); // --level filters rely on this order
    for (const Format format : {Format::Ve, Format::ErrorLog, Format::AxpVax, Format::Par})
        QCOMPARE(logFormatFromName(logFormatName(format)), format);
}

void TestLogParser::json()
{
    const LogLine ve
        = LogParser::parseLine("2020-06-29 18:08:43 WARN  VE     Charon will be terminated within 2 hours!");
    const QJsonObject object = logLineToJson(ve);
    QCOMPARE(object.value(u"time"_s).toString(), u"2020-06-29T18:08:43"_s); // wall clock: no zone
    QCOMPARE(object.value(u"level"_s).toString(), u"warning"_s);
    QCOMPARE(object.value(u"category"_s).toString(), u"VE"_s);
    QCOMPARE(object.value(u"message"_s).toString(), u"Charon will be terminated within 2 hours!"_s);
    QCOMPARE(object.value(u"format"_s).toString(), u"ve"_s);
    QCOMPARE(object.value(u"raw"_s).toString(), ve.raw);

    const LogLine back = logLineFromJson(object);
    QCOMPARE(back.time, ve.time);
    QCOMPARE(back.level, ve.level);
    QCOMPARE(back.format, ve.format);
    QCOMPARE(back.message, ve.message);

    const LogLine epoch
        = LogParser::parseLine("[1636551531] [error] [client 192.168.2.80] SSL syscall error 104");
    QCOMPARE(logLineToJson(epoch).value(u"time"_s).toString(), u"2021-11-10T13:38:51Z"_s);
    const LogLine par = LogParser::parseLine("20210810:170342.123456:info:x");
    QCOMPARE(logLineToJson(par).value(u"time"_s).toString(), u"2021-08-10T17:03:42.123"_s);
    QCOMPARE(logLineFromJson(logLineToJson(par)).time, par.time);

    const QJsonObject unknown = logLineToJson(LogParser::parseLine("hello"));
    QVERIFY(unknown.value(u"time"_s).isNull());
    QCOMPARE(unknown.value(u"level"_s).toString(), u"unknown"_s);
    QCOMPARE(unknown.value(u"format"_s).toString(), u"unknown"_s);

    const LogLine hostile = logLineFromJson(QJsonObject {{u"time"_s, 5}, {u"level"_s, QJsonObject()}});
    QVERIFY(!hostile.time.isValid());
    QCOMPARE(hostile.level, Level::Unknown);
}

void TestLogParser::jsonLine_data()
{
    peekAgreesWithParse_data();
    QTest::newRow("quotes, backslash, controls")
        << QByteArray("[1] [info] [client \"x\"] a\\b\tc\x01\x1f\x7f\"");
    QTest::newRow("non-ASCII") << QByteArray(
        "2020-06-29 18:08:25 INFO VE caf\xc3\xa9 \xe2\x80\xa8 \xf0\x9f\x98\x80 end");
}

void TestLogParser::jsonLine()
{
    // The fast writer and QJsonDocument must say the same thing.
    QFETCH(QByteArray, bytes);
    const LogLine line = LogParser::parseLine(bytes);
    const QByteArray json = logLineToJsonLine(line);
    QVERIFY(!json.contains('\n'));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    QVERIFY2(error.error == QJsonParseError::NoError,
        qPrintable(error.errorString() + u' ' + QString::fromUtf8(json)));
    QCOMPARE(document.object(), logLineToJson(line));
}

QTEST_GUILESS_MAIN(TestLogParser)
#include "tst_logparser.moc"
