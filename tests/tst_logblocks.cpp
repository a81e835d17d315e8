// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/agentclient.h"
#include "core/logstore.h"
#include "core/logstream.h"
#include "core/logwirereader.h"
#include "tests/agentfixture.h"
#include "tests/numberedlog.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

// The block form of the log routes (format=blocks) against a real ve-agent: the same file read
// with line records and with blocks gives the console's LogStore the same lines, whatever bytes
// the file holds; a block's cursor is the line record's cursor of its last line; resuming from a
// block's cursor loses and repeats nothing.
class TestLogBlocks : public QObject
{
    Q_OBJECT

private:
    AgentFixture m_agent;
    QString m_token;

    QString logPath(const QString &suffix = {}) const
    {
        return m_agent.rootDir() + u"/log/license.log"_s + suffix;
    }

    // Plain lines (several of the agent's batches) around everything the two forms must treat
    // alike: invalid UTF-8, CRLF and lone CRs, empty lines, NUL, a line cut at the agent's 1 MiB
    // cap with a UTF-8 sequence across the cut, and one of invalid bytes only (three times its
    // size once replaced).
    static QByteArray hostileLog()
    {
        QByteArray out = numberedLines(1, 6000);
        out += "invalid \xff\xfe bytes and a cut sequence \xE2\x82\n";
        out += "latin1 Z\xfcrich\n";
        out += "crlf line\r\n";
        out += "lone \r carriage return\n";
        out += "two crs\r\r\n";
        out += "\n\n";
        out += QByteArray("nul \0 byte\n", 11);
        out += "utf8 Z\xC3\xBCrich \xE2\x80\x93 \xF0\x9F\x98\x80\n";
        QByteArray huge(3 << 19, 'h');
        huge.replace((1 << 20) - 1, 2, "\xC3\xA9");
        out += huge + "\r\n";
        out += QByteArray(1200 << 10, '\xff') + '\n';
        out += numberedLines(6001, 6200);
        return out;
    }

    AgentClient *client(QObject *parent)
    {
        auto *c = new AgentClient(parent);
        c->setBaseUrl(m_agent.url());
        c->setToken(m_token);
        c->setPinnedSha256(m_agent.sha256());
        return c;
    }

    // LogStream's backfill of everything into a store, as the Logs page fills it.
    void backfill(bool blocks, LogStore *store)
    {
        LogStream::Options options;
        options.backfillLines = 1000000;
        options.blocks = blocks;
        LogStream stream(client(this), u"license"_s, options);
        connect(&stream, &LogStream::linesReceived, this, [store](const QByteArray &lines, qsizetype count) {
            QCOMPARE(store->appendLines(lines), count);
        });
        QSignalSpy caughtUp(&stream, &LogStream::caughtUp);
        stream.start();
        QTRY_COMPARE_WITH_TIMEOUT(caughtUp.size(), 1, 30000);
        QCOMPARE(stream.state(), LogStream::State::Streaming);
    }

    struct Fetched
    {
        QList<LogWire::Record> records;
        bool ok = false;
    };

    Fetched fetch(const QString &path)
    {
        QObject context;
        Fetched fetched;
        LogWireReader reader;
        bool done = false;
        client(&context)->requestData(
            "GET"_ba, path, {},
            [&](const QByteArray &data) {
                reader.feed(data, [&](const LogWire::Record &r) {
                    fetched.records.append(r);
                    return true;
                });
            },
            [&](const Result<QJsonObject> &result) {
                fetched.ok = result.ok() && !reader.hasFailed() && !reader.hasPartial();
                done = true;
            });
        if (!QTest::qWaitFor([&] { return done; }, 30000))
            return {};
        return fetched;
    }

