// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Faults between the console core and a real ve-agent: the agent killed (SIGKILL) again and again
// while it is polled, answers cut short or garbage, a TLS stream damaged after the handshake,
// clients that send their requests a byte per second, and a file size limit hit while the agent
// writes its history. Each must end in a clear error or a recovery, never a hang or a crash.
//
// Covered elsewhere, not repeated here: a peer that accepts and never answers
// (tst_agentclient silentServerTimesOut, tricklingServerTimesOut; a hung agent polled and tailed:
// tst_faultsrecovery); a live tail across one kill, one rotation and a truncation (tst_logtail
// everyNumberArrivesOnceInOrder, tst_vectllogs followSurvivesAgentRestart; vectl across repeated
// kills and rotation storms: tst_faultsrecovery) — here: the console core's tail through rotation
// storms and repeated kills; readers slower than the log is written (tst_logtail
// slowReaderKeepsAgentMemoryBounded, tst_faultsrecovery
// oneBytePerSecondStreamReaderKeepsAgentMemoryBounded); the history store on a full disk
// in-process (tst_agentmonitoring fullDiskKeepsTheFileValid, samplerShowsWriteErrorsInStatus).
#include "core/agentclient.h"
#include "core/logstream.h"
#include "core/serverconnection.h"
#include "tests/agentfixture.h"
#include "tests/faketlsserver.h"
#include "tests/numberedlog.h"
#include "tests/processmemory.h"
#include "tests/tlsrecordproxy.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QSslSocket>
#include <QTest>
#include <QTimer>

#include <csignal>
#include <memory>
#include <sys/resource.h>

using namespace Qt::StringLiterals;
using State = ServerConnection::State;

namespace {

// One callback's result; `calls` must end at exactly 1.
template<typename T> struct Waiter
{
    std::optional<Result<T>> result;
    int calls = 0;
    std::function<void(const Result<T> &)> callback()
    {
        return [this](const Result<T> &r) {
            result = r;
            ++calls;
        };
    }
    bool done() const { return result.has_value(); }
};

bool isCleanFailure(ClientFailure failure)
{
    return failure == ClientFailure::Network || failure == ClientFailure::Protocol;
}

} // namespace

Q_DECLARE_METATYPE(TlsRecordProxy::Fault)

class TestFaults : public QObject
{
    Q_OBJECT

private:
    AgentFixture m_agent;
    QByteArray m_pin;
    QString m_viewer;

    void pin(AgentClient &client, const QUrl &url) const
    {
        client.setBaseUrl(url);
        client.setPinnedSha256(m_pin);
        client.setToken(m_viewer);
    }

private Q_SLOTS:
    void initTestCase();
    void killedAgentDuringPollsRecoversEveryTime();
    void requestsInFlightEndOnceWhenTheAgentDies();
    void cutAndGarbledAnswersAreCleanErrors_data();
    void cutAndGarbledAnswersAreCleanErrors();
    void damagedTlsStreamIsANetworkError_data();
    void damagedTlsStreamIsANetworkError();
    void liveTailSurvivesRotationStormsAndRepeatedKills();
    void clientsSendingOneBytePerSecondDoNotStallOthers();
    void historyWriteFailureIsReportedAndLeavesTheFileValid();
};

void TestFaults::initTestCase()
{
    QString error;
    QVERIFY2(m_agent.start(&error), qPrintable(error));
    m_pin = m_agent.sha256();
    QCOMPARE(m_pin.size(), 32);
    m_viewer = m_agent.addToken(u"viewer"_s, u"viewer"_s, &error);
    QVERIFY2(!m_viewer.isEmpty(), qPrintable(error));
}

