// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The CSV export of a server's history: the columns, RFC 4180 quoting (read back with a reader of
// its own here, not the writer's logic), formula defusing, all-or-nothing writing.
#include "core/historycsv.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// RFC 4180 records: quoted fields may hold commas, doubled quotes and line breaks.
QList<QStringList> readCsv(const QByteArray &bytes)
{
    const QString text = QString::fromUtf8(bytes);
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            record.append(field);
            field.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            record.append(field);
            records.append(record);
            record.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !record.isEmpty())
        records.append(record + QStringList {field});
    return records;
}

HistoryWatch::Entry agentEntry(const QDateTime &time, double hours, int sessions, bool up, bool failover)
{
    HistoryWatch::Entry e;
    e.sample.time = time;
    e.sample.remainingHours = hours;
    e.sample.sessions = sessions;
    e.sample.serviceUp = up;
    e.sample.failoverActive = failover;
    return e;
}

} // namespace

class TestHistoryCsv : public QObject
{
    Q_OBJECT

private:
    const QDateTime t0 = QDateTime(QDate(2024, 5, 1), QTime(11, 2), Qt::UTC);

private Q_SLOTS:
    void columnsAndValues()
    {
        HistoryWatch::Entry console;
        console.origin = HistoryWatch::Origin::Console;
        console.sample.time = t0.addSecs(90).addMSecs(250);
        console.sample.remainingHours = 99.25;
        HistoryWatch::Entry unknown = agentEntry(t0.addSecs(120), 0, 0, false, false);
        unknown.sample.remainingHours.reset();
        unknown.sample.sessions.reset();
        const QByteArray csv
            = HistoryCsv::format({agentEntry(t0, 99.5, 4, true, true), console, unknown,
                                     agentEntry(t0.addSecs(180), 123456.75, 0, false, false)},
                u"ls-backup"_s);
        QVERIFY(csv.endsWith("\r\n"));
        const QList<QStringList> rows = readCsv(csv);
        QCOMPARE(rows.size(), 5);
        QCOMPARE(rows.at(0),
            (QStringList {u"time"_s, u"server"_s, u"remaining_hours"_s, u"sessions"_s, u"service_up"_s,
                u"failover_active"_s, u"source"_s}));
        QCOMPARE(rows.at(1),
            (QStringList {u"2024-05-01T11:02:00Z"_s, u"ls-backup"_s, u"99.5"_s, u"4"_s, u"true"_s, u"true"_s,
                u"agent"_s}));
        // What the console saw itself has no sessions or service state: those stay empty.
        QCOMPARE(rows.at(2),
            (QStringList {u"2024-05-01T11:03:30.250Z"_s, u"ls-backup"_s, u"99.25"_s, QString(), QString(),
                QString(), u"console"_s}));
        QCOMPARE(rows.at(3),
            (QStringList {u"2024-05-01T11:04:00Z"_s, u"ls-backup"_s, QString(), QString(), u"false"_s,
                u"false"_s, u"agent"_s}));
        QCOMPARE(rows.at(4).at(2), u"123456.75"_s); // no exponent, a point for decimals
        // Round trip: the time column reads back as the same instant.
        QCOMPARE(QDateTime::fromString(rows.at(2).at(0), Qt::ISODateWithMs), console.sample.time);
    }

    void roundTripsHostileServerNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("comma") << u"backup, site 2"_s;
        QTest::newRow("quotes") << u"the \"DR\" server"_s;
        QTest::newRow("line break") << u"two\r\nlines\nhere"_s;
        QTest::newRow("non-ascii") << u"Sicherung München – 東京"_s;
        QTest::newRow("empty") << QString();
    }

    void roundTripsHostileServerNames()
    {
        QFETCH(QString, name);
        const QByteArray csv = HistoryCsv::format({agentEntry(t0, 10, 1, true, false)}, name);
        const QList<QStringList> rows = readCsv(csv);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(1).size(), 7);
        QCOMPARE(rows.at(1).at(1), name);
        QCOMPARE(rows.at(1).at(2), u"10"_s);
    }

    void defusesFormulas_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("equals") << u"=HYPERLINK(\"x\")"_s;
        QTest::newRow("plus") << u"+1"_s;
        QTest::newRow("minus") << u"-1+2"_s;
        QTest::newRow("at") << u"@SUM(A1)"_s;
        QTest::newRow("tab") << u"\t=1"_s;
    }

    void defusesFormulas()
    {
        QFETCH(QString, name);
        const QList<QStringList> rows
            = readCsv(HistoryCsv::format({agentEntry(t0, 1, 1, true, false)}, name));
        QCOMPARE(rows.at(1).at(1), u'\'' + name);
    }

    void writesAllOrNothing()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"hours.csv"_s);
        const QByteArray csv = HistoryCsv::format({agentEntry(t0, 1, 1, true, false)}, u"a"_s);
        QString error;
        QVERIFY2(HistoryCsv::write(path, csv, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), csv);

        const QString missing = dir.filePath(u"no/such/dir/hours.csv"_s);
        QVERIFY(!HistoryCsv::write(missing, csv, &error));
        QVERIFY2(error.contains(u"hours.csv"_s), qPrintable(error));
        QVERIFY(!QFile::exists(missing));
    }
};

QTEST_GUILESS_MAIN(TestHistoryCsv)
#include "tst_historycsv.moc"
