// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/secretstore.h"

#include <QProcess>
#include <QTest>
#include <QUuid>

#include <optional>

using namespace Qt::StringLiterals;

// Runs against the real Secret Service of the session bus (gnome-keyring-daemon in CI).
class TestSecretStore : public QObject
{
    Q_OBJECT

private:
    SecretStore::Outcome run(const std::function<void(SecretStore &, SecretStore::Callback)> &call)
    {
        SecretStore store;
        std::optional<SecretStore::Outcome> outcome;
        int calls = 0;
        call(store, [&](const SecretStore::Outcome &o) {
            outcome = o;
            ++calls;
        });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 20000); }();
        QTest::qWait(50);
        [&] { QCOMPARE(calls, 1); }();
        return outcome.value_or(SecretStore::Outcome {SecretStore::Error::Other, u"no answer"_s, {}});
    }

    static QString uniqueId() { return u"test-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces); }

private Q_SLOTS:
    void writeReadOverwriteDelete()
    {
        const QString id = uniqueId();
        const QString token = u"tok-ÄÖ-日本-"_s + QUuid::createUuid().toString();

        auto outcome = run([&](SecretStore &s, SecretStore::Callback cb) { s.writeToken(id, token, cb); });
        QVERIFY2(outcome.ok(), qPrintable(outcome.errorText));

        outcome = run([&](SecretStore &s, SecretStore::Callback cb) { s.readToken(id, cb); });
        QVERIFY2(outcome.ok(), qPrintable(outcome.errorText));
        QCOMPARE(outcome.token, token);

        outcome = run([&](SecretStore &s, SecretStore::Callback cb) { s.writeToken(id, u"second"_s, cb); });
        QVERIFY2(outcome.ok(), qPrintable(outcome.errorText));
        outcome = run([&](SecretStore &s, SecretStore::Callback cb) { s.readToken(id, cb); });
        QCOMPARE(outcome.token, u"second"_s);

        outcome = run([&](SecretStore &s, SecretStore::Callback cb) { s.deleteToken(id, cb); });
        QVERIFY2(outcome.ok(), qPrintable(outcome.errorText));
        outcome = run([&](SecretStore &s, SecretStore::Callback cb) { s.readToken(id, cb); });
        QCOMPARE(outcome.error, SecretStore::Error::NotFound);
        QVERIFY(outcome.token.isEmpty());
    }

    void serversDoNotShareTokens()
    {
        const QString a = uniqueId();
        const QString b = uniqueId();
        QVERIFY(
            run([&](SecretStore &s, SecretStore::Callback cb) { s.writeToken(a, u"token-a"_s, cb); }).ok());
        QVERIFY(
            run([&](SecretStore &s, SecretStore::Callback cb) { s.writeToken(b, u"token-b"_s, cb); }).ok());
        QCOMPARE(
            run([&](SecretStore &s, SecretStore::Callback cb) { s.readToken(a, cb); }).token, u"token-a"_s);
        QCOMPARE(
            run([&](SecretStore &s, SecretStore::Callback cb) { s.readToken(b, cb); }).token, u"token-b"_s);
        run([&](SecretStore &s, SecretStore::Callback cb) { s.deleteToken(a, cb); });
        run([&](SecretStore &s, SecretStore::Callback cb) { s.deleteToken(b, cb); });
    }

    void readUnknownIsNotFound()
    {
        const auto outcome
            = run([&](SecretStore &s, SecretStore::Callback cb) { s.readToken(uniqueId(), cb); });
        QCOMPARE(outcome.error, SecretStore::Error::NotFound);
        QVERIFY(!outcome.errorText.isEmpty());
    }

    void destroyedStoreDropsCallbacks()
    {
        int calls = 0;
        {
            SecretStore store;
            store.readToken(uniqueId(), [&](const SecretStore::Outcome &) { ++calls; });
        }
        QTest::qWait(500);
        QCOMPARE(calls, 0);
    }

    // Runs this executable again with no reachable session bus: every call must say that no
    // keychain is available (and nothing is written anywhere else).
    void noKeychainIsReported()
    {
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent/ve-test-bus"_s);
        env.insert(u"VE_SECRETSTORE_CHILD"_s, u"1"_s);
        child.setProcessEnvironment(env);
        child.setProcessChannelMode(QProcess::MergedChannels);
        child.start(QCoreApplication::applicationFilePath(), {u"childWithoutKeychain"_s});
        QVERIFY(child.waitForFinished(60000));
        QVERIFY2(child.exitCode() == 0, child.readAll().constData());
    }

    void childWithoutKeychain()
    {
        if (qEnvironmentVariableIsEmpty("VE_SECRETSTORE_CHILD"))
            QSKIP("runs only as the child of noKeychainIsReported");
        const QString id = uniqueId();
        const auto write
            = run([&](SecretStore &s, SecretStore::Callback cb) { s.writeToken(id, u"t"_s, cb); });
        QVERIFY2(write.error == SecretStore::Error::NoKeychain, qPrintable(write.errorText));
        QVERIFY2(write.errorText.contains(u"no keychain available"_s), qPrintable(write.errorText));
        const auto read = run([&](SecretStore &s, SecretStore::Callback cb) { s.readToken(id, cb); });
        QVERIFY2(read.error == SecretStore::Error::NoKeychain, qPrintable(read.errorText));
    }
};

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
