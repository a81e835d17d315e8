// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Tokens on the client side: the console keeps them in the OS keychain only (a second session
// finds them there, and nowhere else: not in the workspace file, the settings, the application's
// data or cache, nor in any message it logged); vectl takes them from VE_TOKEN and never writes
// them into its known-servers file or configuration, nor echoes a right or wrong one. Runs
// against the real Secret Service of the session (gnome-keyring in the test session).
//
// The agent side (argv, environment, output, audit log, state files): tst_securityhost.
#include "app/connectionmanager.h"
#include "app/mainwindow.h"
#include "core/fingerprint.h"
#include "core/workspace.h"
#include "tests/agentfixture.h"

#include <QDirIterator>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

QStringList g_messages; // everything logged while a test runs
QtMessageHandler g_previous = nullptr;

void collect(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    g_messages.append(message);
    if (g_previous)
        g_previous(type, context, message);
}

// The content of every file under `roots` (recursively), with the names of the files read.
QByteArray everyFileUnder(const QStringList &roots, QStringList *names)
{
    QByteArray all;
    for (const QString &root : roots) {
        for (QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories); it.hasNext();) {
            QFile file(it.next());
            if (file.open(QIODevice::ReadOnly)) {
                all += file.readAll();
                names->append(file.fileName());
            }
        }
    }
    return all;
}

// Whether `haystack` holds the token or a recognisable piece of it (16 characters after "vea_").
ServerConnection::State stateOf(const MainWindow &window, const QUuid &id)
{
    const ServerConnection *connection = window.connections()->connection(id);
    return connection ? connection->state() : ServerConnection::State::Idle;
}

bool exposes(const QByteArray &haystack, const QString &token)
{
    const QByteArray t = token.toLatin1();
    return haystack.contains(t.mid(4)) || haystack.contains(t.mid(4, 16)) || haystack.contains(t.right(16));
}

} // namespace

class TestClientSecrets : public QObject
{
    Q_OBJECT

private:
    AgentFixture m_agent;
    QString m_token;
    QTemporaryDir m_dir;

    struct Run
    {
        int exit = -1;
        QByteArray output; // stdout and stderr
    };
    Run vectl(const QStringList &arguments, const QString &token);

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void consoleKeepsTheTokenInTheKeychainOnly();
    void vectlNeitherStoresNorEchoesTokens();
};

TestClientSecrets::Run TestClientSecrets::vectl(const QStringList &arguments, const QString &token)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"vectl-config"_s));
    env.insert(u"VE_KNOWN_SERVERS"_s, m_dir.filePath(u"vectl-config/known_servers"_s));
    env.insert(u"VE_TOKEN"_s, token);
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral(VE_VECTL_BINARY), arguments); // another process: waiting is safe
    Run run;
    if (process.waitForFinished(60000) && process.exitStatus() == QProcess::NormalExit)
        run.exit = process.exitCode();
    run.output = process.readAll();
    return run;
}

void TestClientSecrets::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QString error;
    QVERIFY2(m_agent.start(&error), qPrintable(error));
    m_token = m_agent.addToken(u"client-secrets"_s, u"viewer"_s, &error);
    QVERIFY2(m_token.startsWith(u"vea_"_s), qPrintable(error));
}

void TestClientSecrets::init()
{
    g_messages.clear();
    g_previous = qInstallMessageHandler(collect);
}

void TestClientSecrets::cleanup()
{
    qInstallMessageHandler(g_previous);
    g_previous = nullptr;
}

