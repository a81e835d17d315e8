// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/agentclient.h"
#include "core/logstream.h"
#include "core/logwirereader.h"
#include "tests/agentfixture.h"
#include "tests/numberedlog.h"
#include "tests/processmemory.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QSslSocket>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

// The agent's log routes and LogStream against a real ve-agent (host backend) tailing real files
// with numbered lines: backfill, append, rotation, truncation, kill -9 and restart, slow readers
// and hostile requests.
class TestLogTail : public QObject
{
    Q_OBJECT

private:
    AgentFixture m_agent;
    QString m_token;
    QByteArray m_pin;

    QString logPath(const QString &suffix = {}) const
    {
        return m_agent.rootDir() + u"/log/license.log"_s + suffix;
    }

    static void replace(const QString &path, const QByteArray &bytes)
    {
        QFile::remove(path);
        QVERIFY(appendToLog(path, bytes));
    }

    // license.log → .1 (older ones shift up), a new empty license.log.
    void rotate()
    {
        for (int i = 8; i >= 1; --i) {
            const QString from = logPath(u"."_s + QString::number(i));
            if (QFile::exists(from))
                QVERIFY(QFile::rename(from, logPath(u"."_s + QString::number(i + 1))));
        }
        QVERIFY(QFile::rename(logPath(), logPath(u".1"_s)));
        QVERIFY(appendToLog(logPath(), {}));
    }

    void clearLogs()
    {
        QDir dir(m_agent.rootDir() + u"/log"_s);
        for (const QString &name : dir.entryList(QDir::Files))
            dir.remove(name);
    }

    static int numberOf(QByteArrayView line)
    {
        const qsizetype at = line.indexOf("line ");
        return at < 0 ? -1 : line.sliced(at + 5, 6).toInt();
    }

    AgentClient *client(QObject *parent, const QString &token)
    {
        auto *c = new AgentClient(parent);
        c->setBaseUrl(m_agent.url());
        c->setToken(token);
        c->setPinnedSha256(m_pin);
        return c;
    }

    struct Fetched
    {
        QList<LogWire::Record> records;
        Result<QJsonObject> result;
        QString readerError;
    };

    // One whole answer of a log route, read as records.
    Fetched fetch(const QString &path, const QString &token)
    {
        QObject context;
        AgentClient *c = client(&context, token);
        Fetched fetched;
        LogWireReader reader;
        bool done = false;
        c->requestData(
            "GET"_ba, path, {},
            [&](const QByteArray &data) {
                if (!reader.feed(data, [&](const LogWire::Record &r) {
                        fetched.records.append(r);
                        return true;
                    }))
                    fetched.readerError = reader.errorString();
            },
            [&](const Result<QJsonObject> &result) {
                fetched.result = result;
                done = true;
            });
        QDeadlineTimer deadline(20000);
        while (!done && !deadline.hasExpired())
            QTest::qWait(10);
        if (!done)
            fetched.readerError = u"no complete answer within 20 s"_s;
        return fetched;
    }

    static QList<int> numbers(const QList<LogWire::Record> &records)
    {
        QList<int> out;
        for (const LogWire::Record &r : records) {
            if (r.kind == LogWire::Record::Kind::Line)
                out.append(numberOf(r.line));
        }
        return out;
    }

    static QList<int> range(int from, int to)
    {
        QList<int> out;
        for (int i = from; i <= to; ++i)
            out.append(i);
        return out;
    }

    // A raw request (paths QUrl would normalise): the status and the body.
    QPair<int, QByteArray> rawGet(const QByteArray &target, const QString &token)
    {
        QSslSocket socket;
        socket.setPeerVerifyMode(QSslSocket::VerifyNone);
        socket.connectToHostEncrypted(u"127.0.0.1"_s, quint16(m_agent.url().port()));
        // The agent is another process: waiting on this socket cannot deadlock.
        if (!socket.waitForEncrypted(10000))
            return {-1, socket.errorString().toUtf8()};
        QByteArray request = "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
        if (!token.isEmpty())
            request += "Authorization: Bearer " + token.toLatin1() + "\r\n";
        socket.write(request + "\r\n");
        QByteArray answer;
        QDeadlineTimer deadline(10000);
        qsizetype headEnd = -1;
        qint64 length = -1;
        while (!deadline.hasExpired()) {
            if (socket.bytesAvailable() == 0 && !socket.waitForReadyRead(200)
                && socket.state() != QAbstractSocket::ConnectedState)
                break;
            answer += socket.readAll();
            headEnd = answer.indexOf("\r\n\r\n");
            if (headEnd >= 0) {
                const qsizetype at = answer.toLower().indexOf("content-length:");
                if (at >= 0 && at < headEnd)
                    length = answer.mid(at + 15, answer.indexOf('\r', at) - at - 15).trimmed().toLongLong();
                if (length >= 0 && answer.size() >= headEnd + 4 + length)
                    break;
            }
        }
        const int status = answer.startsWith("HTTP/1.1 ") ? answer.mid(9, 3).toInt() : -1;
        return {status, headEnd >= 0 ? answer.mid(headEnd + 4) : QByteArray()};
    }

