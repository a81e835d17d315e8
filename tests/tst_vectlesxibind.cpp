// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
// vectl esxi-bind preflight / run / show against a real ve-agent with a fake esxi_bind and a
// loopback TLS server as the ESXi host (tests/fakeesxibind.h).
#include "core/fingerprint.h"
#include "tests/agentfixture.h"
#include "tests/fakeesxibind.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestVectlEsxiBind : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exit = -1;
        QString out;
        QString err;
    };

    AgentFixture m_agent;
    FakeEsxiBind m_fake;
    QString m_admin;
    QTemporaryDir m_home;

    // vectl is another process: waiting for it cannot block a server of this thread (the fake
    // ESXi host lives here), so it runs while this thread's event loop spins.
    Run vectl(const QStringList &arguments, const QByteArray &input = {})
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"VE_KNOWN_SERVERS"_s, m_home.filePath(u"known_servers"_s));
        env.insert(u"XDG_CONFIG_HOME"_s, m_home.path());
        env.insert(u"VE_TOKEN"_s, m_admin);
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(VE_VECTL_BINARY),
            QStringList {
                u"--server"_s, m_agent.url().toString(), u"--pin"_s, Fingerprint::toHex(m_agent.sha256())}
                + arguments);
        process.write(input);
        process.closeWriteChannel();
        Run run;
        if (!QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 60000))
            return run;
        run.exit = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        run.out = QString::fromUtf8(process.readAllStandardOutput());
        run.err = QString::fromUtf8(process.readAllStandardError());
        return run;
    }

    QStringList runArguments(const QString &user = u"root"_s) const
    {
        return {u"esxi-bind"_s, u"run"_s, u"--type"_s, u"esxi"_s, u"--host"_s, u"127.0.0.1"_s, u"--port"_s,
            QString::number(m_fake.targetPort()), u"--user"_s, user, u"--thumbprint"_s,
            Fingerprint::toText(const_cast<FakeEsxiBind &>(m_fake).target().sha256())};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_fake.install(m_agent, &error), qPrintable(error));
        QVERIFY2(m_agent.start(&error), qPrintable(error));
        m_admin = m_agent.addToken(u"ops"_s, u"admin"_s, &error);
        QVERIFY2(!m_admin.isEmpty(), qPrintable(error));
    }

    void preflightShowsTheThumbprint()
    {
        const Run run
            = vectl({u"esxi-bind"_s, u"preflight"_s, u"127.0.0.1:"_s + QString::number(m_fake.targetPort())});
        QVERIFY2(run.exit == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(Fingerprint::toText(m_fake.target().sha256())), qPrintable(run.out));
        QVERIFY(run.out.contains(u"Subject:          fake-agent"_s));
        QVERIFY(run.out.contains(u"Result:           ok"_s));
    }

    void preflightOfANameThatDoesNotResolve()
    {
        const Run run = vectl({u"esxi-bind"_s, u"preflight"_s, u"nohost.invalid"_s, u"--json"_s});
        QCOMPARE(run.exit, 1);
        const QJsonObject report = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(report.value(u"failedStep"_s).toString(), u"resolve"_s);
        QCOMPARE(report.value(u"port"_s).toInt(), 443);
    }

    void runWithPasswordFromStandardInput()
    {
        m_fake.removeTraces();
        const QByteArray password = QByteArray(FakeEsxiBind::Password) + '\n';
        const Run run = vectl(runArguments() + QStringList {u"--password-stdin"_s}, password);
        QVERIFY2(run.exit == 0, qPrintable(run.out + run.err));
        QVERIFY2(run.out.contains(u"Binding recorded."_s), qPrintable(run.out));
        QVERIFY(run.out.contains(u"Logged in as root with password ********"_s));
        QVERIFY(run.out.contains(u"Result:           succeeded"_s));
        QVERIFY(run.out.contains(u"Bound to:         esxi 127.0.0.1:"_s));
        QVERIFY(!run.out.contains(QString::fromLatin1(FakeEsxiBind::Password)));
        QVERIFY(!run.err.contains(QString::fromLatin1(FakeEsxiBind::Password)));
        QVERIFY(!m_fake.read(u"argv.txt"_s).contains(FakeEsxiBind::Password));
        QVERIFY(!m_fake.read(u"env.txt"_s).contains(FakeEsxiBind::Password));

        const Run show = vectl({u"esxi-bind"_s, u"show"_s});
        QVERIFY2(show.exit == 0, qPrintable(show.err));
        QVERIFY2(show.out.contains(u"Bound to:         esxi 127.0.0.1:"_s), qPrintable(show.out));
        QVERIFY(show.out.contains(u"Last result:      succeeded"_s));
        QVERIFY(show.out.contains(u"by ops from 127.0.0.1"_s));
    }

    void runStreamsJsonRecords()
    {
        const QByteArray password = QByteArray(FakeEsxiBind::Password) + '\n';
        const Run run = vectl(runArguments() + QStringList {u"--password-stdin"_s, u"--json"_s}, password);
        QVERIFY2(run.exit == 0, qPrintable(run.err));
        const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
        QVERIFY(lines.size() > 3);
        QVERIFY(QJsonDocument::fromJson(lines.constFirst().toUtf8()).object().contains(u"started"_s));
        const QJsonObject last = QJsonDocument::fromJson(lines.constLast().toUtf8()).object();
        QCOMPARE(last.value(u"result"_s).toObject().value(u"outcome"_s).toString(), u"succeeded"_s);
        QVERIFY(!run.out.contains(QString::fromLatin1(FakeEsxiBind::Password)));
    }

    void wrongPasswordFails()
    {
        const Run run = vectl(runArguments() + QStringList {u"--password-stdin"_s}, "not-it\n");
        QCOMPARE(run.exit, 1);
        QVERIFY2(run.out.contains(u"error: wrong password"_s), qPrintable(run.out));
        QVERIFY(run.out.contains(u"Result:           failed"_s));
    }

    void passwordIsNeverAnArgument()
    {
        // Not a terminal and no --password-stdin: refused before anything is sent.
        const Run noTerminal = vectl(runArguments(), QByteArray(FakeEsxiBind::Password) + '\n');
        QCOMPARE(noTerminal.exit, 64);
        QVERIFY2(noTerminal.err.contains(u"--password-stdin"_s), qPrintable(noTerminal.err));
        const Run option = vectl(runArguments() + QStringList {u"--password"_s, u"x"_s});
        QCOMPARE(option.exit, 64);
        const Run empty = vectl(runArguments() + QStringList {u"--password-stdin"_s}, "\n");
        QCOMPARE(empty.exit, 64);
    }
};

QTEST_GUILESS_MAIN(TestVectlEsxiBind)
#include "tst_vectlesxibind.moc"