void TestFaults::killedAgentDuringPollsRecoversEveryTime()
{
    ServerConnection connection;
    connection.setPollInterval(100); // a round is nearly always in flight
    connection.setEndpoint(m_agent.url(), m_viewer, m_pin);
    int updatesWhileDown = 0;
    bool down = false; // from the failure being noticed until the restart
    connect(&connection, &ServerConnection::statusUpdated, this, [&] { updatesWhileDown += down ? 1 : 0; });
    connection.start();
    QTRY_COMPARE_WITH_TIMEOUT(connection.state(), State::Connected, 20000);
    const QString host = connection.status().hostName;
    QVERIFY(!host.isEmpty());

    for (int cycle = 0; cycle < 4; ++cycle) {
        QTest::qWait(23 * cycle); // a different point of the round each time
        m_agent.kill();
        QTRY_COMPARE_WITH_TIMEOUT(connection.state(), State::Unreachable, 10000);
        down = true;
        QVERIFY(!connection.errorText().isEmpty());
        QCOMPARE(connection.status().hostName, host); // the last good answer is kept
        QString error;
        down = false;
        QVERIFY2(m_agent.restart(&error), qPrintable(error));
        QElapsedTimer recovery;
        recovery.start();
        // On its own, within the first backoff step (2 s ± 10 %) plus a round.
        QTRY_COMPARE_WITH_TIMEOUT(connection.state(), State::Connected, 15000);
        QVERIFY2(recovery.elapsed() < scaledMs(8000), qPrintable(QString::number(recovery.elapsed())));
        QVERIFY(connection.errorText().isEmpty());
    }
    QCOMPARE(updatesWhileDown, 0); // nothing was invented while the agent was gone
}

void TestFaults::requestsInFlightEndOnceWhenTheAgentDies()
{
    AgentClient client;
    pin(client, m_agent.url());
    client.setTimeoutMs(scaledMs(8000));
    std::vector<std::unique_ptr<Waiter<AgentStatus>>> statuses;
    std::vector<std::unique_ptr<Waiter<int>>> pings;
    for (int i = 0; i < 8; ++i) {
        statuses.push_back(std::make_unique<Waiter<AgentStatus>>());
        client.status(statuses.back()->callback());
        pings.push_back(std::make_unique<Waiter<int>>());
        client.ping(pings.back()->callback());
    }
    QTest::qWait(5); // some connect, some are in the handshake, some wait for their answer
    m_agent.kill();
    QElapsedTimer clock;
    clock.start();
    const auto allDone = [&] {
        for (const auto &w : statuses) {
            if (!w->done())
                return false;
        }
        for (const auto &w : pings) {
            if (!w->done())
                return false;
        }
        return true;
    };
    QTRY_VERIFY_WITH_TIMEOUT(allDone(), 15000);
    QVERIFY2(clock.elapsed() < scaledMs(5000), "a dead agent must fail requests at once, not by timeout");
    QTest::qWait(100); // room for a wrong second callback
    for (const auto &w : statuses) {
        QCOMPARE(w->calls, 1);
        QVERIFY(w->result->ok() || w->result->failure == ClientFailure::Network);
    }
    for (const auto &w : pings) {
        QCOMPARE(w->calls, 1);
        QVERIFY(w->result->ok() || w->result->failure == ClientFailure::Network);
    }

    // The same client works again once the agent is back: no stale kept-alive connection sticks.
    QString error;
    QVERIFY2(m_agent.restart(&error), qPrintable(error));
    Waiter<AgentStatus> after;
    client.status(after.callback());
    QTRY_VERIFY_WITH_TIMEOUT(after.done(), 20000);
    QVERIFY2(after.result->ok(), qPrintable(after.result->error.message));
}

void TestFaults::cutAndGarbledAnswersAreCleanErrors_data()
{
    QTest::addColumn<QByteArray>("answer");
    QTest::addColumn<bool>("abrupt"); // close without TLS close_notify
    const QByteArray head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n";
    const QList<QPair<const char *, QByteArray>> answers {
        {"nothing", QByteArray()},
        {"head cut", "HTTP/1.1 200 OK\r\nContent-Le"_ba},
        {"body cut", head + "Content-Length: 400\r\n\r\n{\"hostName\":\"ls\",\"protocol\":1,"},
        {"chunk cut", head + "Transfer-Encoding: chunked\r\n\r\n400\r\n{\"hostName\":"},
        {"bad chunk size", head + "Transfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n"},
        {"garbage", "\x16\x03\x01\x02\x00\x01\xff\xfe garbage \x00\r\n\r\n"_ba},
        {"status line only", "HTTP/1.1 200 OK\r\n"_ba},
        {"negative length", head + "Content-Length: -5\r\n\r\n{}"},
    };
    for (const auto &[name, bytes] : answers) {
        QTest::addRow("%s, close_notify", name) << bytes << false;
        QTest::addRow("%s, abrupt", name) << bytes << true;
    }
}

