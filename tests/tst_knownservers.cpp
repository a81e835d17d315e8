// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/fingerprint.h"
#include "core/knownservers.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestKnownServers : public QObject
{
    Q_OBJECT

private:
    static QByteArray pinA() { return QByteArray(32, '\xab'); }
    static QByteArray pinB()
    {
        return QByteArray::fromHex("00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff");
    }

    static void write(const QString &path, const QByteArray &content)
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }

    static QByteArray read(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private Q_SLOTS:
    void fingerprintText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        const QString hex = u"00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff"_s;
        QTest::newRow("lower") << hex << true;
        QTest::newRow("upper") << hex.toUpper() << true;
        QTest::newRow("colons") << Fingerprint::toText(pinB()) << true;
        QTest::newRow("prefix") << (u"SHA256:"_s + hex) << true;
        QTest::newRow("short") << hex.left(62) << false;
        QTest::newRow("long") << (hex + u"00"_s) << false;
        QTest::newRow("not hex") << hex.left(63) + u'g' << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("unicode digit") << hex.left(63) + QChar(0x0663) << false;
    }

    void fingerprintText()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        const QByteArray raw = Fingerprint::fromText(text);
        QCOMPARE(!raw.isEmpty(), valid);
        if (valid)
            QCOMPARE(raw, pinB());
    }

    void formats()
    {
        QCOMPARE(Fingerprint::toText(QByteArray::fromHex("abcd01")), u"AB:CD:01"_s);
        QCOMPARE(Fingerprint::toHex(QByteArray::fromHex("ABCD01")), u"abcd01"_s);
    }

    void keys()
    {
        QCOMPARE(KnownServers::keyFor(QUrl(u"https://LS1.Example.com:8093/x"_s)), u"ls1.example.com:8093"_s);
        QCOMPARE(KnownServers::keyFor(QUrl(u"https://ls1"_s)), u"ls1:8093"_s); // the default port
        QCOMPARE(KnownServers::keyFor(QUrl(u"https://[::1]:9000"_s)), u"[::1]:9000"_s);
        QCOMPARE(KnownServers::keyFor(QUrl()), QString());
    }

    void missingFileIsEmpty()
    {
        QTemporaryDir dir;
        KnownServers known(dir.filePath(u"none"_s));
        QString error;
        QVERIFY(known.load(&error));
        QCOMPARE(known.count(), 0);
        QVERIFY(known.pin(QUrl(u"https://ls1:8093"_s)).isEmpty());
    }

    void parsesAndIgnoresGarbage()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"known_servers"_s);
        write(path,
            "# pinned agents\n"
            "\n"
            "ls1.example.com:8093 abababababababababababababababababababababababababababababababab\n"
            "ls2:9000 "
            "AB:AB:AB:AB:AB:AB:AB:AB:AB:AB:AB:AB:AB:AB:AB:AB:AB:AB:AB:AB:AB:AB:AB:AB:AB:AB:AB:AB:AB:AB:AB:AB "
            "# old box\r\n"
            "garbage without fingerprint\n"
            "ls3:8093 nothex\n"
            "ls4 abababababababababababababababababababababababababababababababab\n"
            "ls5:99999 abababababababababababababababababababababababababababababababab\n"
            "\xff\xfe\x01 invalid utf8\n"
            "ls1.example.com:8093 00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff\n"
            "[::1]:8093 00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff\n"
                + QByteArray(10000, 'x') + "\n");
        KnownServers known(path);
        QVERIFY(known.load());
        QCOMPARE(known.pin(QUrl(u"https://ls1.example.com:8093"_s)), pinA());
        QCOMPARE(known.pin(QUrl(u"https://LS2:9000"_s)), pinA());
        QCOMPARE(known.pin(QUrl(u"https://[::1]"_s)), pinB());
        QVERIFY(known.pin(QUrl(u"https://ls3:8093"_s)).isEmpty());
        QVERIFY(known.pin(QUrl(u"https://ls2:8093"_s)).isEmpty()); // another port is another server
        QCOMPARE(known.count(), 3);
        const QStringList warnings = known.warnings();
        QCOMPARE(warnings.size(), 7);
        QVERIFY2(warnings.first().startsWith(u"known_servers:5: ignored"_s), qPrintable(warnings.first()));
        QVERIFY(warnings.at(5).contains(u"more than once"_s));
    }

    void setPinKeepsCommentsAndReplaces()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"sub/dir/known_servers"_s);
        KnownServers first(path);
        QVERIFY(first.load());
        first.setPin(QUrl(u"https://ls1:8093"_s), pinA());
        first.setPin(QUrl(u"https://ls2"_s), pinA());
        QVERIFY(first.save());

        // An admin adds a comment by hand; a later update must keep it.
        write(path, "# keep me\n" + read(path) + "broken line\n");
        KnownServers second(path);
        QVERIFY(second.load());
        QCOMPARE(second.warnings().size(), 1);
        second.setPin(QUrl(u"https://ls1:8093"_s), pinB());
        QVERIFY(second.remove(QUrl(u"https://ls2:8093"_s)));
        QVERIFY(!second.remove(QUrl(u"https://ls9:8093"_s)));
        second.setPin(QUrl(u"https://ls1:8093"_s), QByteArray("short")); // ignored: not a digest
        QVERIFY(second.save());

        QCOMPARE(read(path), "# keep me\nls1:8093 " + pinB().toHex() + "\nbroken line\n");
        KnownServers third(path);
        QVERIFY(third.load());
        QCOMPARE(third.pin(QUrl(u"https://ls1:8093"_s)), pinB());
        QCOMPARE(third.count(), 1);
    }

    void hugeFileIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"known_servers"_s);
        write(path, QByteArray(5 * 1024 * 1024, '#'));
        KnownServers known(path);
        QString error;
        QVERIFY(!known.load(&error));
        QVERIFY(error.contains(u"larger than"_s));
    }

    void environmentOverridesDefaultPath()
    {
        qputenv("VE_KNOWN_SERVERS", "/some/where/ks");
        QCOMPARE(KnownServers::defaultPath(), u"/some/where/ks"_s);
        qunsetenv("VE_KNOWN_SERVERS");
        QVERIFY(KnownServers::defaultPath().endsWith(u"/known_servers"_s));
    }
};

QTEST_GUILESS_MAIN(TestKnownServers)
#include "tst_knownservers.moc"
