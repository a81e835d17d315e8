// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/logmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <ctime>

using namespace Qt::StringLiterals;

namespace {

QByteArray numbered(int first, int last)
{
    QByteArray out;
    for (int i = first; i <= last; ++i)
        out += "2026-01-31 10:00:" + QByteArray::number(10 + i % 50) + " INFO  VE     line "
            + QByteArray::number(i) + '\n';
    return out;
}

QString raw(const QAbstractItemModel &model, int row)
{
    return model.index(row, 0).data(LogModel::RawRole).toString();
}

} // namespace

class TestLogModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // Local-time expectations below are written for a console in UTC.
        qputenv("TZ", "UTC");
        tzset();
    }

    void appendsBatchesAsOneInsertion()
    {
        LogModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);

        QCOMPARE(model.appendLines({}), 0);
        QCOMPARE(inserted.size(), 0);

        const QByteArray batch
            = "2020-06-29 18:08:25 ERROR VE     Failed to connect with the license server!\n"
              "2020-06-29 18:08:26 INFO  VE     Trying to login to license server: 127.0.0.1\r\n"
              "    at a continuation line without time\n"
              "2020-06-29 18:08:43 WARN  VE     Charon will be terminated within 2 hours!";
        QCOMPARE(model.appendLines(batch), 4); // CRLF and an unterminated last line count
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), 0);
        QCOMPARE(inserted.at(0).at(2).toInt(), 3);
        QCOMPARE(model.rowCount(), 4);

        QCOMPARE(model.index(0, LogModel::TimeColumn).data().toString(), u"2020-06-29 18:08:25"_s);
        QCOMPARE(model.index(0, LogModel::LevelColumn).data().toString(), u"ERROR"_s);
        QCOMPARE(model.index(0, LogModel::CategoryColumn).data().toString(), u"VE"_s);
        QCOMPARE(model.index(0, LogModel::MessageColumn).data().toString(),
            u"Failed to connect with the license server!"_s);
        QCOMPARE(raw(model, 1),
            u"2020-06-29 18:08:26 INFO  VE     Trying to login to license server: 127.0.0.1"_s);
        // A continuation line has no time of its own (but sorts and filters with the line before).
        QCOMPARE(model.index(2, LogModel::TimeColumn).data().toString(), QString());
        QCOMPARE(model.index(2, 0).data(LogModel::TimeMsRole).toLongLong(),
            model.index(1, 0).data(LogModel::TimeMsRole).toLongLong());
        QCOMPARE(model.index(2, LogModel::MessageColumn).data().toString(),
            u"    at a continuation line without time"_s);

        model.appendLines("2020-06-29 19:00:00 DEBUG VE     polling\n");
        QCOMPARE(inserted.size(), 2);
        QCOMPARE(inserted.at(1).at(1).toInt(), 4);
        QCOMPARE(model.index(4, 0).data(LogModel::SequenceRole).toLongLong(), 4);
    }

    void levelColours()
    {
        LogModel model;
        model.appendLines("2020-06-29 18:08:25 ERROR VE     e\n2020-06-29 18:08:25 FATAL VE     f\n"
                          "2020-06-29 18:08:25 WARN  VE     w\n2020-06-29 18:08:25 INFO  VE     i\n"
                          "2020-06-29 18:08:25 DEBUG VE     d\n");
        const auto color
            = [&](int row) { return model.index(row, LogModel::MessageColumn).data(Qt::ForegroundRole); };
        QCOMPARE(color(0).value<QColor>(), LogDisplay::levelColor(LogLine::Level::Error));
        QCOMPARE(color(1).value<QColor>(), LogDisplay::levelColor(LogLine::Level::Error));
        QCOMPARE(color(2).value<QColor>(), LogDisplay::levelColor(LogLine::Level::Warning));
        QVERIFY(!color(3).isValid()); // info in the normal text colour
        QVERIFY(color(4).isValid()); // debug dimmed, still shown
        QCOMPARE(model.rowCount(), 5);
        QVERIFY(color(0).value<QColor>() != color(2).value<QColor>());
        QVERIFY(color(2).value<QColor>() != color(4).value<QColor>());
        QCOMPARE(model.index(0, 0).data(LogModel::LevelRole).toInt(), int(LogLine::Level::Error));
        QVERIFY(model.index(0, 0).data(Qt::BackgroundRole).isValid()); // error rows tinted
        QVERIFY(!model.index(3, 0).data(Qt::BackgroundRole).isValid());
    }

    void trimsTheOldestRowsAtTheCap()
    {
        LogModel model(32); // blocks of 2 lines: between 30 and 32 lines stay
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy dropped(&model, &LogModel::droppedCountChanged);

        model.appendLines(numbered(0, 29));
        QCOMPARE(removed.size(), 0);
        model.setBookmarked(1, true);
        model.setBookmarked(10, true);
        QCOMPARE(model.bookmarkCount(), 2);

        model.appendLines(numbered(30, 39));
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.at(0).at(1).toInt(), 0);
        const int removedRows = removed.at(0).at(2).toInt() + 1;
        QCOMPARE(model.rowCount(), 40 - removedRows);
        QVERIFY(model.rowCount() <= 32 && model.rowCount() >= 30);
        QCOMPARE(model.droppedCount(), removedRows);
        QCOMPARE(dropped.size(), 1);
        QCOMPARE(dropped.at(0).at(0).toLongLong(), qint64(removedRows));
        QVERIFY(raw(model, 0).endsWith(u" line %1"_s.arg(removedRows)));
        QVERIFY(raw(model, model.rowCount() - 1).endsWith(u" line 39"_s));
        // Sequences stay with their lines; the trimmed bookmark is gone, the other moved.
        QCOMPARE(model.index(0, 0).data(LogModel::SequenceRole).toLongLong(), qint64(removedRows));
        QCOMPARE(model.rowOfSequence(0), -1);
        QCOMPARE(model.rowOfSequence(10), 10 - removedRows);
        QCOMPARE(model.bookmarkCount(), 1);
        QVERIFY(model.isBookmarked(10 - removedRows));

        // Lowering the cap trims at once.
        model.setMaxLines(4);
        QVERIFY(model.rowCount() <= 4);
        QVERIFY(raw(model, model.rowCount() - 1).endsWith(u" line 39"_s));
        QCOMPARE(model.droppedCount(), 40 - model.rowCount());
    }

    void clearResets()
    {
        LogModel model(8);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.appendLines(numbered(0, 20));
        QVERIFY(model.droppedCount() > 0);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy dropped(&model, &LogModel::droppedCountChanged);
        model.clear();
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.droppedCount(), 0);
        QCOMPARE(dropped.size(), 1);
        model.appendLines(numbered(0, 1));
        QCOMPARE(model.index(0, 0).data(LogModel::SequenceRole).toLongLong(), 0);
    }

    void timeInServerOrLocalTime()
    {
        LogModel model;
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.appendLines("2026-01-31 10:00:00.250 INFO  VE     wall clock\n");
        LogClock clock;
        clock.serverUtcOffsetSeconds = 3600; // server at UTC+1
        clock.skewMs = 2000; // its clock 2 s ahead of ours
        model.setClock(clock);
        QCOMPARE(model.index(0, LogModel::TimeColumn).data().toString(), u"2026-01-31 10:00:00.250"_s);
        clock.zone = LogClock::Zone::Local;
        model.setClock(clock);
        QCOMPARE(changed.size(), 2); // one per clock change
        model.setClock(clock);
        QCOMPARE(changed.size(), 2); // the same clock again: nothing
        QCOMPARE(model.index(0, LogModel::TimeColumn).data().toString(), u"2026-01-31 08:59:58.250"_s);
        QVERIFY(model.index(0, LogModel::TimeColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(u"10:00:00.250"_s));
        QVERIFY(model.headerData(LogModel::TimeColumn, Qt::Horizontal).toString().contains(u"yours"_s));

        // Unknown zone: the console's (UTC here); only the skew applies.
        clock.serverUtcOffsetSeconds.reset();
        model.setClock(clock);
        QCOMPARE(model.index(0, LogModel::TimeColumn).data().toString(), u"2026-01-31 09:59:58.250"_s);
    }

    void errorLogTimesAreInstants()
    {
        LogModel model;
        model.appendLines("[1636551531] [error] [client 192.168.2.80] SSL syscall error 104\n");
        QVERIFY(model.timesAreInstants());
        LogClock clock;
        clock.serverUtcOffsetSeconds = 3600;
        clock.skewMs = 2000;
        model.setClock(clock);
        QCOMPARE(model.index(0, LogModel::TimeColumn).data().toString(), u"2021-11-10 14:38:51"_s);
        clock.zone = LogClock::Zone::Local;
        model.setClock(clock);
        QCOMPARE(model.index(0, LogModel::TimeColumn).data().toString(), u"2021-11-10 13:38:49"_s);
        QCOMPARE(model.index(0, LogModel::CategoryColumn).data().toString(), u"192.168.2.80"_s);
        // The inverse used by time filters gives back what the store holds.
        const QDateTime shown = model.shownTime(model.store().timeMs(0));
        QCOMPARE(clock.storeMs(shown, true), model.store().timeMs(0));
    }

    void hostileLines()
    {
        LogModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QByteArray huge(200000, 'x');
        const QByteArray invalid = "2026-01-31 10:00:00 ERROR VE     bad \xff\xfe bytes";
        model.appendLines(QByteArray(huge + '\n' + invalid + '\n' + QByteArray("\0\0\n", 3)));
        QCOMPARE(model.rowCount(), 3);
        const QString shown = model.index(0, LogModel::MessageColumn).data().toString();
        QVERIFY(shown.size() < 5000); // the cell is cut …
        QVERIFY(shown.endsWith(u'…'));
        QCOMPARE(model.index(0, 0).data(LogModel::RawBytesRole).toByteArray(), huge); // … the raw line not
        QCOMPARE(model.index(1, 0).data(LogModel::RawBytesRole).toByteArray(), invalid);
        QVERIFY(
            model.index(1, LogModel::MessageColumn).data().toString().contains(QChar::ReplacementCharacter));
        QCOMPARE(model.index(2, 0).data(LogModel::RawBytesRole).toByteArray(), QByteArray("\0\0", 2));
    }
};

QTEST_MAIN(TestLogModel)
#include "tst_logmodel.moc"
