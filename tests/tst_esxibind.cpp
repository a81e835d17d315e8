// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
// esxi_bind through the real ve-agent (host backend): the pre-flight against a loopback TLS
// server with a known certificate, runs of a fake esxi_bind that checks its answers, streaming,
// timeouts, one run at a time, roles, and the password in no argv, environment, log or output.
#include "core/esxibindclient.h"
#include "core/fingerprint.h"
#include "tests/agentfixture.h"
#include "tests/fakeesxibind.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

struct RunOutcome
{
    QList<EsxiBindRecord> records;
    std::optional<Result<EsxiBindResult>> result;
    QStringList lines() const
    {
        QStringList out;
        for (const EsxiBindRecord &r : records) {
            if (r.kind == EsxiBindRecord::Kind::Output)
                out.append(r.text);
        }
        return out;
    }
    bool started() const
    {
        return std::any_of(records.cbegin(), records.cend(),
            [](const EsxiBindRecord &r) { return r.kind == EsxiBindRecord::Kind::Started; });
    }
};

} // namespace

class TestEsxiBind : public QObject
{
    Q_OBJECT

private:
    AgentFixture m_agent;
    FakeEsxiBind m_fake;
    QString m_admin;
    QString m_viewer;
    QByteArray m_secretsSeen; // every byte a client received, for the final secret check

    std::unique_ptr<AgentClient> client(const QString &token)
    {
        auto c = std::make_unique<AgentClient>();
        c->setBaseUrl(m_agent.url());
        c->setPinnedSha256(m_agent.sha256());
        c->setToken(token);
        return c;
    }

    EsxiBindTarget target(const QString &user = u"root"_s, const QString &password = QString())
    {
        EsxiBindTarget t;
        t.type = EsxiBind::TargetType::VCenter;
        t.host = u"127.0.0.1"_s;
        t.port = m_fake.targetPort();
        t.user = user;
        t.password = password.isNull() ? QString::fromLatin1(FakeEsxiBind::Password) : password;
        t.thumbprint = m_fake.target().sha256();
        return t;
    }

    Result<EsxiPreflight> preflight(const QString &host, quint16 port, const QString &token)
    {
        const auto c = client(token);
        EsxiBindClient esxi(c.get());
        std::optional<Result<EsxiPreflight>> out;
        esxi.preflight(host, port, [&](const Result<EsxiPreflight> &r) { out = r; });
        if (!QTest::qWaitFor([&] { return out.has_value(); }, 30000))
            return {};
        m_secretsSeen += QJsonDocument(esxiPreflightToJson(out->value)).toJson();
        return *out;
    }

    // Starts a run; the outcome fills in as records arrive.
    std::unique_ptr<EsxiBindClient> startRun(
        const EsxiBindTarget &t, RunOutcome *outcome, const QString &token = QString())
    {
        const auto c = client(token.isEmpty() ? m_admin : token);
        auto esxi = std::make_unique<EsxiBindClient>(c.get());
        esxi->run(
            t,
            [this, outcome](const EsxiBindRecord &r) {
                outcome->records.append(r);
                m_secretsSeen += r.text.toUtf8() + '\n';
            },
            [this, outcome](const Result<EsxiBindResult> &r) {
                outcome->result = r;
                m_secretsSeen += r.value.message.toUtf8() + r.error.message.toUtf8() + '\n';
            });
        return esxi;
    }

    RunOutcome run(const EsxiBindTarget &t, const QString &token = QString())
    {
        RunOutcome outcome;
        const auto esxi = startRun(t, &outcome, token);
        (void)QTest::qWaitFor([&] { return outcome.result.has_value(); }, 30000);
        return outcome;
    }

