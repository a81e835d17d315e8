// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The alert table: raised alerts become rows, updates change them in place (no duplicate for one
// condition), cleared ones disappear, acknowledgements show who.
#include "models/alertmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {

Alert makeAlert(const QString &server, Alert::Kind kind, const QString &subject, Alert::Severity severity)
{
    Alert alert;
    alert.serverId = server;
    alert.kind = kind;
    alert.subject = subject;
    alert.key = Alert::makeKey(server, kind, subject);
    alert.severity = severity;
    alert.title = u"Title of "_s + alert.key;
    alert.text = u"What to do about "_s + alert.key;
    alert.firstSeen = QDateTime(QDate(2026, 1, 2), QTime(3, 4), QTimeZone::utc());
    alert.lastSeen = alert.firstSeen;
    return alert;
}

} // namespace

class TestAlertModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void raiseUpdateClear()
    {
        AlertModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setServerNameResolver([](const QString &id) { return id == u"b"_s ? u"Backup"_s : QString(); });
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);

        Alert failover = makeAlert(u"b"_s, Alert::Kind::Failover, u"a"_s, Alert::Severity::Critical);
        Alert hours = makeAlert(u"x"_s, Alert::Kind::HoursLow, u"100"_s, Alert::Severity::Warning);
        model.raise(failover);
        model.raise(hours);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(inserted.size(), 2);
        QCOMPARE(model.index(0, AlertModel::ServerColumn).data().toString(), u"Backup"_s);
        QCOMPARE(model.index(1, AlertModel::ServerColumn).data().toString(), u"x"_s); // unknown: the id
        QCOMPARE(model.index(0, AlertModel::SeverityColumn).data().toString(),
            AlertModel::severityText(Alert::Severity::Critical));
        QVERIFY(!model.index(0, AlertModel::SeverityColumn).data(Qt::DecorationRole).value<QIcon>().isNull());
        QCOMPARE(model.index(0, AlertModel::TitleColumn).data(Qt::ToolTipRole).toString(), failover.text);
        QCOMPARE(model.index(1, 0).data(AlertModel::KindRole).toInt(), int(Alert::Kind::HoursLow));

        // One condition, one row: raising the same key again only updates it.
        failover.lastSeen = failover.firstSeen.addSecs(600);
        failover.title = u"Failover, 3 h burnt"_s;
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.raise(failover);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(inserted.size(), 2);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.index(0, AlertModel::TitleColumn).data().toString(), u"Failover, 3 h burnt"_s);
        QVERIFY(model.index(0, AlertModel::LastSeenColumn).data().toString()
            != model.index(0, AlertModel::FirstSeenColumn).data().toString());

        // Acknowledged: the name shows, nothing else moves.
        failover.acknowledgedBy = u"alice"_s;
        failover.acknowledgedAt = failover.lastSeen;
        model.update(failover);
        QCOMPARE(model.index(0, AlertModel::AcknowledgedColumn).data().toString(), u"alice"_s);
        QCOMPARE(model.rowOf(failover.key), 0);

        model.clear(failover);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(model.rowOf(failover.key), -1);
        QCOMPARE(model.index(0, 0).data(AlertModel::KeyRole).toString(), hours.key);
        model.clear(failover); // already gone: nothing happens
        QCOMPARE(removed.size(), 1);

        // An update for a key the model missed raises it rather than being lost.
        Alert grace = makeAlert(u"p"_s, Alert::Kind::GracePeriod, u"emu1"_s, Alert::Severity::Critical);
        grace.deadline = grace.firstSeen.addSecs(7200);
        model.update(grace);
        QCOMPARE(model.rowCount(), 2);
        // The most severe first: the critical grace period above the earlier warning.
        QCOMPARE(model.index(0, 0).data(AlertModel::DeadlineRole).toDateTime(), grace.deadline);
        QCOMPARE(model.rowOf(hours.key), 1);
        QVERIFY(!model.index(5, 0).isValid());
        QVERIFY(model.alertAt(7) == nullptr);

        // A severity that changes moves the row, down and up again.
        QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
        Alert info = makeAlert(u"y"_s, Alert::Kind::ExpirySoon, u"90"_s, Alert::Severity::Info);
        model.raise(info);
        QCOMPARE(model.rowOf(info.key), 2);
        grace.severity = Alert::Severity::Info;
        model.update(grace);
        QCOMPARE(model.rowOf(grace.key), 2); // after the info raised before it
        QCOMPARE(model.rowOf(hours.key), 0);
        grace.severity = Alert::Severity::Critical;
        model.update(grace);
        QCOMPARE(model.rowOf(grace.key), 0);
        QCOMPARE(moved.size(), 2);
        QCOMPARE(model.alertAt(0)->severity, Alert::Severity::Critical);
    }
};

QTEST_MAIN(TestAlertModel)
#include "tst_alertmodel.moc"
