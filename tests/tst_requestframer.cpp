// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "agent/requestframer.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestRequestFramer : public QObject
{
    Q_OBJECT

private:
    static RequestFramer::Limits limits()
    {
        RequestFramer::Limits l;
        l.maxHeaderBytes = 1024;
        l.maxBodyBytes = 100;
        return l;
    }

private Q_SLOTS:
    void refusals_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("status"); // 0: accepted
        QTest::addColumn<int>("requests");

        QTest::newRow("get") << QByteArray("GET / HTTP/1.1\r\nHost: x\r\n\r\n") << 0 << 1;
        QTest::newRow("lf only") << QByteArray("GET / HTTP/1.1\nHost: x\n\n") << 0 << 1;
        QTest::newRow("leading empty lines") << QByteArray("\r\n\r\nGET / HTTP/1.1\r\n\r\n") << 0 << 1;
        QTest::newRow("pipelined") << QByteArray("GET /a HTTP/1.1\r\n\r\nGET /b HTTP/1.1\r\n\r\n") << 0 << 2;
        QTest::newRow("body then next")
            << QByteArray("POST / HTTP/1.1\r\nContent-Length: 5\r\n\r\nhelloGET / HTTP/1.1\r\n\r\n") << 0
            << 2;
        QTest::newRow("body at limit")
            << QByteArray("POST / HTTP/1.1\r\nContent-Length: 100\r\n\r\n") + QByteArray(100, 'x') << 0 << 1;
        QTest::newRow("body over limit")
            << QByteArray("POST / HTTP/1.1\r\nContent-Length: 101\r\n\r\n") << 413 << 1;
        QTest::newRow("absurd length")
            << QByteArray("POST / HTTP/1.1\r\nContent-Length: 99999999999999999999\r\n\r\n") << 400 << 1;
        QTest::newRow("negative length")
            << QByteArray("POST / HTTP/1.1\r\nContent-Length: -1\r\n\r\n") << 400 << 1;
        QTest::newRow("signed length")
            << QByteArray("POST / HTTP/1.1\r\nContent-Length: +5\r\n\r\n") << 400 << 1;
        QTest::newRow("empty length") << QByteArray("POST / HTTP/1.1\r\nContent-Length:\r\n\r\n") << 400 << 1;
        QTest::newRow("conflicting lengths")
            << QByteArray("POST / HTTP/1.1\r\nContent-Length: 2\r\nContent-Length: 50\r\n\r\n") << 400 << 1;
        QTest::newRow("chunked") << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n") << 411
                                 << 1;
        QTest::newRow("head too large")
            << QByteArray("GET / HTTP/1.1\r\nX: ") + QByteArray(2000, 'a') << 431 << 0;
        QTest::newRow("second head too large")
            << QByteArray("GET / HTTP/1.1\r\n\r\nGET / HTTP/1.1\r\nX: ") + QByteArray(2000, 'a') << 431 << 1;
        QTest::newRow("over limit after a good one")
            << QByteArray("GET / HTTP/1.1\r\n\r\nPOST / HTTP/1.1\r\nContent-Length: 1000\r\n\r\n") << 413
            << 2;
        QTest::newRow("repeated length")
            << QByteArray("POST / HTTP/1.1\r\nContent-Length: 2\r\ncontent-length: 2\r\n\r\n{}") << 400 << 1;
        QTest::newRow("binary garbage") << QByteArray("\x00\xff\x01\r\n\r\n", 7) << 400 << 0;
        QTest::newRow("lower-case method") << QByteArray("get / HTTP/1.1\r\n\r\n") << 501 << 0;
        QTest::newRow("unknown method") << QByteArray("BREW /pot HTTP/1.1\r\n\r\n") << 501 << 0;
        QTest::newRow("space in target") << QByteArray("GET /a b HTTP/1.1\r\n\r\n") << 400 << 0;
        QTest::newRow("control in target") << QByteArray("GET /a\x01 HTTP/1.1\r\n\r\n") << 400 << 0;
        QTest::newRow("http 2") << QByteArray("GET / HTTP/2.0\r\n\r\n") << 400 << 0;
        QTest::newRow("no version") << QByteArray("GET /\r\n\r\n") << 400 << 0;
        QTest::newRow("header without colon") << QByteArray("GET / HTTP/1.1\r\nHost x\r\n\r\n") << 400 << 1;
        QTest::newRow("space in header name") << QByteArray("GET / HTTP/1.1\r\nHo st: x\r\n\r\n") << 400 << 1;
        QTest::newRow("folded header") << QByteArray("GET / HTTP/1.1\r\nX: a\r\n b\r\n\r\n") << 400 << 1;
        QTest::newRow("control in value") << QByteArray("GET / HTTP/1.1\r\nX: a\x01z\r\n\r\n") << 400 << 1;
        QTest::newRow("obs-text value")
            << QByteArray("GET / HTTP/1.1\r\nX: caf\xc3\xa9\t!\r\n\r\n") << 0 << 1;
    }

    void refusals()
    {
        QFETCH(QByteArray, input);
        QFETCH(int, status);
        QFETCH(int, requests);
        // In one piece, and byte by byte: the outcome must not depend on how TCP cut the stream.
        for (const int chunk : {int(input.size()), 1, 3}) {
            RequestFramer framer(limits());
            int refused = 0;
            for (qsizetype i = 0; i < input.size() && !refused; i += chunk) {
                if (const auto r = framer.feed(
                        QByteArrayView(input).sliced(i, qMin<qsizetype>(chunk, input.size() - i)))) {
                    refused = r->status;
                    QVERIFY(!r->code.isEmpty() && !r->message.isEmpty());
                }
            }
            QCOMPARE(refused, status);
            QCOMPARE(framer.requestsSeen(), requests);
        }
    }

    void tracksRequestsInProgress()
    {
        RequestFramer framer(limits());
        QVERIFY(!framer.inRequest());
        QVERIFY(!framer.feed("POST / HTTP/1.1\r\nContent-"));
        QVERIFY(framer.inRequest());
        QVERIFY(!framer.feed("Length: 4\r\n\r\nab"));
        QVERIFY(framer.inRequest());
        QVERIFY(!framer.feed("cd"));
        QVERIFY(!framer.inRequest());
        QCOMPARE(framer.requestsSeen(), 1);
    }

    void expectContinueIsCounted()
    {
        RequestFramer framer(limits());
        QVERIFY(!framer.feed("POST / HTTP/1.1\r\nExpect: 100-continue\r\nContent-Length: 3\r\n\r\n"));
        QCOMPARE(framer.takeContinues(), 1);
        QCOMPARE(framer.takeContinues(), 0);
        QVERIFY(!framer.feed("abcGET / HTTP/1.1\r\nExpect: 100-continue\r\n\r\n")); // no body: no 100
        QCOMPARE(framer.takeContinues(), 0);
        // Refused heads get no 100 Continue.
        QVERIFY(framer.feed("POST / HTTP/1.1\r\nExpect: 100-continue\r\nContent-Length: 500\r\n\r\n"));
        QCOMPARE(framer.takeContinues(), 0);
    }
};

QTEST_GUILESS_MAIN(TestRequestFramer)
#include "tst_requestframer.moc"
