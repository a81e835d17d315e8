// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Recovery from the faults tst_faults does not cause: an agent that hangs (SIGSTOP: the kernel
// still accepts connections, nothing answers) while the console core polls it and tails its log;
// vectl logs --follow while the agent is killed again and again during rotation storms; and a
// live stream read at one byte per second. Timeouts must fire, nothing may be lost or repeated,
// and the agent's memory must stay bounded.
#include "core/agentclient.h"
#include "core/fingerprint.h"
#include "core/logstream.h"
#include "core/serverconnection.h"
#include "tests/agentfixture.h"
#include "tests/numberedlog.h"
#include "tests/processmemory.h"

#include <QElapsedTimer>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <csignal>
#include <optional>
#include <utility>

using namespace Qt::StringLiterals;
using State = ServerConnection::State;

namespace {

// Stops a process for its lifetime (SIGSTOP … SIGCONT), or until resume().
class Hang
{
public:
    explicit Hang(qint64 pid)
        : m_pid(pid)
    {
        ::kill(pid_t(m_pid), SIGSTOP);
    }
    ~Hang() { resume(); }
    void resume()
    {
        if (std::exchange(m_pid, 0) > 0)
            ::kill(pid_t(m_pid), SIGCONT);
    }
    Hang(const Hang &) = delete;
    Hang &operator=(const Hang &) = delete;

private:
    qint64 m_pid;
};

// The body of a chunked HTTP answer, as far as it arrived.
QByteArray dechunk(const QByteArray &in)
{
    QByteArray out;
    qsizetype at = 0;
    for (;;) {
        const qsizetype end = in.indexOf("\r\n", at);
        bool ok = false;
        const qsizetype size = end < 0 ? 0 : in.mid(at, end - at).toLongLong(&ok, 16);
        if (!ok || size <= 0 || end + 2 + size > in.size())
            return out;
        out += in.mid(end + 2, size);
        at = end + 2 + size + 2;
    }
}

} // namespace

class TestFaultsRecovery : public QObject
{
    Q_OBJECT

private:
    AgentFixture m_agent;
    QByteArray m_pin;
    QString m_viewer;

    QString logPath() const { return m_agent.rootDir() + u"/log/license.log"_s; }
    void pin(AgentClient &client) const
    {
        client.setBaseUrl(m_agent.url());
        client.setPinnedSha256(m_pin);
        client.setToken(m_viewer);
    }
    bool pingAnswersWithin(int ms);

private Q_SLOTS:
    void initTestCase();
    void init();
    void hungAgentTimesPollsOutThenRecovers();
    void hungAgentTimesTheLiveTailOutThenResumesLosingNothing();
    void vectlFollowSurvivesRepeatedKillsAndRotationStorms();
    void oneBytePerSecondStreamReaderKeepsAgentMemoryBounded();
};

bool TestFaultsRecovery::pingAnswersWithin(int ms)
{
    AgentClient client;
    pin(client);
    std::optional<Result<int>> answer;
    client.ping([&answer](const Result<int> &r) { answer = r; });
    return QTest::qWaitFor([&] { return answer.has_value(); }, ms) && answer->ok();
}

void TestFaultsRecovery::initTestCase()
{
    QString error;
    QVERIFY2(m_agent.start(&error), qPrintable(error));
    m_pin = m_agent.sha256();
    m_viewer = m_agent.addToken(u"viewer"_s, u"viewer"_s, &error);
    QVERIFY2(!m_viewer.isEmpty(), qPrintable(error));
}

void TestFaultsRecovery::init()
{
    if (!m_agent.isRunning()) {
        QString error;
        QVERIFY2(m_agent.restart(&error), qPrintable(error));
    }
    QFile::remove(logPath());
    for (int i = 1; i <= 20; ++i)
        QFile::remove(logPath() + u'.' + QString::number(i));
}

