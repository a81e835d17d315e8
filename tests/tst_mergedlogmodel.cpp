// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/logmodel.h"
#include "models/mergedlogmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <ctime>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

// One line at second `s` of the day: "<tag><s>" is its message.
QByteArray at(int s, const char *tag, const char *level = "INFO ")
{
    const QTime time = QTime(0, 0).addSecs(s);
    return "2026-01-31 " + time.toString(u"HH:mm:ss"_s).toLatin1() + ' ' + level + " VE     " + tag
        + QByteArray::number(s) + '\n';
}

QByteArray range(int from, int to, int step, const char *tag, const char *level = "INFO ")
{
    QByteArray out;
    for (int s = from; s <= to; s += step)
        out += at(s, tag, level);
    return out;
}

QStringList messages(const QAbstractItemModel &model)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out.append(model.index(row, MergedLogModel::MessageColumn).data().toString());
    return out;
}

QStringList tagged(int from, int to, int step, const QString &tag)
{
    QStringList out;
    for (int s = from; s <= to; s += step)
        out.append(tag + QString::number(s));
    return out;
}

} // namespace

class TestMergedLogModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("TZ", "UTC");
        tzset();
    }

    void oneLanePassesSignalsOn()
    {
        LogModel log(32);
        MergedLogModel merged;
        QAbstractItemModelTester tester(&merged, QAbstractItemModelTester::FailureReportingMode::QtTest);
        merged.addLane(&log, u"lic1"_s);
        QSignalSpy inserted(&merged, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&merged, &QAbstractItemModel::rowsRemoved);
        QSignalSpy reset(&merged, &QAbstractItemModel::modelReset);
        log.appendLines(range(0, 19, 1, "p"));
        QCOMPARE(inserted.size(), 1);
        log.appendLines(range(20, 39, 1, "p")); // cap: the front goes
        QCOMPARE(inserted.size(), 2);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.at(0).at(1).toInt(), 0);
        QCOMPARE(merged.rowCount(), log.rowCount());
        QCOMPARE(merged.droppedCount(), log.droppedCount());
        QCOMPARE(messages(merged).constLast(), u"p39"_s);
        QCOMPARE(merged.index(0, MergedLogModel::ServerColumn).data().toString(), u"lic1"_s);
        QCOMPARE(merged.index(0, MergedLogModel::ServerColumn).data(LogModel::RawRole),
            log.index(0, 0).data(LogModel::RawRole));
        QCOMPARE(reset.size(), 0);
        log.clear();
        QCOMPARE(reset.size(), 1);
        QCOMPARE(merged.rowCount(), 0);
    }

    void interleavesLanesByTime()
    {
        LogModel primary, backup;
        MergedLogModel merged;
        QAbstractItemModelTester tester(&merged, QAbstractItemModelTester::FailureReportingMode::QtTest);
        primary.appendLines(range(0, 8, 2, "p")); // 0 2 4 6 8
        merged.addLane(&primary, u"primary"_s);
        merged.addLane(&backup, u"backup"_s);
        backup.appendLines(range(1, 9, 2, "b")); // 1 3 5 7 9: 4 runs inside, 1 at the end
        QCOMPARE(messages(merged),
            (QStringList {
                u"p0"_s, u"b1"_s, u"p2"_s, u"b3"_s, u"p4"_s, u"b5"_s, u"p6"_s, u"b7"_s, u"p8"_s, u"b9"_s}));
        QCOMPARE(merged.index(1, MergedLogModel::ServerColumn).data().toString(), u"backup"_s);
        QCOMPARE(merged.index(1, 0).data(MergedLogModel::LaneRole).toInt(), 1);
        QCOMPARE(merged.laneRow(1), 0);
        QCOMPARE(merged.index(0, 0).data(MergedLogModel::LaneColorRole).value<QColor>(), merged.laneColor(0));
        QVERIFY(merged.laneColor(0) != merged.laneColor(1));

        // Later lines: one insertion at the end.
        QSignalSpy inserted(&merged, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(&merged, &QAbstractItemModel::modelReset);
        primary.appendLines(range(10, 12, 1, "p"));
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), 10);
        // Equal times keep arrival order.
        backup.appendLines(at(12, "b"));
        QCOMPARE(messages(merged).mid(10), (QStringList {u"p10"_s, u"p11"_s, u"p12"_s, u"b12"_s}));

        // A late line of the backup goes between, as one insertion inside.
        inserted.clear();
        primary.appendLines(range(20, 30, 1, "p"));
        backup.appendLines(at(25, "b"));
        QCOMPARE(inserted.size(), 2);
        QCOMPARE(inserted.at(1).at(1).toInt(), 14 + 6);
        QCOMPARE(merged.index(20, MergedLogModel::MessageColumn).data().toString(), u"b25"_s);
        QCOMPARE(reset.size(), 0);
    }

    void aLateBacklogInsertsInRunsOrResets()
    {
        LogModel primary, backup;
        MergedLogModel merged;
        QAbstractItemModelTester tester(&merged, QAbstractItemModelTester::FailureReportingMode::QtTest);
        merged.addLane(&primary, u"primary"_s);
        merged.addLane(&backup, u"backup"_s);
        primary.appendLines(range(0, 198, 2, "p"));
        QSignalSpy inserted(&merged, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(&merged, &QAbstractItemModel::modelReset);
        backup.appendLines(range(1, 21, 2, "b")); // 11 runs
        QCOMPARE(inserted.size(), 11);
        QCOMPARE(reset.size(), 0);
        backup.appendLines(range(23, 199, 2, "b")); // 89 runs: one reset instead
        QCOMPARE(reset.size(), 1);
        QStringList want;
        for (int s = 0; s < 200; ++s)
            want.append((s % 2 ? u"b"_s : u"p"_s) + QString::number(s));
        QCOMPARE(messages(merged), want);
    }

    void clockSkewAndLaneOrder()
    {
        LogModel primary, backup;
        LogClock slow;
        slow.serverUtcOffsetSeconds = 0;
        slow.skewMs = -10'000; // the backup's clock is 10 s behind: its 5 is our 15
        backup.setClock(slow);
        LogClock exact;
        exact.serverUtcOffsetSeconds = 0;
        primary.setClock(exact);
        MergedLogModel merged;
        QAbstractItemModelTester tester(&merged, QAbstractItemModelTester::FailureReportingMode::QtTest);
        merged.addLane(&primary, u"primary"_s);
        merged.addLane(&backup, u"backup"_s);
        primary.appendLines(QByteArray(at(10, "p") + at(20, "p")));
        backup.appendLines(at(5, "b"));
        QCOMPARE(messages(merged), (QStringList {u"p10"_s, u"b5"_s, u"p20"_s}));
        // A clock that goes back never moves a line before an earlier line of its lane.
        primary.appendLines(at(1, "p"));
        QCOMPARE(messages(merged), (QStringList {u"p10"_s, u"b5"_s, u"p20"_s, u"p1"_s}));
        QCOMPARE(merged.timeZone(), LogClock::Zone::Server);
        merged.setTimeZone(LogClock::Zone::Local);
        QCOMPARE(primary.clock().zone, LogClock::Zone::Local);
        QCOMPARE(backup.clock().zone, LogClock::Zone::Local);
        QCOMPARE(backup.clock().skewMs, -10'000);
    }

    void trimCutsTheFront()
    {
        LogModel primary(16), backup(1000); // primary: blocks of one line, 16 held
        MergedLogModel merged;
        QAbstractItemModelTester tester(&merged, QAbstractItemModelTester::FailureReportingMode::QtTest);
        merged.addLane(&primary, u"primary"_s);
        merged.addLane(&backup, u"backup"_s);
        QSignalSpy dropped(&merged, &MergedLogModel::droppedCountChanged);
        for (int s = 0; s < 40; s += 2) {
            primary.appendLines(at(s, "p"));
            backup.appendLines(at(s + 1, "b"));
        }
        QCOMPARE(primary.rowCount(), 16);
        QCOMPARE(primary.droppedCount(), 4);
        QVERIFY(dropped.size() > 0);
        QCOMPARE(merged.droppedCount(), 4);
        // The view starts at the primary's oldest held line (8): the backup's 1 … 7 are hidden.
        QStringList want;
        for (int s = 8; s < 40; ++s)
            want.append((s % 2 ? u"b"_s : u"p"_s) + QString::number(s));
        QCOMPARE(messages(merged), want);
        // A filter change rebuilds with the same cut.
        LogFilter filter;
        filter.text = u"b"_s;
        merged.setFilter(filter);
        QCOMPARE(messages(merged), tagged(9, 39, 2, u"b"_s));
        merged.setFilter(LogFilter());
        QCOMPARE(merged.rowCount(), 32);
        QCOMPARE(merged.totalLines(), 16 + 20);
    }

    void filterAndInvalidRegex()
    {
        LogModel primary, backup;
        MergedLogModel merged;
        QAbstractItemModelTester tester(&merged, QAbstractItemModelTester::FailureReportingMode::QtTest);
        merged.addLane(&primary, u"primary"_s);
        merged.addLane(&backup, u"backup"_s);
        QSignalSpy applied(&merged, &MergedLogModel::filterApplied);
        LogFilter filter;
        filter.minLevel = LogLine::Level::Error;
        merged.setFilter(filter);
        QCOMPARE(applied.size(), 1);
        primary.appendLines(QByteArray(range(0, 10, 2, "p") + at(3, "p", "ERROR")));
        backup.appendLines(QByteArray(range(1, 9, 2, "b") + at(12, "b", "ERROR")));
        QCOMPARE(messages(merged), (QStringList {u"p3"_s, u"b12"_s}));

        // The time range is in shown time: each lane converts it with its clock.
        LogClock behind;
        behind.serverUtcOffsetSeconds = 0;
        behind.skewMs = -5000;
        behind.zone = LogClock::Zone::Local;
        backup.setClock(behind);
        LogClock local = behind;
        local.skewMs = 0;
        primary.setClock(local);
        filter = LogFilter();
        filter.fromMs
            = MergedLogModel::shownToFilterMs(QDateTime(QDate(2026, 1, 31), QTime(0, 0, 6), Qt::LocalTime));
        filter.toMs
            = MergedLogModel::shownToFilterMs(QDateTime(QDate(2026, 1, 31), QTime(0, 0, 8), Qt::LocalTime));
        merged.setFilter(filter);
        // Equal instants: the lower lane first.
        QCOMPARE(messages(merged), (QStringList {u"p6"_s, u"b1"_s, u"p8"_s, u"b3"_s}));

        filter = LogFilter();
        filter.text = u"(unclosed"_s;
        filter.regularExpression = true;
        merged.setFilter(filter);
        QVERIFY(!merged.errorString().isEmpty());
        QCOMPARE(merged.rowCount(), 0);
        primary.appendLines(at(40, "p"));
        QCOMPARE(merged.rowCount(), 0);
    }

    void bookmarksAndResets()
    {
        LogModel primary, backup;
        MergedLogModel merged;
        QAbstractItemModelTester tester(&merged, QAbstractItemModelTester::FailureReportingMode::QtTest);
        merged.addLane(&primary, u"primary"_s);
        merged.addLane(&backup, u"backup"_s);
        primary.appendLines(range(0, 8, 2, "p"));
        backup.appendLines(range(1, 9, 2, "b"));
        QSignalSpy changed(&merged, &QAbstractItemModel::dataChanged);
        merged.setBookmarked(3, true); // b3
        QVERIFY(backup.isBookmarked(1));
        QVERIFY(merged.isBookmarked(3));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), 3);
        QVERIFY(merged.index(3, 0).data(LogModel::BookmarkRole).toBool());

        QSignalSpy reset(&merged, &QAbstractItemModel::modelReset);
        backup.clear();
        QCOMPARE(reset.size(), 1);
        QCOMPARE(messages(merged), tagged(0, 8, 2, u"p"_s));

        {
            auto gone = std::make_unique<LogModel>();
            gone->appendLines(at(100, "g"));
            merged.addLane(gone.get(), u"gone"_s);
            QCOMPARE(merged.laneCount(), 3);
            QCOMPARE(messages(merged).constLast(), u"g100"_s);
        }
        QCOMPARE(merged.laneCount(), 2);
        QCOMPARE(messages(merged), tagged(0, 8, 2, u"p"_s));
        merged.clearLanes();
        QCOMPARE(merged.rowCount(), 0);
        QCOMPARE(merged.headerData(MergedLogModel::MessageColumn, Qt::Horizontal).toString(), u"Message"_s);
    }
};

QTEST_MAIN(TestMergedLogModel)
#include "tst_mergedlogmodel.moc"
