// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/logmodel.h"
#include "models/mergedlogmodel.h"
#include "widgets/logtableview.h"
#include "widgets/logview.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFile>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace {

// Line n: an ERROR every 7th, otherwise INFO; n is in the message as "line n;".
QByteArray lines(int first, int last)
{
    QByteArray out;
    for (int n = first; n <= last; ++n) {
        const QTime time = QTime(8, 0).addSecs(n);
        out += "2026-01-31 " + time.toString(u"HH:mm:ss"_s).toLatin1() + (n % 7 == 0 ? " ERROR" : " INFO ")
            + " VE     line " + QByteArray::number(n) + "; Client 10.1.2.3 checked in\n";
    }
    return out;
}

int numberAt(const QAbstractItemModel *model, int row)
{
    static const QRegularExpression re(u"line (\\d+);"_s);
    return re.match(model->index(row, 0).data(LogModel::RawRole).toString()).captured(1).toInt();
}

} // namespace

class TestLogView : public QObject
{
    Q_OBJECT

private:
    struct Fixture
    {
        explicit Fixture(qsizetype cap = LogStore::DefaultMaxLines)
            : log(cap)
        {
            merged.addLane(&log, u"lic1"_s);
            view.setModel(&merged);
            view.resize(900, 420);
            view.show();
        }
        QScrollBar *bar() const { return view.table()->verticalScrollBar(); }
        int topNumber() const { return numberAt(&merged, view.table()->rowAt(1)); }

