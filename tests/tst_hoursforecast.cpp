// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/hoursforecast.h"

#include <QTest>

using namespace Qt::StringLiterals;

using Sample = ServerConnection::HoursSample;

class TestHoursForecast : public QObject
{
    Q_OBJECT

private:
    const QDateTime t0 = QDateTime(QDate(2025, 3, 1), QTime(12, 0), Qt::UTC);
    Sample at(int minutes, double hours) const { return {t0.addSecs(minutes * 60), hours}; }

private Q_SLOTS:
    void nothingToSay()
    {
        QCOMPARE(HoursForecast::compute({}).trend, HoursForecast::Trend::Unknown);
        const HoursForecast one = HoursForecast::compute({at(0, 50)});
        QCOMPARE(one.trend, HoursForecast::Trend::Unknown);
        QCOMPARE(one.remainingHours, 50.0);
        QVERIFY(!one.runOut.isValid());
    }

    void steadyWhenNoEmulatorRuns()
    {
        const HoursForecast f = HoursForecast::compute({at(0, 80), at(10, 80), at(20, 80)});
        QCOMPARE(f.trend, HoursForecast::Trend::Steady);
        QCOMPARE(f.burnRatePerHour, 0.0);
        QVERIFY(!f.runOut.isValid());
    }

    void projectsTheRunOut()
    {
        // Two emulators: 2 license hours per hour; 10 hours left → run-out 5 h after the last sample.
        const HoursForecast f = HoursForecast::compute({at(0, 11), at(15, 10.5), at(30, 10)});
        QCOMPARE(f.trend, HoursForecast::Trend::Burning);
        QCOMPARE(f.burnRatePerHour, 2.0);
        QCOMPARE(f.remainingHours, 10.0);
        QCOMPARE(f.runOut, t0.addSecs(30 * 60 + 5 * 3600));
        QCOMPARE(f.windowStart, t0);

        // The chart's dashed line: from the newest sample down to 0 at the run-out.
        const QList<Sample> line = f.projection();
        QCOMPARE(line.size(), 2);
        QCOMPARE(line.first().time, t0.addSecs(30 * 60));
        QCOMPARE(line.first().hours, 10.0);
        QCOMPARE(line.last().time, f.runOut);
        QCOMPARE(line.last().hours, 0.0);
    }

    void noProjectionUnlessBurning()
    {
        QVERIFY(HoursForecast::compute({at(0, 80), at(10, 80)}).projection().isEmpty()); // steady
        QVERIFY(HoursForecast::compute({at(0, 1), at(30, 0)}).projection().isEmpty()); // exhausted
        QVERIFY(HoursForecast::compute({at(0, 50)}).projection().isEmpty()); // unknown
        QVERIFY(HoursForecast::compute({at(0, 1e9 + 0.001), at(60, 1e9)}).projection().isEmpty());
    }

    void measuresOnlyTheRecentWindow()
    {
        // Slow at first (1 h/h), then fast (3 h/h) during the last hour.
        QList<Sample> samples {at(0, 100), at(60, 99), at(120, 98)};
        samples << at(150, 96.5) << at(180, 95);
        const HoursForecast f = HoursForecast::compute(samples, 3600);
        QCOMPARE(f.windowStart, t0.addSecs(120 * 60));
        QCOMPARE(f.burnRatePerHour, 3.0);
    }

    void burnStartsAfterAPlateau()
    {
        // The emulators failed over to this backup at minute 30: until then its hours stood still.
        // Averaged over the whole hour the rate would be half the real one, the run-out twice as far.
        const HoursForecast f = HoursForecast::compute(
            {at(0, 100), at(10, 100), at(20, 100), at(30, 100), at(40, 99.5), at(50, 99), at(60, 98.5)});
        QCOMPARE(f.windowStart, t0.addSecs(30 * 60));
        QCOMPARE(f.burnRatePerHour, 3.0);
        QCOMPARE(f.runOut, t0.addSecs(60 * 60).addSecs(qint64(98.5 / 3.0 * 3600)));
    }

    void restartsAfterHoursWereAdded()
    {
        // A license update added hours at minute 20.
        const HoursForecast f = HoursForecast::compute({at(0, 5), at(10, 4), at(20, 104), at(40, 103)});
        QCOMPARE(f.windowStart, t0.addSecs(20 * 60));
        QCOMPARE(f.burnRatePerHour, 3.0);
        QCOMPARE(f.runOut, t0.addSecs(40 * 60).addSecs(qint64(103.0 / 3.0 * 3600)));
    }

    void exhausted()
    {
        const HoursForecast f = HoursForecast::compute({at(0, 1), at(30, 0), at(40, 0)});
        QCOMPARE(f.trend, HoursForecast::Trend::Exhausted);
        QCOMPARE(f.runOut, t0.addSecs(30 * 60));
    }

    void acceptsUnorderedAndInvalidSamples()
    {
        QList<Sample> samples {at(30, 10), {QDateTime(), 500}, at(0, 11), {t0, qQNaN()}, at(15, 10.5)};
        const HoursForecast f = HoursForecast::compute(samples);
        QCOMPARE(f.trend, HoursForecast::Trend::Burning);
        QCOMPARE(f.burnRatePerHour, 2.0);
    }

    void farFutureHasNoDate()
    {
        // 0.001 h used in 1 h with 1e9 h left: no meaningful date.
        const HoursForecast f = HoursForecast::compute({at(0, 1e9 + 0.001), at(60, 1e9)});
        QCOMPARE(f.trend, HoursForecast::Trend::Burning);
        QVERIFY(!f.runOut.isValid());
    }
};

QTEST_GUILESS_MAIN(TestHoursForecast)
#include "tst_hoursforecast.moc"
