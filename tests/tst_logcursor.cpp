// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/logcursor.h"
#include "core/logfile.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestLogCursor : public QObject
{
    Q_OBJECT

private:
    static void write(
        const QString &path, const QByteArray &content, QIODevice::OpenMode mode = QIODevice::WriteOnly)
    {
        QFile file(path);
        QVERIFY(file.open(mode));
        QCOMPARE(file.write(content), content.size());
    }

private Q_SLOTS:
    void roundTrip()
    {
        const LogCursor cursor(2049, 1234567, 256, 0x0123456789abcdefULL, 84000000);
        QVERIFY(cursor.isValid());
        const QString text = cursor.toString();
        QCOMPARE(text, u"v1.2049.1234567.256.0123456789abcdef.84000000"_s);
        const LogCursor back = LogCursor::fromString(text);
        QVERIFY(back.isValid());
        QCOMPARE(back, cursor);
        QCOMPARE(back.offset(), 84000000);
        QCOMPARE(back.headHash(), 0x0123456789abcdefULL);
    }

    void extremes()
    {
        const LogCursor max(~0ULL, ~0ULL, 0, ~0ULL, std::numeric_limits<qint64>::max());
        QCOMPARE(LogCursor::fromString(max.toString()), max);
        const LogCursor zero(0, 0, 0, 0, 0);
        QCOMPARE(zero.toString(), u"v1.0.0.0.0000000000000000.0"_s);
        QCOMPARE(LogCursor::fromString(zero.toString()), zero);
    }

    void invalidValues()
    {
        QVERIFY(!LogCursor().isValid());
        QVERIFY(LogCursor().toString().isEmpty());
        QVERIFY(!LogCursor(1, 2, 3, 4, -1).isValid());
        QVERIFY(!LogCursor(1, 2, 257, 4, 0).isValid());
        QVERIFY(!LogCursor(1, 2, -1, 4, 0).isValid());
        QVERIFY(!LogCursor(1, 2, 3, 4, 5).withOffset(-5).isValid());
        QVERIFY(!LogCursor().withOffset(5).isValid());
    }

    void sameFile()
    {
        const LogCursor a(1, 2, 100, 0xabc, 10);
        QVERIFY(a.isSameFile(a.withOffset(99)));
        QVERIFY(a != a.withOffset(99));
        QVERIFY(!a.isSameFile(LogCursor(1, 3, 100, 0xabc, 10)));
        QVERIFY(!a.isSameFile(LogCursor(1, 2, 100, 0xabd, 10)));
        QVERIFY(!a.isSameFile(LogCursor()));
    }

    void hostile_data()
    {
        QTest::addColumn<QString>("text");
        const QString hash = u"0123456789abcdef"_s;
        QTest::newRow("empty") << QString();
        QTest::newRow("version only") << u"v1"_s;
        QTest::newRow("other version") << u"v2.1.2.3."_s + hash + u".4"_s;
        QTest::newRow("too few fields") << u"v1.1.2.3."_s + hash;
        QTest::newRow("too many fields") << u"v1.1.2.3."_s + hash + u".4.5"_s;
        QTest::newRow("empty fields") << u"v1....."_s;
        QTest::newRow("negative offset") << u"v1.1.2.3."_s + hash + u".-4"_s;
        QTest::newRow("plus sign") << u"v1.+1.2.3."_s + hash + u".4"_s;
        QTest::newRow("leading zero") << u"v1.01.2.3."_s + hash + u".4"_s;
        QTest::newRow("blank") << u"v1.1.2.3."_s + hash + u". 4"_s;
        QTest::newRow("trailing newline") << u"v1.1.2.3."_s + hash + u".4\n"_s;
        QTest::newRow("device overflow") << u"v1.18446744073709551616.2.3."_s + hash + u".4"_s;
        QTest::newRow("offset beyond qint64") << u"v1.1.2.3."_s + hash + u".9223372036854775808"_s;
        QTest::newRow("head too long") << u"v1.1.2.257."_s + hash + u".4"_s;
        QTest::newRow("hash short") << u"v1.1.2.3.0123.4"_s;
        QTest::newRow("hash upper case") << u"v1.1.2.3.0123456789ABCDEF.4"_s;
        QTest::newRow("hash not hex") << u"v1.1.2.3.0123456789abcdeg.4"_s;
        QTest::newRow("arabic-indic digits") << u"v1.\u0661.2.3."_s + hash + u".4"_s;
        QTest::newRow("fullwidth digits") << u"v1.1.2.3."_s + hash + u".\uff14"_s;
        QTest::newRow("nul") << (u"v1.1.2.3."_s + hash + u".4"_s + QChar(0));
        QTest::newRow("path trick") << u"v1.1.2.3."_s + hash + u"./../etc/passwd"_s;
        QTest::newRow("huge") << u"v1."_s + QString(1 << 20, u'9');
        QTest::newRow("base64 garbage") << u"djEuMS4yLjMuNA=="_s;
    }

    void hostile()
    {
        QFETCH(QString, text);
        const LogCursor cursor = LogCursor::fromString(text);
        QVERIFY(!cursor.isValid());
        QVERIFY(cursor.toString().isEmpty());
    }

    void hashIsFnv1a64()
    {
        // Published FNV-1a 64 test vectors: the hash must not depend on the process or Qt.
        QCOMPARE(LogCursor::hashHead({}), 0xcbf29ce484222325ULL);
        QCOMPARE(LogCursor::hashHead("a"), 0xaf63dc4c8601ec8cULL);
        QCOMPARE(LogCursor::hashHead("foobar"), 0x85944171f73967e8ULL);
    }

    void fileIdentityFollowsRename()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"license.log"_s);
        write(path, "first line\nsecond line\n");
        LogFile file;
        QCOMPARE(file.open(path), LogFile::OpenResult::Opened);
        const LogCursor cursor = file.cursorAt(11);
        QCOMPARE(cursor.headLength(), 23);
        QVERIFY(QFile::rename(path, path + u".1"_s));
        LogFile renamed;
        QCOMPARE(renamed.open(path + u".1"_s), LogFile::OpenResult::Opened);
        QVERIFY(renamed.matches(cursor));
        QVERIFY(renamed.isSameInode(file));
        // The file grows: the cursor made on the short head still matches.
        write(path + u".1"_s, QByteArray(400, 'x'), QIODevice::Append);
        QVERIFY(renamed.matches(cursor));
        QCOMPARE(renamed.cursorAt(0).headLength(), LogCursor::HeadBytes); // extended as it grew
        QVERIFY(renamed.headUnchanged());
        LogFile reopened;
        QCOMPARE(reopened.open(path + u".1"_s), LogFile::OpenResult::Opened);
        QCOMPARE(reopened.cursorAt(0).headLength(), LogCursor::HeadBytes);
        QVERIFY(reopened.matches(cursor));
    }

    void reusedInodeIsNotTheSameFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"license.log"_s);
        write(path, "old content\n");
        LogCursor cursor;
        {
            LogFile file;
            QCOMPARE(file.open(path), LogFile::OpenResult::Opened);
            cursor = file.cursorAt(12);
        }
        QVERIFY(QFile::remove(path));
        write(path, "new content\n"); // may well get the same inode number
        LogFile file;
        QCOMPARE(file.open(path), LogFile::OpenResult::Opened);
        QVERIFY(!file.matches(cursor));
        // Same inode and device but another head: refused all the same.
        const LogCursor forged(file.device(), file.inode(), cursor.headLength(), cursor.headHash(), 0);
        QVERIFY(!file.matches(forged));
        QVERIFY(file.matches(file.cursorAt(0)));
    }

    void cursorLongerThanFileDoesNotMatch()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"license.log"_s);
        write(path, "abc\n");
        LogFile file;
        QCOMPARE(file.open(path), LogFile::OpenResult::Opened);
        const LogCursor cursor = file.cursorAt(0);
        const LogCursor longer(file.device(), file.inode(), 200, cursor.headHash(), 0);
        QVERIFY(!file.matches(longer));
    }

    void openErrors()
    {
        QTemporaryDir dir;
        LogFile file;
        QCOMPARE(file.open(dir.filePath(u"missing.log"_s)), LogFile::OpenResult::Missing);
        QCOMPARE(file.open(dir.path()), LogFile::OpenResult::Failed); // a directory
        QVERIFY(!file.errorString().isEmpty());
        QVERIFY(!file.isOpen());
        QVERIFY(!file.cursorAt(0).isValid());
    }
};

QTEST_GUILESS_MAIN(TestLogCursor)
#include "tst_logcursor.moc"
