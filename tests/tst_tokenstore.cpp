// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "agent/tokenstore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

class TestTokenStore : public QObject
{
    Q_OBJECT

private:
    QString tokenFile() const { return m_dir->filePath(u"tokens.json"_s); }
    QByteArray fileBytes() const
    {
        QFile f(tokenFile());
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    std::unique_ptr<QTemporaryDir> m_dir;

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void addedTokenVerifiesWithItsRole()
    {
        TokenStore store(tokenFile());
        QString admin, viewer, error;
        QVERIFY2(store.add(u"alice"_s, TokenStore::Role::Admin, &admin, &error), qPrintable(error));
        QVERIFY2(store.add(u"bob"_s, TokenStore::Role::Viewer, &viewer, &error), qPrintable(error));
        QVERIFY(admin.startsWith(u"vea_"_s));
        QCOMPARE(admin.size(), 4 + 43); // 32 bytes, base64url without padding
        QVERIFY(admin != viewer);

        const auto a = store.verify(admin.toLatin1());
        QVERIFY(a);
        QCOMPARE(a->name, u"alice"_s);
        QCOMPARE(a->role, TokenStore::Role::Admin);
        const auto v = store.verify(viewer.toLatin1());
        QVERIFY(v);
        QCOMPARE(v->name, u"bob"_s);
        QCOMPARE(v->role, TokenStore::Role::Viewer);
    }

    void fileHoldsNoSecretAndIsPrivate()
    {
        TokenStore store(tokenFile());
        QString token, error;
        QVERIFY(store.add(u"alice"_s, TokenStore::Role::Admin, &token, &error));
        const QByteArray bytes = fileBytes();
        QVERIFY(!bytes.isEmpty());
        QVERIFY(!bytes.contains(token.toLatin1()));
        QVERIFY(!bytes.contains(token.mid(4).toLatin1())); // not even without the prefix
        QVERIFY(!bytes.contains(token.mid(4, 20).toLatin1()));
        struct stat st;
        QCOMPARE(::stat(QFile::encodeName(tokenFile()).constData(), &st), 0);
        QCOMPARE(int(st.st_mode & 0777), 0600);
    }

    void listShowsNamesRolesAndTimesOnly()
    {
        TokenStore store(tokenFile());
        QString token, error;
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        QVERIFY(store.add(u"alice"_s, TokenStore::Role::Admin, &token, &error));
        QList<TokenStore::TokenInfo> tokens;
        QVERIFY(store.list(&tokens, &error));
        QCOMPARE(tokens.size(), 1);
        QCOMPARE(tokens[0].name, u"alice"_s);
        QCOMPARE(tokens[0].role, TokenStore::Role::Admin);
        QVERIFY(tokens[0].created >= before);
        QVERIFY(tokens[0].created <= QDateTime::currentDateTimeUtc().addSecs(1));
    }

    void wrongAndMalformedTokensAreRefused_data()
    {
        QTest::addColumn<QByteArray>("presented");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("prefix only") << QByteArray("vea_");
        QTest::newRow("other random") << QByteArray("vea_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
        QTest::newRow("no prefix") << QByteArray("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
        QTest::newRow("huge") << QByteArray("vea_") + QByteArray(100000, 'A');
        QTest::newRow("binary") << QByteArray("vea_\0\xff\xfe", 7);
    }

    void wrongAndMalformedTokensAreRefused()
    {
        QFETCH(QByteArray, presented);
        TokenStore store(tokenFile());
        QString token, error;
        QVERIFY(store.add(u"alice"_s, TokenStore::Role::Admin, &token, &error));
        QVERIFY(!store.verify(presented));
        // A token with one character changed is refused too.
        QByteArray altered = token.toLatin1();
        altered[10] = altered[10] == 'A' ? 'B' : 'A';
        QVERIFY(!store.verify(altered));
        QVERIFY(store.verify(token.toLatin1()));
    }

    void revokedTokenStopsWorkingInARunningStore()
    {
        TokenStore server(tokenFile()); // as the running agent holds it
        TokenStore cli(tokenFile()); // as `ve-agent token revoke` uses it
        QString token, other, error;
        QVERIFY(cli.add(u"alice"_s, TokenStore::Role::Admin, &token, &error));
        QVERIFY(cli.add(u"bob"_s, TokenStore::Role::Viewer, &other, &error));
        QVERIFY(server.verify(token.toLatin1()));
        QVERIFY2(cli.revoke(u"alice"_s, &error), qPrintable(error));
        QVERIFY(!server.verify(token.toLatin1()));
        QVERIFY(server.verify(other.toLatin1()));
        QVERIFY(!cli.revoke(u"alice"_s, &error));
        QVERIFY(error.contains(u"alice"_s));
    }

    void tokenAddedLaterIsAcceptedWithoutRestart()
    {
        TokenStore server(tokenFile());
        QVERIFY(!server.verify("vea_x"));
        TokenStore cli(tokenFile());
        QString token, error;
        QVERIFY(cli.add(u"late"_s, TokenStore::Role::Viewer, &token, &error));
        QVERIFY(server.verify(token.toLatin1()));
    }

    void duplicateAndInvalidNamesAreRefused_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("duplicate") << u"alice"_s;
        QTest::newRow("empty") << QString();
        QTest::newRow("space") << u"a b"_s;
        QTest::newRow("slash") << u"../x"_s;
        QTest::newRow("newline") << u"a\nb"_s;
        QTest::newRow("too long") << QString(65, u'a');
    }

    void duplicateAndInvalidNamesAreRefused()
    {
        QFETCH(QString, name);
        TokenStore store(tokenFile());
        QString token, error;
        QVERIFY(store.add(u"alice"_s, TokenStore::Role::Admin, &token, &error));
        QString second;
        QVERIFY(!store.add(name, TokenStore::Role::Viewer, &second, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(second.isEmpty());
        QList<TokenStore::TokenInfo> tokens;
        QVERIFY(store.list(&tokens, &error));
        QCOMPARE(tokens.size(), 1);
    }

    void corruptFileAcceptsNoToken_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("garbage") << QByteArray("\x01\x02not json");
        QTest::newRow("truncated") << QByteArray("{\"version\":1,\"tokens\":[{\"name\":\"alice\"");
        QTest::newRow("wrong types") << QByteArray("{\"version\":1,\"tokens\":[{\"name\":5,\"role\":[]}]}");
        QTest::newRow("short hash") << QByteArray(
            "{\"tokens\":[{\"name\":\"a\",\"role\":\"admin\",\"algorithm\":\"hmac-sha256\",\"salt\":\"AAAA\","
            "\"hash\":\"AAAA\"}]}");
    }

    void corruptFileAcceptsNoToken()
    {
        QFETCH(QByteArray, content);
        TokenStore store(tokenFile());
        QString token, error;
        QVERIFY(store.add(u"alice"_s, TokenStore::Role::Admin, &token, &error));
        QVERIFY(store.verify(token.toLatin1()));
        {
            QFile f(tokenFile());
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(content);
        }
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"no token is accepted"_s));
        QVERIFY(!store.verify(token.toLatin1()));
        QList<TokenStore::TokenInfo> tokens;
        QVERIFY(!store.list(&tokens, &error));
        QString another;
        QVERIFY(!store.add(u"bob"_s, TokenStore::Role::Admin, &another, &error)); // never overwrites it
    }

    void roleNamesRoundTrip()
    {
        QCOMPARE(TokenStore::roleFromName(u"admin"_s), TokenStore::Role::Admin);
        QCOMPARE(TokenStore::roleFromName(u"viewer"_s), TokenStore::Role::Viewer);
        QVERIFY(!TokenStore::roleFromName(u"root"_s));
        QVERIFY(!TokenStore::roleFromName(u"Admin"_s));
        QCOMPARE(TokenStore::roleName(TokenStore::Role::Admin), u"admin"_s);
    }
};

QTEST_GUILESS_MAIN(TestTokenStore)
#include "tst_tokenstore.moc"
