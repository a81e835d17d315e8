// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/sessionsmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace Qt::StringLiterals;

class TestSessionsModel : public QObject
{
    Q_OBJECT

private:
    static Session session(
        const QString &id, const QString &host, double hours, const QString &servedBy = u"lic1"_s)
    {
        Session s;
        s.id = id;
        s.emulatorHost = host;
        s.address = u"10.0.0.1"_s;
        s.product = u"Charon-SSP"_s;
        s.state = u"active"_s;
        s.hoursConsumed = hours;
        s.servedBy = servedBy;
        s.since = QDateTime(QDate(2025, 1, 1), QTime(8, 0), Qt::UTC);
        return s;
    }
    static QStringList hosts(const QAbstractItemModel &model)
    {
        QStringList list;
        for (int row = 0; row < model.rowCount(); ++row)
            list.append(model.index(row, SessionsModel::HostColumn).data().toString());
        return list;
    }

private Q_SLOTS:
    void mergesPollsWithoutResetting()
    {
        SessionsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);

        model.setSessions({session(u"1"_s, u"a"_s, 1), session(u"2"_s, u"b"_s, 2), session(u"3"_s, u"c"_s, 3),
            session(u"4"_s, u"d"_s, 4)});
        QCOMPARE(inserted.size(), 1); // one batch
        QCOMPARE(model.rowCount(), 4);

        // 2 and 3 vanish (one contiguous run), 4 changes, 5 and 6 arrive.
        auto four = session(u"4"_s, u"d"_s, 4.5);
        four.state = u"grace"_s;
        model.setSessions(
            {session(u"1"_s, u"a"_s, 1), four, session(u"5"_s, u"e"_s, 5), session(u"6"_s, u"f"_s, 6)});
        QCOMPARE(removed.size(), 1);
        QCOMPARE(inserted.size(), 2);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(resets.size(), 0);
        QCOMPARE(hosts(model), (QStringList {u"a"_s, u"d"_s, u"e"_s, u"f"_s}));
        QCOMPARE(model.index(1, SessionsModel::StateColumn).data().toString(), u"Grace period"_s);
        QCOMPARE(model.index(1, 0).data(SessionsModel::StateKeyRole).toString(), u"grace"_s);

        // The same answer again changes nothing.
        model.setSessions(
            {session(u"1"_s, u"a"_s, 1), four, session(u"5"_s, u"e"_s, 5), session(u"6"_s, u"f"_s, 6)});
        QCOMPARE(changed.size(), 1);
        QCOMPARE(inserted.size(), 2);

        // Non-contiguous removals: one removal per run.
        removed.clear();
        model.setSessions({four, session(u"6"_s, u"f"_s, 6)});
        QCOMPARE(removed.size(), 2);
        QCOMPARE(hosts(model), (QStringList {u"d"_s, u"f"_s}));

        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(resets.size(), 1);
        model.setSessions({});
        QCOMPARE(model.rowCount(), 0);
    }

    void duplicateAndAnonymousSessions()
    {
        SessionsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto anonymous = session(QString(), u"x"_s, 1);
        model.setSessions({session(u"1"_s, u"a"_s, 1), session(u"1"_s, u"a2"_s, 2), anonymous, anonymous});
        QCOMPARE(hosts(model), (QStringList {u"a2"_s, u"x"_s}));
    }

    void filtersAndSortsThroughAProxy()
    {
        SessionsModel model;
        QSortFilterProxyModel proxy;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        proxy.setSortRole(SessionsModel::SortRole);
        proxy.setFilterKeyColumn(-1);
        proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
        proxy.setDynamicSortFilter(true);
        proxy.sort(SessionsModel::HoursColumn, Qt::DescendingOrder);

        model.setSessions({session(u"1"_s, u"vax-prod"_s, 9),
            session(u"2"_s, u"ssp-test"_s, 10, u"backup1"_s), session(u"3"_s, u"ssp-prod"_s, 100)});
        QCOMPARE(hosts(proxy), (QStringList {u"ssp-prod"_s, u"ssp-test"_s, u"vax-prod"_s})); // 100 > 10 > 9
        proxy.setFilterFixedString(u"PROD"_s);
        QCOMPARE(hosts(proxy), (QStringList {u"ssp-prod"_s, u"vax-prod"_s}));
        proxy.setFilterFixedString(u"backup1"_s); // the serving server is searchable too
        QCOMPARE(hosts(proxy), QStringList {u"ssp-test"_s});
        model.setSessions({session(u"4"_s, u"new"_s, 1, u"backup1"_s)});
        QCOMPARE(hosts(proxy), QStringList {u"new"_s});
        model.clear();
        QCOMPARE(proxy.rowCount(), 0);
    }
};

QTEST_MAIN(TestSessionsModel)
#include "tst_sessionsmodel.moc"
