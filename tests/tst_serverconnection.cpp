// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/serverconnection.h"
#include "tests/agentfixture.h"
#include "tests/faketlsserver.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace Qt::StringLiterals;
using State = ServerConnection::State;

// State transitions of ServerConnection against a real ve-agent process.
class TestServerConnection : public QObject
{
    Q_OBJECT

private:
    AgentFixture m_agent;
    QByteArray m_pin;
    QString m_token;

    // A loopback port nobody listens on.
    static QUrl closedPortUrl()
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        const quint16 port = probe.serverPort();
        probe.close();
        return QUrl(u"https://127.0.0.1:"_s + QString::number(port));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_agent.start(&error), qPrintable(error));
        m_pin = m_agent.sha256();
        QCOMPARE(m_pin.size(), 32);
        m_token = m_agent.addToken(u"console"_s, u"viewer"_s, &error);
        QVERIFY2(!m_token.isEmpty(), qPrintable(error));
    }

    void connectsAndEmitsInOrder()
    {
        ServerConnection connection;
        connection.setPollInterval(300);
        connection.setEndpoint(m_agent.url(), m_token, m_pin);
        QCOMPARE(connection.state(), State::Idle);
        QStringList events;
        connect(&connection, &ServerConnection::stateChanged, this, [&](State state) {
            events.append(QString::fromLatin1(QMetaEnum::fromType<State>().valueToKey(int(state))));
        });
        connect(&connection, &ServerConnection::statusUpdated, this, [&] { events.append(u"status"_s); });
        connect(&connection, &ServerConnection::licenseUpdated, this, [&] { events.append(u"license"_s); });

        connection.start();
        QCOMPARE(connection.state(), State::Connecting);
        QCOMPARE(events, QStringList {u"Connecting"_s});
        // The agent reads the license off the request path: a first round may see "not-ready".
        QTRY_VERIFY_WITH_TIMEOUT(connection.state() == State::Connected && connection.hasLicense(), 20000);
        // stateChanged, then statusUpdated, then licenseUpdated within the round.
        const auto connected = events.indexOf(u"Connected"_s);
        QVERIFY2(connected > 0 && events.value(connected + 1) == u"status"_s, qPrintable(events.join(u' ')));
        const auto license = events.indexOf(u"license"_s);
        QVERIFY2(license > 0 && events.value(license - 1) == u"status"_s, qPrintable(events.join(u' ')));
        QCOMPARE(connection.errorText(), QString());
        QCOMPARE(connection.status().protocol, Protocol::Version);
        QCOMPARE(connection.license().license.keyType, License::KeyType::Countdown);
        QVERIFY(connection.failingCapabilities().isEmpty());
        QVERIFY(qAbs(connection.clockSkewMs()) < 5000);
        QCOMPARE(connection.certificate().sha256, m_pin);
        QVERIFY(connection.nextRetry() > QDateTime::currentDateTime().addMSecs(-100));

        // An unchanged license is not announced again on the following rounds.
        const int licenseEvents = int(events.count(u"license"_s));
        const int statusEvents = int(events.count(u"status"_s));
        QTRY_VERIFY_WITH_TIMEOUT(events.count(u"status"_s) >= statusEvents + 2, 10000);
        QCOMPARE(int(events.count(u"license"_s)), licenseEvents);

        connection.stop();
        QCOMPARE(connection.state(), State::Idle);
        const int after = int(events.size());
        QTest::qWait(800);
        QCOMPARE(int(events.size()), after); // no more rounds
    }

    void wrongTokenIsAuthFailed()
    {
        ServerConnection connection;
        connection.setEndpoint(m_agent.url(), u"wrong-token"_s, m_pin);
        connection.start();
        QTRY_COMPARE_WITH_TIMEOUT(connection.state(), State::AuthFailed, 20000);
        QVERIFY(connection.errorText().contains(u"authentication failed"_s));
        QVERIFY(connection.nextRetry() > QDateTime::currentDateTime());

        // A corrected token takes effect at once.
        connection.setEndpoint(m_agent.url(), m_token, m_pin);
        QTRY_COMPARE_WITH_TIMEOUT(connection.state(), State::Connected, 20000);
    }

    void unpinnedIsUntrustedUntilPinned()
    {
        ServerConnection connection;
        connection.setPollInterval(200);
        QSignalSpy spy(&connection, &ServerConnection::stateChanged);
        connection.setEndpoint(m_agent.url(), m_token, {});
        connection.start();
        QTRY_COMPARE_WITH_TIMEOUT(connection.state(), State::Untrusted, 20000);
        QCOMPARE(connection.certificate().sha256, m_pin);
        QVERIFY(!connection.nextRetry().isValid());
        const auto signalsSoFar = spy.count();
        QTest::qWait(700);
        QCOMPARE(spy.count(), signalsSoFar); // polling stopped: nothing is re-asked

        connection.setEndpoint(m_agent.url(), m_token, connection.certificate().sha256);
        QTRY_COMPARE_WITH_TIMEOUT(connection.state(), State::Connected, 20000);
    }

    void changedCertificateStopsPolling()
    {
        ServerConnection connection;
        connection.setPollInterval(200);
        const QByteArray wrong(32, '\x17');
        connection.setEndpoint(m_agent.url(), m_token, wrong);
        QSignalSpy spy(&connection, &ServerConnection::stateChanged);
        connection.start();
        QTRY_COMPARE_WITH_TIMEOUT(connection.state(), State::CertificateChanged, 20000);
        QCOMPARE(connection.pinnedSha256(), wrong);
        QCOMPARE(connection.certificate().sha256, m_pin);
        QVERIFY(connection.errorText().contains(connection.certificate().fingerprintText()));
        QVERIFY(connection.status().hostName.isEmpty()); // nothing was read from it
        const auto signalsSoFar = spy.count();
        QTest::qWait(700);
        QCOMPARE(spy.count(), signalsSoFar);

        // "Verify now" checks again and still refuses.
        connection.pollNow();
        QTRY_COMPARE_WITH_TIMEOUT(spy.count(), signalsSoFar + 1, 20000);
        QCOMPARE(connection.state(), State::CertificateChanged);
    }

    void failingCapabilityIsDegraded()
    {
        AgentFixture broken;
        broken.setLicenseViewerScript("echo 'license_viewer: cannot attach' >&2\nexit 3\n");
        QString error;
        QVERIFY2(broken.start(&error), qPrintable(error));
        const QString token = broken.addToken(u"console"_s, u"viewer"_s, &error);
        QVERIFY2(!token.isEmpty(), qPrintable(error));

        ServerConnection connection;
        connection.setPollInterval(300);
        connection.setEndpoint(broken.url(), token, broken.sha256());
        connection.start();
        QTRY_VERIFY_WITH_TIMEOUT(
            connection.state() == State::Degraded && connection.licenseError().code == "tool-failed"_L1,
            20000);
        QCOMPARE(connection.failingCapabilities(), QStringList {u"license"_s});
        QVERIFY(connection.errorText().contains(u"license"_s));
        QVERIFY(!connection.hasLicense());
        QVERIFY(!connection.status().hostName.isEmpty()); // status itself answered
    }

    void backoffGrowsAndIsCapped()
    {
        ServerConnection connection;
        connection.setEndpoint(closedPortUrl(), m_token, m_pin);
        QSignalSpy spy(&connection, &ServerConnection::stateChanged);
        connection.start();
        qint64 previous = 0;
        for (int round = 0; round < 10; ++round) {
            if (round > 0)
                connection.pollNow(); // counts as the next retry
            // Connecting, then one stateChanged per failed round.
            QTRY_COMPARE_WITH_TIMEOUT(int(spy.count()), round + 2, 20000);
            QCOMPARE(connection.state(), State::Unreachable);
            QVERIFY(!connection.errorText().isEmpty());
            const qint64 delay = QDateTime::currentDateTime().msecsTo(connection.nextRetry());
            const qint64 base = qMin<qint64>(
                qint64(ServerConnection::MinBackoffMs) << round, ServerConnection::MaxBackoffMs);
            QVERIFY2(delay > base * 85 / 100
                    && delay <= qMin<qint64>(base * 11 / 10, ServerConnection::MaxBackoffMs) + 50,
                qPrintable(u"round %1: %2 ms"_s.arg(round).arg(delay)));
            if (base < ServerConnection::MaxBackoffMs / 2)
                QVERIFY(delay > previous);
            previous = delay;
        }
    }

    // A COUNTDOWN backup whose clock runs an hour ahead, served by a scripted TLS server.
    void hoursHistoryAndClockSkew()
    {
        FakeTlsServer server;
        QVERIFY(server.isListening());
        double hours = 42.5;
        server.onRequest = [&hours](QTcpSocket *socket, const QByteArray &path) {
            QJsonObject body;
            if (path == "/api/v1/status") {
                AgentStatus status;
                status.protocol = Protocol::Version;
                status.hostName = u"backup"_s;
                status.backend = u"simulator"_s;
                status.hostClock = QDateTime::currentDateTimeUtc().addSecs(3600);
                status.capabilities = {
                    QString::fromUtf16(Capability::License), QString::fromUtf16(Capability::RemainingHours)};
                status.remainingHours = hours;
                body = statusToJson(status);
            } else if (path == "/api/v1/license") {
                LicenseDocument document;
                document.license.keyType = License::KeyType::Countdown;
                document.raw = u"Key type: COUNTDOWN"_s;
                document.remainingHours = hours;
                body = licenseDocumentToJson(document);
            }
            socket->write(
                FakeTlsServer::httpResponse(body.isEmpty() ? 404 : 200, QJsonDocument(body).toJson()));
        };

        ServerConnection connection;
        connection.setPollInterval(200);
        connection.setEndpoint(server.url(), u"token"_s, server.sha256());
        QSignalSpy sampled(&connection, &ServerConnection::hoursSampled);
        QSignalSpy licenseUpdated(&connection, &ServerConnection::licenseUpdated);
        connection.start();
        QTRY_VERIFY_WITH_TIMEOUT(sampled.count() >= 1, 20000);
        QCOMPARE(connection.state(), State::Connected);
        const ServerConnection::HoursSample first = connection.hoursHistory().constFirst();
        QCOMPARE(first.hours, 42.5);
        QCOMPARE(sampled.first().first().value<ServerConnection::HoursSample>().hours, 42.5);
        // Samples carry the agent's clock, and the skew is measured against it.
        QVERIFY(qAbs(first.time.secsTo(QDateTime::currentDateTimeUtc().addSecs(3600))) < 10);
        QVERIFY2(qAbs(connection.clockSkewMs() - 3600 * 1000) < 5000,
            qPrintable(QString::number(connection.clockSkewMs())));

        hours = 41.75; // the hours run: a new sample and a changed license document
        const auto updatesBefore = licenseUpdated.count();
        QTRY_VERIFY_WITH_TIMEOUT(connection.hoursHistory().constLast().hours == 41.75, 20000);
        QVERIFY(licenseUpdated.count() > updatesBefore);
        const auto history = connection.hoursHistory();
        for (qsizetype i = 1; i < history.size(); ++i)
            QVERIFY(history.at(i - 1).time <= history.at(i).time);
    }

    // Last: it kills and restarts the agent.
    void agentDownThenBack()
    {
        ServerConnection connection;
        connection.setPollInterval(300);
        connection.setEndpoint(m_agent.url(), m_token, m_pin);
        connection.start();
        QTRY_COMPARE_WITH_TIMEOUT(connection.state(), State::Connected, 20000);
        const QString host = connection.status().hostName;

        m_agent.kill();
        QTRY_COMPARE_WITH_TIMEOUT(connection.state(), State::Unreachable, 20000);
        QVERIFY(!connection.errorText().isEmpty());
        QVERIFY(connection.nextRetry() > QDateTime::currentDateTime());
        QCOMPARE(connection.status().hostName, host); // the last good answer is kept

        QString error;
        QVERIFY2(m_agent.restart(&error), qPrintable(error));
        // The backoff (2 s, then 4 s) brings it back on its own.
        QTRY_COMPARE_WITH_TIMEOUT(connection.state(), State::Connected, 30000);
        QVERIFY(connection.errorText().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestServerConnection)
#include "tst_serverconnection.moc"