    static int numberOf(QByteArrayView line)
    {
        const qsizetype at = line.indexOf("line ");
        return at < 0 ? -1 : line.sliced(at + 5, 6).toInt();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_agent.start(&error), qPrintable(error));
        m_token = m_agent.addToken(u"reader"_s, u"viewer"_s, &error);
        QVERIFY2(!m_token.isEmpty(), qPrintable(error));
    }

    void init()
    {
        QDir dir(m_agent.rootDir() + u"/log"_s);
        for (const QString &name : dir.entryList(QDir::Files))
            dir.remove(name);
    }

    void bothFormsFillTheSameStore()
    {
        QVERIFY(appendToLog(logPath(), hostileLog()));
        LogStore viaLines, viaBlocks;
        backfill(false, &viaLines);
        backfill(true, &viaBlocks);
        const qsizetype count = 6000 + 11 + 200;
        QCOMPARE(viaLines.lineCount(), count);
        QCOMPARE(viaBlocks.lineCount(), count);
        QCOMPARE(viaBlocks.rawBytes(), viaLines.rawBytes());
        for (qsizetype row = 0; row < count; ++row) {
            if (viaBlocks.line(row) != viaLines.line(row) || viaBlocks.level(row) != viaLines.level(row)
                || viaBlocks.timeMs(row) != viaLines.timeMs(row))
                QFAIL(qPrintable(u"row %1 differs"_s.arg(row)));
        }
        // What that content is: replaced, blanked, cut as the agent's cap says.
        const QByteArray r = "\xEF\xBF\xBD"_ba;
        QCOMPARE(viaBlocks.line(6000), QByteArray("invalid "_ba + r + r + " bytes and a cut sequence " + r));
        QCOMPARE(viaBlocks.line(6001), QByteArray("latin1 Z"_ba + r + "rich"));
        QCOMPARE(viaBlocks.line(6002), "crlf line"_ba);
        QCOMPARE(viaBlocks.line(6003), "lone   carriage return"_ba);
        QCOMPARE(viaBlocks.line(6004), "two crs "_ba);
        QCOMPARE(viaBlocks.line(6005), QByteArray());
        QCOMPARE(viaBlocks.line(6006), QByteArray());
        QCOMPARE(viaBlocks.line(6007), QByteArray("nul \0 byte", 10));
        QCOMPARE(viaBlocks.line(6008), "utf8 Z\xC3\xBCrich \xE2\x80\x93 \xF0\x9F\x98\x80"_ba);
        const QByteArrayView cut = viaBlocks.line(6009);
        QCOMPARE(cut.size(), (1 << 20) - 1 + qsizetype(sizeof " [line cut: 1572864 bytes]") - 1);
        QVERIFY(cut.endsWith("h [line cut: 1572864 bytes]"));
        const QByteArrayView replaced = viaBlocks.line(6010);
        QCOMPARE(replaced.size(), 3 * (1 << 20) + qsizetype(sizeof " [line cut: 1228800 bytes]") - 1);
        QVERIFY(replaced.startsWith(QByteArray(r + r))
            && replaced.endsWith(QByteArray(r + " [line cut: 1228800 bytes]")));
        QCOMPARE(numberOf(viaBlocks.line(count - 1)), 6200);
    }

    // Raw answers of both forms: the same lines; each block ends where a line record's cursor
    // says; blocks stay within the size a writer aims at unless one line is longer.
    void blockCursorsAreLineCursors()
    {
        QVERIFY(appendToLog(logPath(), hostileLog()));
        const Fetched lines = fetch(u"/api/v1/logs/license?lines=1000000"_s);
        const Fetched blocks = fetch(u"/api/v1/logs/license?lines=1000000&format=blocks"_s);
        QVERIFY(lines.ok && blocks.ok);
        QByteArray lineText;
        QList<QByteArray> lineCursors;
        for (const LogWire::Record &record : lines.records) {
            QVERIFY(record.kind != LogWire::Record::Kind::Block); // not asked for
            if (record.kind == LogWire::Record::Kind::Line) {
                lineText += record.line + '\n';
                lineCursors.append(record.cursor);
            }
        }
        QByteArray blockText;
        qsizetype blockCount = 0;
        for (const LogWire::Record &record : blocks.records) {
            QVERIFY(record.kind != LogWire::Record::Kind::Line);
            if (record.kind != LogWire::Record::Kind::Block)
                continue;
            ++blockCount;
            blockText += record.line;
            const qsizetype lastLine = blockText.count('\n') - 1;
            QCOMPARE(record.cursor, lineCursors.value(lastLine));
            QVERIFY(record.blockBytes <= LogWire::BlockBytes || record.blockLines == 1);
        }
        QCOMPARE(blockText, lineText);
        QVERIFY2(blockCount >= 4, qPrintable(QString::number(blockCount)));
        QCOMPARE(blocks.records.constLast().event, "caught-up"_ba);
        QCOMPARE(blocks.records.constLast().cursor, lines.records.constLast().cursor);
    }

    void resumingFromABlockCursorLosesAndRepeatsNothing()
    {
        QVERIFY(appendToLog(logPath(), numberedLines(1, 30000))); // ~2 MB: several blocks
        QList<QString> cursors; // after each batch
        QList<int> firstOfBatch;
        QList<int> got;
        LogStream::Options options;
        options.backfillLines = 1000000;
        LogStream stream(client(this), u"license"_s, options);
        connect(&stream, &LogStream::linesReceived, this, [&](const QByteArray &lines, qsizetype count) {
            const QList<QByteArray> split = lines.split('\n');
            QCOMPARE(split.size(), count + 1);
            firstOfBatch.append(numberOf(split.first()));
            for (qsizetype i = 0; i < count; ++i)
                got.append(numberOf(split.at(i)));
            cursors.append(stream.cursor());
        });
        QSignalSpy caughtUp(&stream, &LogStream::caughtUp);
        stream.start();
        QTRY_COMPARE_WITH_TIMEOUT(caughtUp.size(), 1, 30000);
        QCOMPARE(got.size(), 30000);
        QVERIFY(cursors.size() >= 3);

        // A new stream from the cursor after the second batch: exactly the lines after it.
        LogStream resumed(client(this), u"license"_s);
        resumed.setCursor(cursors.at(1));
        QList<int> rest;
        connect(&resumed, &LogStream::linesReceived, this, [&](const QByteArray &lines) {
            for (const QByteArray &line : lines.split('\n')) {
                if (!line.isEmpty())
                    rest.append(numberOf(line));
            }
        });
        QSignalSpy resumedUp(&resumed, &LogStream::caughtUp);
        resumed.start();
        QTRY_COMPARE_WITH_TIMEOUT(resumedUp.size(), 1, 30000);
        QCOMPARE(rest.size(), 30000 - (firstOfBatch.at(2) - 1));
        QCOMPARE(rest.first(), firstOfBatch.at(2));
        QCOMPARE(rest.last(), 30000);
        resumed.stop();

        // Stopped, then lines written and the log rotated: the reconnect brings exactly those.
        stream.stop();
        QVERIFY(appendToLog(logPath(), numberedLines(30001, 30100)));
        QVERIFY(QFile::rename(logPath(), logPath(u".1"_s)));
        QVERIFY(appendToLog(logPath(), numberedLines(30101, 30200)));
        stream.start();
        QTRY_COMPARE_WITH_TIMEOUT(got.size(), 30200, 30000);
        QTest::qWait(300);
        QCOMPARE(got.size(), 30200);
        for (int i = 0; i < got.size(); ++i) {
            if (got.at(i) != i + 1)
                QFAIL(qPrintable(u"line %1 is number %2"_s.arg(i + 1).arg(got.at(i))));
        }
    }
};

QTEST_GUILESS_MAIN(TestLogBlocks)
#include "tst_logblocks.moc"
