// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The real MainWindow watching the simulated primary/backup pair of a real `ve-agent --simulate`:
// the primary going down puts a failover alert into the Alerts panel and a badge on the backup in
// the tree, coming back clears it; both down shows the grace banner with the stop time.
#include "app/alertcenter.h"
#include "app/connectionmanager.h"
#include "app/mainwindow.h"
#include "core/agentclient.h"
#include "core/consolesettings.h"
#include "core/workspace.h"
#include "models/alertmodel.h"
#include "models/servertreemodel.h"
#include "tests/agentfixture.h"
#include "widgets/alertpanel.h"
#include "widgets/gracebanner.h"

#include <QEventLoop>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTreeView>

#include <memory>

using namespace Qt::StringLiterals;

class TestAlertsGui : public QObject
{
    Q_OBJECT

private:
    AgentFixture m_agent;
    QString m_admin;
    QString m_viewer;
    QByteArray m_pin;
    std::unique_ptr<MainWindow> m_window;
    QUuid m_primary;
    QUuid m_backup;

    bool act(const QString &path, const QByteArray &body = {})
    {
        AgentClient client;
        client.setBaseUrl(m_agent.urls().value(0));
        client.setToken(m_admin);
        client.setPinnedSha256(m_pin);
        client.setTimeoutMs(20000);
        bool ok = false;
        QEventLoop loop; // the agent is another process: waiting here cannot deadlock it
        client.request("POST", path, body, [&](const Result<QJsonObject> &r) {
            ok = r.ok();
            loop.quit();
        });
        loop.exec();
        return ok;
    }
    bool advance(int minutes)
    {
        return act(u"/api/v1/simulator/advance"_s, u"{\"minutes\":%1}"_s.arg(minutes).toUtf8());
    }
    QUuid addServer(const QString &name, int endpoint)
    {
        ServerEntry entry;
        entry.name = name;
        entry.url = m_agent.urls().value(endpoint);
        entry.pinnedSha256 = m_pin;
        const QUuid id = m_window->workspace()->addServer(entry);
        m_window->connections()->setToken(id, m_viewer, false);
        return id;
    }
    QString failoverKey() const
    {
        return Alert::makeKey(m_backup.toString(QUuid::WithoutBraces), Alert::Kind::Failover,
            m_primary.toString(QUuid::WithoutBraces));
    }
    AlertModel *model() const { return m_window->alerts()->model(); }
    int panelRowOf(Alert::Kind kind) const
    {
        auto *view = m_window->findChild<QTreeView *>(u"alertView"_s);
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            if (view->model()->index(row, 0).data(AlertModel::KindRole).toInt() == int(kind))
                return row;
        }
        return -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QString error;
        m_admin = m_agent.addToken(u"admin"_s, u"admin"_s, &error);
        m_viewer = m_agent.addToken(u"console"_s, u"viewer"_s, &error);
        QVERIFY2(!m_admin.isEmpty() && !m_viewer.isEmpty(), qPrintable(error));
        m_agent.setExtraArguments({u"--simulate"_s, u"--time-scale"_s, u"60"_s});
        QVERIFY2(m_agent.start(&error), qPrintable(error));
        QCOMPARE(m_agent.urls().size(), 2);
        m_pin = m_agent.sha256();

