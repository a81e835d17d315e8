// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/logstore.h"
#include "core/logtextmatcher.h"

#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

using Level = LogLine::Level;

QByteArray numbered(int first, int last)
{
    QByteArray out;
    for (int i = first; i <= last; ++i)
        out += QByteArray::number(i) + " line\n";
    return out;
}

qint64 wallMs(int h, int m, int s)
{
    return QDateTime(QDate(2026, 1, 1), QTime(h, m, s), Qt::UTC).toMSecsSinceEpoch();
}

// Lines a filter is tried on: the shipped samples plus the awkward cases.
QList<QByteArray> corpus()
{
    QList<QByteArray> lines;
    for (const char *name : {"emulator-ve-failover.log", "emulator-ve-protocol-mismatch.log", "error.log"}) {
        QFile file(QStringLiteral(VE_TEST_DATA_DIR) + u'/' + QLatin1StringView(name));
        if (file.open(QIODevice::ReadOnly))
            lines += file.readAll().split('\n');
    }
    lines += QList<QByteArray> {
        "2026-01-01 00:00:03 ERROR VE     Failed to connect with the license server!",
        "2026-01-01 00:00:04 FATAL VE     Charon will be terminated within 2 hours!",
        "Client 10.1.5.77 logged in, product section Charon-SSP/4U+ instance 3",
        "Client 10.1.x.77 logged in",
        "colour",
        "color",
        "colr",
        "abbbc",
        "ac",
        "xxy",
        "xy",
        "y",
        "error",
        "Error",
        "eRRoR",
        "ERR",
        "a.b",
        "axb",
        "a\\b",
        "VE",
        "VEX",
        "x VE y",
        "\xe2\x82\xac price",
        "\xc3\x89t\xc3\xa9",
        "\xc3\xa9t\xc3\xa9",
        "bad \xff\xfe bytes ERROR",
        "lic\xff"
        "ense",
        "license",
        "server:   10.0.0.1",
        "connection",
        "20 tion",
        "",
        " ",
        "ab",
        "abc",
        "cab",
        "ser!",
        "server!",
        "Fail to",
        "Failed to",
        "{3}",
        "a{,3}",
        "aaa",
    };
    return lines;
}

} // namespace

class TestLogStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void appendAndRead()
    {
        LogStore store;
        QCOMPARE(store.appendLines(
                     "continuation before any time\n"
                     "2026-01-01 10:00:05 ERROR VE     Failed to connect with the license server!\r\n"
                     "    at a stack frame\n"
                     "[1636549131] [warn] [client 192.168.2.80] SSL syscall error 104\n"
                     "last line without a line feed"),
            5);
        QCOMPARE(store.lineCount(), 5);
        QCOMPARE(store.line(0), "continuation before any time");
        QCOMPARE(
            store.line(1), "2026-01-01 10:00:05 ERROR VE     Failed to connect with the license server!");
        QCOMPARE(store.line(4), "last line without a line feed");
        QCOMPARE(store.timeMs(0), LogStore::NoTime);
        QCOMPARE(store.level(0), Level::Unknown);
        QCOMPARE(store.timeMs(1), wallMs(10, 0, 5));
        QCOMPARE(store.level(1), Level::Error);
        QCOMPARE(store.timeMs(2), wallMs(10, 0, 5)); // continuation: the time of its message
        QCOMPARE(store.level(2), Level::Unknown);
        QCOMPARE(store.timeMs(3), qint64(1636549131) * 1000);
        QCOMPARE(store.level(3), Level::Warning);
        const LogLine parsed = store.parsedLine(1);
        QCOMPARE(parsed.level, Level::Error);
        QCOMPARE(parsed.category, u"VE"_s);
        QCOMPARE(parsed.message, u"Failed to connect with the license server!"_s);
        // Out of range: empty, never a crash.
        QVERIFY(store.line(5).isEmpty());
        QVERIFY(store.line(-1).isEmpty());
        QCOMPARE(store.level(99), Level::Unknown);
        QCOMPARE(store.timeMs(-3), LogStore::NoTime);
        QCOMPARE(store.appendLines({}), 0);
        QCOMPARE(store.appendLines("\n"), 1); // one empty line
        QCOMPARE(store.line(5), "");
    }

    void appendAcrossBlocks()
    {
        // Plain runs, CRLF lines and an unterminated tail in batches that cross block borders.
        LogStore store;
        QList<QByteArray> expected;
        QByteArray batch;
        for (int i = 0; i < 40000; ++i) {
            const QByteArray line = QByteArray::number(i) + ' ' + QByteArray(i % 97, char('a' + i % 26));
            expected.append(line);
            batch += line + (i % 7 == 0 ? "\r\n" : "\n");
            if (i % 1000 == 999) {
                store.appendLines(batch);
                batch.clear();
            }
        }
        store.appendLines("tail without line feed");
        expected.append("tail without line feed");
        QCOMPARE(store.lineCount(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i) {
            if (store.line(i) != expected.at(i))
                QFAIL(qPrintable(u"row %1 differs"_s.arg(i)));
        }
        qsizetype raw = 0;
        for (const QByteArray &line : expected)
            raw += line.size() + 1;
        QCOMPARE(store.rawBytes(), raw);
    }

    void capDropsOldestWholeBlocks()
    {
        LogStore store(100);
        int total = 0;
        for (int batch = 0; batch < 150; ++batch) {
            QCOMPARE(store.appendLines(numbered(total + 1, total + 7)), 7);
            total += 7;
            const qsizetype expected = store.trimCount();
            QCOMPARE(store.trim(), expected);
            QCOMPARE(store.trimCount(), 0);
            QVERIFY(store.lineCount() <= 100);
            if (total > 100)
                QVERIFY(store.lineCount() > 100 - 100 / 16 - 1); // at most one block short of the cap
            QCOMPARE(store.droppedCount() + store.lineCount(), total);
            // The oldest went first: the rows are still consecutive and end with the newest.
            QCOMPARE(store.line(0), QByteArray(QByteArray::number(store.droppedCount() + 1) + " line"));
            QCOMPARE(store.line(store.lineCount() - 1), QByteArray(QByteArray::number(total) + " line"));
        }
        QVERIFY(store.droppedCount() > 0);
        store.setMaxLines(10);
        QVERIFY(store.trimCount() > 0);
        store.trim();
        QVERIFY(store.lineCount() <= 10);
        QCOMPARE(store.droppedCount() + store.lineCount(), total);
        store.clear();
        QCOMPARE(store.lineCount(), 0);
        QCOMPARE(store.droppedCount(), 0);
        QCOMPARE(store.rawBytes(), 0);
        QCOMPARE(store.filter({}).rows.size(), 0);
    }

    void memoryStaysCloseToRawBytes()
    {
        LogStore store;
        QByteArray batch;
        for (int i = 0; i < 200000; ++i) {
            batch += "2026-01-01 00:" + QByteArray::number(10 + i / 6000) + ":"
                + QByteArray::number(10 + (i / 100) % 50) + " INFO  VE     License check OK, remaining "
                + QByteArray::number(i % 250) + " hour(s) for instance " + QByteArray::number(i % 7) + '\n';
            if (batch.size() > 100000) {
                store.appendLines(batch);
                batch.clear();
            }
        }
        store.appendLines(batch);
        QCOMPARE(store.lineCount(), 200000);
        // The bound of the issue, plus the one block reserved ahead for the next lines.
        QVERIFY2(store.memoryUsage() <= store.rawBytes() * 12 / 10 + LogStore::MaxBlockBytes,
            qPrintable(u"%1 bytes held for %2 raw"_s.arg(store.memoryUsage()).arg(store.rawBytes())));
    }

    void hugeLine()
    {
        LogStore store;
        const QByteArray huge(LogStore::MaxBlockBytes + 12345, 'h');
        store.appendLines(QByteArray("before\n" + huge + "\nafter\n"));
        QCOMPARE(store.lineCount(), 3);
        QCOMPARE(store.line(1), huge);
        QCOMPARE(store.line(2), "after");
        LogFilter filter;
        filter.text = u"after"_s;
        QCOMPARE(store.filter(filter).rows, QList<int> {2});
    }

    void filterByLevel()
    {
        LogStore store;
        store.appendLines("2026-01-01 00:00:01 DEBUG VE     d\n"
                          "2026-01-01 00:00:02 INFO  VE     i\n"
                          "2026-01-01 00:00:03 WARN  VE     w\n"
                          "no level here\n"
                          "2026-01-01 00:00:04 ERROR VE     e\n"
                          "2026-01-01 00:00:05 FATAL VE     f\n");
        LogFilter filter;
        QCOMPARE(store.filter(filter).rows, (QList<int> {0, 1, 2, 3, 4, 5}));
        filter.minLevel = Level::Warning;
        QCOMPARE(store.filter(filter).rows, (QList<int> {2, 4, 5}));
        filter.minLevel = Level::Debug;
        QCOMPARE(store.filter(filter).rows, (QList<int> {0, 1, 2, 4, 5}));
        filter.minLevel = Level::Fatal;
        QCOMPARE(store.filter(filter).rows, QList<int> {5});
    }

    void filterByTime()
    {
        LogStore store;
        store.appendLines("untimed\n"
                          "2026-01-01 00:00:01 INFO  VE     a\n"
                          "2026-01-01 00:00:02 INFO  VE     b\n"
                          "  continuation of b\n"
                          "2026-01-01 00:00:03 INFO  VE     c\n");
        LogFilter filter;
        filter.fromMs = wallMs(0, 0, 2);
        QCOMPARE(store.filter(filter).rows, (QList<int> {2, 3, 4}));
        filter.toMs = wallMs(0, 0, 2);
        QCOMPARE(store.filter(filter).rows, (QList<int> {2, 3}));
        filter.fromMs = wallMs(0, 0, 4);
        filter.toMs = wallMs(0, 0, 9);
        QVERIFY(store.filter(filter).rows.isEmpty());
    }

    void filterByText()
    {
        LogStore store;
        store.appendLines("2026-01-01 00:00:01 ERROR VE     Failed to connect with the license server!\n"
                          "2026-01-01 00:00:02 INFO  VE     Connected with license server: 172.31.40.7\n"
                          "2026-01-01 00:00:03 WARN  VE     failed TO CONNECT again\n"
                          "bad \xff bytes: failed to connect\n");
        LogFilter filter;
        filter.text = u"Failed to connect"_s;
        QCOMPARE(store.filter(filter).rows, QList<int> {0});
        filter.caseSensitive = false;
        QCOMPARE(store.filter(filter).rows, (QList<int> {0, 2, 3}));
        filter.minLevel = Level::Warning;
        QCOMPARE(store.filter(filter).rows, (QList<int> {0, 2}));
        filter.minLevel = Level::Unknown;
        filter.regularExpression = true;
        filter.text = u"(?i)connect(ed)? (with|again)"_s;
        filter.caseSensitive = true;
        QCOMPARE(store.filter(filter).rows, (QList<int> {0, 1, 2}));
        filter.text = u"server: \\d+\\.\\d+"_s;
        QCOMPARE(store.filter(filter).rows, QList<int> {1});
        filter.regularExpression = false;
        filter.text = u"line one\nline two"_s; // no line holds a line feed
        QVERIFY(store.filter(filter).rows.isEmpty());
        filter.text = u"\u00e9"_s; // non-ASCII without case
        filter.caseSensitive = false;
        QVERIFY(store.filter(filter).rows.isEmpty());
    }

    void incrementalFilter()
    {
        LogStore store(1000);
        for (int i = 0; i < 40; ++i)
            store.appendLines(numbered(i * 50 + 1, i * 50 + 50));
        store.trim();
        LogFilter filter;
        filter.text = u"7 line"_s;
        const QList<int> all = store.filter(filter).rows;
        QVERIFY(!all.isEmpty());
        for (const int from : {0, 1, 61, 62, 63, 500, int(store.lineCount()) - 1, int(store.lineCount())}) {
            QList<int> expected;
            for (const int row : all) {
                if (row >= from)
                    expected.append(row);
            }
            QCOMPARE(store.filter(filter, from).rows, expected);
        }
    }

    void invalidRegularExpression_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::newRow("open group") << u"(ERROR"_s;
        QTest::newRow("open class") << u"[a-"_s;
        QTest::newRow("bad range") << u"a{2,1}"_s;
        QTest::newRow("lone backslash") << u"\\"_s;
        QTest::newRow("bad back reference") << u"(a)\\2"_s;
        QTest::newRow("nothing to repeat") << u"*ERROR"_s;
    }

    void invalidRegularExpression()
    {
        QFETCH(QString, pattern);
        LogStore store;
        store.appendLines("2026-01-01 00:00:01 ERROR VE     x\n");
        LogFilter filter;
        filter.regularExpression = true;
        filter.text = pattern;
        const LogFilterResult result = store.filter(filter);
        QVERIFY(!result.isValid());
        QVERIFY(result.error.contains(u"character"_s));
        QVERIFY(result.rows.isEmpty());
        filter.regularExpression = false; // the same text as plain text is fine
        QVERIFY(store.filter(filter).isValid());
    }

    void requiredLiterals_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QStringList>("literals");
        QTest::addColumn<bool>("exact");
        QTest::newRow("alternation") << u"ERROR|FATAL"_s << QStringList {u"ERROR"_s, u"FATAL"_s} << true;
        QTest::newRow("escaped dots")
            << u"Client 10\\.1\\.\\d+"_s << QStringList {u"Client 10.1."_s} << false;
        QTest::newRow("optional char") << u"colou?r"_s << QStringList {u"colo"_s} << false;
        QTest::newRow("plus keeps") << u"ab+c"_s << QStringList {u"ab"_s} << false;
        QTest::newRow("counted") << u"xy{2}z"_s << QStringList {u"xy"_s} << false;
        QTest::newRow("counted zero") << u"xy{0,2}z"_s << QStringList {u"x"_s} << false;
        QTest::newRow("group skipped") << u"(ab|cd)+efg"_s << QStringList {u"efg"_s} << false;
        QTest::newRow("class skipped") << u"[EF]ATAL"_s << QStringList {u"ATAL"_s} << false;
        QTest::newRow("leading (?i)") << u"(?i)error"_s << QStringList {u"error"_s} << true;
        QTest::newRow("empty branch") << u"foo|"_s << QStringList() << false;
        QTest::newRow("lookahead") << u"(?=ERR)ER"_s << QStringList() << false;
        QTest::newRow("inline option later") << u"a(?i)b"_s << QStringList() << false;
        QTest::newRow("quoted") << u"\\Qa|b\\E"_s << QStringList() << false;
        QTest::newRow("hex escape") << u"\\x41BC"_s << QStringList() << false;
        QTest::newRow("only class") << u"[0-9]+"_s << QStringList() << false;
        QTest::newRow("non-quantifier brace") << u"a{,3}"_s << QStringList() << false;
    }

    void requiredLiterals()
    {
        QFETCH(QString, pattern);
        QFETCH(QStringList, literals);
        QFETCH(bool, exact);
        bool isExact = !exact, caseInsensitive = false;
        QCOMPARE(LogTextMatcher::requiredLiterals(pattern, &isExact, &caseInsensitive), literals);
        QCOMPARE(isExact, exact);
    }

    // Whatever shortcut the store takes, it keeps exactly the lines a per-line match keeps.
    void filterAgreesWithPerLineMatch_data()
    {
        QTest::addColumn<QString>("pattern");
        for (const char *p : {"ERROR|FATAL", "Client 10\\.1\\.\\d+\\.\\d+ logged in", "colou?r", "ab+c",
                 "x{2}y", "x{0,2}y", "(?i)error", "^2026-01-01 00:00:0[0-5]", "\\d{3}$", "foo|", "(ab)+c",
                 "[EF]ATAL", "(?=ERR)ER", "a.b", "\\.", "ser(ver)?!", "Fail(ed)? to", "\\bVE\\b",
                 "(?:ERROR|WARN) VE", "\xe2\x82\xac", "\xc3\xa9|\xc3\x89", "lic[e]nse", "server:\\s+10",
                 "tion$|^20", "\\\\", "\\Qa.b\\E", "a{,3}", "(?x) E R R O R", "^$", "license server"})
            QTest::newRow(p) << QString::fromUtf8(p);
    }

    void filterAgreesWithPerLineMatch()
    {
        QFETCH(QString, pattern);
        const QList<QByteArray> lines = corpus();
        LogStore store(1'000'000);
        for (const QByteArray &line : lines)
            store.appendLines(QByteArray(line + '\n'));
        for (const bool caseSensitive : {true, false}) {
            const QRegularExpression regex(pattern,
                caseSensitive ? QRegularExpression::NoPatternOption
                              : QRegularExpression::CaseInsensitiveOption);
            QVERIFY2(regex.isValid(), qPrintable(regex.errorString()));
            QList<int> expected;
            for (qsizetype i = 0; i < lines.size(); ++i) {
                if (regex.match(QString::fromUtf8(lines.at(i))).hasMatch())
                    expected.append(int(i));
            }
            LogFilter filter;
            filter.text = pattern;
            filter.regularExpression = true;
            filter.caseSensitive = caseSensitive;
            QCOMPARE(store.filter(filter).rows, expected);
            filter.regularExpression = false; // plain text: a byte search
            expected.clear();
            for (qsizetype i = 0; i < lines.size(); ++i) {
                if (QString::fromUtf8(lines.at(i))
                        .contains(pattern, caseSensitive ? Qt::CaseSensitive : Qt::CaseInsensitive))
                    expected.append(int(i));
            }
            QCOMPARE(store.filter(filter).rows, expected);
        }
    }

    // Random patterns over a small alphabet against random lines: the literal shortcut must
    // never change which lines are kept.
    void filterAgreesOnGeneratedPatterns()
    {
        QRandomGenerator random(20260101);
        const QStringList tokens = {u"a"_s, u"b"_s, u"E"_s, u"R"_s, u" "_s, u"."_s, u"\\."_s, u"\\d"_s,
            u"+"_s, u"*"_s, u"?"_s, u"{2}"_s, u"{0,1}"_s, u"("_s, u")"_s, u"|"_s, u"[ab]"_s, u"^"_s, u"$"_s,
            u"(?:"_s, u"\\b"_s, u"\\s"_s, u"1"_s, u"ER"_s};
        const QByteArray alphabet = "abER .1\t";
        QList<QByteArray> lines;
        LogStore store;
        for (int i = 0; i < 300; ++i) {
            QByteArray line;
            const int length = random.bounded(12);
            for (int j = 0; j < length; ++j)
                line += alphabet.at(random.bounded(alphabet.size()));
            lines.append(line);
            store.appendLines(QByteArray(line + '\n'));
        }
        int tried = 0;
        for (int n = 0; n < 3000; ++n) {
            QString pattern = random.bounded(8) == 0 ? u"(?i)"_s : QString();
            const int length = 1 + random.bounded(7);
            for (int j = 0; j < length; ++j)
                pattern += tokens.at(random.bounded(tokens.size()));
            const bool caseSensitive = random.bounded(2) == 0;
            const QRegularExpression regex(pattern,
                caseSensitive ? QRegularExpression::NoPatternOption
                              : QRegularExpression::CaseInsensitiveOption);
            if (!regex.isValid())
                continue;
            ++tried;
            QList<int> expected;
            for (qsizetype i = 0; i < lines.size(); ++i) {
                if (regex.match(QString::fromUtf8(lines.at(i))).hasMatch())
                    expected.append(int(i));
            }
            LogFilter filter;
            filter.text = pattern;
            filter.regularExpression = true;
            filter.caseSensitive = caseSensitive;
            const QList<int> rows = store.filter(filter).rows;
            if (rows != expected)
                QFAIL(qPrintable(u"pattern %1 (case %2): %3 rows, expected %4"_s.arg(pattern)
                                     .arg(caseSensitive ? u"sensitive"_s : u"insensitive"_s)
                                     .arg(rows.size())
                                     .arg(expected.size())));
        }
        QVERIFY(tried > 1000);
    }
};

QTEST_GUILESS_MAIN(TestLogStore)
#include "tst_logstore.moc"
