// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/fingerprint.h"
#include "tests/agentfixture.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;

// `vectl logs` against a real ve-agent: backfill as text and JSON Lines, --follow until Ctrl-C.
class TestVectlLogs : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exit = -1;
        QByteArray out;
        QString err;
    };

    AgentFixture m_agent;
    QByteArray m_pin;
    QString m_token;
    QTemporaryDir m_home;

    QString logPath() const { return m_agent.rootDir() + u"/log/license.log"_s; }

    static QByteArray numbered(int from, int to)
    {
        QByteArray out;
        for (int i = from; i <= to; ++i)
            out += "2024-05-01 12:00:0" + QByteArray::number(i % 10) + " WARN  VE     line "
                + QByteArray::number(i).rightJustified(6, '0') + "\n";
        return out;
    }

    bool append(const QByteArray &bytes)
    {
        QFile file(logPath());
        return file.open(QIODevice::WriteOnly | QIODevice::Append) && file.write(bytes) == bytes.size();
    }

    void prepare(QProcess &process)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"VE_KNOWN_SERVERS"_s, m_home.filePath(u"known_servers"_s));
        env.insert(u"XDG_CONFIG_HOME"_s, m_home.path());
        env.insert(u"VE_TOKEN"_s, m_token);
        process.setProcessEnvironment(env);
    }

    QStringList remote(const QStringList &command) const
    {
        return QStringList {u"--server"_s, m_agent.url().toString(), u"--pin"_s, Fingerprint::toHex(m_pin)}
        + command;
    }

    Run vectl(const QStringList &arguments)
    {
        QProcess process;
        prepare(process);
        // vectl is another process: waiting for it cannot block a server of this thread.
        process.start(QStringLiteral(VE_VECTL_BINARY), arguments);
        Run run;
        if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit)
            return run;
        run.exit = process.exitCode();
        run.out = process.readAllStandardOutput();
        run.err = QString::fromUtf8(process.readAllStandardError());
        return run;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_agent.start(&error), qPrintable(error));
        m_pin = m_agent.sha256();
        QCOMPARE(m_pin.size(), 32);
        m_token = m_agent.addToken(u"reader"_s, u"viewer"_s, &error);
        QVERIFY2(!m_token.isEmpty(), qPrintable(error));
        QVERIFY(append(numbered(1, 50)));
    }

    void backfillAsText()
    {
        const Run run = vectl(remote({u"logs"_s, u"license"_s, u"--lines"_s, u"5"_s}));
        QVERIFY2(run.exit == 0, qPrintable(run.err));
        QCOMPARE(run.out, numbered(46, 50));
        const Run tenByDefault = vectl(remote({u"logs"_s, u"license"_s}));
        QCOMPARE(tenByDefault.out, numbered(41, 50));
    }

    void backfillAsJsonLines()
    {
        const Run run = vectl(remote({u"logs"_s, u"license"_s, u"--lines"_s, u"3"_s, u"--json"_s}));
        QVERIFY2(run.exit == 0, qPrintable(run.err));
        const QList<QByteArray> lines = run.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 3);
        QString lastCursor;
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const QJsonObject object = QJsonDocument::fromJson(lines.at(i)).object();
            QCOMPARE(object.value("raw"_L1).toString().toUtf8() + '\n', numbered(48 + int(i), 48 + int(i)));
            QCOMPARE(object.value("level"_L1).toString(), u"warning"_s);
            QCOMPARE(object.value("format"_L1).toString(), u"ve"_s);
            const QString cursor = object.value("cursor"_L1).toString();
            QVERIFY(cursor.startsWith(u"v1."_s));
            QVERIFY(cursor != lastCursor);
            lastCursor = cursor;
        }
    }

    void followUntilCtrlC()
    {
        QProcess process;
        prepare(process);
        process.start(
            QStringLiteral(VE_VECTL_BINARY), remote({u"logs"_s, u"license"_s, u"-n"_s, u"2"_s, u"-f"_s}));
        QVERIFY(process.waitForStarted(10000));
        QByteArray out;
        const auto read = [&] {
            out += process.readAllStandardOutput();
            return out;
        };
        QTRY_COMPARE_WITH_TIMEOUT(read(), numbered(49, 50), 20000);
        QVERIFY(append(numbered(51, 53)));
        QTRY_COMPARE_WITH_TIMEOUT(read(), numbered(49, 53), 20000);
        ::kill(pid_t(process.processId()), SIGINT);
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
        QCOMPARE(read(), numbered(49, 53));
    }

    void followSurvivesAgentRestart()
    {
        QProcess process;
        prepare(process);
        process.start(
            QStringLiteral(VE_VECTL_BINARY), remote({u"logs"_s, u"license"_s, u"-n"_s, u"1"_s, u"-f"_s}));
        QVERIFY(process.waitForStarted(10000));
        QByteArray out;
        const auto read = [&] {
            out += process.readAllStandardOutput();
            return out;
        };
        const QByteArray first = numbered(53, 53);
        QTRY_COMPARE_WITH_TIMEOUT(read(), first, 20000);
        m_agent.kill();
        QVERIFY(append(numbered(54, 56)));
        QString error;
        QVERIFY2(m_agent.restart(&error), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(read(), numbered(53, 56), 30000);
        process.terminate(); // SIGTERM ends it cleanly too
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitCode(), 0);
        QVERIFY(QString::fromUtf8(process.readAllStandardError()).contains(u"reconnecting"_s));
    }

    void unknownSourceIsAnAgentError()
    {
        const Run run = vectl(remote({u"logs"_s, u"nosuchlog"_s}));
        QCOMPARE(run.exit, 1);
        QVERIFY2(run.err.contains(u"no log source"_s), qPrintable(run.err));
        const Run follow = vectl(remote({u"logs"_s, u"nosuchlog"_s, u"--follow"_s}));
        QCOMPARE(follow.exit, 1);
    }

    void usageErrors()
    {
        QCOMPARE(vectl(remote({u"logs"_s})).exit, 64);
        QCOMPARE(vectl(remote({u"logs"_s, u"license"_s, u"--lines"_s, u"-3"_s})).exit, 64);
        QCOMPARE(vectl(remote({u"logs"_s, u"license"_s, u"--lines"_s, u"2000000"_s})).exit, 64);
        QCOMPARE(vectl(remote({u"logs"_s, u"license"_s, u"extra"_s})).exit, 64);
    }
};

QTEST_GUILESS_MAIN(TestVectlLogs)
#include "tst_vectllogs.moc"
