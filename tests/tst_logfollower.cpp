// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/logfile.h"
#include "core/logfollower.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// Records what a follower delivers, in order, and checks every batch's cursor on the way.
class Recorder : public QObject
{
public:
    explicit Recorder(LogFollower *follower)
    {
        connect(follower, &LogFollower::linesAppended, this, [this](const LogBatch &batch) {
            const QList<QByteArray> split = batch.lines.split('\n');
            if (split.size() != batch.lineCount() + 1 || !split.last().isEmpty()
                || batch.cursor != batch.cursorAfter(batch.lineCount() - 1))
                badBatches++;
            lines += split.first(batch.lineCount());
            cursors.append(batch.cursor);
            lastNumbers.append(lines.last().left(lines.last().indexOf(' ')).toInt());
            events.append(u"lines"_s);
        });
        connect(follower, &LogFollower::rotated, this, [this] { events.append(u"rotated"_s); });
        connect(follower, &LogFollower::truncated, this, [this] { events.append(u"truncated"_s); });
        connect(follower, &LogFollower::cursorExpired, this, [this] { events.append(u"expired"_s); });
        connect(follower, &LogFollower::caughtUp, this, [this] { events.append(u"caughtUp"_s); });
    }

    // The leading number of every line, as delivered.
    QList<int> numbers() const
    {
        QList<int> result;
        for (const QByteArray &line : lines)
            result.append(line.left(line.indexOf(' ')).toInt());
        return result;
    }
    // The events without the batches, to check the notices' order.
    QStringList notices() const
    {
        QStringList result = events;
        result.removeAll(u"lines"_s);
        return result;
    }

    QList<QByteArray> lines;
    QList<LogCursor> cursors; // per batch
    QList<int> lastNumbers; // per batch: the number of its last line
    QStringList events;
    int badBatches = 0;
};

QList<int> range(int first, int last)
{
    QList<int> result;
    for (int i = first; i <= last; ++i)
        result.append(i);
    return result;
}

LogFollower::Options fastOptions()
{
    LogFollower::Options options;
    options.pollIntervalMs = 30;
    options.batchBytes = 200; // many small batches: the boundaries get exercised
    return options;
}

} // namespace

