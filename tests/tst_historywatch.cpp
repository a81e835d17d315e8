// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
// HistoryWatch: merging the agent's record with what the console saw (one entry per time, in
// order), fetching GET /api/v1/history page by page, and hostile or missing answers from a fake
// agent giving a clear error instead of a hang, a loop or invented data.
#include "core/historywatch.h"
#include "tests/faketlsserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace {

const QDateTime T0(QDate(2024, 5, 1), QTime(12, 0), Qt::UTC);

QDateTime at(int minutes)
{
    return T0.addSecs(minutes * 60);
}

HistoryWatch::Entry entry(int minutes, double hours, HistoryWatch::Origin origin)
{
    HistoryWatch::Entry e;
    e.sample.time = at(minutes);
    e.sample.remainingHours = hours;
    e.origin = origin;
    return e;
}

QJsonObject sampleJson(int minutes, double hours)
{
    return QJsonObject {{u"time"_s, at(minutes).toString(Qt::ISODate)}, {u"remainingHours"_s, hours},
        {u"sessions"_s, 2}, {u"serviceUp"_s, true}, {u"failoverActive"_s, false}};
}

QByteArray historyAnswer(const QList<int> &minutes, bool truncated, const QDateTime &next)
{
    QJsonArray samples;
    for (int m : minutes)
        samples.append(sampleJson(m, 100 - m / 60.0));
    const QJsonObject doc {{u"server"_s, u"fake"_s}, {u"from"_s, at(0).toString(Qt::ISODate)},
        {u"to"_s, at(100).toString(Qt::ISODate)}, {u"samples"_s, samples}, {u"truncated"_s, truncated},
        {u"next"_s, next.isValid() ? QJsonValue(next.toString(Qt::ISODate)) : QJsonValue()},
        {u"stored"_s, 100}, {u"skipped"_s, 0}, {u"writeError"_s, QJsonValue()}};
    return FakeTlsServer::httpResponse(200, QJsonDocument(doc).toJson(QJsonDocument::Compact));
}

} // namespace

class TestHistoryWatch : public QObject
{
    Q_OBJECT

private:
    using Origin = HistoryWatch::Origin;

    static QList<QDateTime> times(const QList<HistoryWatch::Entry> &entries)
    {
        QList<QDateTime> out;
        for (const auto &e : entries)
            out.append(e.sample.time);
        return out;
    }

private Q_SLOTS:
    void mergeKeepsOneEntryPerTimeInOrder()
    {
        QList<HistoryWatch::Entry> entries {entry(1, 99, Origin::Console), entry(3, 97, Origin::Console)};
        HistoryWatch::Entry invalid = entry(0, 1, Origin::Agent);
        invalid.sample.time = QDateTime();
        HistoryWatch::merge(entries,
            {entry(3, 96.9, Origin::Agent), entry(2, 98, Origin::Agent), invalid,
                entry(0, 100, Origin::Agent)});
        QCOMPARE(times(entries), (QList<QDateTime> {at(0), at(1), at(2), at(3)}));
        // The agent's entry wins over the console's at the same time, whichever came first.
        QCOMPARE(entries.at(3).origin, Origin::Agent);
        QCOMPARE(*entries.at(3).sample.remainingHours, 96.9);
        HistoryWatch::merge(entries, {entry(2, 50, Origin::Console)});
        QCOMPARE(entries.size(), 4);
        QCOMPARE(entries.at(2).origin, Origin::Agent);
        QCOMPARE(*entries.at(2).sample.remainingHours, 98.0);
        // The same agent sample again (a page asked twice) changes nothing.
        HistoryWatch::merge(entries, {entry(0, 100, Origin::Agent), entry(0, 100, Origin::Agent)});
        QCOMPARE(times(entries), (QList<QDateTime> {at(0), at(1), at(2), at(3)}));
        // Beyond the cap the oldest go.
        HistoryWatch::merge(entries, {entry(4, 95, Origin::Console)}, 3);
        QCOMPARE(times(entries), (QList<QDateTime> {at(2), at(3), at(4)}));
    }

    void fetchFollowsThePages()
    {
        FakeTlsServer server;
        QVERIFY(server.isListening());
        QList<QByteArray> paths;
        server.onRequest = [&paths](QTcpSocket *socket, const QByteArray &path) {
            paths.append(path);
            socket->write(
                paths.size() == 1 ? historyAnswer({0, 1}, true, at(2)) : historyAnswer({2, 3}, false, {}));
        };
        ServerConnection connection;
        connection.setEndpoint(server.url(), u"token"_s, server.sha256());
        HistoryWatch *watch = HistoryWatch::forConnection(&connection);
        QCOMPARE(HistoryWatch::forConnection(&connection), watch); // one per connection
        QVERIFY(!watch->hasFetched());
        QSignalSpy finished(watch, &HistoryWatch::fetchFinished);
        watch->fetch();
        QVERIFY(watch->isFetching());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        QCOMPARE(finished.first().first().toBool(), true);
        QVERIFY(watch->hasFetched());
        QVERIFY(watch->errorText().isEmpty());
        QCOMPARE(times(watch->entries()), (QList<QDateTime> {at(0), at(1), at(2), at(3)}));
        QCOMPARE(watch->agentSamples(), 4);
        QCOMPARE(watch->entries().at(1).sample.sessions, std::optional<int>(2));
        QCOMPARE(watch->hoursSamples().size(), 4);
        QCOMPARE(paths.size(), 2);
        // The second page starts at `next` and keeps the first answer's end.
        const QUrlQuery second(QUrl(QString::fromLatin1(paths.at(1))).query());
        QCOMPARE(QDateTime::fromString(second.queryItemValue(u"from"_s), Qt::ISODateWithMs), at(2));
        QCOMPARE(QDateTime::fromString(second.queryItemValue(u"to"_s), Qt::ISODateWithMs), at(100));
    }