void TestFaultsRecovery::hungAgentTimesPollsOutThenRecovers()
{
    ServerConnection connection;
    connection.setPollInterval(300);
    connection.setEndpoint(m_agent.url(), m_viewer, m_pin);
    connection.client()->setTimeoutMs(scaledMs(1500));
    bool hung = false;
    int updatesWhileHung = 0;
    connect(&connection, &ServerConnection::statusUpdated, this, [&] { updatesWhileHung += hung ? 1 : 0; });
    connection.start();
    QTRY_COMPARE_WITH_TIMEOUT(connection.state(), State::Connected, 20000);
    const QString host = connection.status().hostName;
    QVERIFY(!host.isEmpty());

    for (int cycle = 0; cycle < 2; ++cycle) {
        Hang hang(m_agent.pid());
        hung = true;
        // The connection is accepted (by the kernel) and then nothing: only the timeout ends it.
        QTRY_COMPARE_WITH_TIMEOUT(connection.state(), State::Unreachable, scaledMs(10000));
        QVERIFY2(connection.errorText().contains(u"within"_s), qPrintable(connection.errorText()));
        QCOMPARE(connection.status().hostName, host); // the last good answer is kept
        QVERIFY(connection.nextRetry().isValid());
        hang.resume();
        hung = false;
        QTRY_COMPARE_WITH_TIMEOUT(connection.state(), State::Connected, scaledMs(20000));
        QVERIFY(connection.errorText().isEmpty());
    }
    QCOMPARE(updatesWhileHung, 0);
}

void TestFaultsRecovery::hungAgentTimesTheLiveTailOutThenResumesLosingNothing()
{
    const QString log = logPath();
    QVERIFY(appendToLog(log, numberedLines(1, 20)));
    AgentClient settings;
    pin(settings);
    LogStream::Options options;
    options.backfillLines = 1000000;
    options.initialRetryMs = 100;
    options.maxRetryMs = 500;
    options.silenceTimeoutMs = scaledMs(1500);
    LogStream stream(&settings, u"license"_s, options);
    QList<int> got;
    connect(&stream, &LogStream::linesReceived, this,
        [&got](const QByteArray &lines, qsizetype) { got += lineNumbers(lines); });
    int timeouts = 0;
    connect(&stream, &LogStream::stateChanged, this, [&](LogStream::State state) {
        if (state == LogStream::State::Reconnecting && stream.lastFailure() == ClientFailure::Timeout)
            ++timeouts;
    });
    stream.start();
    QTRY_COMPARE_WITH_TIMEOUT(got.size(), 20, 20000);

    // A writer keeps the log moving, so a healthy stream is never silent for long.
    int next = 21;
    QTimer writer;
    connect(&writer, &QTimer::timeout, this, [&] {
        QVERIFY(appendToLog(log, numberedLines(next, next)));
        ++next;
    });
    writer.start(100);
    QTRY_VERIFY_WITH_TIMEOUT(got.size() >= 30, 10000);
    QCOMPARE(timeouts, 0);
    {
        Hang hang(m_agent.pid());
        QTRY_VERIFY_WITH_TIMEOUT(timeouts >= 1, scaledMs(10000));
        QTest::qWait(scaledMs(1000));
        QVERIFY(rotateLog(log)); // a restart of the license server meanwhile
        // Reconnecting to a hung agent times out too, and is tried again.
        QTRY_VERIFY_WITH_TIMEOUT(timeouts >= 2, scaledMs(10000));
    }
    QTRY_VERIFY_WITH_TIMEOUT(got.size() >= next - 2, scaledMs(20000));
    writer.stop();
    QTRY_COMPARE_WITH_TIMEOUT(got.size(), next - 1, scaledMs(10000));
    QTest::qWait(300);
    QCOMPARE(got, numberRange(1, next - 1));
    stream.stop();
}

