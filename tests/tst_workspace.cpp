// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/workspace.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestWorkspace : public QObject
{
    Q_OBJECT

private:
    static ServerEntry entry(const QString &name, const QString &url, const QString &folder = {})
    {
        ServerEntry e;
        e.name = name;
        e.url = normaliseServerUrl(url);
        e.folder = folder;
        return e;
    }
    static QByteArray document(const QJsonArray &servers, const QJsonArray &folders = {})
    {
        return QJsonDocument(QJsonObject {{"format"_L1, "ve-console-workspace"_L1}, {"version"_L1, 1},
                                 {"folders"_L1, folders}, {"servers"_L1, servers}})
            .toJson();
    }
    static QJsonObject serverJson(const QString &name, const QString &url)
    {
        return QJsonObject {{"id"_L1, QUuid::createUuid().toString(QUuid::WithoutBraces)}, {"name"_L1, name},
            {"url"_L1, url}};
    }

private Q_SLOTS:
    void normalisesAddresses_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected"); // empty: rejected
        QTest::newRow("host") << u"lic1.example.com"_s << u"https://lic1.example.com:8093"_s;
        QTest::newRow("host:port") << u"10.1.1.1:9000"_s << u"https://10.1.1.1:9000"_s;
        QTest::newRow("https") << u" https://lic1:8093/ "_s << u"https://lic1:8093"_s;
        QTest::newRow("http") << u"http://lic1"_s << QString();
        QTest::newRow("credentials") << u"https://admin:secret@lic1"_s << QString();
        QTest::newRow("path") << u"https://lic1/api/v1"_s << QString();
        QTest::newRow("empty") << u"  "_s << QString();
        QTest::newRow("garbage") << u"https://[::1"_s << QString();
    }
    void normalisesAddresses()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QString error;
        const QUrl url = normaliseServerUrl(input, &error);
        QCOMPARE(url.toString(), expected);
        QCOMPARE(error.isEmpty(), !expected.isEmpty());
    }

    void normalisesFolders()
    {
        QCOMPARE(normaliseFolderPath(u" Production // EU/ "_s), u"Production/EU"_s);
        QString error;
        QVERIFY(normaliseFolderPath(u"A/B\u0007"_s, &error).isEmpty());
        QVERIFY(!error.isEmpty());
        QVERIFY(normaliseFolderPath(QStringList(MaxFolderDepth + 1, u"x"_s).join(u'/'), &error).isEmpty());
        QVERIFY(!error.isEmpty());
    }

    void savesAndLoadsEverything()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"workspace.json"_s);
        Workspace ws;
        ws.setStoragePath(path);
        QVERIFY(ws.addFolder(u"Empty/Nested"_s));
        const QUuid primary = ws.addServer(entry(u"EU primary"_s, u"eu1:8093"_s, u"Production/EU"_s));
        ServerEntry b = entry(u"EU backup"_s, u"eu2:8093"_s);
        b.environment = ServerEntry::Environment::DisasterRecovery;
        b.group = u"SSP"_s;
        b.notes = u"Rack 4 — ask Jürgen"_s;
        const QUuid backup = ws.addServer(b);
        QVERIFY(!primary.isNull() && !backup.isNull());
        QVERIFY(ws.setPair(primary, backup));
        QVERIFY(ws.setPinnedSha256(primary, QByteArray(32, '\xab')));
        QVERIFY(ws.saveNow());

        Workspace loaded;
        loaded.setStoragePath(path);
        QSignalSpy reset(&loaded, &Workspace::reset);
        QVERIFY2(loaded.load(), qPrintable(loaded.lastError()));
        QCOMPARE(reset.size(), 1);
        QCOMPARE(loaded.servers(), ws.servers());
        QCOMPARE(loaded.folders(), ws.folders());
        QVERIFY(loaded.hasFolder(u"Empty/Nested"_s));
        QCOMPARE(loaded.server(backup)->folder, u"Production/EU"_s);
        QCOMPARE(loaded.server(backup)->pairRole, ServerEntry::PairRole::Backup);
        QCOMPARE(loaded.server(primary)->pinnedSha256, QByteArray(32, '\xab'));
    }

    void autoSavesAfterChanges()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"sub/workspace.json"_s);
        Workspace ws;
        ws.setStoragePath(path);
        ws.addServer(entry(u"A"_s, u"a"_s));
        QTRY_VERIFY(QFile::exists(path));
        Workspace loaded;
        loaded.setStoragePath(path);
        QVERIFY(loaded.load());
        QCOMPARE(loaded.servers().size(), 1);
    }

    void keepsABrokenFileAside()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"workspace.json"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"format\": \"ve-console-workspace\", \"version\": 1, \"servers\": [ {\"id\": 3");
        file.close();
        Workspace ws;
        ws.setStoragePath(path);
        QVERIFY(!ws.load());
        QVERIFY(ws.lastError().contains(u"broken"_s));
        QVERIFY(!QFile::exists(path));
        const QStringList kept = QDir(dir.path()).entryList({u"workspace.json.broken-*"_s});
        QCOMPARE(kept.size(), 1);
        QVERIFY(ws.servers().isEmpty());
    }

    void missingFileIsAnEmptyWorkspace()
    {
        QTemporaryDir dir;
        Workspace ws;
        ws.setStoragePath(dir.filePath(u"none.json"_s));
        QVERIFY(ws.load());
        QVERIFY(ws.servers().isEmpty());
    }

    void refusesDuplicateAddressesAndBadEntries()
    {
        Workspace ws;
        QVERIFY(!ws.addServer(entry(u"A"_s, u"a"_s)).isNull());
        QVERIFY(ws.addServer(entry(u"B"_s, u"a:8093"_s)).isNull());
        QVERIFY(ws.lastError().contains(u"already used"_s));
        QVERIFY(ws.addServer(entry(u"  "_s, u"b"_s)).isNull());
        QVERIFY(ws.addServer(entry(u"C"_s, u"http://c"_s)).isNull());
        QCOMPARE(ws.servers().size(), 1);
    }

    void pairsMoveTogether()
    {
        Workspace ws;
        const QUuid p = ws.addServer(entry(u"P"_s, u"p"_s, u"A"_s));
        const QUuid b = ws.addServer(entry(u"B"_s, u"b"_s, u"B"_s));
        QVERIFY(ws.setPair(p, b));
        QCOMPARE(ws.server(b)->folder, u"A"_s);
        QSignalSpy moved(&ws, &Workspace::serverMoved);
        QVERIFY(ws.moveServer(b, u"C/D"_s));
        QCOMPARE(ws.server(p)->folder, u"C/D"_s);
        QCOMPARE(ws.server(b)->folder, u"C/D"_s);
        QCOMPARE(moved.size(), 2);
        QCOMPARE(moved.at(0).at(0).toUuid(), p); // the primary moves first, its backup follows

        // Removing one side unpairs the other, which is announced before the removal.
        QSignalSpy changed(&ws, &Workspace::serverChanged);
        QSignalSpy removed(&ws, &Workspace::serverRemoved);
        QVERIFY(ws.removeServer(p));
        QCOMPARE(removed.size(), 1);
        QVERIFY(changed.size() >= 1);
        QCOMPARE(ws.server(b)->pairRole, ServerEntry::PairRole::None);
        QVERIFY(ws.server(b)->partnerId.isNull());
    }

    void repairingReplacesOldPairs()
    {
        Workspace ws;
        const QUuid a = ws.addServer(entry(u"A"_s, u"a"_s));
        const QUuid b = ws.addServer(entry(u"B"_s, u"b"_s));
        const QUuid c = ws.addServer(entry(u"C"_s, u"c"_s));
        QVERIFY(ws.setPair(a, b));
        QVERIFY(ws.setPair(c, a));
        QCOMPARE(ws.server(b)->pairRole, ServerEntry::PairRole::None);
        QCOMPARE(ws.server(a)->pairRole, ServerEntry::PairRole::Backup);
        QCOMPARE(ws.server(c)->partnerId, a);
        QVERIFY(!ws.setPair(a, a));
    }

    void foldersAreFirstClass()
    {
        Workspace ws;
        QVERIFY(ws.addFolder(u"Prod/EU"_s));
        QCOMPARE(ws.folders(), (QStringList {u"Prod"_s, u"Prod/EU"_s}));
        const QUuid s = ws.addServer(entry(u"S"_s, u"s"_s, u"Prod/EU"_s));
        QVERIFY(!ws.renameFolder(u"Prod"_s, u"Prod/EU/X"_s)); // into itself
        QVERIFY(ws.renameFolder(u"Prod"_s, u"Production"_s));
        QCOMPARE(ws.folders(), (QStringList {u"Production"_s, u"Production/EU"_s}));
        QCOMPARE(ws.server(s)->folder, u"Production/EU"_s);
        QVERIFY(ws.removeFolder(u"Production/EU"_s));
        QCOMPARE(ws.server(s)->folder, u"Production"_s);
        QCOMPARE(ws.folders(), QStringList {u"Production"_s});
    }

    void exportHoldsNoSecrets()
    {
        Workspace ws;
        const QUuid id = ws.addServer(entry(u"A"_s, u"a"_s, u"F"_s));
        ws.setPinnedSha256(id, QByteArray(32, '\x01'));
        const QJsonObject root = QJsonDocument::fromJson(ws.exportJson()).object();
        const QSet<QString> allowed {u"id"_s, u"name"_s, u"url"_s, u"folder"_s, u"group"_s, u"environment"_s,
            u"pinnedSha256"_s, u"notes"_s, u"pair"_s};
        const QJsonArray servers = root.value("servers"_L1).toArray();
        QCOMPARE(servers.size(), 1);
        const QStringList keys = servers.at(0).toObject().keys();
        for (const QString &key : keys)
            QVERIFY2(allowed.contains(key), qPrintable(key));
        QVERIFY(!ws.exportJson().contains("token"));
        QCOMPARE(servers.at(0).toObject().value("url"_L1).toString(), u"https://a:8093"_s);
    }

    void importMergesAndSkipsKnownServers()
    {
        Workspace source;
        const QUuid p = source.addServer(entry(u"P"_s, u"p"_s, u"X"_s));
        const QUuid b = source.addServer(entry(u"B"_s, u"b"_s));
        source.setPair(p, b);
        source.addFolder(u"Empty"_s);

        Workspace ws;
        ws.addServer(entry(u"Mine"_s, u"b"_s)); // same URL as the backup: skipped
        QSignalSpy reset(&ws, &Workspace::reset);
        const Workspace::ImportResult result = ws.importJson(source.exportJson());
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.added, 1);
        QCOMPARE(result.skipped, 1);
        QCOMPARE(reset.size(), 1);
        QCOMPARE(ws.servers().size(), 2);
        QVERIFY(ws.hasFolder(u"Empty"_s));
        // Its partner was skipped, so the imported primary comes in unpaired.
        QCOMPARE(ws.server(p)->pairRole, ServerEntry::PairRole::None);

        const Workspace::ImportResult again = ws.importJson(source.exportJson());
        QVERIFY(again.ok);
        QCOMPARE(again.added, 0);
        QCOMPARE(again.skipped, 2);
    }

    void importRejectsHostileInput_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("errorPart");
        QTest::newRow("not json") << QByteArray("servers: all") << u"JSON"_s;
        QTest::newRow("binary") << QByteArray("\xff\xfe\x00{", 4) << u"JSON"_s;
        QTest::newRow("array") << QByteArray("[]") << u"format"_s;
        QTest::newRow("other format") << QByteArray(R"({"format":"x","version":1})") << u"format"_s;
        QTest::newRow("version") << QByteArray(R"({"format":"ve-console-workspace","version":7})")
                                 << u"version"_s;
        QTest::newRow("servers object")
            << QByteArray(R"({"format":"ve-console-workspace","version":1,"servers":{}})") << u"arrays"_s;
        QTest::newRow("entry not object") << document({42}) << u"server 1"_s;
        QTest::newRow("name number") << document(
            {QJsonObject {{"id"_L1, QUuid::createUuid().toString()}, {"name"_L1, 5}, {"url"_L1, "a"_L1}}})
                                     << u"\"name\""_s;
        QTest::newRow("no id") << document({QJsonObject {{"name"_L1, "a"_L1}, {"url"_L1, "a"_L1}}})
                               << u"\"id\""_s;
        QTest::newRow("http url") << document({serverJson(u"A"_s, u"http://a"_s)}) << u"https"_s;
        QTest::newRow("credentials") << document({serverJson(u"A"_s, u"https://u:p@a"_s)}) << u"password"_s;
        QJsonObject dup = serverJson(u"A"_s, u"a"_s);
        QJsonObject dupUrl = serverJson(u"B"_s, u"https://a:8093"_s);
        QTest::newRow("duplicate id") << document({dup, dup}) << u"twice"_s;
        QTest::newRow("duplicate url") << document({dup, dupUrl}) << u"twice"_s;
        QJsonObject env = serverJson(u"A"_s, u"a"_s);
        env.insert("environment"_L1, "staging"_L1);
        QTest::newRow("environment") << document({env}) << u"staging"_s;
        QJsonObject pin = serverJson(u"A"_s, u"a"_s);
        pin.insert("pinnedSha256"_L1, "abcd"_L1);
        QTest::newRow("pin") << document({pin}) << u"pinnedSha256"_s;
        QJsonObject pair = serverJson(u"A"_s, u"a"_s);
        pair.insert("pair"_L1, "b"_L1);
        QTest::newRow("pair") << document({pair}) << u"pair"_s;
        QTest::newRow("deep folder") << document({}, {QStringList(40, u"x"_s).join(u'/')}) << u"folder 1"_s;
        QTest::newRow("folder number") << document({}, {7}) << u"folder 1"_s;
        QByteArray huge = document({serverJson(u"A"_s, u"a"_s)});
        huge.insert(1, QByteArray(Workspace::MaxFileBytes, ' '));
        QTest::newRow("huge") << huge << u"MiB"_s;
        QJsonArray many;
        for (int i = 0; i <= Workspace::MaxServers; ++i)
            many.append(QJsonValue(QJsonValue::Null));
        QTest::newRow("too many") << document(many) << u"Too many"_s;
        QTest::newRow("long name") << document({serverJson(QString(5000, u'n'), u"a"_s)}) << u"longer"_s;
    }
    void importRejectsHostileInput()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, errorPart);
        Workspace ws;
        ws.addFolder(u"Keep"_s);
        ws.addServer(entry(u"Kept"_s, u"kept"_s, u"Keep"_s));
        const QByteArray before = ws.exportJson();
        QSignalSpy reset(&ws, &Workspace::reset);
        const Workspace::ImportResult result = ws.importJson(json);
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(errorPart), qPrintable(result.error));
        QCOMPARE(ws.exportJson(), before); // nothing lost, nothing half-imported
        QCOMPARE(reset.size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestWorkspace)
#include "tst_workspace.moc"