    void badAnswersGiveAClearError_data()
    {
        QTest::addColumn<QByteArray>("answer");
        QTest::addColumn<QString>("expected");
        QTest::newRow("truncated json")
            << FakeTlsServer::httpResponse(200, "{\"samples\": [{\"time\": \"2024-")
            << u"history could not be read"_s;
        QTest::newRow("samples not an array")
            << FakeTlsServer::httpResponse(200, R"({"samples": {"time": 1}})") << u"samples"_s;
        QTest::newRow("bad time") << FakeTlsServer::httpResponse(
            200, R"({"samples": [{"time": "yesterday", "remainingHours": 5}]})")
                                  << u"time"_s;
        QTest::newRow("hours not a number") << FakeTlsServer::httpResponse(
            200, R"({"samples": [{"time": "2024-05-01T12:00:00Z", "remainingHours": "lots"}]})")
                                            << u"remainingHours"_s;
        QTest::newRow("invalid utf-8")
            << FakeTlsServer::httpResponse(200, "{\"server\": \"\xff\xfe\", \"samples\": []}")
            << u"history could not be read"_s;
        QTest::newRow("older agent") << FakeTlsServer::httpResponse(
            404, R"({"error":{"code":"not-found","message":"no such route"}})")
                                     << u"older version"_s;
        QTest::newRow("server error")
            << FakeTlsServer::httpResponse(503, R"({"error":{"code":"not-ready","message":"store busy"}})")
            << u"store busy"_s;
    }

    void badAnswersGiveAClearError()
    {
        QFETCH(QByteArray, answer);
        QFETCH(QString, expected);
        FakeTlsServer server;
        QVERIFY(server.isListening());
        server.response = answer;
        ServerConnection connection;
        connection.setEndpoint(server.url(), u"token"_s, server.sha256());
        HistoryWatch *watch = HistoryWatch::forConnection(&connection);
        QSignalSpy finished(watch, &HistoryWatch::fetchFinished);
        watch->fetch();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY2(watch->errorText().contains(expected), qPrintable(watch->errorText()));
        QVERIFY(watch->entries().isEmpty()); // nothing of a bad document is kept
        QVERIFY(!watch->isFetching());
    }

    void confusedPagingStops()
    {
        // An agent whose `next` does not move on, and one that is always `truncated`: the watch
        // neither loops forever nor asks more than MaxPages times.
        FakeTlsServer stuck;
        int stuckRequests = 0;
        stuck.onRequest = [&stuckRequests](QTcpSocket *socket, const QByteArray &) {
            ++stuckRequests;
            socket->write(historyAnswer({0}, true, at(0)));
        };
        FakeTlsServer endless;
        int endlessRequests = 0;
        endless.onRequest = [&endlessRequests](QTcpSocket *socket, const QByteArray &) {
            ++endlessRequests;
            socket->write(historyAnswer({endlessRequests}, true, at(endlessRequests + 1)));
        };
        for (FakeTlsServer *server : {&stuck, &endless}) {
            ServerConnection connection;
            connection.setEndpoint(server->url(), u"token"_s, server->sha256());
            HistoryWatch *watch = HistoryWatch::forConnection(&connection);
            QSignalSpy finished(watch, &HistoryWatch::fetchFinished);
            watch->fetch();
            QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
        }
        QCOMPARE(stuckRequests, 2); // the first page from the default, then from `next` once
        QCOMPARE(endlessRequests, HistoryWatch::MaxPages);
    }

    void anotherServerStartsOver()
    {
        FakeTlsServer first;
        first.response = historyAnswer({0, 1}, false, {});
        FakeTlsServer second;
        second.response = historyAnswer({5}, false, {});
        ServerConnection connection;
        connection.setEndpoint(first.url(), u"token"_s, first.sha256());
        HistoryWatch *watch = HistoryWatch::forConnection(&connection);
        QSignalSpy finished(watch, &HistoryWatch::fetchFinished);
        watch->fetch();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        QCOMPARE(watch->entries().size(), 2);
        connection.setEndpoint(second.url(), u"token"_s, second.sha256());
        watch->fetch();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 20000);
        QCOMPARE(times(watch->entries()), QList<QDateTime> {at(5)});
    }
};

QTEST_GUILESS_MAIN(TestHistoryWatch)
#include "tst_historywatch.moc"