void TestFaultsRecovery::vectlFollowSurvivesRepeatedKillsAndRotationStorms()
{
    const QString log = logPath();
    QVERIFY(appendToLog(log, numberedLines(1, 20)));
    QTemporaryDir home;
    QProcess vectl;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"XDG_CONFIG_HOME"_s, home.path());
    env.insert(u"VE_KNOWN_SERVERS"_s, home.filePath(u"known_servers"_s));
    env.insert(u"VE_TOKEN"_s, m_viewer);
    vectl.setProcessEnvironment(env);
    vectl.start(QStringLiteral(VE_VECTL_BINARY),
        {u"--server"_s, m_agent.url().toString(), u"--pin"_s, Fingerprint::toHex(m_pin), u"logs"_s,
            u"license"_s, u"-n"_s, u"1000000"_s, u"--follow"_s});
    QVERIFY(vectl.waitForStarted(10000));
    QByteArray out;
    const auto received = [&] {
        out += vectl.readAllStandardOutput();
        return lineNumbers(out).size();
    };
    QTRY_COMPARE_WITH_TIMEOUT(received(), 20, scaledMs(20000));

    int next = 21;
    for (int round = 0; round < 3; ++round) {
        m_agent.kill();
        for (int storm = 0; storm < 5; ++storm) { // the license server restarting in a loop
            QVERIFY(appendToLog(log, numberedLines(next, next + 9)));
            next += 10;
            QVERIFY(rotateLog(log));
        }
        QVERIFY(appendToLog(log, numberedLines(next, next + 4)));
        next += 5;
        QString error;
        QVERIFY2(m_agent.restart(&error), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(received(), next - 1, scaledMs(30000));
    }
    vectl.terminate();
    QVERIFY(vectl.waitForFinished(scaledMs(10000)));
    received();
    QCOMPARE(lineNumbers(out), numberRange(1, next - 1));
    QCOMPARE(vectl.exitCode(), 0);
    const QByteArray errors = vectl.readAllStandardError();
    QVERIFY2(errors.contains("reconnecting"), errors.constData());
}

// A client that asks for the live log and then reads one byte per second, while the log grows by
// 24 MB: the agent stops reading the log once 1 MiB waits for that client, serves others
// meanwhile, and has lost nothing when the client reads on.
void TestFaultsRecovery::oneBytePerSecondStreamReaderKeepsAgentMemoryBounded()
{
    const QString log = logPath();
    QVERIFY(appendToLog(log, numberedLines(1, 10)));
    const qint64 pid = m_agent.pid();
    QSslSocket socket;
    socket.setPeerVerifyMode(QSslSocket::VerifyNone);
    socket.setReadBufferSize(4096); // take from the kernel no more than the test reads
    socket.connectToHostEncrypted(u"127.0.0.1"_s, quint16(m_agent.url().port()));
    QTRY_VERIFY_WITH_TIMEOUT(socket.isEncrypted(), 10000);
    socket.write(
        "GET /api/v1/logs/license/stream?backfill=10 HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer "
        + m_viewer.toLatin1() + "\r\n\r\n");
    QByteArray in;
    QTRY_VERIFY_WITH_TIMEOUT((in += socket.read(64)).contains("line 000010"), scaledMs(10000));
    const qint64 before = processRssKiB(pid);
    QVERIFY(before > 0);

    const int perChunk = 30000; // about 2 MB of log
    int next = 11;
    QTimer drip;
    connect(&drip, &QTimer::timeout, this, [&] { in += socket.read(1); });
    drip.start(1000);
    for (int chunk = 0; chunk < 12; ++chunk) {
        QVERIFY(appendToLog(log, numberedLines(next, next + perChunk - 1)));
        next += perChunk;
        QTest::qWait(400);
    }
    QTest::qWait(2000);
    const qint64 after = processRssKiB(pid);
    QVERIFY2(pingAnswersWithin(scaledMs(2000)), "the agent stalled behind a slow reader");
    drip.stop();
    qInfo("agent VmRSS %lld KiB before, %lld KiB after 24 MB of log for a reader of 1 byte/s", before, after);
    if (!AddressSanitized) // processmemory.h
        QVERIFY2(after - before < 24 * 1024, "the agent buffered the log for a reader that does not read");

    // Reading on: every line, in order, once.
    socket.setReadBufferSize(0);
    const int last = next - 1;
    const QByteArray lastLine = "line " + QByteArray::number(last).rightJustified(6, '0');
    QElapsedTimer clock;
    clock.start();
    while (!in.contains(lastLine) && clock.elapsed() < scaledMs(60000)
        && socket.state() == QAbstractSocket::ConnectedState) {
        QTest::qWait(20);
        in += socket.readAll();
    }
    const qsizetype headEnd = in.indexOf("\r\n\r\n");
    QVERIFY(in.startsWith("HTTP/1.1 200"));
    QCOMPARE(lineNumbers(dechunk(in.mid(headEnd + 4))), numberRange(1, last));
    socket.abort();
}

QTEST_GUILESS_MAIN(TestFaultsRecovery)
#include "tst_faultsrecovery.moc"
