// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/logwirereader.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;

// The NDJSON records of the log routes: what the agent writes is valid JSON whatever the log
// holds, and what a reader accepts is bounded and never crashes it.
class TestLogWire : public QObject
{
    Q_OBJECT

private:
    static QByteArray encodeLine(QByteArrayView line, QByteArrayView cursor = "c1")
    {
        QByteArray out;
        LogWire::appendLine(&out, line, cursor);
        return out;
    }

    static LogWire::Record parse(QByteArrayView json, bool *ok, QString *error = nullptr)
    {
        LogWire::Record record;
        QString message;
        *ok = LogWire::parseRecord(json, &record, &message);
        if (error)
            *error = message;
        return record;
    }

private Q_SLOTS:
    void lineRoundTrip_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::newRow("plain") << "2024-05-01 12:00:00 INFO  VE     Client logged in"_ba;
        QTest::newRow("json-hostile") << "quote \" backslash \\ slash / tab \t bell \x07 del \x7f"_ba;
        QTest::newRow("nul") << QByteArray("a\0b", 3);
        QTest::newRow("utf8") << "Zürich – 東京 😀"_ba;
        QTest::newRow("empty") << QByteArray();
    }

    void lineRoundTrip()
    {
        QFETCH(QByteArray, line);
        const QByteArray json = encodeLine(line, "v1.1.2.3.0123456789abcdef.42");
        QVERIFY(json.endsWith('\n'));
        QCOMPARE(json.count('\n'), 1); // one record, one line
        const QJsonObject object = QJsonDocument::fromJson(json).object();
        QCOMPARE(object.value("line"_L1).toString().toUtf8(), line);
        bool ok = false;
        const LogWire::Record record = parse(json.chopped(1), &ok);
        QVERIFY(ok);
        QCOMPARE(record.kind, LogWire::Record::Kind::Line);
        QCOMPARE(record.line, line);
        QCOMPARE(record.cursor, "v1.1.2.3.0123456789abcdef.42"_ba);
    }

    void invalidUtf8BecomesReplacementCharacters_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QByteArray>("expected");
        const QByteArray r = "\xEF\xBF\xBD"_ba;
        QTest::newRow("lone byte") << "a\xff"
                                      "b"_ba
                                   << "a"_ba + r + "b";
        QTest::newRow("truncated sequence") << "x\xE2\x82"
                                               "y"_ba
                                            << "x"_ba + r + "y";
        QTest::newRow("surrogate encoded") << "\xED\xA0\x80"_ba << r + r + r;
        QTest::newRow("overlong") << "\xC0\xAF"_ba << r + r;
        QTest::newRow("cut at the end") << "ok\xF0\x9F\x98"_ba
                                        << "ok"_ba + r;
        QTest::newRow("latin1 text") << "Z\xFCrich"_ba
                                     << "Z"_ba + r + "rich";
    }

    void invalidUtf8BecomesReplacementCharacters()
    {
        QFETCH(QByteArray, line);
        QFETCH(QByteArray, expected);
        const QByteArray json = encodeLine(line);
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(json, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(document.object().value("line"_L1).toString(), QString::fromUtf8(expected));
        bool ok = false;
        QCOMPARE(parse(json.chopped(1), &ok).line, expected);
        QVERIFY(ok);
    }

    void randomBytesAlwaysGiveValidJson()
    {
        QRandomGenerator random(7);
        for (int round = 0; round < 2000; ++round) {
            QByteArray line(random.bounded(64), Qt::Uninitialized);
            for (char &c : line)
                c = char(random.bounded(256));
            const QByteArray json = encodeLine(line);
            QJsonParseError error;
            QJsonDocument::fromJson(json, &error);
            QVERIFY2(error.error == QJsonParseError::NoError, json.toHex().constData());
            bool ok = false;
            const LogWire::Record record = parse(json.chopped(1), &ok);
            QVERIFY(ok);
            // What the reader got is valid UTF-8: encoding it again changes nothing.
            QByteArray again;
            LogWire::appendValidUtf8(&again, record.line);
            QCOMPARE(again, record.line);
        }
    }

    void events()
    {
        QByteArray out;
        LogWire::appendEvent(&out, "rotated", "v1.1.2.0.0000000000000000.0");
        LogWire::appendEvent(&out, "heartbeat");
        LogWire::appendError(&out, u"read \"failed\""_s);
        const QList<QByteArray> lines = out.split('\n');
        QCOMPARE(lines.size(), 4);
        bool ok = false;
        LogWire::Record record = parse(lines.at(0), &ok);
        QVERIFY(ok);
        QCOMPARE(record.kind, LogWire::Record::Kind::Event);
        QCOMPARE(record.event, "rotated"_ba);
        QCOMPARE(record.cursor, "v1.1.2.0.0000000000000000.0"_ba);
        record = parse(lines.at(1), &ok);
        QVERIFY(ok);
        QCOMPARE(record.event, "heartbeat"_ba);
        QVERIFY(record.cursor.isEmpty());
        record = parse(lines.at(2), &ok);
        QVERIFY(ok);
        QCOMPARE(record.message, "read \"failed\""_ba);
    }

    void readerToleratesWhatItMayIgnore_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QByteArray>("line");
        QTest::newRow("unknown members")
            << R"({"x":{"y":[1,2.5e3,{"z":null}],"w":true},"cursor":"c","line":"a","n":-1})"_ba
            << "a"_ba;
        QTest::newRow("spaces") << "  { \"line\" : \"a\" , \"cursor\" : \"c\" }  "_ba
                                << "a"_ba;
        QTest::newRow("escaped key") << R"({"\u006cine":"a","cursor":"c"})"_ba
                                     << "a"_ba;
        QTest::newRow("line break escapes") << R"({"cursor":"c","line":"a\nb\rc"})"_ba
                                            << "a b c"_ba;
        QTest::newRow("surrogate pair") << R"({"cursor":"c","line":"\ud83d\ude00"})"_ba
                                        << "😀"_ba;
        QTest::newRow("lone surrogate") << R"({"cursor":"c","line":"\ud800x"})"_ba
                                        << "\xEF\xBF\xBDx"_ba;
        QTest::newRow("raw invalid utf8") << "{\"cursor\":\"c\",\"line\":\"\xff\"}"_ba
                                          << "\xEF\xBF\xBD"_ba;
    }

    void readerToleratesWhatItMayIgnore()
    {
        QFETCH(QByteArray, json);
        QFETCH(QByteArray, line);
        bool ok = false;
        QString error;
        const LogWire::Record record = parse(json, &ok, &error);
        QVERIFY2(ok, qPrintable(error));
        QCOMPARE(record.line, line);
    }

    void hostileRecordsAreErrors_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("empty object") << "{}"_ba;
        QTest::newRow("array") << "[]"_ba;
        QTest::newRow("truncated") << "{\"cursor\":\"c\",\"line\":\"abc"_ba;
        QTest::newRow("no cursor") << R"({"line":"abc"})"_ba;
        QTest::newRow("line not a string") << R"({"cursor":"c","line":42})"_ba;
        QTest::newRow("trailing data") << R"({"event":"heartbeat"} x)"_ba;
        QTest::newRow("raw control character") << "{\"cursor\":\"c\",\"line\":\"a\x01\"}"_ba;
        QTest::newRow("bad escape") << R"({"cursor":"c","line":"\q"})"_ba;
        QTest::newRow("short unicode escape") << "{\"cursor\":\"c\",\"line\":\"\\u12\"}"_ba;
        QTest::newRow("bad literal") << R"({"x":tru,"event":"heartbeat"})"_ba;
        QTest::newRow("deep nesting")
            << "{\"x\":"_ba + QByteArray(100000, '[') + QByteArray(100000, ']') + "}";
        QTest::newRow("missing colon") << R"({"event" "heartbeat"})"_ba;
        QTest::newRow("binary") << QByteArray("\0\xff{", 3);
    }

    void hostileRecordsAreErrors()
    {
        QFETCH(QByteArray, json);
        bool ok = true;
        QString error;
        parse(json, &ok, &error);
        QVERIFY(!ok);
        QVERIFY(!error.isEmpty());
    }

    void readerJoinsRecordsCutAnywhere()
    {
        QByteArray stream;
        for (int i = 0; i < 20; ++i)
            LogWire::appendLine(&stream, QByteArray("line " + QByteArray::number(i) + " é"),
                QByteArray("c" + QByteArray::number(i)));
        LogWire::appendEvent(&stream, "caught-up", "c19");
        stream.replace("\n", "\r\n"); // CRLF is accepted too
        for (qsizetype piece : {1, 2, 7, 64, 4096}) {
            LogWireReader reader;
            QList<QByteArray> lines;
            QByteArray lastEvent;
            for (qsizetype at = 0; at < stream.size(); at += piece) {
                QVERIFY(reader.feed(QByteArrayView(stream).sliced(at, qMin(piece, stream.size() - at)),
                    [&](const LogWire::Record &record) {
                        if (record.kind == LogWire::Record::Kind::Line)
                            lines.append(record.line);
                        else
                            lastEvent = record.event;
                        return true;
                    }));
            }
            QVERIFY(!reader.hasPartial());
            QCOMPARE(lines.size(), 20);
            QCOMPARE(lines.at(13), "line 13 é"_ba);
            QCOMPARE(lastEvent, "caught-up"_ba);
        }
    }

    void readerRefusesOversizedRecord()
    {
        LogWireReader reader(1024);
        const auto ignore = [](const LogWire::Record &) { return true; };
        QVERIFY(reader.feed(QByteArray(1000, 'x'), ignore)); // held, within the cap
        QVERIFY(!reader.feed(QByteArray(100, 'x'), ignore));
        QVERIFY(reader.hasFailed());
        QVERIFY(reader.errorString().contains(u"longer than 1024"_s));
        QVERIFY(!reader.hasPartial()); // nothing is held after the error
        QVERIFY(!reader.feed(encodeLine("ok"), ignore)); // stays failed …
        reader.reset();
        int count = 0;
        QVERIFY(reader.feed(encodeLine("ok"), [&](const LogWire::Record &) { return ++count; }));
        QCOMPARE(count, 1); // … until reset()
    }

    // What the block form carries, byte for byte what line records would give the reader.
    void blocksReadLikeLineRecords_data()
    {
        QTest::addColumn<QByteArray>("lines");
        QTest::newRow("plain") << "2024-05-01 12:00:00 INFO  VE     a\n\nsecond line\n"_ba;
        QTest::newRow("utf8") << "Zürich – 東京 😀\n"_ba;
        QTest::newRow("invalid utf8") << "a\xff\n\xE2\x82\nok\xF0\x9F\x98\nZ\xFCrich\n\xED\xA0\x80\n"_ba;
        QTest::newRow("carriage returns") << "a\rb\n\rx\r\n"_ba;
        static const char controls[] = "nul \0 bell \x07 tab \t esc \x1b\n";
        QTest::newRow("control characters") << QByteArray(controls, sizeof controls - 1);
        QTest::newRow("sequence cut by a line feed") << "\xE2\n\x82\xAC\n"_ba;
    }

    void blocksReadLikeLineRecords()
    {
        QFETCH(QByteArray, lines);
        const QList<QByteArray> split = lines.chopped(1).split('\n');
        QByteArray records;
        for (const QByteArray &line : split)
            LogWire::appendLine(&records, line, "c");
        QByteArray block;
        const LogWire::BlockScan scan = LogWire::scanBlock(lines);
        QCOMPARE(scan.lines, split.size());
        LogWire::appendBlock(&block, lines, scan, "c");
        QByteArray fromRecords, fromBlock;
        LogWireReader reader;
        QVERIFY(reader.feed(records, [&](const LogWire::Record &r) {
            fromRecords += r.line + '\n';
            return true;
        }));
        QVERIFY(reader.feed(block, [&](const LogWire::Record &r) {
            fromBlock += r.line;
            return r.kind == LogWire::Record::Kind::Block && r.blockLines == split.size() && r.cursor == "c";
        }));
        QCOMPARE(fromBlock, fromRecords);
        QVERIFY(LogWire::scanBlock(fromBlock).clean);
        QCOMPARE(scan.clean, fromBlock == lines);
    }

    // The scan's count and verdict against the obvious ones, on random bytes rich in the bytes
    // it looks at, at every alignment.
    void scanBlockIsExact()
    {
        QRandomGenerator random(11);
        const char pool[] = {'\n', '\r', 'a', ' ', '\0', char(0x80), char(0xC3), char(0xA9), char(0xE2),
            char(0x82), char(0xAC), char(0xF0), char(0x9F), char(0xFF)};
        for (int round = 0; round < 3000; ++round) {
            QByteArray text(random.bounded(300), Qt::Uninitialized);
            const int rare = 1 + random.bounded(64); // from dense to mostly plain words
            for (char &c : text)
                c = random.bounded(rare) == 0 ? pool[random.bounded(int(sizeof pool))] : 'x';
            const LogWire::BlockScan scan = LogWire::scanBlock(text);
            QCOMPARE(scan.lines, text.count('\n'));
            QByteArray replaced;
            LogWire::appendLogText(&replaced, text);
            QCOMPARE(scan.clean, replaced == text);
            QCOMPARE(replaced.count('\n'), text.count('\n'));
            QVERIFY(!replaced.contains('\r'));
            QCOMPARE(QString::fromUtf8(replaced).toUtf8(), replaced);
        }
        // Long plain runs: counted in bulk, however many line feeds they hold.
        for (const QByteArray &text : {QByteArray(100003, '\n'), QByteArray(QByteArray(70001, 'a') + '\n')}) {
            const LogWire::BlockScan scan = LogWire::scanBlock(text);
            QCOMPARE(scan.lines, text.count('\n'));
            QVERIFY(scan.clean);
        }
    }

    void readerJoinsBlocksCutAnywhere()
    {
        QByteArray stream;
        QByteArray expected;
        for (int b = 0; b < 5; ++b) {
            QByteArray lines;
            for (int i = 0; i <= b; ++i)
                lines += "block " + QByteArray::number(b) + " line " + QByteArray::number(i) + " \xC3\xA9\n";
            expected += lines;
            const QByteArray number = QByteArray::number(b);
            LogWire::appendBlock(&stream, lines, LogWire::scanBlock(lines), QByteArray("c" + number));
            LogWire::appendLine(&stream, QByteArray("between " + number), QByteArray("l" + number));
            expected += "between " + number + '\n';
        }
        LogWire::appendEvent(&stream, "caught-up", "l4");
        for (qsizetype piece : {1, 2, 3, 7, 64, 4096}) {
            LogWireReader reader;
            QByteArray got;
            QList<QByteArray> cursors;
            QByteArray lastEvent;
            for (qsizetype at = 0; at < stream.size(); at += piece) {
                QVERIFY(reader.feed(QByteArrayView(stream).sliced(at, qMin(piece, stream.size() - at)),
                    [&](const LogWire::Record &record) {
                        if (record.kind == LogWire::Record::Kind::Event)
                            lastEvent = record.event;
                        else
                            got += record.kind == LogWire::Record::Kind::Block ? record.line
                                                                               : record.line + '\n';
                        if (record.kind != LogWire::Record::Kind::Event)
                            cursors.append(record.cursor);
                        return true;
                    }));
            }
            QVERIFY(!reader.hasPartial());
            QCOMPARE(got, expected);
            QCOMPARE(
                cursors, QList<QByteArray>({"c0", "l0", "c1", "l1", "c2", "l2", "c3", "l3", "c4", "l4"}));
            QCOMPARE(lastEvent, "caught-up"_ba);
        }
    }

    void hostileBlocksAreErrors_data()
    {
        QTest::addColumn<QByteArray>("stream");
        QTest::addColumn<QString>("error");
        QTest::newRow("fewer lines") << "{\"block\":4,\"lines\":2,\"cursor\":\"c\"}\nabc\n"_ba
                                     << u"2 lines announced, 1 sent"_s;
        QTest::newRow("more lines") << "{\"block\":4,\"lines\":1,\"cursor\":\"c\"}\na\nb\n"_ba
                                    << u"1 lines announced, 2 sent"_s;
        QTest::newRow("no final line feed")
            << "{\"block\":4,\"lines\":1,\"cursor\":\"c\"}\na\nbc{}\n"_ba << u"announced"_s;
        QTest::newRow("no lines") << "{\"block\":0,\"lines\":0,\"cursor\":\"c\"}\n"_ba << u"cannot hold"_s;
        QTest::newRow("more lines than bytes")
            << "{\"block\":2,\"lines\":3,\"cursor\":\"c\"}\n"_ba << u"cannot hold"_s;
        QTest::newRow("no cursor") << "{\"block\":2,\"lines\":1}\n"_ba << u"needs"_s;
        QTest::newRow("no count") << "{\"block\":2,\"cursor\":\"c\"}\n"_ba << u"needs"_s;
        QTest::newRow("and a line") << "{\"block\":2,\"lines\":1,\"cursor\":\"c\",\"line\":\"x\"}\n"_ba
                                    << u"needs"_s;
        QTest::newRow("negative") << "{\"block\":-2,\"lines\":1,\"cursor\":\"c\"}\n"_ba << u"not a count"_s;
        QTest::newRow("fraction") << "{\"block\":2.0,\"lines\":1,\"cursor\":\"c\"}\n"_ba << u"not a count"_s;
        QTest::newRow("string") << "{\"block\":\"2\",\"lines\":1,\"cursor\":\"c\"}\n"_ba << u"not a count"_s;
        QTest::newRow("leading zero")
            << "{\"block\":02,\"lines\":1,\"cursor\":\"c\"}\n"_ba << u"not a count"_s;
        QTest::newRow("huge") << "{\"block\":99999999999999999999,\"lines\":1,\"cursor\":\"c\"}\n"_ba
                              << u"not a count"_s;
        QTest::newRow("over the cap")
            << "{\"block\":1048577,\"lines\":1,\"cursor\":\"c\"}\n"_ba << u"longer than 1048576"_s;
    }

    void hostileBlocksAreErrors()
    {
        QFETCH(QByteArray, stream);
        QFETCH(QString, error);
        LogWireReader reader(1 << 20);
        int handed = 0;
        const bool ok = reader.feed(stream, [&](const LogWire::Record &) { return ++handed > 0; });
        QVERIFY(!ok);
        QCOMPARE(handed, 0);
        QVERIFY2(reader.errorString().contains(error), qPrintable(reader.errorString()));
        QVERIFY(!reader.hasPartial());
    }

    // A block whose text is still to come is held: memory stays bounded by the cap, and a text
    // that never completes hands nothing out.
    void unfinishedBlockHandsOutNothing()
    {
        LogWireReader reader(1024);
        int handed = 0;
        const auto count = [&](const LogWire::Record &) { return ++handed > 0; };
        QVERIFY(reader.feed(
            QByteArray("{\"block\":1000,\"lines\":1,\"cursor\":\"c\"}\n"_ba + QByteArray(998, 'x')), count));
        QVERIFY(reader.hasPartial());
        QCOMPARE(handed, 0);
        QVERIFY(reader.feed("x\n{\"event\":\"heartbeat\"}\n"_ba, count));
        QCOMPARE(handed, 2);
        QVERIFY(!reader.hasPartial());
    }

    void readerStopsOnMalformedRecord()
    {
        LogWireReader reader;
        int count = 0;
        const QByteArray stream = encodeLine("a") + "{nonsense}\n" + encodeLine("b");
        QVERIFY(!reader.feed(stream, [&](const LogWire::Record &) { return ++count > 0; }));
        QCOMPARE(count, 1);
        QVERIFY(reader.errorString().startsWith(u"malformed log record"_s));
    }
};

QTEST_GUILESS_MAIN(TestLogWire)
#include "tst_logwire.moc"