class TestLogFollower : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;

    static QByteArray numbered(int first, int last)
    {
        QByteArray out;
        for (int i = first; i <= last; ++i)
            out += QByteArray::number(i) + " 2026-01-01 00:00:00 INFO  VE     payload of line "
                + QByteArray::number(i) + '\n';
        return out;
    }
    static void append(const QString &path, const QByteArray &bytes)
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::Append));
        QCOMPARE(file.write(bytes), bytes.size());
    }
    void appendLines(int first, int last) { append(m_path, numbered(first, last)); }
    // license.log -> license.log.1 (older ones shift), a new empty license.log.
    void rotate()
    {
        for (int i = 8; i >= 1; --i) {
            const QString from = m_path + u'.' + QString::number(i);
            if (QFile::exists(from))
                QVERIFY(QFile::rename(from, m_path + u'.' + QString::number(i + 1)));
        }
        QVERIFY(QFile::rename(m_path, m_path + u".1"_s));
        append(m_path, {});
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(u"license.log"_s);
        for (const QString &name : QDir(m_dir.path()).entryList(QDir::Files))
            QFile::remove(m_dir.filePath(name));
        QDir(m_dir.path()).rmdir(u"license.log"_s);
    }

    void backfillLastLines()
    {
        appendLines(1, 1000);
        LogFollower follower(m_path, fastOptions());
        Recorder recorder(&follower);
        follower.startBackfill(100);
        QTRY_VERIFY(recorder.events.contains(u"caughtUp"_s));
        QCOMPARE(recorder.numbers(), range(901, 1000));
        QCOMPARE(recorder.badBatches, 0);
        QVERIFY(recorder.cursors.size() > 10);
        QCOMPARE(follower.cursor().offset(), QFileInfo(m_path).size());
        QCOMPARE(recorder.notices(), QStringList {u"caughtUp"_s});
        // Then it follows.
        appendLines(1001, 1005);
        QTRY_COMPARE(recorder.numbers(), range(901, 1005));
    }

    void backfillSpansRotatedFiles()
    {
        appendLines(1, 100);
        rotate();
        appendLines(101, 200);
        rotate();
        appendLines(201, 250);
        {
            LogFollower follower(m_path, fastOptions());
            Recorder recorder(&follower);
            follower.startBackfill(120);
            QTRY_VERIFY(recorder.events.contains(u"caughtUp"_s));
            QCOMPARE(recorder.numbers(), range(131, 250));
            QCOMPARE(recorder.notices(), (QStringList {u"rotated"_s, u"caughtUp"_s}));
        }
        {
            LogFollower follower(m_path, fastOptions());
            Recorder recorder(&follower);
            follower.startBackfill(1'000'000); // more than there is: all of it, oldest first
            QTRY_VERIFY(recorder.events.contains(u"caughtUp"_s));
            QCOMPARE(recorder.numbers(), range(1, 250));
            QCOMPARE(recorder.notices(), (QStringList {u"rotated"_s, u"rotated"_s, u"caughtUp"_s}));
        }
        {
            LogFollower follower(m_path, fastOptions());
            Recorder recorder(&follower);
            follower.startBackfill(50); // exactly the live file
            QTRY_VERIFY(recorder.events.contains(u"caughtUp"_s));
            QCOMPARE(recorder.numbers(), range(201, 250));
            QCOMPARE(recorder.notices(), QStringList {u"caughtUp"_s});
        }
    }

    void backfillHoldsBackPartialLine()
    {
        append(m_path, numbered(1, 3) + "4 partial");
        LogFollower follower(m_path, fastOptions());
        Recorder recorder(&follower);
        follower.startBackfill(2);
        QTRY_VERIFY(recorder.events.contains(u"caughtUp"_s));
        QCOMPARE(recorder.numbers(), range(2, 3));
        QTest::qWait(100); // several polls: the partial line stays back
        QCOMPARE(recorder.lines.size(), 2);
        append(m_path, " now complete\n");
        QTRY_COMPARE(recorder.numbers(), range(2, 4));
        QCOMPARE(recorder.lines.last(), "4 partial now complete");
    }

    void backfillEmptyAndMissing()
    {
        LogFollower follower(m_path, fastOptions());
        Recorder recorder(&follower);
        follower.startBackfill(10); // no file yet
        QTRY_VERIFY(recorder.events.contains(u"caughtUp"_s));
        QVERIFY(!follower.cursor().isValid());
        appendLines(1, 3); // appears later: read from its start
        QTRY_COMPARE(recorder.numbers(), range(1, 3));
    }

    void followAppendsFromEnd()
    {
        appendLines(1, 10);
        LogFollower follower(m_path, fastOptions());
        Recorder recorder(&follower);
        follower.startAtEnd();
        QTRY_VERIFY(recorder.events.contains(u"caughtUp"_s));
        QVERIFY(recorder.lines.isEmpty());
        for (int i = 11; i <= 40; i += 3)
            appendLines(i, i + 2);
        QTRY_COMPARE(recorder.numbers(), range(11, 40));
        QCOMPARE(recorder.badBatches, 0);
    }

    void rotationLosesNothing()
    {
        appendLines(1, 10);
        LogFollower follower(m_path, fastOptions());
        Recorder recorder(&follower);
        follower.startBackfill(10);
        QTRY_COMPARE(recorder.numbers(), range(1, 10));
        QTRY_VERIFY(recorder.events.contains(u"caughtUp"_s));
        appendLines(11, 20); // written just before the rotation, not read yet
        append(m_path, "21 unterminated last line of the old file");
        rotate();
        appendLines(22, 30);
        QTRY_COMPARE(recorder.numbers(), range(1, 30));
        QCOMPARE(recorder.notices(), (QStringList {u"caughtUp"_s, u"rotated"_s}));
        QCOMPARE(recorder.lines.at(20), "21 unterminated last line of the old file");
        // The rotated() came after the old file's last line and before the new file's first.
        const qsizetype rotatedAt = recorder.events.indexOf(u"rotated"_s);
        QCOMPARE(recorder.events.at(rotatedAt - 1), u"lines"_s);
        QVERIFY(rotatedAt + 1 < recorder.events.size());
        appendLines(31, 35);
        QTRY_COMPARE(recorder.numbers(), range(1, 35));
    }

    void rotationStorm()
    {
        appendLines(1, 5);
        LogFollower::Options options = fastOptions();
        LogFollower follower(m_path, options);
        Recorder recorder(&follower);
        follower.startBackfill(5);
        QTRY_COMPARE(recorder.numbers(), range(1, 5));
        QTRY_VERIFY(recorder.events.contains(u"caughtUp"_s));
        // Three rotations without the event loop running in between: one look sees them all.
        appendLines(6, 8);
        rotate();
        appendLines(9, 12);
        rotate();
        appendLines(13, 15);
        rotate();
        appendLines(16, 20);
        QTRY_COMPARE(recorder.numbers(), range(1, 20));
        QCOMPARE(recorder.notices(), (QStringList {u"caughtUp"_s, u"rotated"_s, u"rotated"_s, u"rotated"_s}));
        QCOMPARE(recorder.badBatches, 0);
    }

    void rotationWithoutNewFileYet()
    {
        appendLines(1, 3);
        LogFollower follower(m_path, fastOptions());
        Recorder recorder(&follower);
        follower.startBackfill(3);
        QTRY_COMPARE(recorder.numbers(), range(1, 3));
        QTRY_VERIFY(recorder.events.contains(u"caughtUp"_s));
        QVERIFY(QFile::rename(m_path, m_path + u".1"_s));
        append(m_path + u".1"_s, numbered(4, 5)); // the writer still has the old file open
        QTRY_COMPARE(recorder.numbers(), range(1, 5));
        appendLines(6, 7); // the new file appears
        QTRY_COMPARE(recorder.numbers(), range(1, 7));
        QCOMPARE(recorder.notices(), (QStringList {u"caughtUp"_s, u"rotated"_s}));
    }

    // A look in the middle of a rotation: license.log.2 renamed to .3 and .1 to .2, license.log
    // not yet to .1, so .1 is missing while .2 and .3 exist. The files after the gap are not
    // skipped, following or resuming from a cursor, and none is delivered twice.
    void rotationCaughtHalfWay()
    {
        appendLines(1, 3);
        LogFollower follower(m_path, fastOptions());
        Recorder recorder(&follower);
        follower.startBackfill(3);
        QTRY_COMPARE(recorder.numbers(), range(1, 3));
        QTRY_VERIFY(recorder.events.contains(u"caughtUp"_s));
        const LogCursor afterThree = follower.cursor();
        // Without the event loop running: two full rotations, then half of the third.
        appendLines(4, 5);
        rotate();
        appendLines(6, 7);
        rotate();
        appendLines(8, 9);
        QVERIFY(QFile::rename(m_path + u".2"_s, m_path + u".3"_s));
        QVERIFY(QFile::rename(m_path + u".1"_s, m_path + u".2"_s));
        {
            LogFollower resumed(m_path, fastOptions());
            Recorder fromCursor(&resumed);
            QVERIFY(resumed.startFromCursor(afterThree));
            QTRY_VERIFY(fromCursor.events.contains(u"caughtUp"_s));
            QCOMPARE(fromCursor.numbers(), range(4, 9));
            QVERIFY(!fromCursor.events.contains(u"expired"_s));
        }
        QTRY_COMPARE(recorder.numbers(), range(1, 9)); // the look saw the gap: 6 and 7 are not lost
        QVERIFY(QFile::rename(m_path, m_path + u".1"_s)); // the rotation ends
        appendLines(10, 11);
        QTRY_COMPARE(recorder.numbers(), range(1, 11));
        QCOMPARE(recorder.badBatches, 0);
    }

    void truncation()
    {
        appendLines(1, 10);
        LogFollower follower(m_path, fastOptions());
        Recorder recorder(&follower);
        follower.startBackfill(10);
        QTRY_COMPARE(recorder.numbers(), range(1, 10));
        QTRY_VERIFY(recorder.events.contains(u"caughtUp"_s));
        {
            QFile file(m_path);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        }
        QTRY_VERIFY(recorder.events.contains(u"truncated"_s));
        appendLines(11, 13);
        QTRY_COMPARE(recorder.numbers(), range(1, 13));
        QCOMPARE(recorder.notices(), (QStringList {u"caughtUp"_s, u"truncated"_s}));
        QCOMPARE(follower.cursor().offset(), QFileInfo(m_path).size());
    }

    void truncatedAndRewrittenLonger()
    {
        appendLines(1, 3);
        LogFollower follower(m_path, fastOptions());
        Recorder recorder(&follower);
        follower.startBackfill(3);
        QTRY_COMPARE(recorder.numbers(), range(1, 3));
        QTRY_VERIFY(recorder.events.contains(u"caughtUp"_s));
        // Truncated and refilled past the old size between two looks: the head tells.
        QFile file(m_path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(numbered(100, 120));
        file.close();
        QTRY_COMPARE(recorder.numbers().size(), 3 + 21);
        QCOMPARE(recorder.numbers().mid(3), range(100, 120));
        QCOMPARE(recorder.notices(), (QStringList {u"caughtUp"_s, u"truncated"_s}));
    }

    void resumeAfterRotations()
    {
        appendLines(1, 10);
        LogCursor afterFive;
        LogCursor afterTen;
        {
            LogFollower follower(m_path, fastOptions());
            Recorder recorder(&follower);
            follower.startBackfill(10);
            QTRY_COMPARE(recorder.numbers(), range(1, 10));
            afterTen = follower.cursor();
            // The cursor of a line in the middle of a batch works too.
            follower.stop();
        }
        {
            LogFollower follower(m_path, fastOptions());
            follower.startBackfill(6);
            QSignalSpy spy(&follower, &LogFollower::linesAppended);
            QTRY_VERIFY(spy.size() > 0);
            afterFive = spy.first().first().value<LogBatch>().cursorAfter(0);
        }
        QVERIFY(afterTen.isValid());
        const LogCursor wire = LogCursor::fromString(afterTen.toString()); // as a client sends it
        // Meanwhile (the agent was down): more lines, two rotations, more lines.
        appendLines(11, 15);
        rotate();
        appendLines(16, 20);
        rotate();
        appendLines(21, 25);
        {
            LogFollower follower(m_path, fastOptions());
            Recorder recorder(&follower);
            QVERIFY(follower.startFromCursor(wire));
            QTRY_VERIFY(recorder.events.contains(u"caughtUp"_s));
            QCOMPARE(recorder.numbers(), range(11, 25));
            QCOMPARE(recorder.notices(), (QStringList {u"rotated"_s, u"rotated"_s, u"caughtUp"_s}));
            // Reconnect from the middle of the first (now twice rotated) file.
            LogFollower again(m_path, fastOptions());
            Recorder second(&again);
            QVERIFY(again.startFromCursor(afterFive));
            QTRY_VERIFY(second.events.contains(u"caughtUp"_s));
            QCOMPARE(second.numbers(), range(6, 25));
            // Every delivered cursor resumes exactly after its batch's last line.
            for (qsizetype i = 0; i < recorder.cursors.size(); ++i) {
                LogFollower third(m_path, fastOptions());
                Recorder resumed(&third);
                QVERIFY(third.startFromCursor(recorder.cursors.at(i)));
                QTRY_VERIFY(resumed.events.contains(u"caughtUp"_s));
                QCOMPARE(resumed.numbers(), range(recorder.lastNumbers.at(i) + 1, 25));
            }
        }
    }

    void resumeTruncatedFile()
    {
        appendLines(1, 10);
        LogCursor cursor;
        {
            LogFollower follower(m_path, fastOptions());
            Recorder recorder(&follower);
            follower.startBackfill(10);
            QTRY_COMPARE(recorder.numbers(), range(1, 10));
            cursor = follower.cursor();
        }
        // Cut back to five lines (the hashed head stays), then written on: the same file,
        // shorter than the cursor.
        const qint64 kept = numbered(1, 5).size();
        QVERIFY(kept >= LogCursor::HeadBytes);
        QFile file(m_path);
        QVERIFY(file.resize(kept));
        file.close();
        appendLines(11, 12);
        QVERIFY(cursor.offset() > QFileInfo(m_path).size());
        LogFollower follower(m_path, fastOptions());
        Recorder recorder(&follower);
        QVERIFY(follower.startFromCursor(cursor));
        QTRY_VERIFY(recorder.events.contains(u"caughtUp"_s));
        QCOMPARE(recorder.notices(), (QStringList {u"truncated"_s, u"caughtUp"_s}));
        QCOMPARE(recorder.numbers(), range(1, 5) + range(11, 12));
    }

    void expiredCursor()
    {
        appendLines(1, 5);
        LogCursor cursor;
        {
            LogFollower follower(m_path, fastOptions());
            Recorder recorder(&follower);
            follower.startBackfill(5);
            QTRY_COMPARE(recorder.numbers(), range(1, 5));
            cursor = follower.cursor();
        }
        rotate();
        appendLines(6, 8);
        rotate();
        appendLines(9, 10);
        QVERIFY(QFile::remove(m_path + u".2"_s)); // the cursor's file is gone
        LogFollower follower(m_path, fastOptions());
        Recorder recorder(&follower);
        QVERIFY(follower.startFromCursor(cursor));
        QTRY_VERIFY(recorder.events.contains(u"caughtUp"_s));
        // Reported, then everything still there from the oldest file on.
        QCOMPARE(recorder.notices(), (QStringList {u"expired"_s, u"rotated"_s, u"caughtUp"_s}));
        QCOMPARE(recorder.numbers(), range(6, 10));
    }

    void hostileCursors()
    {
        appendLines(1, 5);
        LogFollower follower(m_path, fastOptions());
        Recorder recorder(&follower);
        QVERIFY(!follower.startFromCursor(LogCursor()));
        QVERIFY(!follower.errorString().isEmpty());
        QVERIFY(!follower.startFromCursor(LogCursor::fromString(u"v1.1.2.3.4.5"_s)));
        QVERIFY(!follower.isRunning());
        // The right file, but an offset inside a line.
        LogFile file;
        QCOMPARE(file.open(m_path), LogFile::OpenResult::Opened);
        QVERIFY(!follower.startFromCursor(file.cursorAt(3)));
        QVERIFY(follower.errorString().contains(u"start of a line"_s));
        // The right inode with a forged head: another file as far as we know.
        const LogCursor forged(file.device(), file.inode(), 10, 12345, 0);
        QVERIFY(follower.startFromCursor(forged));
        QTRY_VERIFY(recorder.events.contains(u"caughtUp"_s));
        QCOMPARE(recorder.notices(), (QStringList {u"expired"_s, u"caughtUp"_s}));
        QCOMPARE(recorder.numbers(), range(1, 5));
        QTest::qWait(50);
        QCOMPARE(recorder.numbers(), range(1, 5)); // nothing twice
    }

    void crlfAndInvalidUtf8()
    {
        append(
            m_path, "1 windows\r\n2 bad \xff\xfe\xc3 bytes\n3 lone\rcarriage\n4 \xe2\x82\xac euro\r\n\r\n");
        LogFollower follower(m_path, fastOptions());
        Recorder recorder(&follower);
        follower.startBackfill(100);
        QTRY_VERIFY(recorder.events.contains(u"caughtUp"_s));
        QCOMPARE(recorder.lines,
            (QList<QByteArray> {
                "1 windows", "2 bad \xff\xfe\xc3 bytes", "3 lone\rcarriage", "4 \xe2\x82\xac euro", ""}));
    }

    void longLinesAreCut()
    {
        LogFollower::Options options = fastOptions();
        options.maxLineBytes = 1000;
        // A multi-byte character straddles the cap: the cut backs off to its start.
        const QByteArray longLine = "1 " + QByteArray(996, 'x') + "\xe2\x82\xac" + QByteArray(5000, 'y');
        append(m_path, longLine + "\n2 short\n");
        LogFollower follower(m_path, options);
        Recorder recorder(&follower);
        follower.startBackfill(10);
        QTRY_VERIFY(recorder.events.contains(u"caughtUp"_s));
        QCOMPARE(recorder.numbers(), range(1, 2));
        QCOMPARE(recorder.lines.at(0), longLine.left(998) + LogLineSplitter::cutMarker(longLine.size()));
        QCOMPARE(recorder.lines.at(1), "2 short");
        // A long line arriving in pieces while followed: still cut, memory bounded.
        for (int i = 0; i < 20; ++i) {
            append(m_path, QByteArray(700, 'z'));
            QTest::qWait(5);
        }
        append(m_path, "\n3 after\n");
        QTRY_COMPARE(recorder.lines.size(), 4);
        QCOMPARE(recorder.lines.at(2), QByteArray(1000, 'z') + LogLineSplitter::cutMarker(14000));
        QCOMPARE(recorder.lines.at(3), "3 after");
        QCOMPARE(follower.cursor().offset(), QFileInfo(m_path).size());
    }

    void pausedFollowerLosesNothing()
    {
        appendLines(1, 100);
        LogFollower follower(m_path, fastOptions());
        Recorder recorder(&follower);
        connect(&follower, &LogFollower::linesAppended, this, [&follower] { follower.setPaused(true); });
        follower.startBackfill(100);
        QTRY_COMPARE(recorder.cursors.size(), 1);
        QTest::qWait(100);
        QCOMPARE(recorder.cursors.size(), 1); // paused after the first batch
        appendLines(101, 110);
        rotate();
        appendLines(111, 120);
        QTest::qWait(100); // a poll sees the rotation while paused
        disconnect(&follower, &LogFollower::linesAppended, this, nullptr);
        follower.setPaused(false);
        QTRY_COMPARE(recorder.numbers(), range(1, 120));
    }

    void unreadablePathReportsOnce()
    {
        QVERIFY(QDir(m_dir.path()).mkdir(u"license.log"_s)); // a directory where the log should be
        LogFollower follower(m_path, fastOptions());
        Recorder recorder(&follower);
        QSignalSpy errors(&follower, &LogFollower::errorOccurred);
        follower.startAtEnd();
        QTRY_COMPARE(errors.size(), 1);
        QTest::qWait(150); // several polls: reported once, not at every look
        QCOMPARE(errors.size(), 1);
        QVERIFY(errors.first().first().toString().contains(u"license.log"_s));
        QVERIFY(recorder.lines.isEmpty());
        QVERIFY(follower.isRunning());
        QVERIFY(QDir(m_dir.path()).rmdir(u"license.log"_s));
        appendLines(1, 2); // a real file replaces it: followed from its start
        QTRY_COMPARE(recorder.numbers(), range(1, 2));
    }

    void stopFromSlot()
    {
        appendLines(1, 100);
        LogFollower follower(m_path, fastOptions());
        Recorder recorder(&follower);
        connect(&follower, &LogFollower::linesAppended, this, [&follower] { follower.stop(); });
        follower.startBackfill(100);
        QTRY_COMPARE(recorder.cursors.size(), 1);
        QTest::qWait(100);
        QCOMPARE(recorder.cursors.size(), 1);
        QVERIFY(!follower.isRunning());
    }
};

QTEST_GUILESS_MAIN(TestLogFollower)
#include "tst_logfollower.moc"
