// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/logfiltermodel.h"
#include "models/logmodel.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// Line i: every 3rd an ERROR, every 5th mentions "Client 10.1.<i>.7", one second apart.
QByteArray lines(int first, int last)
{
    QByteArray out;
    for (int i = first; i <= last; ++i) {
        const QTime time = QTime(0, 0).addSecs(i);
        out += "2026-01-31 " + time.toString(u"HH:mm:ss"_s).toLatin1() + (i % 3 == 0 ? " ERROR" : " INFO ")
            + " VE     n=" + QByteArray::number(i)
            + (i % 5 == 0 ? QByteArray(" Client 10.1." + QByteArray::number(i) + ".7") : QByteArray()) + '\n';
    }
    return out;
}

int numberOf(const QAbstractItemModel &model, int row)
{
    static const QRegularExpression re(u"n=(\\d+)"_s);
    return re.match(model.index(row, 0).data(LogModel::RawRole).toString()).captured(1).toInt();
}

QList<int> numbers(const QAbstractItemModel &model)
{
    QList<int> out;
    for (int row = 0; row < model.rowCount(); ++row)
        out.append(numberOf(model, row));
    return out;
}

QList<int> expected(int first, int last, const std::function<bool(int)> &passes)
{
    QList<int> out;
    for (int i = first; i <= last; ++i) {
        if (passes(i))
            out.append(i);
    }
    return out;
}

} // namespace

class TestLogFilterModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void passesEverythingWithoutAFilter()
    {
        LogModel model(64);
        LogFilterModel proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        QSignalSpy inserted(&proxy, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&proxy, &QAbstractItemModel::rowsRemoved);
        model.appendLines(lines(0, 59));
        QCOMPARE(inserted.size(), 1);
        QVERIFY(!proxy.isFiltering());
        QCOMPARE(numbers(proxy), expected(0, 59, [](int) { return true; }));
        model.appendLines(lines(60, 79)); // over the cap: the front goes
        QCOMPARE(inserted.size(), 2);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(proxy.rowCount(), model.rowCount());
        QCOMPARE(numberOf(proxy, proxy.rowCount() - 1), 79);
        QCOMPARE(proxy.headerData(LogModel::MessageColumn, Qt::Horizontal).toString(), u"Message"_s);
    }

    void followsAppendsAndTrimsIncrementally()
    {
        LogModel model(64); // blocks of 4 lines: 60 to 64 lines stay
        LogFilterModel proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        LogFilter filter;
        filter.minLevel = LogLine::Level::Error;
        proxy.setFilter(filter);
        QVERIFY(proxy.isFiltering());
        QSignalSpy inserted(&proxy, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&proxy, &QAbstractItemModel::rowsRemoved);
        QSignalSpy reset(&proxy, &QAbstractItemModel::modelReset);
        const auto isError = [](int i) { return i % 3 == 0; };

        model.appendLines(lines(0, 29));
        QCOMPARE(inserted.size(), 1); // one batch → one insertion
        QCOMPARE(numbers(proxy), expected(0, 29, isError));
        model.appendLines(lines(30, 31)); // 30 is an error, 31 not
        QCOMPARE(inserted.size(), 2);
        QCOMPARE(inserted.at(1).at(1).toInt(), 10);
        QCOMPARE(inserted.at(1).at(2).toInt(), 10);
        model.appendLines(lines(32, 32)); // nothing passes: no signal
        QCOMPARE(inserted.size(), 2);

        model.appendLines(lines(33, 99)); // the store trims: passing rows at the front go
        QVERIFY(model.droppedCount() > 0);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.at(0).at(1).toInt(), 0);
        const int firstHeld = int(model.droppedCount());
        QCOMPARE(numbers(proxy), expected(firstHeld, 99, isError));
        // The mapping follows the shift of the source rows.
        for (int row = 0; row < proxy.rowCount(); ++row) {
            const int sourceRow = proxy.mapToSource(proxy.index(row, 0)).row();
            QCOMPARE(proxy.mapFromSource(model.index(sourceRow, 2)), proxy.index(row, 2));
        }
        QCOMPARE(proxy.rowForSourceRow(model.rowCount() - 2), -1); // 98 is no error
        QCOMPARE(proxy.rowForSourceRow(model.rowCount() - 1), proxy.rowCount() - 1);
        QCOMPARE(reset.size(), 0);

        model.clear();
        QCOMPARE(reset.size(), 1);
        QCOMPARE(proxy.rowCount(), 0);
        model.appendLines(lines(0, 6));
        QCOMPARE(numbers(proxy), (QList<int> {0, 3, 6}));
    }

    void textRegexAndTime()
    {
        LogModel model;
        LogFilterModel proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        model.appendLines(lines(0, 199));

        LogFilter filter;
        filter.text = u"Client 10\\.1\\.\\d+\\.7$"_s;
        filter.regularExpression = true;
        proxy.setFilter(filter);
        QCOMPARE(numbers(proxy), expected(0, 199, [](int i) { return i % 5 == 0; }));
        model.appendLines(lines(200, 205));
        QCOMPARE(numbers(proxy).constLast(), 205);

        filter.text = u"client 10.1.1"_s; // plain text without case
        filter.regularExpression = false;
        filter.caseSensitive = false;
        proxy.setFilter(filter);
        QCOMPARE(numbers(proxy),
            (QList<int> {10, 15, 100, 105, 110, 115, 120, 125, 130, 135, 140, 145, 150, 155, 160, 165, 170,
                175, 180, 185, 190, 195}));

        filter = LogFilter();
        filter.fromMs = QDateTime(QDate(2026, 1, 31), QTime(0, 1, 40), Qt::UTC).toMSecsSinceEpoch();
        filter.toMs = QDateTime(QDate(2026, 1, 31), QTime(0, 1, 45), Qt::UTC).toMSecsSinceEpoch();
        filter.minLevel = LogLine::Level::Error;
        proxy.setFilter(filter);
        QCOMPARE(numbers(proxy), (QList<int> {102, 105}));
    }

    void invalidRegularExpressionIsAnErrorNotACrash()
    {
        LogModel model;
        LogFilterModel proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        model.appendLines(lines(0, 20));
        QSignalSpy applied(&proxy, &LogFilterModel::filterApplied);
        LogFilter filter;
        filter.text = u"Client (10"_s;
        filter.regularExpression = true;
        proxy.setFilter(filter);
        QCOMPARE(applied.size(), 1);
        QVERIFY(!proxy.errorString().isEmpty());
        QCOMPARE(proxy.rowCount(), 0);
        model.appendLines(lines(21, 30)); // appends while invalid: still nothing, no crash
        QCOMPARE(proxy.rowCount(), 0);
        filter.text = u"Client (10)"_s;
        proxy.setFilter(filter);
        QVERIFY(proxy.errorString().isEmpty());
        QCOMPARE(numbers(proxy), expected(0, 30, [](int i) { return i % 5 == 0; }));
    }

    void agreesWithALineByLineMatchOnTheSamples()
    {
        LogModel model(1000);
        LogFilterModel proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        LogFilter filter;
        filter.text = u"(?i)license server|syscall"_s;
        filter.regularExpression = true;
        filter.minLevel = LogLine::Level::Info;
        proxy.setFilter(filter);
        QByteArray all;
        for (const char *name : {"emulator-ve-failover.log", "error.log", "mixed-garbage.log"}) {
            QFile file(QStringLiteral(VE_TEST_DATA_DIR) + u'/' + QLatin1StringView(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            model.appendLines(bytes);
            all += bytes.endsWith('\n') ? bytes : bytes + '\n';
        }
        const QRegularExpression re(u"license server|syscall"_s, QRegularExpression::CaseInsensitiveOption);
        QStringList want;
        for (int row = 0; row < model.rowCount(); ++row) {
            const auto level = LogLine::Level(model.index(row, 0).data(LogModel::LevelRole).toInt());
            const QString line = model.index(row, 0).data(LogModel::RawRole).toString();
            if (level >= LogLine::Level::Info && re.match(line).hasMatch())
                want.append(line);
        }
        QStringList got;
        for (int row = 0; row < proxy.rowCount(); ++row)
            got.append(proxy.index(row, 0).data(LogModel::RawRole).toString());
        QVERIFY(!want.isEmpty());
        QCOMPARE(got, want);
    }

    void sourceGoesAway()
    {
        auto *model = new LogModel;
        LogFilterModel proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(model);
        model->appendLines(lines(0, 5));
        QCOMPARE(proxy.rowCount(), 6);
        delete model;
        QCOMPARE(proxy.rowCount(), 0);
        QCOMPARE(proxy.logModel(), nullptr);
    }
};

QTEST_MAIN(TestLogFilterModel)
#include "tst_logfiltermodel.moc"