        m_window = std::make_unique<MainWindow>(MainWindow::Options {QString(), false, false});
        m_window->connections()->setPollIntervalMs(300);
        m_primary = addServer(u"Primary"_s, 0);
        m_backup = addServer(u"Backup"_s, 1);
        QVERIFY(m_window->workspace()->setPair(m_primary, m_backup));
        m_window->show();
        m_window->start();
        for (const QUuid &id : {m_primary, m_backup}) {
            QTRY_VERIFY_WITH_TIMEOUT(m_window->connections()->connection(id)
                    && m_window->connections()->connection(id)->state() == ServerConnection::State::Connected,
                20000);
        }
    }
    void cleanupTestCase()
    {
        m_window.reset();
        QCOMPARE(m_agent.terminate(), 0);
    }

    void failoverAppearsInThePanelAndClears()
    {
        QCOMPARE(panelRowOf(Alert::Kind::Failover), -1);
        QSignalSpy notified(m_window->alerts(), &AlertCenter::notified);
        QVERIFY(act(u"/api/v1/simulator/primary/down"_s));
        QVERIFY(advance(61)); // one check interval: every emulator has tried the primary
        QTRY_VERIFY_WITH_TIMEOUT(panelRowOf(Alert::Kind::Failover) >= 0, 20000);
        const int row = panelRowOf(Alert::Kind::Failover);
        QCOMPARE(model()->index(row, 0).data(AlertModel::KeyRole).toString(), failoverKey());
        QCOMPARE(model()->index(row, AlertModel::ServerColumn).data().toString(), u"Backup"_s);
        bool failoverNotified = false;
        for (const QList<QVariant> &args : std::as_const(notified))
            failoverNotified |= args.at(0).value<Alert>().key == failoverKey();
        QVERIFY(failoverNotified);

        // The tree shows the backup's worst alert as a badge.
        auto *treeModel = m_window->findChild<ServerTreeModel *>();
        QVERIFY(treeModel);
        QTRY_VERIFY(treeModel->indexOfServer(m_backup).data(ServerTreeModel::AlertSeverityRole).toInt()
            >= int(Alert::Severity::Warning));

        // Acknowledge from the panel: the local user's name shows.
        auto *view = m_window->findChild<QTreeView *>(u"alertView"_s);
        view->setCurrentIndex(model()->index(panelRowOf(Alert::Kind::Failover), 0));
        m_window->findChild<QPushButton *>(u"acknowledgeAlertButton"_s)->click();
        QCOMPARE(model()
                     ->index(panelRowOf(Alert::Kind::Failover), AlertModel::AcknowledgedColumn)
                     .data()
                     .toString(),
            AlertCenter::localUserName());

        // Opening it shows the backup's Sessions page.
        Q_EMIT view->activated(model()->index(panelRowOf(Alert::Kind::Failover), 0));
        QCOMPARE(m_window->currentServer(), m_backup);
        QCOMPARE(m_window->currentPage(), MainWindow::Page::Sessions);

        QVERIFY(act(u"/api/v1/simulator/primary/up"_s));
        QVERIFY(advance(61));
        QTRY_VERIFY_WITH_TIMEOUT(panelRowOf(Alert::Kind::Failover) < 0, 20000);
    }

    void bothDownShowsTheGraceBanner()
    {
        auto *banner = m_window->findChild<GraceBanner *>(u"graceBanner"_s);
        QVERIFY(banner);
        QVERIFY(!banner->isVisible());
        QVERIFY(act(u"/api/v1/simulator/backup/down"_s));
        QVERIFY(act(u"/api/v1/simulator/primary/down"_s));
        QVERIFY(advance(61));
        QTRY_VERIFY_WITH_TIMEOUT(panelRowOf(Alert::Kind::GracePeriod) >= 0, 20000);
        QTRY_VERIFY(banner->isVisible());
        QDateTime earliest;
        for (const Alert &alert : m_window->alerts()->engine()->openAlerts()) {
            if (alert.kind == Alert::Kind::GracePeriod && (!earliest.isValid() || alert.deadline < earliest))
                earliest = alert.deadline;
        }
        QVERIFY(earliest.isValid());
        const QString stop = QLocale().toString(earliest.toLocalTime().time(), u"HH:mm"_s);
        const QString title = m_window->findChild<QLabel *>(u"graceBannerTitle"_s)->text();
        QCOMPARE(title, u"Shut the guest down cleanly before %1"_s.arg(stop));
        QVERIFY(m_window->findChild<QLabel *>(u"graceBannerText"_s)->text().contains(u"stops in"_s));

        QVERIFY(act(u"/api/v1/simulator/backup/up"_s));
        QVERIFY(act(u"/api/v1/simulator/primary/up"_s));
        QVERIFY(advance(61));
        QTRY_VERIFY_WITH_TIMEOUT(!banner->isVisible(), 20000);
    }

    void thresholdsFromTheSettingsApplyAtOnce()
    {
        // The backup's license has at most 100 hours: under a new 200 h level it is low at once,
        // without waiting for the next poll or a restart.
        AlertEngine *engine = m_window->alerts()->engine();
        const QString key
            = Alert::makeKey(m_backup.toString(QUuid::WithoutBraces), Alert::Kind::HoursLow, u"200"_s);
        QVERIFY(!engine->alert(key));
        ConsoleSettings::setHoursThresholds({1000, 200});
        QCOMPARE(engine->thresholds().hours.size(), 2);
        QCOMPARE(engine->thresholds().hours.at(1).value, 200.0);
        QVERIFY(engine->alert(key) && !engine->alert(key)->closedAt.isValid());
        QCOMPARE(engine->alert(key)->severity, Alert::Severity::Warning);
        ConsoleSettings::setHoursThresholds(ConsoleSettings::defaultHoursThresholds());
        QVERIFY(engine->alert(key)->closedAt.isValid());
    }
};

QTEST_MAIN(TestAlertsGui)
#include "tst_alertsgui.moc"