void TestFaults::cutAndGarbledAnswersAreCleanErrors()
{
    QFETCH(QByteArray, answer);
    QFETCH(bool, abrupt);
    FakeTlsServer server;
    QVERIFY(server.isListening());
    server.onRequest = [answer, abrupt](QTcpSocket *socket, const QByteArray &) {
        socket->write(answer);
        socket->flush();
        if (abrupt) // once the bytes are out: a TCP close without the TLS alert
            QTimer::singleShot(100, socket, [socket] { socket->abort(); });
        else
            socket->disconnectFromHost();
    };
    AgentClient client;
    client.setBaseUrl(server.url());
    client.setPinnedSha256(server.sha256());
    client.setTimeoutMs(scaledMs(8000));
    QElapsedTimer clock;
    clock.start();
    Waiter<AgentStatus> w;
    client.status(w.callback());
    QTRY_VERIFY_WITH_TIMEOUT(w.done(), 20000);
    QTest::qWait(50);
    QCOMPARE(w.calls, 1);
    QVERIFY2(isCleanFailure(w.result->failure), qPrintable(w.result->error.code));
    QVERIFY(!w.result->error.code.isEmpty() && !w.result->error.message.isEmpty());
    QVERIFY2(clock.elapsed() < scaledMs(5000), "a closed connection must end the request, not its timeout");
}

void TestFaults::damagedTlsStreamIsANetworkError_data()
{
    QTest::addColumn<TlsRecordProxy::Fault>("fault");
    QTest::newRow("agent's record garbled") << TlsRecordProxy::Fault::FlipServerByte;
    QTest::newRow("client's record garbled") << TlsRecordProxy::Fault::FlipClientByte;
    QTest::newRow("agent's record cut") << TlsRecordProxy::Fault::CutServerRecord;
}

void TestFaults::damagedTlsStreamIsANetworkError()
{
    QFETCH(TlsRecordProxy::Fault, fault);
    if (!m_agent.isRunning()) {
        QString error;
        QVERIFY2(m_agent.restart(&error), qPrintable(error));
    }
    TlsRecordProxy proxy(quint16(m_agent.url().port()), fault);
    QVERIFY(proxy.isListening());
    AgentClient client;
    pin(client, QUrl(u"https://127.0.0.1:"_s + QString::number(proxy.port())));
    client.setTimeoutMs(scaledMs(8000));
    QElapsedTimer clock;
    clock.start();
    Waiter<AgentStatus> w;
    client.status(w.callback());
    QTRY_VERIFY_WITH_TIMEOUT(w.done(), 20000);
    QTest::qWait(50);
    QCOMPARE(w.calls, 1);
    QVERIFY(proxy.faultsApplied() >= 1); // the damage happened after the handshake
    QCOMPARE(w.result->failure, ClientFailure::Network);
    QVERIFY(!w.result->error.message.isEmpty());
    QVERIFY2(clock.elapsed() < scaledMs(5000), "a damaged stream must end the request, not its timeout");

    // The agent is unharmed and serves the next client.
    AgentClient direct;
    pin(direct, m_agent.url());
    Waiter<AgentStatus> ok;
    direct.status(ok.callback());
    QTRY_VERIFY_WITH_TIMEOUT(ok.done(), 20000);
    QVERIFY2(ok.result->ok(), qPrintable(ok.result->error.message));
}