void TestClientSecrets::consoleKeepsTheTokenInTheKeychainOnly()
{
    const QString workspacePath = m_dir.filePath(u"console/workspace.json"_s);
    const MainWindow::Options options {workspacePath, true, false};
    QUuid id;
    {
        MainWindow window(options);
        window.show();
        window.start();
        QVERIFY(window.connections()->keychainAvailable());
        ServerEntry entry;
        entry.id = QUuid::createUuid();
        entry.name = u"Secret holder"_s;
        entry.url = m_agent.url();
        entry.pinnedSha256 = m_agent.sha256();
        id = entry.id;
        window.workspace()->addServer(entry);
        int secretFailures = 0;
        connect(window.connections(), &ConnectionManager::secretFailed, this, [&] { ++secretFailures; });
        window.connections()->setToken(id, m_token); // as typed in the server dialog: stored
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(window, id), ServerConnection::State::Connected, 20000);
        // The keychain has it before this session ends (the write is asynchronous).
        SecretStore store;
        QString stored;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                bool done = false;
                store.readToken(id.toString(QUuid::WithoutBraces), [&](const SecretStore::Outcome &o) {
                    stored = o.token;
                    done = true;
                });
                return QTest::qWaitFor([&] { return done; }, 10000) && stored == m_token;
            }(),
            20000);
        QCOMPARE(secretFailures, 0);
        window.close(); // as quitting does: the window state into the settings, the workspace saved
    }

    // A second session finds the token in the keychain, not in anything the console wrote.
    {
        MainWindow window(options);
        window.start();
        QVERIFY(window.workspace()->server(id));
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(window, id), ServerConnection::State::Connected, 20000);
        QVERIFY(window.connections()->hasToken(id));
    }

    QStringList names;
    const QByteArray written = everyFileUnder(
        {QFileInfo(workspacePath).absolutePath(), QFileInfo(QSettings().fileName()).absolutePath(),
            QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation),
            QStandardPaths::writableLocation(QStandardPaths::AppDataLocation),
            QStandardPaths::writableLocation(QStandardPaths::CacheLocation)},
        &names);
    QVERIFY2(names.contains(workspacePath), qPrintable(names.join(u", "_s)));
    QVERIFY2(names.contains(QSettings().fileName()), qPrintable(names.join(u", "_s)));
    QVERIFY(
        written.contains(m_agent.sha256().toHex()) || written.contains(m_agent.url().toString().toUtf8()));
    QVERIFY2(!exposes(written, m_token), "a token in a file the console wrote");
    QVERIFY2(!exposes(g_messages.join(u'\n').toUtf8(), m_token), "a token in the console's messages");
}

void TestClientSecrets::vectlNeitherStoresNorEchoesTokens()
{
    const QString url = m_agent.url().toString();
    const QString wrong = u"vea_WrongButPossiblySomebodysRealTokenXXXXXXXXXXXXXX"_s;
    QByteArray said;
    Run run = vectl({u"trust"_s, url, u"--yes"_s}, m_token);
    QVERIFY2(run.exit == 0, run.output.constData());
    said += run.output;
    run = vectl({u"--server"_s, url, u"status"_s}, m_token);
    QVERIFY2(run.exit == 0, run.output.constData());
    said += run.output;
    run = vectl({u"--server"_s, url, u"logs"_s, u"license"_s, u"-n"_s, u"5"_s}, m_token);
    QVERIFY2(run.exit == 0, run.output.constData());
    said += run.output;
    run = vectl({u"--server"_s, url, u"status"_s, u"--json"_s}, wrong);
    QCOMPARE(run.exit, 4); // refused
    said += run.output;
    run = vectl(
        {u"--server"_s, url, u"--pin"_s, Fingerprint::toHex(QByteArray(32, '\x22')), u"status"_s}, m_token);
    QCOMPARE(run.exit, 3); // not the pinned certificate (no request sent: tst_agentclient)
    said += run.output;

    QStringList names;
    const QByteArray written = everyFileUnder({m_dir.filePath(u"vectl-config"_s)}, &names);
    QVERIFY2(written.contains(m_agent.sha256().toHex()), qPrintable(names.join(u", "_s))); // trusted
    for (const QString &token : {m_token, wrong}) {
        QVERIFY2(!exposes(written, token), qPrintable(names.join(u", "_s)));
        QVERIFY2(!exposes(said, token), said.constData());
    }
}

QTEST_MAIN(TestClientSecrets)
#include "tst_clientsecrets.moc"