    Result<EsxiBindState> state(const QString &token)
    {
        const auto c = client(token);
        EsxiBindClient esxi(c.get());
        std::optional<Result<EsxiBindState>> out;
        esxi.state([&](const Result<EsxiBindState> &r) { out = r; });
        (void)QTest::qWaitFor([&] { return out.has_value(); }, 30000);
        return out.value_or(Result<EsxiBindState> {});
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_fake.install(m_agent, &error), qPrintable(error));
        QVERIFY2(m_agent.start(&error), qPrintable(error));
        m_admin = m_agent.addToken(u"alice"_s, u"admin"_s, &error);
        QVERIFY2(!m_admin.isEmpty(), qPrintable(error));
        m_viewer = m_agent.addToken(u"bob"_s, u"viewer"_s, &error);
        QVERIFY2(!m_viewer.isEmpty(), qPrintable(error));
    }

    void stateBeforeAnyRun()
    {
        const Result<EsxiBindState> s = state(m_viewer);
        QVERIFY2(s.ok(), qPrintable(s.error.message));
        QVERIFY(s.value.canRun);
        QVERIFY(!s.value.running);
        QVERIFY(!s.value.lastRun);
        QVERIFY(!s.value.binding.reported);
        QVERIFY2(s.value.binding.reason.contains(u"does not exist"_s), qPrintable(s.value.binding.reason));
        QVERIFY(!s.value.canCheckCredentials);
    }

    void preflightReachesTheTarget()
    {
        const Result<EsxiPreflight> p = preflight(u"127.0.0.1"_s, m_fake.targetPort(), m_admin);
        QVERIFY2(p.ok(), qPrintable(p.error.message));
        QVERIFY2(p.value.ok, qPrintable(p.value.message));
        QVERIFY(p.value.failedStep.isEmpty());
        QCOMPARE(p.value.addresses, QStringList {u"127.0.0.1"_s});
        QCOMPARE(p.value.connectedAddress, u"127.0.0.1"_s);
        QCOMPARE(p.value.certificate.sha256, m_fake.target().sha256());
        QCOMPARE(p.value.certificate.subject, u"fake-agent"_s);
        QVERIFY(p.value.certificate.notBefore.isValid());
        QVERIFY(p.value.certificate.notAfter > QDateTime::currentDateTimeUtc());
        // Self-signed, like an ESXi host's own certificate: reported, not fatal.
        QVERIFY(!p.value.certificateProblems.isEmpty());
    }

    void preflightNameThatDoesNotResolve()
    {
        const Result<EsxiPreflight> p = preflight(u"nohost.invalid"_s, 443, m_admin);
        QVERIFY2(p.ok(), qPrintable(p.error.message));
        QVERIFY(!p.value.ok);
        QCOMPARE(p.value.failedStep, u"resolve"_s);
        QVERIFY2(p.value.message.contains(u"nohost.invalid"_s), qPrintable(p.value.message));
        QVERIFY(p.value.certificate.isNull());
    }

    void preflightRefusedPort()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 closedPort = probe.serverPort();
        probe.close(); // nobody listens there now
        const Result<EsxiPreflight> p = preflight(u"127.0.0.1"_s, closedPort, m_admin);
        QVERIFY2(p.ok(), qPrintable(p.error.message));
        QVERIFY(!p.value.ok);
        QCOMPARE(p.value.failedStep, u"connect"_s);
        QVERIFY2(p.value.message.contains(u"refused"_s, Qt::CaseInsensitive), qPrintable(p.value.message));
    }

    void preflightPortThatSpeaksNoTls()
    {
        QTcpServer plain; // accepts and closes: no TLS there
        QVERIFY(plain.listen(QHostAddress::LocalHost, 0));
        connect(&plain, &QTcpServer::newConnection, &plain, [&plain] {
            while (QTcpSocket *socket = plain.nextPendingConnection()) {
                socket->write("SSH-2.0-OpenSSH\r\n");
                socket->disconnectFromHost();
            }
        });
        const Result<EsxiPreflight> p = preflight(u"127.0.0.1"_s, plain.serverPort(), m_admin);
        QVERIFY2(p.ok(), qPrintable(p.error.message));
        QVERIFY(!p.value.ok);
        QCOMPARE(p.value.failedStep, u"tls"_s);
        QCOMPARE(p.value.connectedAddress, u"127.0.0.1"_s);
    }

    void preflightRefusesBadInput()
    {
        const Result<EsxiPreflight> p = preflight(u"not a host"_s, 443, m_admin);
        QCOMPARE(p.failure, ClientFailure::Server);
        QCOMPARE(p.error.httpStatus, 400);
        QVERIFY2(p.error.message.startsWith(u"host: "_s), qPrintable(p.error.message));
        const Result<EsxiPreflight> port = preflight(u"127.0.0.1"_s, 0, m_admin);
        QCOMPARE(port.error.httpStatus, 400);
    }

    void viewerMayReadButNotAct()
    {
        QVERIFY(state(m_viewer).ok());
        const Result<EsxiPreflight> p = preflight(u"127.0.0.1"_s, m_fake.targetPort(), m_viewer);
        QCOMPARE(p.failure, ClientFailure::Forbidden);
        QCOMPARE(p.error.httpStatus, 403);
        m_fake.removeTraces();
        const RunOutcome r = run(target(), m_viewer);
        QVERIFY(r.result);
        QCOMPARE(r.result->failure, ClientFailure::Forbidden);
        QVERIFY(!QFile::exists(m_fake.file(u"argv.txt"_s))); // nothing ran
    }

    void thumbprintMismatchIsRefused()
    {
        m_fake.removeTraces();
        EsxiBindTarget t = target();
        t.thumbprint = QByteArray(32, '\x11');
        const RunOutcome r = run(t);
        QVERIFY(r.result);
        QCOMPARE(r.result->failure, ClientFailure::Server);
        QCOMPARE(r.result->error.httpStatus, 409);
        QCOMPARE(r.result->error.code, u"thumbprint-mismatch"_s);
        QVERIFY(r.result->error.message.contains(Fingerprint::toText(m_fake.target().sha256())));
        QVERIFY(!QFile::exists(m_fake.file(u"argv.txt"_s))); // nothing ran
    }

    void badRequestsAreRefused()
    {
        // A line break in the password would become a second answer on esxi_bind's stdin.
        m_fake.removeTraces();
        const RunOutcome newline = run(target(u"root"_s, u"S3cret\nyes"_s));
        QVERIFY(newline.result);
        QCOMPARE(newline.result->error.httpStatus, 400);
        QVERIFY2(newline.result->error.message.startsWith(u"password: "_s),
            qPrintable(newline.result->error.message));
        QVERIFY(!newline.result->error.message.contains(u"S3cret"_s));
        EsxiBindTarget noThumbprint = target();
        noThumbprint.thumbprint.clear();
        const RunOutcome empty = run(noThumbprint);
        QCOMPARE(empty.result->error.httpStatus, 400);
        QVERIFY(!QFile::exists(m_fake.file(u"argv.txt"_s)));
    }

    void runStreamsOutputAndResult()
    {
        m_fake.removeTraces();
        const RunOutcome r = run(target());
        QVERIFY(r.result);
        QVERIFY2(r.result->ok(), qPrintable(r.result->error.message));
        const EsxiBindResult &result = r.result->value;
        QVERIFY2(result.ok, qPrintable(result.message + u" | "_s + r.lines().join(u" | "_s)));
        QCOMPARE(result.outcome, u"succeeded"_s);
        QCOMPARE(result.exitCode, 0);
        QVERIFY(r.started());
        const QStringList lines = r.lines();
        QVERIFY2(lines.contains(u"esxi_bind (test double)"_s), qPrintable(lines.join(u'\n')));
        QVERIFY(lines.contains(u"Binding recorded."_s));
        // The echoes are scrubbed, the split one too.
        QVERIFY2(
            lines.contains(u"Logged in as root with password ********"_s), qPrintable(lines.join(u'\n')));
        QVERIFY2(lines.join(QString()).contains(u"Echo: ******** (split)"_s), qPrintable(lines.join(u'\n')));
        // The binding the tool recorded comes with the result.
        QVERIFY(result.binding.reported);
        QCOMPARE(result.binding.type, u"vcenter"_s);
        QCOMPARE(result.binding.host, u"127.0.0.1"_s);
        QCOMPARE(result.binding.port, m_fake.targetPort());
        QCOMPARE(result.binding.user, u"root"_s);
        QVERIFY(result.binding.time.isValid());
        QCOMPARE(result.binding.fields.value(0), (QPair<QString, QString> {u"serial"_s, u"42"_s}));

        // GET shows the binding and the last run (who, target, type, outcome).
        const Result<EsxiBindState> s = state(m_viewer);
        QVERIFY(s.ok());
        QVERIFY(s.value.binding.reported);
        QCOMPARE(s.value.binding.host, u"127.0.0.1"_s);
        QVERIFY(s.value.lastRun);
        QCOMPARE(s.value.lastRun->token, u"alice"_s);
        QCOMPARE(s.value.lastRun->type, u"vcenter"_s);
        QCOMPARE(s.value.lastRun->host, u"127.0.0.1"_s);
        QCOMPARE(s.value.lastRun->port, m_fake.targetPort());
        QCOMPARE(s.value.lastRun->user, u"root"_s);
        QCOMPARE(s.value.lastRun->outcome, u"succeeded"_s);
        QCOMPARE(s.value.lastRun->exitCode, 0);
        QVERIFY(qAbs(s.value.lastRun->time.secsTo(QDateTime::currentDateTimeUtc())) < 60);
        m_secretsSeen += QJsonDocument(esxiBindStateToJson(s.value)).toJson();
    }

    void wrongAnswersGiveAFailedResult()
    {
        const RunOutcome r = run(target(u"root"_s, u"not-the-password"_s));
        QVERIFY(r.result);
        QVERIFY2(r.result->ok(), qPrintable(r.result->error.message));
        QVERIFY(!r.result->value.ok);
        QCOMPARE(r.result->value.outcome, u"failed"_s);
        QCOMPARE(r.result->value.exitCode, 3);
        QVERIFY2(r.result->value.message.contains(u"wrong password"_s), qPrintable(r.result->value.message));
        QVERIFY(r.lines().contains(u"error: wrong password"_s));
        const Result<EsxiBindState> s = state(m_viewer);
        QCOMPARE(s.value.lastRun->outcome, u"failed"_s);
        QCOMPARE(s.value.lastRun->exitCode, 3);
    }

    void hungToolIsStoppedAtTheTimeout()
    {
        m_fake.removeTraces();
        QElapsedTimer elapsed;
        elapsed.start();
        const RunOutcome r = run(target(u"hang"_s));
        QVERIFY(r.result);
        QVERIFY2(r.result->ok(), qPrintable(r.result->error.message));
        QCOMPARE(r.result->value.outcome, u"timeout"_s);
        QVERIFY(!r.result->value.ok);
        // It ignored SIGTERM, so it was killed after the grace period.
        QVERIFY2(r.result->value.message.contains(u"killed"_s), qPrintable(r.result->value.message));
        QVERIFY(elapsed.elapsed() >= FakeEsxiBind::TimeoutMs);
        QVERIFY(elapsed.elapsed() < FakeEsxiBind::TimeoutMs + 17000);
        // Progress arrived while it hung, and nothing of the process group is left.
        QVERIFY(std::any_of(r.records.cbegin(), r.records.cend(),
            [](const EsxiBindRecord &rec) { return rec.kind == EsxiBindRecord::Kind::Progress; }));
        QVERIFY(!m_fake.read(u"hang.pids"_s).isEmpty());
        QTRY_VERIFY(m_fake.hungProcessesGone());
        QCOMPARE(state(m_viewer).value.lastRun->outcome, u"timeout"_s);
    }

    void secondConcurrentRunIsRefused()
    {
        RunOutcome first;
        const auto firstClient = startRun(target(u"slow"_s), &first);
        QTRY_VERIFY_WITH_TIMEOUT(first.started(), 20000);
        QTRY_VERIFY(state(m_viewer).value.running);
        const RunOutcome second = run(target());
        QVERIFY(second.result);
        QCOMPARE(second.result->error.httpStatus, 409);
        QCOMPARE(second.result->error.code, u"busy"_s);
        QVERIFY2(second.result->error.message.contains(u"alice"_s), qPrintable(second.result->error.message));
        QTRY_VERIFY_WITH_TIMEOUT(first.result.has_value(), 20000);
        QVERIFY(first.result->value.ok);
        QVERIFY(!state(m_viewer).value.running);
    }

    void clientThatLeavesStopsTheRun()
    {
        m_fake.removeTraces();
        RunOutcome outcome;
        auto esxi = startRun(target(u"hang"_s), &outcome);
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(m_fake.file(u"hang.pids"_s)), 20000);
        esxi->cancel();
        QTest::qWait(100);
        QVERIFY(!outcome.result); // cancelled runs report nothing to the caller
        QTRY_VERIFY_WITH_TIMEOUT(state(m_viewer).value.lastRun->outcome == u"cancelled"_s, 20000);
        QTRY_VERIFY(m_fake.hungProcessesGone());
        QVERIFY(!state(m_viewer).value.running);
    }

    // The simulator's stand-ins: a vCenter endpoint on loopback and an in-process esxi_bind.
    void simulatorBindsToItsVCenter()
    {
        AgentFixture simulator;
        simulator.setExtraArguments({u"--simulate"_s});
        QString error;
        QVERIFY2(simulator.start(&error), qPrintable(error));
        const QString token = simulator.addToken(u"sim-admin"_s, u"admin"_s, &error);
        QVERIFY2(!token.isEmpty(), qPrintable(error));
        AgentClient client;
        client.setBaseUrl(simulator.url());
        client.setPinnedSha256(simulator.sha256());
        client.setToken(token);
        EsxiBindClient esxi(&client);

        std::optional<Result<EsxiPreflight>> preflight;
        esxi.preflight(u"vcenter.sim"_s, 443, [&](const Result<EsxiPreflight> &r) { preflight = r; });
        QTRY_VERIFY_WITH_TIMEOUT(preflight.has_value(), 20000);
        QVERIFY2(preflight->ok() && preflight->value.ok, qPrintable(preflight->value.message));
        QCOMPARE(preflight->value.port, quint16(443));
        QCOMPARE(preflight->value.certificate.subject, u"vcenter.sim"_s);

        EsxiBindTarget t;
        t.type = EsxiBind::TargetType::VCenter;
        t.host = u"vcenter.sim"_s;
        t.user = u"administrator@vsphere.local"_s;
        t.password = u"wrong"_s;
        t.thumbprint = preflight->value.certificate.sha256;
        std::optional<Result<EsxiBindResult>> refused;
        esxi.run(t, {}, [&](const Result<EsxiBindResult> &r) { refused = r; });
        QTRY_VERIFY_WITH_TIMEOUT(refused.has_value(), 30000);
        QCOMPARE(refused->value.outcome, u"failed"_s);
        QCOMPARE(refused->value.exitCode, 3);

        t.password = u"vSphere-Pa55"_s;
        QStringList lines;
        std::optional<Result<EsxiBindResult>> bound;
        esxi.run(
            t,
            [&](const EsxiBindRecord &r) {
                if (r.kind == EsxiBindRecord::Kind::Output)
                    lines.append(r.text);
            },
            [&](const Result<EsxiBindResult> &r) { bound = r; });
        QTRY_VERIFY_WITH_TIMEOUT(bound.has_value(), 30000);
        QVERIFY2(bound->value.ok, qPrintable(bound->value.message + lines.join(u'\n')));
        QVERIFY(lines.contains(u"Binding recorded."_s));
        QVERIFY(bound->value.binding.reported);
        QCOMPARE(bound->value.binding.type, u"vcenter"_s);
        QCOMPARE(bound->value.binding.host, u"vcenter.sim"_s);
        QVERIFY(!lines.join(u'\n').contains(u"vSphere-Pa55"_s));
    }

    // Last: everything the previous runs left behind.
    void passwordAppearsNowhere()
    {
        const QByteArray password(FakeEsxiBind::Password);
        const QByteArray argv = m_fake.read(u"argv.txt"_s);
        const QByteArray env = m_fake.read(u"env.txt"_s);
        QVERIFY(!argv.isEmpty());
        QVERIFY(!env.isEmpty());
        QVERIFY(!argv.contains(password));
        QVERIFY(!env.contains(password));
        QFile audit(m_agent.stateDir() + u"/audit.log"_s);
        QVERIFY(audit.open(QIODevice::ReadOnly));
        const QByteArray auditText = audit.readAll();
        QVERIFY(auditText.contains("\"action\":\"esxi_bind\""));
        QVERIFY(auditText.contains("\"action\":\"POST /api/v1/esxi-bind\""));
        QVERIFY(!auditText.contains(password));
        QVERIFY(!m_secretsSeen.isEmpty());
        QVERIFY(!m_secretsSeen.contains(password));
        QVERIFY(!m_agent.takeOutput().contains(password));
    }
};

QTEST_GUILESS_MAIN(TestEsxiBind)
#include "tst_esxibind.moc"