// Bursts of rotations (a license server in a restart loop rotates license.log at every start)
// faster than the agent looks, some while the agent is killed: every line arrives once, in order.
void TestFaults::liveTailSurvivesRotationStormsAndRepeatedKills()
{
    if (!m_agent.isRunning()) {
        QString error;
        QVERIFY2(m_agent.restart(&error), qPrintable(error));
    }
    const QString log = m_agent.rootDir() + u"/log/license.log"_s;
    QFile::remove(log);
    QVERIFY(appendToLog(log, numberedLines(1, 50)));
    AgentClient settings;
    pin(settings, m_agent.url());
    LogStream::Options options;
    options.backfillLines = 1000000; // from the first line
    options.initialRetryMs = 100;
    options.maxRetryMs = 500;
    LogStream stream(&settings, u"license"_s, options);
    QList<int> got;
    connect(&stream, &LogStream::linesReceived, this,
        [&got](const QByteArray &lines, qsizetype) { got += lineNumbers(lines); });
    int expired = 0;
    connect(&stream, &LogStream::cursorExpired, this, [&expired] { ++expired; });
    stream.start();
    QTRY_COMPARE_WITH_TIMEOUT(got.size(), 50, 20000);

    int next = 51;
    for (int round = 0; round < 4; ++round) {
        const bool kill = round % 2 == 1;
        if (kill)
            m_agent.kill();
        for (int storm = 0; storm < 8; ++storm) {
            QVERIFY(appendToLog(log, numberedLines(next, next + 9)));
            next += 10;
            QVERIFY(rotateLog(log));
        }
        QVERIFY(appendToLog(log, numberedLines(next, next + 9)));
        next += 10;
        if (kill) {
            QString error;
            QVERIFY2(m_agent.restart(&error), qPrintable(error));
        }
        QTRY_COMPARE_WITH_TIMEOUT(got.size(), next - 1, 30000);
    }
    QTest::qWait(300);
    QCOMPARE(got, numberRange(1, next - 1));
    QCOMPARE(expired, 0);
    stream.stop();
}

void TestFaults::clientsSendingOneBytePerSecondDoNotStallOthers()
{
    if (!m_agent.isRunning()) {
        QString error;
        QVERIFY2(m_agent.restart(&error), qPrintable(error));
    }
    const qint64 pid = m_agent.pid();
    const qint64 rssBefore = processRssKiB(pid);
    QVERIFY(rssBefore > 0);
    const QByteArray request = "GET /api/v1/status HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer "
        + m_viewer.toLatin1() + "\r\n\r\n";
    std::vector<std::unique_ptr<QSslSocket>> slow;
    for (int i = 0; i < 20; ++i) {
        auto socket = std::make_unique<QSslSocket>();
        socket->setPeerVerifyMode(QSslSocket::VerifyNone); // the agent's bytes are not the point
        socket->connectToHostEncrypted(u"127.0.0.1"_s, quint16(m_agent.url().port()));
        slow.push_back(std::move(socket));
    }
    QTRY_VERIFY_WITH_TIMEOUT(
        std::all_of(slow.begin(), slow.end(), [](const auto &s) { return s->isEncrypted(); }), 20000);
    int sent = 0;
    QTimer drip;
    connect(&drip, &QTimer::timeout, this, [&] {
        for (const auto &socket : slow)
            socket->write(request.mid(sent, 1));
        ++sent;
    });
    drip.start(1000);

    // Meanwhile ordinary requests are answered at once.
    AgentClient client;
    pin(client, m_agent.url());
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer clock;
        clock.start();
        Waiter<AgentStatus> w;
        client.status(w.callback());
        QTRY_VERIFY_WITH_TIMEOUT(w.done(), 10000);
        QVERIFY2(w.result->ok(), qPrintable(w.result->error.message));
        QVERIFY2(clock.elapsed() < scaledMs(2000), qPrintable(QString::number(clock.elapsed())));
        QTest::qWait(800);
    }
    drip.stop();
    QVERIFY(sent >= 4);
    for (const auto &socket : slow)
        QCOMPARE(socket->state(), QAbstractSocket::ConnectedState); // still waited for, not dropped
    const qint64 rssAfter = processRssKiB(pid);
    qInfo(
        "agent VmRSS %lld KiB before, %lld KiB with 20 clients dripping their requests", rssBefore, rssAfter);
    if (!AddressSanitized)
        QVERIFY(rssAfter - rssBefore < 16 * 1024);
}