        LogModel log;
        MergedLogModel merged;
        LogView view;
    };

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // the time zone choice is a setting
    }

    void init() { QTest::failOnWarning(QRegularExpression(u"^QObject::"_s)); }

    void followPauseResume()
    {
        Fixture f(256); // blocks of 16 lines: the store trims 16 at a time past 256
        QVERIFY(QTest::qWaitForWindowExposed(&f.view));
        QVERIFY(f.view.isFollowing());
        auto *newLines = f.view.findChild<QPushButton *>(u"newLinesButton"_s);
        QVERIFY(newLines);

        // Follow mode: every batch scrolls to the newest line.
        f.log.appendLines(lines(0, 199));
        QTRY_VERIFY(f.bar()->maximum() > 0);
        QTRY_COMPARE(f.bar()->value(), f.bar()->maximum());
        f.log.appendLines(lines(200, 209));
        QTRY_COMPARE(
            numberAt(&f.merged, f.view.table()->rowAt(f.view.table()->viewport()->height() - 2)), 209);
        QCOMPARE(f.bar()->value(), f.bar()->maximum());

        // PgUp pauses; new lines are counted, the rows on screen stay.
        f.view.table()->setFocus();
        QTest::keyClick(f.view.table(), Qt::Key_PageUp);
        QVERIFY(!f.view.isFollowing());
        QTRY_VERIFY(f.bar()->value() < f.bar()->maximum());
        const int top = f.topNumber();
        f.log.appendLines(lines(210, 234));
        QCOMPARE(f.view.newLineCount(), 25);
        QTRY_VERIFY(newLines->isVisible());
        QVERIFY(newLines->text().contains(u"25"_s));
        f.log.appendLines(lines(235, 239));
        QCOMPARE(f.view.newLineCount(), 30);
        QVERIFY(newLines->text().contains(u"30"_s));
        QTRY_COMPARE(f.topNumber(), top);

        // The store reaches its cap and drops its oldest lines: the rows on screen still stay.
        f.log.appendLines(lines(240, 279));
        QVERIFY(f.log.droppedCount() > 0);
        QCOMPARE(f.view.newLineCount(), 70);
        QTRY_COMPARE(f.topNumber(), top);
        QVERIFY(!f.view.isFollowing());
        auto *dropped = f.view.findChild<QLabel *>(u"logDroppedBanner"_s);
        QVERIFY(dropped->isVisible());
        QVERIFY(dropped->text().contains(QString::number(f.log.droppedCount())));

        // End resumes and jumps to the newest line.
        QTest::keyClick(f.view.table(), Qt::Key_End);
        QVERIFY(f.view.isFollowing());
        QCOMPARE(f.view.newLineCount(), 0);
        QVERIFY(!newLines->isVisible());
        QTRY_COMPARE(f.bar()->value(), f.bar()->maximum());
        QCOMPARE(numberAt(&f.merged, f.view.table()->currentIndex().row()), 279);
        f.log.appendLines(lines(280, 289));
        QTRY_COMPARE(f.bar()->value(), f.bar()->maximum());
        QTRY_COMPARE(
            numberAt(&f.merged, f.view.table()->rowAt(f.view.table()->viewport()->height() - 2)), 289);

        // The scroll bar too: up pauses, back to the end resumes; the button resumes as well.
        f.bar()->triggerAction(QAbstractSlider::SliderPageStepSub);
        QVERIFY(!f.view.isFollowing());
        f.bar()->triggerAction(QAbstractSlider::SliderToMaximum);
        QVERIFY(f.view.isFollowing());
        f.bar()->triggerAction(QAbstractSlider::SliderSingleStepSub);
        QVERIFY(!f.view.isFollowing());
        f.log.appendLines(lines(290, 290));
        QTRY_VERIFY(newLines->isVisible());
        QTest::mouseClick(newLines, Qt::LeftButton);
        QVERIFY(f.view.isFollowing());
        QTRY_COMPARE(f.bar()->value(), f.bar()->maximum());
    }

    void invalidRegexShowsAnError()
    {
        Fixture f;
        f.log.appendLines(lines(0, 49));
        auto *text = f.view.findChild<QLineEdit *>(u"logTextFilter"_s);
        auto *regex = f.view.findChild<QCheckBox *>(u"logRegexFilter"_s);
        auto *error = f.view.findChild<QLabel *>(u"logFilterError"_s);
        QVERIFY(text && regex && error);
        regex->setChecked(true);
        text->setText(u"Client (10"_s);
        QTest::keyClick(text, Qt::Key_Return);
        QVERIFY(error->isVisible());
        QVERIFY(error->text().contains(u"regular expression"_s, Qt::CaseInsensitive));
        QCOMPARE(f.merged.rowCount(), 0);
        f.log.appendLines(lines(50, 59)); // appends go on without a crash
        QCOMPARE(f.merged.rowCount(), 0);

        text->setText(u"line (1|2)\\d;"_s); // typing is applied after a moment
        QTRY_VERIFY(!error->isVisible());
        QCOMPARE(f.merged.rowCount(), 20);
        QCOMPARE(numberAt(&f.merged, 0), 10);
        QTRY_VERIFY(f.view.findChild<QLabel *>(u"logStatus"_s)->text().contains(u"20 of 60"_s));
    }

    void saveWritesTheFilteredLines()
    {
        Fixture f;
        f.log.appendLines(lines(0, 99));
        auto *level = f.view.findChild<QComboBox *>(u"logLevelFilter"_s);
        level->setCurrentIndex(level->findData(int(LogLine::Level::Error)));
        QCOMPARE(f.merged.rowCount(), 15); // 0, 7, … 98
        QTemporaryDir dir;
        const QString path = dir.filePath(u"errors.log"_s);
        QSignalSpy finished(&f.view, &LogView::saveFinished);
        f.view.saveTo(path);
        QTRY_COMPARE(finished.size(), 1);
        QVERIFY(finished.at(0).at(0).toBool());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray want;
        for (int n = 0; n < 100; n += 7)
            want += lines(n, n);
        QCOMPARE(file.readAll(), want);

        // A file that cannot be written is an error, not a half file.
        const QString bad = dir.filePath(u"missing/dir/out.log"_s);
        f.view.saveTo(bad);
        QTRY_COMPARE(finished.size(), 2);
        QVERIFY(!finished.at(1).at(0).toBool());
        QVERIFY(!finished.at(1).at(1).toString().isEmpty());
        QVERIFY(!QFile::exists(bad));
    }

    void findBookmarksAndCopy()
    {
        Fixture f;
        f.log.appendLines(lines(0, 299));
        QVERIFY(QTest::qWaitForWindowExposed(&f.view));
        f.view.setFindText(u"LINE 42;"_s); // no case
        QVERIFY(f.view.findNext());
        QVERIFY(!f.view.isFollowing()); // looking at a match pauses following
        QCOMPARE(numberAt(&f.merged, f.view.table()->currentIndex().row()), 42);
        f.view.setFindText(u"line 1"_s);
        QVERIFY(f.view.findNext());
        QCOMPARE(numberAt(&f.merged, f.view.table()->currentIndex().row()), 100);
        QVERIFY(f.view.findPrevious());
        QCOMPARE(numberAt(&f.merged, f.view.table()->currentIndex().row()), 19);
        f.view.setFindText(u"no such text"_s);
        QVERIFY(!f.view.findNext());

        // Ctrl+B marks, F2 / Shift+F2 walk the marks.
        f.view.table()->setFocus();
        QTest::keyClick(f.view.table(), Qt::Key_B, Qt::ControlModifier);
        QVERIFY(f.log.isBookmarked(19));
        f.view.table()->setCurrentIndex(f.merged.index(200, 0));
        QTest::keyClick(f.view.table(), Qt::Key_B, Qt::ControlModifier);
        f.view.table()->setCurrentIndex(f.merged.index(5, 0));
        QTest::keyClick(f.view.table(), Qt::Key_F2);
        QCOMPARE(f.view.table()->currentIndex().row(), 19);
        QTest::keyClick(f.view.table(), Qt::Key_F2);
        QCOMPARE(f.view.table()->currentIndex().row(), 200);
        QTest::keyClick(f.view.table(), Qt::Key_F2, Qt::ShiftModifier);
        QCOMPARE(f.view.table()->currentIndex().row(), 19);
        QVERIFY(f.merged.index(19, MergedLogModel::MessageColumn).data(Qt::BackgroundRole).isValid());

        // Ctrl+C copies the selected lines as written.
        f.view.table()->selectionModel()->select(
            f.merged.index(3, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        f.view.table()->selectionModel()->select(
            f.merged.index(5, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QTest::keyClick(f.view.table(), Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QGuiApplication::clipboard()->text(), QString::fromUtf8(lines(3, 3) + lines(5, 5)));
    }

    void timeRangeFilter()
    {
        Fixture f;
        f.log.appendLines(lines(0, 99)); // 08:00:00 … 08:01:39
        auto *range = f.view.findChild<QToolButton *>(u"logTimeRange"_s);
        auto *from = f.view.findChild<QDateTimeEdit *>(u"logFromTime"_s);
        auto *to = f.view.findChild<QDateTimeEdit *>(u"logToTime"_s);
        QVERIFY(range && from && to);
        QTRY_VERIFY(f.view.findChild<QLabel *>(u"logStatus"_s)->text().contains(u"100"_s));
        range->click(); // proposes the span held
        QCOMPARE(from->dateTime().time(), QTime(8, 0, 0));
        QCOMPARE(to->dateTime().time(), QTime(8, 1, 39));
        QCOMPARE(f.merged.rowCount(), 100);
        from->setDateTime(QDateTime(QDate(2026, 1, 31), QTime(8, 1, 0), Qt::UTC));
        QTRY_COMPARE(f.merged.rowCount(), 40);
        to->setDateTime(QDateTime(QDate(2026, 1, 31), QTime(8, 1, 9), Qt::UTC));
        QTRY_COMPARE(f.merged.rowCount(), 10);
        QCOMPARE(numberAt(&f.merged, 0), 60);
        range->click();
        QCOMPARE(f.merged.rowCount(), 100);
    }

    void timeColumnClock()
    {
        Fixture f;
        f.log.appendLines(lines(0, 0));
        auto *zone = f.view.findChild<QComboBox *>(u"logTimeZone"_s);
        QVERIFY(zone);
        zone->setCurrentIndex(1);
        QCOMPARE(f.log.clock().zone, LogClock::Zone::Local);
        QVERIFY(
            f.merged.headerData(MergedLogModel::TimeColumn, Qt::Horizontal).toString().contains(u"yours"_s));
        zone->setCurrentIndex(0);
        QCOMPARE(f.log.clock().zone, LogClock::Zone::Server);
        QCOMPARE(f.merged.index(0, MergedLogModel::TimeColumn).data().toString(), u"2026-01-31 08:00:00"_s);
        // One lane: no server column.
        QVERIFY(f.view.table()->isColumnHidden(MergedLogModel::ServerColumn));
    }
};

QTEST_MAIN(TestLogView)
#include "tst_logview.moc"