    static qint64 rssKiB(qint64 pid)
    {
        QFile status(u"/proc/%1/status"_s.arg(pid));
        if (!status.open(QIODevice::ReadOnly))
            return -1;
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("VmRSS:"))
                return line.mid(6).trimmed().split(' ').value(0).toLongLong();
        }
        return -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_agent.start(&error), qPrintable(error));
        m_token = m_agent.addToken(u"watcher"_s, u"viewer"_s, &error);
        QVERIFY2(!m_token.isEmpty(), qPrintable(error));
        m_pin = m_agent.sha256();
        QCOMPARE(m_pin.size(), 32);
    }

    void init()
    {
        QVERIFY(m_agent.isRunning());
        clearLogs();
    }

    void backfillIsTheLastLines()
    {
        replace(logPath(), numberedLines(1, 5000));
        const Fetched fetched = fetch(u"/api/v1/logs/license?lines=100"_s, m_token);
        QVERIFY2(fetched.result.ok(), qPrintable(fetched.result.error.message));
        QVERIFY(fetched.readerError.isEmpty());
        QCOMPARE(numbers(fetched.records), range(4901, 5000));
        // The answer ends with caught-up, whose cursor is after the last line.
        const LogWire::Record &last = fetched.records.constLast();
        QCOMPARE(last.event, "caught-up"_ba);
        QCOMPARE(last.cursor, fetched.records.at(fetched.records.size() - 2).cursor);

        const Fetched byDefault = fetch(u"/api/v1/logs/license"_s, m_token);
        QCOMPARE(numbers(byDefault.records), range(4001, 5000)); // 1000 by default
        const Fetched none = fetch(u"/api/v1/logs/license?lines=0"_s, m_token);
        QCOMPARE(none.records.size(), 1);
        QCOMPARE(none.records.first().event, "caught-up"_ba);
    }

    void backfillReachesIntoTheRotatedFile()
    {
        replace(logPath(u".1"_s), numberedLines(1, 3000));
        replace(logPath(), numberedLines(3001, 5000));
        const Fetched fetched = fetch(u"/api/v1/logs/license?lines=2500"_s, m_token);
        QVERIFY(fetched.result.ok());
        QCOMPARE(numbers(fetched.records), range(2501, 5000));
        const Fetched all = fetch(u"/api/v1/logs/license?lines=1000000"_s, m_token);
        QCOMPARE(numbers(all.records), range(1, 5000));
    }

    // Both forms: blocks (what the console asks for) and line records (older agents, vectl --json).
    void everyNumberArrivesOnceInOrder_data()
    {
        QTest::addColumn<bool>("blocks");
        QTest::newRow("blocks") << true;
        QTest::newRow("line records") << false;
    }

    void everyNumberArrivesOnceInOrder()
    {
        QFETCH(bool, blocks);
        replace(logPath(), numberedLines(1, 100));
        AgentClient *settings = client(this, m_token);
        LogStream::Options options;
        options.blocks = blocks;
        options.initialRetryMs = 100;
        options.maxRetryMs = 800;
        LogStream stream(settings, u"license"_s, options);
        QList<int> got;
        connect(&stream, &LogStream::linesReceived, this, [&](const QByteArray &lines, qsizetype count) {
            const QList<QByteArray> split = lines.split('\n');
            QCOMPARE(split.size(), count + 1);
            for (qsizetype i = 0; i < count; ++i)
                got.append(numberOf(split.at(i)));
        });
        QSignalSpy caughtUp(&stream, &LogStream::caughtUp);
        QSignalSpy rotated(&stream, &LogStream::rotated);
        QSignalSpy truncated(&stream, &LogStream::truncated);
        QSignalSpy expired(&stream, &LogStream::cursorExpired);
        stream.start();
        QTRY_COMPARE_WITH_TIMEOUT(got.size(), 100, 10000);
        QTRY_COMPARE(caughtUp.size(), 1);
        QCOMPARE(stream.state(), LogStream::State::Streaming);

        // Appended lines are streamed.
        QVERIFY(appendToLog(logPath(), numberedLines(101, 200)));
        QTRY_COMPARE_WITH_TIMEOUT(got.size(), 200, 10000);

        // Rotation at a server start: the new file's lines follow.
        rotate();
        QVERIFY(appendToLog(logPath(), numberedLines(201, 300)));
        QTRY_COMPARE_WITH_TIMEOUT(got.size(), 300, 10000);
        QCOMPARE(rotated.size(), 1);

        // Truncation: the new content follows.
        QVERIFY(QFile::resize(logPath(), 0));
        QTRY_COMPARE_WITH_TIMEOUT(truncated.size(), 1, 10000);
        QVERIFY(appendToLog(logPath(), numberedLines(301, 400)));
        QTRY_COMPARE_WITH_TIMEOUT(got.size(), 400, 10000);

        // kill -9 while lines are written and the log rotates; the agent comes back on its port.
        const QString cursorBefore = stream.cursor();
        m_agent.kill();
        QVERIFY(appendToLog(logPath(), numberedLines(401, 500)));
        rotate();
        QVERIFY(appendToLog(logPath(), numberedLines(501, 600)));
        QTRY_COMPARE_WITH_TIMEOUT(stream.state(), LogStream::State::Reconnecting, 10000);
        QString error;
        QVERIFY2(m_agent.restart(&error), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(got.size(), 600, 20000);
        QVERIFY(stream.cursor() != cursorBefore);
        QCOMPARE(rotated.size(), 2);

        // More after the reconnect, and nothing else.
        QVERIFY(appendToLog(logPath(), numberedLines(601, 650)));
        QTRY_COMPARE_WITH_TIMEOUT(got.size(), 650, 10000);
        QTest::qWait(300);
        QCOMPARE(got, range(1, 650));
        QCOMPARE(expired.size(), 0);
        QCOMPARE(truncated.size(), 1);
        stream.stop();
        QCOMPARE(stream.state(), LogStream::State::Idle);
    }

    void resumesFromAGivenCursor()
    {
        replace(logPath(), numberedLines(1, 300));
        const Fetched first = fetch(u"/api/v1/logs/license?lines=300"_s, m_token);
        QCOMPARE(numbers(first.records), range(1, 300));
        AgentClient *settings = client(this, m_token);
        LogStream stream(settings, u"license"_s);
        stream.setCursor(QString::fromLatin1(first.records.at(199).cursor)); // after line 200
        QList<int> got;
        connect(&stream, &LogStream::lineReceived, this,
            [&](const QByteArray &line, const QString &) { got.append(numberOf(line)); });
        stream.start();
        QTRY_COMPARE_WITH_TIMEOUT(got.size(), 100, 10000);
        QCOMPARE(got, range(201, 300));
    }

    void invalidUtf8SurvivesAsText()
    {
        replace(logPath(), "bad \xff\xfe bytes\nquote \" backslash \\ tab\t bell \x07 end\nZ\xfcrich\n"_ba);
        const Fetched fetched = fetch(u"/api/v1/logs/license?lines=10"_s, m_token);
        QVERIFY(fetched.readerError.isEmpty());
        QCOMPARE(fetched.records.size(), 4);
        QCOMPARE(fetched.records.at(0).line, "bad \xEF\xBF\xBD\xEF\xBF\xBD bytes"_ba);
        QCOMPARE(fetched.records.at(1).line, "quote \" backslash \\ tab\t bell \x07 end"_ba);
        QCOMPARE(fetched.records.at(2).line, "Z\xEF\xBF\xBDrich"_ba);
    }

    void slowReaderKeepsAgentMemoryBounded()
    {
        // ~45 MB of log; as NDJSON ~80 MB. Read without flow control, it would all pile up in
        // the agent's socket buffer within a second or two.
        QFile file(logPath());
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QByteArray block = numberedLines(1, 10000);
        for (int i = 0; i < 50; ++i)
            QCOMPARE(file.write(block), block.size());
        file.close();
        const qint64 pid = m_agent.pid();
        QVERIFY(pid > 0);
        const qint64 before = rssKiB(pid);
        QVERIFY(before > 0);

        QSslSocket socket;
        socket.setPeerVerifyMode(QSslSocket::VerifyNone);
        socket.setReadBufferSize(4096); // read from the kernel no faster than the test does
        socket.connectToHostEncrypted(u"127.0.0.1"_s, quint16(m_agent.url().port()));
        QTRY_VERIFY_WITH_TIMEOUT(socket.isEncrypted(), 10000);
        socket.write(
            "GET /api/v1/logs/license?lines=1000000 HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer "
            + m_token.toLatin1() + "\r\n\r\n");
        QByteArray head;
        QTimer trickle;
        trickle.setInterval(100);
        connect(&trickle, &QTimer::timeout, this, [&] { head += socket.read(64); });
        trickle.start();
        QTest::qWait(4000);
        const qint64 after = rssKiB(pid);
        QVERIFY(head.startsWith("HTTP/1.1 200"));

        // Meanwhile the agent serves others.
        const auto ping = rawGet("/api/v1/ping", {});
        QCOMPARE(ping.first, 200);
        trickle.stop();
        socket.abort();
        qInfo("agent VmRSS: %lld KiB before, %lld KiB after 4 s of a slow reader", before, after);
        if (!AddressSanitized) // ASan's quarantine keeps freed memory resident (processmemory.h)
            QVERIFY2(
                after - before < 24 * 1024, "the agent buffered the log for a reader that does not read");
    }

    void unknownSourcesAndPathTricksAre404()
    {
        const Fetched unknown = fetch(u"/api/v1/logs/nosuchlog?lines=5"_s, m_token);
        QCOMPARE(unknown.result.failure, ClientFailure::Server);
        QCOMPARE(unknown.result.error.httpStatus, 404);
        QCOMPARE(unknown.result.error.code, u"not-found"_s);
        for (const QByteArray &target :
            {"/api/v1/logs/..%2f..%2fetc%2fpasswd"_ba, "/api/v1/logs/..%2F..%2Fetc%2Fpasswd/stream"_ba,
                "/api/v1/logs/%2e%2e"_ba, "/api/v1/logs/license%2f..%2f..%2fetc%2fpasswd"_ba,
                "/api/v1/logs/..%252fpasswd"_ba, "/api/v1/logs/.license"_ba, "/api/v1/logs//etc/passwd"_ba,
                "/api/v1/logs/license/../../../etc/passwd"_ba}) {
            const auto answer = rawGet(target, m_token);
            QVERIFY2(answer.first == 404, target.constData());
            QVERIFY2(!answer.second.contains("root:"), target.constData());
        }
        AgentClient *settings = client(this, m_token);
        LogStream stream(settings, u"../../etc/passwd"_s);
        stream.start();
        QTRY_COMPARE_WITH_TIMEOUT(stream.state(), LogStream::State::Failed, 10000);
        QCOMPARE(stream.lastError().httpStatus, 404);
    }

    void badParametersAre400()
    {
        replace(logPath(), numberedLines(1, 10));
        for (const QString &path : {u"/api/v1/logs/license?lines=abc"_s, u"/api/v1/logs/license?lines=-1"_s,
                 u"/api/v1/logs/license?lines=1000001"_s, u"/api/v1/logs/license/stream?backfill=x"_s,
                 u"/api/v1/logs/license/stream?cursor=nonsense"_s, u"/api/v1/logs/license?format=json"_s,
                 u"/api/v1/logs/license/stream?backfill=1&format=BLOCKS"_s,
                 u"/api/v1/logs/license/stream?cursor=s%3D1%3Bi%3D2"_s}) {
            const Fetched fetched = fetch(path, m_token);
            QVERIFY2(fetched.result.error.httpStatus == 400, qPrintable(path));
            QCOMPARE(fetched.result.error.code, u"bad-request"_s);
        }
    }

    void tokensAreChecked()
    {
        replace(logPath(), numberedLines(1, 10));
        QCOMPARE(rawGet("/api/v1/logs/license", {}).first, 401);
        QCOMPARE(rawGet("/api/v1/logs/license/stream", {}).first, 401);
        QCOMPARE(rawGet("/api/v1/logs/license", u"vea_wrong"_s).first, 401);
        const Fetched viewer = fetch(u"/api/v1/logs/license?lines=3"_s, m_token); // viewer suffices
        QCOMPARE(numbers(viewer.records), range(8, 10));

        AgentClient *settings = client(this, u"vea_wrong"_s);
        LogStream stream(settings, u"license"_s);
        stream.start();
        QTRY_COMPARE_WITH_TIMEOUT(stream.state(), LogStream::State::Failed, 10000);
        QCOMPARE(stream.lastFailure(), ClientFailure::Unauthorized);
    }

    // The journal source, with stand-ins for systemctl (a loaded unit) and journalctl (entries
    // are the lines of journal.jsonl, cursor "c<line number>"; it honours -n, --after-cursor and
    // --follow like the real one).
    void journalFollowsWithItsOwnCursor()
    {
        AgentFixture agent;
        const QString root = agent.rootDir();
        const auto script = [&](const QString &name, const QByteArray &body) {
            QFile file(root + u'/' + name);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("#!/bin/sh\n" + body);
            file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        };
        script(u"systemctl"_s,
            "printf 'Id=licensed.service\\nLoadState=loaded\\nActiveState=active\\nMainPID=42\\n'\n");
        script(u"journalctl"_s,
            "J='" + root.toUtf8()
                + "/journal.jsonl'\n"
                  "follow=0; after=; n=10\n"
                  "while [ $# -gt 0 ]; do case \"$1\" in --follow) follow=1;; --after-cursor) after=\"$2\"; "
                  "shift;;"
                  " -n) n=\"$2\"; shift;; esac; shift; done\n"
                  "if [ -n \"$after\" ]; then start=$(( ${after#c} + 1 )); else"
                  " start=$(( $(wc -l < \"$J\") - n + 1 )); [ $start -lt 1 ] && start=1; fi\n"
                  "if [ $follow = 1 ]; then exec tail -n +$start -f \"$J\"; else exec tail -n +$start "
                  "\"$J\"; fi\n");
        const QString journal = root + u"/journal.jsonl"_s;
        const auto entries = [](int from, int to) {
            QByteArray out;
            for (int i = from; i <= to; ++i)
                out += "{\"__CURSOR\":\"c" + QByteArray::number(i)
                    + "\",\"__REALTIME_TIMESTAMP\":\"1714564800000000\",\"SYSLOG_IDENTIFIER\":\"licensed\","
                      "\"_PID\":\"42\",\"MESSAGE\":\"journal line "
                    + QByteArray::number(i).rightJustified(6, '0') + "\"}\n";
            return out;
        };
        QVERIFY(appendToLog(journal, entries(1, 20)));
        QFile config(root + u"/agent.ini"_s);
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write("[server]\nunit=licensed\nsystemctl=" + root.toUtf8()
            + "/systemctl\njournalctl=" + root.toUtf8() + "/journalctl\n");
        config.close();
        agent.setExtraArguments({u"--config"_s, config.fileName()});
        QString error;
        QVERIFY2(agent.start(&error), qPrintable(error));
        const QString token = agent.addToken(u"journal"_s, u"viewer"_s);
        auto *settings = new AgentClient(this);
        settings->setBaseUrl(agent.url());
        settings->setToken(token);
        settings->setPinnedSha256(agent.sha256());

        // The source appears once the agent has seen the unit.
        Fetched fetched;
        QDeadlineTimer deadline(15000);
        do {
            QObject context;
            LogWireReader reader;
            bool done = false;
            fetched = {};
            settings->requestData(
                "GET"_ba, u"/api/v1/logs/journal?lines=5&format=blocks"_s, {}, // entries keep their cursors
                [&](const QByteArray &data) {
                    reader.feed(data, [&](const LogWire::Record &r) {
                        fetched.records.append(r);
                        return true;
                    });
                },
                [&](const Result<QJsonObject> &r) {
                    fetched.result = r;
                    done = true;
                });
            QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
            if (fetched.result.error.httpStatus != 404)
                break;
            QTest::qWait(200);
        } while (!deadline.hasExpired());
        QVERIFY2(fetched.result.ok(), qPrintable(fetched.result.error.message));
        QCOMPARE(numbers(fetched.records), range(16, 20));
        QCOMPARE(fetched.records.at(0).cursor, "c16"_ba);
        QCOMPARE(fetched.records.at(0).line, "2024-05-01T12:00:00.000Z licensed[42]: journal line 000016"_ba);
        QCOMPARE(fetched.records.constLast().event, "caught-up"_ba);
        QCOMPARE(fetched.records.constLast().cursor, "c20"_ba);

        LogStream::Options options;
        options.backfillLines = 3;
        LogStream stream(settings, u"journal"_s, options);
        QList<int> got;
        connect(&stream, &LogStream::lineReceived, this,
            [&](const QByteArray &line, const QString &) { got.append(numberOf(line)); });
        QSignalSpy caughtUp(&stream, &LogStream::caughtUp);
        stream.start();
        QTRY_COMPARE_WITH_TIMEOUT(caughtUp.size(), 1, 10000);
        QVERIFY(appendToLog(journal, entries(21, 25)));
        QTRY_COMPARE_WITH_TIMEOUT(got.size(), 8, 10000);
        stream.stop();
        QVERIFY(appendToLog(journal, entries(26, 30)));
        QCOMPARE(stream.cursor(), u"c25"_s);
        stream.start(); // resumes after c25
        QTRY_COMPARE_WITH_TIMEOUT(got.size(), 13, 10000);
        QTest::qWait(200);
        QCOMPARE(got, range(18, 30));

        // A stream that asks for blocks gets the journal's line records and takes them alike.
        LogStream batches(settings, u"journal"_s, options);
        QList<int> batched;
        connect(&batches, &LogStream::linesReceived, this, [&](const QByteArray &lines) {
            for (const QByteArray &line : lines.split('\n')) {
                if (!line.isEmpty())
                    batched.append(numberOf(line));
            }
        });
        batches.start();
        QTRY_COMPARE_WITH_TIMEOUT(batched, range(28, 30), 10000);
        QCOMPARE(batches.cursor(), u"c30"_s);
    }

    void clientDisconnectStopsTheFollower()
    {
        replace(logPath(), numberedLines(1, 10));
        const auto openLogFiles = [this] {
            int count = 0;
            const QDir fds(u"/proc/%1/fd"_s.arg(m_agent.pid()));
            for (const QFileInfo &fd : fds.entryInfoList(QDir::Files | QDir::System))
                count += fd.symLinkTarget().startsWith(logPath()) ? 1 : 0;
            return count;
        };
        QCOMPARE(openLogFiles(), 0);
        AgentClient *settings = client(this, m_token);
        LogStream stream(settings, u"license"_s);
        QSignalSpy caughtUp(&stream, &LogStream::caughtUp);
        stream.start();
        QTRY_COMPARE_WITH_TIMEOUT(caughtUp.size(), 1, 10000);
        QVERIFY(openLogFiles() > 0); // the follower holds license.log open
        stream.stop();
        QTRY_COMPARE_WITH_TIMEOUT(openLogFiles(), 0, 10000);
    }

    void wrongPinFailsWithoutRetrying()
    {
        AgentClient *settings = client(this, m_token);
        settings->setPinnedSha256(QByteArray(32, '\x01'));
        LogStream stream(settings, u"license"_s);
        QList<QByteArray> lines;
        connect(&stream, &LogStream::linesReceived, this, [&](const QByteArray &l) { lines.append(l); });
        stream.start();
        QTRY_COMPARE_WITH_TIMEOUT(stream.state(), LogStream::State::Failed, 10000);
        QCOMPARE(stream.lastFailure(), ClientFailure::CertificateChanged);
        QVERIFY(lines.isEmpty());
    }

    // Last: a clean stop (SIGTERM) while streams are open ends them and exits 0.
    void shutdownWithOpenStreams()
    {
        replace(logPath(), numberedLines(1, 10));
        AgentClient *settings = client(this, m_token);
        LogStream stream(settings, u"license"_s);
        QSignalSpy caughtUp(&stream, &LogStream::caughtUp);
        stream.start();
        QTRY_COMPARE_WITH_TIMEOUT(caughtUp.size(), 1, 10000);
        QCOMPARE(m_agent.terminate(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(stream.state(), LogStream::State::Reconnecting, 10000);
    }
};

QTEST_GUILESS_MAIN(TestLogTail)
#include "tst_logtail.moc"
