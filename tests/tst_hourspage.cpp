// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Hours page against a real `ve-agent --simulate` whose backup burns COUNTDOWN hours (the
// primary is down): the agent's history appears in the chart on the first show, merged with what
// the console saw; the alert thresholds are lines at the configured values (a change applies at
// once); the projection ends at 0 at the forecast run-out; the CSV export reads back; after a
// reconnect what the agent recorded meanwhile is fetched.
#include "core/agentclient.h"
#include "core/consolesettings.h"
#include "core/historysample.h"
#include "core/historywatch.h"
#include "core/serverconnection.h"
#include "tests/agentfixture.h"
#include "widgets/hourschart.h"
#include "widgets/hourspage.h"

#include <QAction>
#include <QDateTimeAxis>
#include <QEventLoop>
#include <QFile>
#include <QLabel>
#include <QLineSeries>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace Qt::StringLiterals;

class TestHoursPage : public QObject
{
    Q_OBJECT

private:
    AgentFixture m_agent;
    QTemporaryDir m_config;
    QString m_admin;
    QString m_viewer;
    QByteArray m_pin;
    std::unique_ptr<ServerConnection> m_connection;
    std::unique_ptr<HoursPage> m_page;

    AgentClient *client(const QString &token)
    {
        auto *c = new AgentClient(this);
        c->setBaseUrl(m_agent.urls().value(1)); // the backup
        c->setToken(token);
        c->setPinnedSha256(m_pin);
        c->setTimeoutMs(20000);
        return c;
    }
    bool act(const QString &path, const QByteArray &body = {})
    {
        std::unique_ptr<AgentClient> c(client(m_admin));
        bool ok = false;
        QEventLoop loop; // the agent is another process: waiting here cannot deadlock it
        c->request("POST", path, body, [&](const Result<QJsonObject> &r) {
            ok = r.ok();
            loop.quit();
        });
        loop.exec();
        return ok;
    }
    QList<HistorySample> agentHistory()
    {
        std::unique_ptr<AgentClient> c(client(m_viewer));
        QList<HistorySample> samples;
        QEventLoop loop;
        c->history({}, {}, [&](const Result<HistoryDocument> &r) {
            samples = r.value.samples;
            loop.quit();
        });
        loop.exec();
        return samples;
    }
    HistoryWatch *watch() const { return HistoryWatch::forConnection(m_connection.get()); }
    HoursChart *chart() const { return m_page->findChild<HoursChart *>(u"hoursChart"_s); }
    static QList<double> levels(const QList<QLineSeries *> &lines)
    {
        QList<double> out;
        for (QLineSeries *line : lines) {
            // Horizontal: both ends at the threshold.
            if (line->count() != 2 || line->at(0).y() != line->at(1).y())
                return {};
            out.append(line->at(0).y());
        }
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_config.isValid());
        QCoreApplication::setOrganizationName(u"ve-console-tests"_s);
        QCoreApplication::setApplicationName(u"tst_hourspage"_s);
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_config.path());

        QString error;
        m_admin = m_agent.addToken(u"admin"_s, u"admin"_s, &error);
        m_viewer = m_agent.addToken(u"console"_s, u"viewer"_s, &error);
        QVERIFY2(!m_admin.isEmpty() && !m_viewer.isEmpty(), qPrintable(error));
        // 10 simulated minutes per real second: the agent samples every simulated minute it sees.
        m_agent.setExtraArguments({u"--simulate"_s, u"--time-scale"_s, u"600"_s});
        QVERIFY2(m_agent.start(&error), qPrintable(error));
        QCOMPARE(m_agent.urls().size(), 2);
        m_pin = m_agent.sha256();
        // The primary goes down: the emulators fail over to the backup, whose hours then burn.
        QVERIFY(act(u"/api/v1/simulator/primary/down"_s));
        QVERIFY(act(u"/api/v1/simulator/advance"_s, "{\"minutes\":61}"));
        // A history the console never saw: several samples with the hours going down.
        QTRY_VERIFY_WITH_TIMEOUT(
            [this] {
                const QList<HistorySample> samples = agentHistory();
                return samples.size() >= 8 && samples.constLast().remainingHours
                    && *samples.constLast().remainingHours < *samples.constFirst().remainingHours;
            }(),
            30000);
    }

    void cleanupTestCase()
    {
        m_page.reset();
        m_connection.reset();
        QCOMPARE(m_agent.terminate(), 0);
    }

    void historyAppearsOnFirstShow()
    {
        m_connection = std::make_unique<ServerConnection>();
        m_connection->setEndpoint(m_agent.urls().value(1), m_viewer, m_pin);
        m_connection->setPollInterval(60000); // the console itself sees little
        m_connection->start();
        QTRY_COMPARE_WITH_TIMEOUT(m_connection->state(), ServerConnection::State::Connected, 20000);

        m_page = std::make_unique<HoursPage>();
        m_page->resize(1000, 700);
        m_page->setConnection(m_connection.get());
        QVERIFY(!watch()->hasFetched()); // nothing is fetched for a page nobody looks at
        QVERIFY(chart()->hoursSeries()->count() <= 1);

        const QList<HistorySample> recorded = agentHistory();
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        QTRY_VERIFY_WITH_TIMEOUT(watch()->hasFetched(), 20000);
        QVERIFY2(watch()->errorText().isEmpty(), qPrintable(watch()->errorText()));

        // Every sample the agent had recorded is a point of the chart, in time order, none twice.
        const QList<QPointF> points = chart()->hoursSeries()->points();
        QVERIFY2(points.size() >= recorded.size(), qPrintable(QString::number(points.size())));
        for (qsizetype i = 1; i < points.size(); ++i)
            QVERIFY(points.at(i - 1).x() < points.at(i).x());
        for (const HistorySample &sample : recorded) {
            const QPointF expected(double(sample.time.toMSecsSinceEpoch()), *sample.remainingHours);
            QVERIFY2(points.contains(expected), qPrintable(sample.time.toString(Qt::ISODate)));
        }
        QVERIFY(watch()->agentSamples() >= recorded.size());
        const QString note = m_page->findChild<QLabel *>(u"hoursHistoryNote"_s)->text();
        QVERIFY2(
            note.contains(u"recorded by the agent: %1"_s.arg(watch()->agentSamples())), qPrintable(note));
    }

    void thresholdsAreLinesAtTheConfiguredValues()
    {
        QVERIFY(m_page);
        // The backup's license has 100 hours: a 500 h line would squash the curve, so it is left out.
        ConsoleSettings::setHoursThresholds({500, 90, 24});
        QTRY_COMPARE(levels(chart()->thresholdSeries()), (QList<double> {90, 24}));
        QCOMPARE(chart()->hiddenThresholds(), QList<double> {500});
        QCOMPARE(chart()->thresholdSeries().at(0)->name(), u"Warning: 90 h"_s);
        QCOMPARE(chart()->thresholdSeries().at(1)->name(), u"Critical: 24 h"_s);
        QVERIFY(
            m_page->findChild<QLabel *>(u"hoursHistoryNote"_s)->text().contains(u"above the chart: 500 h"_s));
        // A change in the settings applies at once.
        ConsoleSettings::setHoursThresholds({80, 40});
        QCOMPARE(levels(chart()->thresholdSeries()), (QList<double> {80, 40}));
        QVERIFY(chart()->hiddenThresholds().isEmpty());
    }

    void projectionEndsAtZeroAtTheRunOut()
    {
        QVERIFY(m_page);
        const HoursForecast forecast = HoursForecast::compute(watch()->hoursSamples());
        QCOMPARE(forecast.trend, HoursForecast::Trend::Burning);
        QVERIFY(forecast.runOut.isValid());
        const QList<QPointF> line = chart()->projectionSeries()->points();
        QCOMPARE(line.size(), 2);
        QCOMPARE(line.constFirst(), chart()->hoursSeries()->points().constLast()); // from the newest sample
        QCOMPARE(line.constLast(), QPointF(double(forecast.runOut.toMSecsSinceEpoch()), 0.0));
        QCOMPARE(chart()->projectionSeries()->pen().style(), Qt::DashLine);
        const QString runOut = m_page->findChild<QLabel *>(u"hoursRunOut"_s)->text();
        QVERIFY2(runOut.contains(u"(in "_s), qPrintable(runOut));
        const QString rate = m_page->findChild<QLabel *>(u"hoursBurnRate"_s)->text();
        QVERIFY2(rate.contains(u"h per hour"_s), qPrintable(rate));
    }

    void csvExportReadsBack()
    {
        QVERIFY(m_page);
        auto *action = m_page->findChild<QAction *>(u"actionExportHistoryCsv"_s);
        QVERIFY(action && action->isEnabled());
        QCOMPARE(action->shortcut(), QKeySequence(QKeySequence::Save));
        auto *button = m_page->findChild<QToolButton *>(u"exportHistoryButton"_s);
        QCOMPARE(button->defaultAction(), action);
        QVERIFY(button->focusPolicy() & Qt::TabFocus);

        QTemporaryDir dir;
        const QString path = dir.filePath(u"hours.csv"_s);
        QSignalSpy exported(m_page.get(), &HoursPage::csvExported);
        const QList<HistoryWatch::Entry> entries = watch()->entries();
        QVERIFY(m_page->exportCsv(path));
        QTRY_COMPARE_WITH_TIMEOUT(exported.size(), 1, 20000);
        QVERIFY2(exported.first().at(0).toBool(), qPrintable(exported.first().at(1).toString()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QCOMPARE(
            lines.first(), "time,server,remaining_hours,sessions,service_up,failover_active,source\r"_ba);
        QVERIFY(lines.size() >= entries.size() + 1);
        int agentRows = 0;
        for (qsizetype i = 0; i < entries.size(); ++i) {
            const QList<QByteArray> fields = lines.at(i + 1).trimmed().split(',');
            QCOMPARE(fields.size(), 7);
            QCOMPARE(QDateTime::fromString(QString::fromLatin1(fields.at(0)), Qt::ISODateWithMs),
                entries.at(i).sample.time);
            QCOMPARE(fields.at(2).toDouble(), *entries.at(i).sample.remainingHours);
            if (fields.at(6) == "agent") {
                ++agentRows;
                QVERIFY(fields.at(4) == "true" || fields.at(4) == "false");
            }
        }
        QCOMPARE(agentRows, watch()->agentSamples());

        // A file that cannot be written: a clear message, no crash.
        QVERIFY(m_page->exportCsv(dir.filePath(u"missing/dir/hours.csv"_s)));
        QTRY_COMPARE_WITH_TIMEOUT(exported.size(), 2, 20000);
        QCOMPARE(exported.at(1).at(0).toBool(), false);
        QVERIFY(exported.at(1).at(1).toString().contains(u"hours.csv"_s));
        QCOMPARE(m_page->findChild<QLabel *>(u"hoursExportNote"_s)->text(), exported.at(1).at(1).toString());
    }

    void reconnectFetchesWhatCameSince()
    {
        QVERIFY(m_page);
        QSignalSpy finished(watch(), &HistoryWatch::fetchFinished);
        const qsizetype before = watch()->agentSamples();
        // The console loses the server (here: its token stops working), the agent records on.
        m_connection->setEndpoint(m_agent.urls().value(1), u"wrong-token"_s, m_pin);
        m_connection->pollNow();
        QTRY_COMPARE_WITH_TIMEOUT(m_connection->state(), ServerConnection::State::AuthFailed, 20000);
        QTest::qWait(1500); // a dozen simulated minutes
        m_connection->setEndpoint(m_agent.urls().value(1), m_viewer, m_pin);
        m_connection->pollNow();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        QVERIFY(finished.first().first().toBool());
        QVERIFY2(watch()->agentSamples() >= before + 3,
            qPrintable(u"%1 → %2"_s.arg(before).arg(watch()->agentSamples())));
        QCOMPARE(chart()->hoursSeries()->count(), watch()->hoursSamples().size());
    }

    void nearRunOutTheWholeProjectionIsShown()
    {
        QVERIFY(m_page);
        // Few hours left: the run-out lies within the chart, which then ends there, at 0 hours.
        QVERIFY(act(u"/api/v1/simulator/backup/hours"_s, "{\"hours\":3}"));
        m_connection->pollNow();
        QTRY_VERIFY_WITH_TIMEOUT(chart()->hoursSeries()->points().constLast().y() <= 3, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(chart()->projectionSeries()->count(), 2, 20000);
        const QList<QPointF> line = chart()->projectionSeries()->points();
        const HoursForecast forecast = HoursForecast::compute(watch()->hoursSamples());
        QCOMPARE(line.constLast(), QPointF(double(forecast.runOut.toMSecsSinceEpoch()), 0.0));
        const auto *timeAxis = qobject_cast<QDateTimeAxis *>(chart()->chart()->axes(Qt::Horizontal).value(0));
        QVERIFY(timeAxis);
        QCOMPARE(timeAxis->max(), forecast.runOut.toLocalTime());
        if (!qEnvironmentVariableIsEmpty("VE_HOURS_GRAB"))
            m_page->grab().save(qEnvironmentVariable("VE_HOURS_GRAB"));
    }
};

QTEST_MAIN(TestHoursPage)
#include "tst_hourspage.moc"
