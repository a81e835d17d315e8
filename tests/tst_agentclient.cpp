// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/agentclient.h"
#include "core/fingerprint.h"
#include "tests/agentfixture.h"
#include "tests/faketlsserver.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QTcpServer>
#include <QTest>
#include <QTimer>

#include <optional>

using namespace Qt::StringLiterals;

namespace {

// Collects one callback; calls counts how often it ran (must be exactly once).
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
    const Result<T> &operator*() const { return *result; }
    const Result<T> *operator->() const { return &*result; }
};

} // namespace

class TestAgentClient : public QObject
{
    Q_OBJECT

private:
    AgentFixture m_agent;
    QByteArray m_pin;
    QString m_viewer;
    QString m_admin;

    void pinnedClient(AgentClient &client, const QString &token)
    {
        client.setBaseUrl(m_agent.url());
        client.setPinnedSha256(m_pin);
        client.setToken(token);
    }

    template<typename T> static void settle(const Waiter<T> &waiter)
    {
        // Give a second callback the chance to (wrongly) arrive.
        QTest::qWait(50);
        QCOMPARE(waiter.calls, 1);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_agent.start(&error), qPrintable(error));
        m_pin = m_agent.sha256();
        QCOMPARE(m_pin.size(), 32);
        m_viewer = m_agent.addToken(u"viewer1"_s, u"viewer"_s, &error);
        QVERIFY2(!m_viewer.isEmpty(), qPrintable(error));
        m_admin = m_agent.addToken(u"admin1"_s, u"admin"_s, &error);
        QVERIFY2(!m_admin.isEmpty(), qPrintable(error));
    }

    void unpinnedGivesTheCertificate()
    {
        AgentClient client;
        client.setBaseUrl(m_agent.url());
        client.setToken(m_viewer);
        Waiter<AgentStatus> w;
        client.status(w.callback());
        QTRY_VERIFY_WITH_TIMEOUT(w.done(), 20000);
        settle(w);
        QCOMPARE(w->failure, ClientFailure::Unpinned);
        QCOMPARE(w->certificate.sha256, m_pin);
        QVERIFY(!w->certificate.subject.isEmpty());
        QVERIFY(w->certificate.notBefore < QDateTime::currentDateTimeUtc());
        QVERIFY(w->certificate.notAfter > QDateTime::currentDateTimeUtc());
        QCOMPARE(w->certificate.fingerprintText(), Fingerprint::toText(m_pin));
        QVERIFY(w->error.message.contains(Fingerprint::toText(m_pin)));
    }

    void pinnedStatusLicenseSessions()
    {
        AgentClient client;
        pinnedClient(client, m_viewer);

        Waiter<int> ping;
        client.ping(ping.callback());
        QTRY_VERIFY_WITH_TIMEOUT(ping.done(), 20000);
        QVERIFY2(ping->ok(), qPrintable(ping->error.message));
        QCOMPARE(ping->value, Protocol::Version);

        Waiter<AgentStatus> status;
        client.status(status.callback());
        QTRY_VERIFY_WITH_TIMEOUT(status.done(), 20000);
        settle(status);
        QVERIFY2(status->ok(), qPrintable(status->error.message));
        QCOMPARE(status->value.protocol, Protocol::Version);
        QCOMPARE(status->value.backend, u"host"_s);
        QVERIFY(!status->value.hostName.isEmpty());
        QVERIFY(status->value.hostClock.isValid());
        QVERIFY(qAbs(status->value.hostClock.secsTo(QDateTime::currentDateTimeUtc())) < 60);
        QVERIFY(status->value.has(Capability::License));
        QCOMPARE(status->certificate.sha256, m_pin);

        // The agent reads the license off the request path: the first answers may be "not ready".
        Waiter<LicenseDocument> license;
        const QDeadlineTimer deadline(20000);
        for (;;) {
            license = {};
            client.license(license.callback());
            QTRY_VERIFY_WITH_TIMEOUT(license.done(), 20000);
            if (license->ok() || license->error.code != "not-ready"_L1 || deadline.hasExpired())
                break;
            QTest::qWait(200);
        }
        QVERIFY2(license->ok(), qPrintable(license->error.code + u": "_s + license->error.message));
        QCOMPARE(license->value.license.keyType, License::KeyType::Countdown);
        QCOMPARE(license->value.license.customer.value_or(QString()), u"Stromasys"_s);
        QCOMPARE(license->value.license.products.size(), 2);
        QVERIFY(license->value.raw.contains(u"License ID: 01.00000001.002.045"_s));

        Waiter<QList<Session>> sessions;
        client.sessions(sessions.callback());
        QTRY_VERIFY_WITH_TIMEOUT(sessions.done(), 20000);
        if (status->value.has(Capability::Sessions))
            QVERIFY2(sessions->ok(), qPrintable(sessions->error.message));
        else
            QVERIFY(sessions->failure != ClientFailure::None);
    }

    void wrongPinNamesBothFingerprints()
    {
        AgentClient client;
        pinnedClient(client, m_viewer);
        const QByteArray wrong(32, '\x42');
        client.setPinnedSha256(wrong);
        Waiter<AgentStatus> w;
        client.status(w.callback());
        QTRY_VERIFY_WITH_TIMEOUT(w.done(), 20000);
        settle(w);
        QCOMPARE(w->failure, ClientFailure::CertificateChanged);
        QCOMPARE(w->pinnedSha256, wrong);
        QCOMPARE(w->certificate.sha256, m_pin);
        QVERIFY2(w->error.message.contains(Fingerprint::toText(wrong)), qPrintable(w->error.message));
        QVERIFY2(w->error.message.contains(Fingerprint::toText(m_pin)), qPrintable(w->error.message));
    }

    void changedPinDoesNotReuseTheConnection()
    {
        AgentClient client;
        pinnedClient(client, m_viewer);
        Waiter<AgentStatus> first;
        client.status(first.callback());
        QTRY_VERIFY_WITH_TIMEOUT(first.done(), 20000);
        QVERIFY(first->ok());
        // The kept-alive connection was verified against the old pin; the new one must be checked.
        client.setPinnedSha256(QByteArray(32, '\x01'));
        Waiter<AgentStatus> second;
        client.status(second.callback());
        QTRY_VERIFY_WITH_TIMEOUT(second.done(), 20000);
        QCOMPARE(second->failure, ClientFailure::CertificateChanged);
    }

    void wrongPinSendsNoRequest()
    {
        FakeTlsServer server;
        QVERIFY(server.isListening());
        server.response = FakeTlsServer::httpResponse(200, R"({"product":"ve-agent","protocol":1})");
        AgentClient client;
        client.setBaseUrl(server.url());
        client.setToken(u"secret-token"_s);
        client.setPinnedSha256(QByteArray(32, '\x42'));
        Waiter<int> w;
        client.ping(w.callback());
        QTRY_VERIFY_WITH_TIMEOUT(w.done(), 20000);
        QCOMPARE(w->failure, ClientFailure::CertificateChanged);
        QTest::qWait(200);
        QVERIFY(server.received.isEmpty());

        // Control: with the right pin the same server does get the request and the token.
        const QByteArray right = w->certificate.sha256;
        QCOMPARE(right.size(), 32);
        client.setPinnedSha256(right);
        Waiter<int> ok;
        client.ping(ok.callback());
        QTRY_VERIFY_WITH_TIMEOUT(ok.done(), 20000);
        QVERIFY2(ok->ok(), qPrintable(ok->error.message));
        QVERIFY(server.received.startsWith("GET /api/v1/ping HTTP/1.1"));
        QVERIFY(server.received.contains("Authorization: Bearer secret-token"));
    }

    void wrongOrMissingTokenIsUnauthorized_data()
    {
        QTest::addColumn<QString>("token");
        QTest::newRow("wrong") << u"not-a-token"_s;
        QTest::newRow("missing") << QString();
    }

    void wrongOrMissingTokenIsUnauthorized()
    {
        QFETCH(QString, token);
        AgentClient client;
        pinnedClient(client, token);
        Waiter<AgentStatus> w;
        client.status(w.callback());
        QTRY_VERIFY_WITH_TIMEOUT(w.done(), 20000);
        settle(w);
        QCOMPARE(w->failure, ClientFailure::Unauthorized);
        QCOMPARE(w->error.httpStatus, 401);
        QVERIFY(!w->error.message.isEmpty());
    }

    void controlCharactersInTokenAreRefused()
    {
        AgentClient client;
        pinnedClient(client, u"abc\r\nX-Injected: 1"_s);
        Waiter<AgentStatus> w;
        client.status(w.callback());
        QTRY_VERIFY_WITH_TIMEOUT(w.done(), 20000);
        settle(w);
        QCOMPARE(w->failure, ClientFailure::Unauthorized);
        QCOMPARE(w->error.code, u"invalid-token"_s);
    }

    void viewerOnAdminRouteIsForbidden()
    {
        AgentClient client;
        pinnedClient(client, m_viewer);
        Waiter<QJsonObject> w;
        client.request("POST"_ba, u"/api/v1/service/restart"_s, "{}"_ba, w.callback());
        QTRY_VERIFY_WITH_TIMEOUT(w.done(), 20000);
        settle(w);
        QCOMPARE(w->failure, ClientFailure::Forbidden);
        QCOMPARE(w->error.httpStatus, 403);
    }

    void responseOverTheCapIsProtocol()
    {
        AgentClient client;
        pinnedClient(client, m_viewer);
        client.setMaxResponseBytes(100);
        Waiter<AgentStatus> w;
        client.status(w.callback());
        QTRY_VERIFY_WITH_TIMEOUT(w.done(), 20000);
        settle(w);
        QCOMPARE(w->failure, ClientFailure::Protocol);
        QCOMPARE(w->error.code, u"too-large"_s);
    }

    void streamedBodyOverTheCapIsCutOff()
    {
        FakeTlsServer server;
        QVERIFY(server.isListening());
        // No Content-Length: only counting while reading can stop this.
        server.onRequest = [](QTcpSocket *socket, const QByteArray &) {
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n[");
            const QByteArray chunk(64 * 1024, ' ');
            for (int i = 0; i < 64; ++i) // 4 MiB
                socket->write(chunk);
        };
        AgentClient client;
        client.setBaseUrl(server.url());
        Waiter<int> probe;
        client.ping(probe.callback());
        QTRY_VERIFY_WITH_TIMEOUT(probe.done(), 20000);
        client.setPinnedSha256(probe->certificate.sha256);
        client.setMaxResponseBytes(256 * 1024);
        Waiter<QJsonObject> w;
        client.request("GET"_ba, u"/api/v1/ping"_s, {}, w.callback());
        QTRY_VERIFY_WITH_TIMEOUT(w.done(), 20000);
        settle(w);
        QCOMPARE(w->failure, ClientFailure::Protocol);
        QCOMPARE(w->error.code, u"too-large"_s);
    }

    void badAnswers_data()
    {
        QTest::addColumn<QByteArray>("response");
        QTest::addColumn<ClientFailure>("failure");
        QTest::addColumn<QString>("code");
        QTest::newRow("not json") << FakeTlsServer::httpResponse(200, "hello") << ClientFailure::Protocol
                                  << u"bad-response"_s;
        QTest::newRow("json array") << FakeTlsServer::httpResponse(200, "[1,2]") << ClientFailure::Protocol
                                    << u"bad-response"_s;
        QTest::newRow("truncated json") << FakeTlsServer::httpResponse(200, R"({"sessions": [{"id": )")
                                        << ClientFailure::Protocol << u"bad-response"_s;
        QTest::newRow("wrong shape") << FakeTlsServer::httpResponse(200, R"({"sessions": 5})")
                                     << ClientFailure::Protocol << u"bad-response"_s;
        QTest::newRow("invalid utf-8") << FakeTlsServer::httpResponse(200, "{\"sessions\": [\"\xff\xfe\"]}")
                                       << ClientFailure::Protocol << u"bad-response"_s;
        QTest::newRow("json error") << FakeTlsServer::httpResponse(
            500, R"({"error":{"code":"tool-failed","message":"boom"}})")
                                    << ClientFailure::Server << u"tool-failed"_s;
        QTest::newRow("html error") << FakeTlsServer::httpResponse(
            502, "<html>bad gateway</html>", "text/html")
                                    << ClientFailure::Protocol << u"bad-response"_s;
        QTest::newRow("redirect")
            << ("HTTP/1.1 302 Found\r\nLocation: https://example.com/\r\nContent-Length: 0\r\n"
                "Connection: close\r\n\r\n"_ba)
            << ClientFailure::Protocol << u"bad-response"_s;
        QTest::newRow("declared too large")
            << "HTTP/1.1 200 OK\r\nContent-Length: 999999999\r\nConnection: close\r\n\r\n{"_ba
            << ClientFailure::Protocol << u"too-large"_s;
        QTest::newRow("unauthorized")
            << FakeTlsServer::httpResponse(401, R"({"error":{"code":"unauthorized","message":"no"}})")
            << ClientFailure::Unauthorized << u"unauthorized"_s;
    }

    void badAnswers()
    {
        QFETCH(QByteArray, response);
        QFETCH(ClientFailure, failure);
        QFETCH(QString, code);
        FakeTlsServer server;
        QVERIFY(server.isListening());
        server.response = response;
        AgentClient client;
        client.setBaseUrl(server.url());
        Waiter<int> probe;
        client.ping(probe.callback());
        QTRY_VERIFY_WITH_TIMEOUT(probe.done(), 20000);
        QCOMPARE(probe->failure, ClientFailure::Unpinned);
        client.setPinnedSha256(probe->certificate.sha256);
        Waiter<QList<Session>> w;
        client.sessions(w.callback());
        QTRY_VERIFY_WITH_TIMEOUT(w.done(), 20000);
        settle(w);
        QCOMPARE(w->failure, failure);
        QCOMPARE(w->error.code, code);
        QVERIFY(!w->error.message.isEmpty());
        QVERIFY(w->value.isEmpty());
    }

    void silentServerTimesOut()
    {
        QTcpServer silent; // accepts TCP, never speaks TLS
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        AgentClient client;
        client.setBaseUrl(QUrl(u"https://127.0.0.1:"_s + QString::number(silent.serverPort())));
        client.setPinnedSha256(m_pin);
        client.setTimeoutMs(500);
        QElapsedTimer clock;
        clock.start();
        Waiter<AgentStatus> w;
        client.status(w.callback());
        QTRY_VERIFY_WITH_TIMEOUT(w.done(), 10000);
        settle(w);
        QCOMPARE(w->failure, ClientFailure::Timeout);
        QCOMPARE(w->error.code, u"timeout"_s);
        QVERIFY(clock.elapsed() >= 400);
        QVERIFY(clock.elapsed() < 5000);
    }

    void tricklingServerTimesOut()
    {
        FakeTlsServer server;
        QVERIFY(server.isListening());
        // One byte every 100 ms: never silent long enough for an idle timeout.
        server.onRequest = [](QTcpSocket *socket, const QByteArray &) {
            socket->write("HTTP/1.1 200 OK\r\nContent-Length: 100000\r\n\r\n");
            auto *timer = new QTimer(socket);
            QObject::connect(timer, &QTimer::timeout, socket, [socket] { socket->write(" "); });
            timer->start(100);
        };
        AgentClient client;
        client.setBaseUrl(server.url());
        Waiter<int> probe;
        client.ping(probe.callback());
        QTRY_VERIFY_WITH_TIMEOUT(probe.done(), 20000);
        client.setPinnedSha256(probe->certificate.sha256);
        client.setTimeoutMs(1000);
        QElapsedTimer clock;
        clock.start();
        Waiter<int> w;
        client.ping(w.callback());
        QTRY_VERIFY_WITH_TIMEOUT(w.done(), 10000);
        QCOMPARE(w->failure, ClientFailure::Timeout);
        QVERIFY(clock.elapsed() < 5000);
    }

    void notHttpsIsRefusedAsynchronously()
    {
        AgentClient client;
        client.setBaseUrl(QUrl(u"http://127.0.0.1:1"_s));
        Waiter<AgentStatus> w;
        client.status(w.callback());
        QVERIFY(!w.done()); // never from inside the call
        QTRY_VERIFY(w.done());
        settle(w);
        QCOMPARE(w->failure, ClientFailure::Protocol);
        QCOMPARE(w->error.code, u"not-https"_s);
    }

    void destroyedClientDropsCallbacks()
    {
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        int calls = 0;
        {
            AgentClient client;
            client.setBaseUrl(QUrl(u"https://127.0.0.1:"_s + QString::number(silent.serverPort())));
            client.setTimeoutMs(300);
            client.status([&](const Result<AgentStatus> &) { ++calls; });
            client.ping([&](const Result<int> &) { ++calls; });
            QTest::qWait(50);
        }
        QTest::qWait(800);
        QCOMPARE(calls, 0);
    }

    void deletingTheClientInsideTheCallbackIsSafe()
    {
        auto *client = new AgentClient;
        pinnedClient(*client, m_viewer);
        bool called = false;
        client->status([&](const Result<AgentStatus> &) {
            called = true;
            delete client;
        });
        QTRY_VERIFY_WITH_TIMEOUT(called, 20000);
        QTest::qWait(100);
    }

    // Last: it kills the agent.
    void killedAgentIsANetworkFailure()
    {
        AgentClient client;
        pinnedClient(client, m_viewer);
        Waiter<AgentStatus> before;
        client.status(before.callback());
        QTRY_VERIFY_WITH_TIMEOUT(before.done(), 20000);
        QVERIFY(before->ok());

        m_agent.kill();
        QElapsedTimer clock;
        clock.start();
        Waiter<AgentStatus> after;
        client.status(after.callback());
        QTRY_VERIFY_WITH_TIMEOUT(after.done(), 20000);
        settle(after);
        QCOMPARE(after->failure, ClientFailure::Network);
        QCOMPARE(after->error.code, u"network"_s);
        QVERIFY(clock.elapsed() < 5000); // refused at once, not a timeout
    }
};

QTEST_GUILESS_MAIN(TestAgentClient)
#include "tst_agentclient.moc"
