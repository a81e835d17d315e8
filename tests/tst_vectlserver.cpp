// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/fingerprint.h"
#include "tests/agentfixture.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// vectl's server commands (status, license, sessions, trust) against a real ve-agent.
class TestVectlServer : public QObject
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
    QByteArray m_pin;
    QString m_token;
    QTemporaryDir m_home;

    QString knownServersPath() const { return m_home.filePath(u"known_servers"_s); }

    Run vectl(const QStringList &arguments, const QString &token)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"VE_KNOWN_SERVERS"_s, knownServersPath());
        env.insert(u"XDG_CONFIG_HOME"_s, m_home.path());
        env.remove(u"VE_TOKEN"_s);
        if (!token.isNull())
            env.insert(u"VE_TOKEN"_s, token);
        process.setProcessEnvironment(env);
        // vectl is another process: waiting for it cannot block a server of this thread.
        process.start(QStringLiteral(VE_VECTL_BINARY), arguments);
        Run run;
        if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit)
            return run;
        run.exit = process.exitCode();
        run.out = QString::fromUtf8(process.readAllStandardOutput());
        run.err = QString::fromUtf8(process.readAllStandardError());
        return run;
    }

    QStringList remote(const QStringList &command) const
    {
        return QStringList {u"--server"_s, m_agent.url().toString(), u"--pin"_s, Fingerprint::toHex(m_pin)}
        + command;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_agent.start(&error), qPrintable(error));
        m_pin = m_agent.sha256();
        QCOMPARE(m_pin.size(), 32);
        m_token = m_agent.addToken(u"monitoring"_s, u"viewer"_s, &error);
        QVERIFY2(!m_token.isEmpty(), qPrintable(error));
    }

    void statusText()
    {
        const Run run = vectl(remote({u"status"_s}), m_token);
        QVERIFY2(run.exit == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(u"protocol 1, host backend"_s), qPrintable(run.out));
        QVERIFY(run.out.contains(u"Host clock:"_s));
        QVERIFY(run.out.contains(u"Capabilities:"_s));
        QVERIFY(run.out.contains(u"license"_s));
    }

    void statusJsonWithOptionsAfterTheCommand()
    {
        const Run run = vectl({u"status"_s, u"--server"_s, m_agent.url().toString(), u"--pin"_s,
                                  Fingerprint::toText(m_pin), u"--json"_s},
            m_token);
        QVERIFY2(run.exit == 0, qPrintable(run.err));
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(run.out.toUtf8(), &error);
        QVERIFY2(document.isObject(), qPrintable(error.errorString()));
        QCOMPARE(document.object().value(u"protocol"_s).toInt(), 1);
        QCOMPARE(document.object().value(u"backend"_s).toString(), u"host"_s);
    }

    void licenseTextAndJson()
    {
        // The agent reads the license off the request path; give it a moment after start.
        Run run;
        for (int attempt = 0; attempt < 50; ++attempt) {
            run = vectl(remote({u"license"_s}), m_token);
            if (run.exit == 0 || !run.err.contains(u"not-ready"_s))
                break;
            QTest::qWait(200);
        }
        QVERIFY2(run.exit == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(u"COUNTDOWN"_s), qPrintable(run.out));
        QVERIFY(run.out.contains(u"01.00000001.002.045"_s));
        QVERIFY(run.out.contains(u"Product section 2"_s));

        run = vectl(remote({u"license"_s, u"--json"_s}), m_token);
        QVERIFY2(run.exit == 0, qPrintable(run.err));
        const QJsonObject object = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(object.value(u"license"_s).toObject().value(u"customer"_s).toString(), u"Stromasys"_s);
        QVERIFY(object.value(u"raw"_s).toString().contains(u"Key type: COUNTDOWN"_s));
    }

    void sessionsNotReportedIsAnAgentError()
    {
        // The host backend of this test has no instances.db: the agent says so, vectl exits 1.
        const Run run = vectl(remote({u"sessions"_s}), m_token);
        QCOMPARE(run.exit, 1);
        QVERIFY2(run.err.contains(u"not-reported"_s), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
    }

    void tokenOnTheCommandLine()
    {
        const Run run = vectl(remote({u"--token"_s, m_token, u"status"_s}), QString());
        QVERIFY2(run.exit == 0, qPrintable(run.err));
    }

    void wrongPinIsExit3WithBothFingerprints()
    {
        const QByteArray wrong(32, '\x5a');
        const Run run = vectl(
            {u"--server"_s, m_agent.url().toString(), u"--pin"_s, Fingerprint::toHex(wrong), u"status"_s},
            m_token);
        QCOMPARE(run.exit, 3);
        QVERIFY2(run.err.contains(Fingerprint::toText(wrong)), qPrintable(run.err));
        QVERIFY2(run.err.contains(Fingerprint::toText(m_pin)), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
    }

    void wrongTokenIsExit4()
    {
        const Run run = vectl(remote({u"status"_s}), u"vea_wrong"_s);
        QCOMPARE(run.exit, 4);
        QVERIFY(!run.err.isEmpty());
    }

    void unreachableIsExit2()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const QString closed = u"https://127.0.0.1:"_s + QString::number(probe.serverPort());
        probe.close();
        Run run = vectl({u"--server"_s, closed, u"--pin"_s, Fingerprint::toHex(m_pin), u"status"_s}, m_token);
        QCOMPARE(run.exit, 2);

        QTcpServer silent; // accepts, never answers: --timeout ends it
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        const QString silentUrl = u"https://127.0.0.1:"_s + QString::number(silent.serverPort());
        run = vectl({u"--server"_s, silentUrl, u"--pin"_s, Fingerprint::toHex(m_pin), u"status"_s,
                        u"--timeout"_s, u"0.5"_s},
            m_token);
        QCOMPARE(run.exit, 2);
        QVERIFY2(run.err.contains(u"no answer"_s) || run.err.contains(u"no complete answer"_s),
            qPrintable(run.err));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("token");
        QTest::newRow("no server") << QStringList {u"status"_s} << u"t"_s;
        QTest::newRow("http url") << QStringList {u"--server"_s, u"http://127.0.0.1:1"_s, u"status"_s}
                                  << u"t"_s;
        QTest::newRow("bad pin") << QStringList {u"--server"_s, u"https://127.0.0.1:1"_s, u"--pin"_s,
            u"abc"_s, u"status"_s}
                                 << u"t"_s;
        QTest::newRow("no token") << QStringList {u"--server"_s, u"https://127.0.0.1:1"_s, u"status"_s}
                                  << QString();
        QTest::newRow("bad timeout") << QStringList {u"--server"_s, u"https://127.0.0.1:1"_s, u"status"_s,
            u"--timeout"_s, u"-1"_s} << u"t"_s;
        QTest::newRow("extra argument")
            << QStringList {u"--server"_s, u"https://127.0.0.1:1"_s, u"status"_s, u"now"_s} << u"t"_s;
        QTest::newRow("trust without url") << QStringList {u"trust"_s} << QString();
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, token);
        const Run run = vectl(arguments, token);
        QCOMPARE(run.exit, 64);
        QVERIFY(run.err.contains(u"--help"_s));
    }

    void helpWarnsAboutTokensOnTheCommandLine()
    {
        const Run run = vectl({u"status"_s, u"--help"_s}, QString());
        QCOMPARE(run.exit, 0);
        QVERIFY(run.out.contains(u"VE_TOKEN"_s));
        QVERIFY(run.out.contains(u"(ps)"_s));
    }

    void trustThenUseTheKnownServersFile()
    {
        QFile::remove(knownServersPath());
        const QString url = m_agent.url().toString();

        // Not pinned anywhere: refused, with a pointer to `vectl trust`.
        Run run = vectl({u"--server"_s, url, u"status"_s}, m_token);
        QCOMPARE(run.exit, 3);
        QVERIFY2(run.err.contains(u"vectl trust"_s), qPrintable(run.err));
        QVERIFY(run.err.contains(Fingerprint::toText(m_pin)));

        // Without --yes it only shows.
        run = vectl({u"trust"_s, url}, QString());
        QVERIFY2(run.exit == 0, qPrintable(run.err));
        QVERIFY(run.out.contains(Fingerprint::toText(m_pin)));
        QVERIFY(run.out.contains(u"Valid until:"_s));
        QVERIFY(!QFile::exists(knownServersPath()));

        run = vectl({u"trust"_s, url, u"--yes"_s}, QString());
        QVERIFY2(run.exit == 0, qPrintable(run.err));
        QFile file(knownServersPath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        const QByteArray expected
            = "127.0.0.1:" + QByteArray::number(m_agent.url().port()) + ' ' + m_pin.toHex();
        QVERIFY2(content.contains(expected), content.constData());

        run = vectl({u"--server"_s, url, u"status"_s}, m_token);
        QVERIFY2(run.exit == 0, qPrintable(run.err));

        // A garbage line is reported, not fatal; a wrong stored pin is refused like --pin.
        file.close();
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("nonsense line\n127.0.0.1:" + QByteArray::number(m_agent.url().port()) + ' '
            + QByteArray(32, '\x33').toHex() + '\n');
        file.close();
        run = vectl({u"--server"_s, url, u"status"_s}, m_token);
        QCOMPARE(run.exit, 3);
        QVERIFY2(run.err.contains(u"known_servers:1: ignored"_s), qPrintable(run.err));
        QVERIFY(run.err.contains(Fingerprint::toText(QByteArray(32, '\x33'))));
    }
};

QTEST_GUILESS_MAIN(TestVectlServer)
#include "tst_vectlserver.moc"
