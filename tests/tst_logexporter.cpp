// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/logexporter.h"
#include "models/logmodel.h"
#include "models/mergedlogmodel.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QByteArray lines(int first, int last)
{
    QByteArray out;
    for (int n = first; n <= last; ++n)
        out += "2026-01-31 08:00:00 INFO  VE     line " + QByteArray::number(n) + '\n';
    return out;
}

} // namespace

class TestLogExporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesEveryRowInSlices()
    {
        LogModel log;
        MergedLogModel merged;
        merged.addLane(&log, u"lic1"_s);
        // ~9 MiB: three slices, written while the event loop runs.
        QByteArray big;
        const QByteArray padding(900, 'x');
        for (int n = 0; n < 10000; ++n)
            big += "2026-01-31 08:00:00 INFO  VE     line " + QByteArray::number(n) + ' ' + padding + '\n';
        log.appendLines(big);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"all.log"_s);
        LogExporter exporter(&merged);
        QSignalSpy progressed(&exporter, &LogExporter::progressed);
        QSignalSpy finished(&exporter, &LogExporter::finished);
        exporter.start(path);
        QVERIFY(!QFile::exists(path)); // nothing before the end (QSaveFile)
        QTRY_COMPARE(finished.size(), 1);
        QVERIFY(finished.at(0).at(0).toBool());
        QVERIFY(progressed.size() >= 3);
        QCOMPARE(progressed.constLast().at(0).toLongLong(), 10000);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), big);
    }

    void trimmedRowsAreSkippedAndAppendsLeftOut()
    {
        LogModel log(64); // blocks of 4 lines
        MergedLogModel merged;
        merged.addLane(&log, u"lic1"_s);
        log.appendLines(lines(0, 59));
        QTemporaryDir dir;
        const QString path = dir.filePath(u"part.log"_s);
        LogExporter exporter(&merged);
        QSignalSpy finished(&exporter, &LogExporter::finished);
        exporter.start(path);
        log.appendLines(lines(60, 71)); // before the first slice: 8 old lines dropped, 12 new
        QCOMPARE(log.droppedCount(), 8);
        QTRY_COMPARE(finished.size(), 1);
        QVERIFY(finished.at(0).at(0).toBool());
        QCOMPARE(exporter.skippedLines(), 8);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), lines(8, 59));
    }

    void resetOrCancelLeavesNoFile()
    {
        LogModel log;
        MergedLogModel merged;
        merged.addLane(&log, u"lic1"_s);
        log.appendLines(lines(0, 9));
        QTemporaryDir dir;
        const QString path = dir.filePath(u"none.log"_s);
        {
            LogExporter exporter(&merged);
            QSignalSpy finished(&exporter, &LogExporter::finished);
            exporter.start(path);
            log.clear();
            QCOMPARE(finished.size(), 1);
            QVERIFY(!finished.at(0).at(0).toBool());
            QTest::qWait(50);
        }
        QVERIFY(!QFile::exists(path));
        log.appendLines(lines(0, 9));
        {
            LogExporter exporter(&merged);
            QSignalSpy finished(&exporter, &LogExporter::finished);
            exporter.start(path);
            exporter.cancel();
            QCOMPARE(finished.size(), 1);
            QVERIFY(!finished.at(0).at(0).toBool());
            QTest::qWait(50);
            QCOMPARE(finished.size(), 1); // once
        }
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_MAIN(TestLogExporter)
#include "tst_logexporter.moc"