// The history file in the state dir under a file size limit (RLIMIT_FSIZE, inherited by the agent;
// SIGXFSZ ignored so a write fails with EFBIG as on a full disk, instead of killing the agent).
void TestFaults::historyWriteFailureIsReportedAndLeavesTheFileValid()
{
    AgentFixture agent;
    QString error;
    QVERIFY2(agent.start(&error), qPrintable(error)); // certificate, history header, first sample
    const QString token = agent.addToken(u"history"_s, u"viewer"_s, &error);
    QVERIFY2(!token.isEmpty(), qPrintable(error));
    const QString file = agent.stateDir() + u"/history.dat"_s;
    QTRY_VERIFY_WITH_TIMEOUT(QFile(file).size() >= 48, 10000); // a 16-byte header, 32 per sample
    QCOMPARE(agent.terminate(), 0);
    const qint64 sizeBefore = QFile(file).size();
    QCOMPARE((sizeBefore - 16) % 32, 0);

    struct rlimit old = {};
    QCOMPARE(getrlimit(RLIMIT_FSIZE, &old), 0);
    struct rlimit limited = old;
    limited.rlim_cur = rlim_t(sizeBefore + 8); // the next sample is torn after 8 bytes
    const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
    QCOMPARE(setrlimit(RLIMIT_FSIZE, &limited), 0);
    const bool started = agent.restart(&error);
    setrlimit(RLIMIT_FSIZE, &old);
    std::signal(SIGXFSZ, oldHandler);
    QVERIFY2(started, qPrintable(error));

    AgentClient client;
    client.setBaseUrl(agent.url());
    client.setPinnedSha256(agent.sha256());
    client.setToken(token);
    const auto fetch = [&client](const QString &path) {
        auto w = std::make_shared<Waiter<QJsonObject>>();
        client.request("GET"_ba, path, {}, w->callback());
        return w;
    };
    // The agent says why it cannot record, in the status and in the history answer.
    QString warning;
    QElapsedTimer clock;
    clock.start();
    while (!warning.startsWith(u"history: "_s) && clock.elapsed() < scaledMs(10000)) {
        const auto w = fetch(u"/api/v1/status"_s);
        QTRY_VERIFY_WITH_TIMEOUT(w->done(), 10000);
        QVERIFY2(w->result->ok(), qPrintable(w->result->error.message));
        const QJsonArray warnings = w->result->value.value(u"warnings"_s).toArray();
        warning = warnings.isEmpty() ? QString() : warnings.first().toString();
        QTest::qWait(100);
    }
    QVERIFY2(warning.startsWith(u"history: "_s), qPrintable(warning));
    // EFBIG's text, as a full disk would give ENOSPC's: the reason, not "Unknown error".
    QVERIFY2(warning.contains(u"File too large"_s), qPrintable(warning));
    auto history = fetch(u"/api/v1/history"_s);
    QTRY_VERIFY_WITH_TIMEOUT(history->done(), 10000);
    QVERIFY(history->result->ok());
    QVERIFY(!history->result->value.value(u"writeError"_s).toString().isEmpty());
    QVERIFY(QFile(file).size() <= sizeBefore + 8);
    const QByteArray output = agent.takeOutput();
    QVERIFY2(output.contains("history"), output.constData()); // logged once on stderr too

    // Without the limit: the torn record is cut off, writing works again, the old samples remain.
    QVERIFY(agent.terminate() >= 0 || !agent.isRunning());
    QVERIFY2(agent.restart(&error), qPrintable(error));
    client.setBaseUrl(agent.url());
    QTRY_VERIFY_WITH_TIMEOUT((QFile(file).size() - 16) % 32 == 0 && QFile(file).size() > sizeBefore, 10000);
    history = fetch(u"/api/v1/history"_s);
    QTRY_VERIFY_WITH_TIMEOUT(history->done(), 10000);
    QVERIFY2(history->result->ok(), qPrintable(history->result->error.message));
    const QJsonObject document = history->result->value;
    QVERIFY(document.value(u"writeError"_s).toString().isEmpty());
    QVERIFY(document.value(u"samples"_s).toArray().size() >= 2);
}

QTEST_GUILESS_MAIN(TestFaults)
#include "tst_faults.moc"
