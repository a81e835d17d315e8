// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Failover, grace period and depletion end to end: the real `ve-agent --simulate` (time-scaled,
// moved on deterministically with POST /api/v1/simulator/advance), watched the way the console
// watches it (two ServerConnections feeding an AlertEngine), `vectl check` against it, its
// /metrics in the Prometheus text format, and its history across a SIGKILL and a torn record.
#include "core/agentclient.h"
#include "core/alertengine.h"
#include "core/fingerprint.h"
#include "core/historysample.h"
#include "tests/agentfixture.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString PrimaryId = u"primary"_s;
const QString BackupId = u"backup"_s;
const QString FailoverKey = u"backup/failover/primary"_s;
constexpr int PollMs = 300;

// Checks the Prometheus text exposition format (0.0.4) line by line, as a scraper reads it;
// returns the problems found, and the sample values by metric name.
QStringList exposition(const QString &text, QHash<QString, double> *values)
{
    static const QRegularExpression help(u"\\A# HELP ([a-zA-Z_:][a-zA-Z0-9_:]*) \\S.*\\z"_s);
    static const QRegularExpression type(
        u"\\A# TYPE ([a-zA-Z_:][a-zA-Z0-9_:]*) (counter|gauge|histogram|summary|untyped)\\z"_s);
    static const QRegularExpression sample(
        u"\\A([a-zA-Z_:][a-zA-Z0-9_:]*)"
        "(\\{[a-zA-Z_][a-zA-Z0-9_]*=\"(?:[^\"\\\\\\n]|\\\\[\\\\\"n])*\""
        "(?:,[a-zA-Z_][a-zA-Z0-9_]*=\"(?:[^\"\\\\\\n]|\\\\[\\\\\"n])*\")*\\})?"
        " (\\S+)\\z"_s);
    QStringList problems;
    if (!text.endsWith(u'\n'))
        problems.append(u"the text does not end with a line feed"_s);
    QSet<QString> helped;
    QSet<QString> typed;
    QSet<QString> sampled;
    const QStringList lines = text.split(u'\n');
    for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
        const QString &line = lines.at(i);
        if (const auto m = help.match(line); m.hasMatch()) {
            if (helped.contains(m.captured(1)) || sampled.contains(m.captured(1)))
                problems.append(u"HELP out of place: "_s + line);
            helped.insert(m.captured(1));
        } else if (const auto m = type.match(line); m.hasMatch()) {
            if (typed.contains(m.captured(1)) || sampled.contains(m.captured(1)))
                problems.append(u"TYPE out of place: "_s + line);
            typed.insert(m.captured(1));
        } else if (const auto m = sample.match(line); m.hasMatch()) {
            const QString name = m.captured(1);
            bool ok = false;
            const QString value = m.captured(3);
            const double v = value == "NaN"_L1 ? qQNaN()
                : value == "+Inf"_L1           ? qInf()
                : value == "-Inf"_L1           ? -qInf()
                                               : value.toDouble(&ok);
            if (!ok && !value.contains(u"Inf"_s) && value != "NaN"_L1)
                problems.append(u"not a number: "_s + line);
            if (!typed.contains(name) || !helped.contains(name))
                problems.append(u"sample without HELP and TYPE: "_s + line);
            sampled.insert(name);
            values->insert(name, v);
        } else {
            problems.append(u"unparsable line: "_s + line);
        }
    }
    return problems;
}

} // namespace

class TestFailover : public QObject
{
    Q_OBJECT

private:
    enum Port { Primary, Backup };

    Result<QJsonObject> call(Port port, const QByteArray &verb, const QString &path, const QString &token,
        const QByteArray &body = {});
    Result<QJsonObject> act(const QString &path, const QByteArray &body = {})
    {
        return call(Primary, "POST", path, m_admin, body);
    }
    bool advance(int minutes)
    {
        return act(u"/api/v1/simulator/advance"_s, u"{\"minutes\":%1}"_s.arg(minutes).toUtf8()).ok();
    }
    QByteArray fetchText(Port port, const QString &path, const QString &token, int *status, QByteArray *type);
    struct Run
    {
        int exit = -1;
        QStringList lines;
    };
    Run check(Port port, const QStringList &arguments, const QString &token = {});
    void pollBoth();
    void watch(
        ServerConnection *connection, const QString &id, const QString &partner, ServerEntry::PairRole role);
    QUrl url(Port port) const { return m_fixture.urls().value(int(port)); }

    AgentFixture m_fixture;
    QTemporaryDir m_home;
    QByteArray m_pin;
    QString m_admin;
    QString m_viewer;
    QNetworkAccessManager m_nam;
    AlertEngine m_engine;
    std::unique_ptr<ServerConnection> m_connections[2];

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void statusClockIsTheSimulatedOne();
    void primaryDownRaisesFailoverThatGrowsAndClears();
    void bothDownGraceStopTimeMatchesTheLicense();
    void vectlCheckExitCodes();
    void metricsParse();
    void historyQueryIsValidated();
    void historySurvivesRestartAndTornRecord();
};

Result<QJsonObject> TestFailover::call(
    Port port, const QByteArray &verb, const QString &path, const QString &token, const QByteArray &body)
{
    AgentClient client;
    client.setBaseUrl(url(port));
    client.setToken(token);
    client.setPinnedSha256(m_pin);
    client.setTimeoutMs(20000);
    Result<QJsonObject> result;
    QEventLoop loop; // the agent is another process: waiting here cannot deadlock it
    client.request(verb, path, body, [&](const Result<QJsonObject> &r) {
        result = r;
        loop.quit();
    });
    loop.exec();
    return result;
}

QByteArray TestFailover::fetchText(
    Port port, const QString &path, const QString &token, int *status, QByteArray *type)
{
    QNetworkRequest request(url(port).resolved(QUrl(path)));
    request.setTransferTimeout(15000);
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    QNetworkReply *reply = m_nam.get(request);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished() && !finished.wait(20000))
        reply->abort();
    *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    *type = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    const QByteArray body = reply->readAll();
    reply->deleteLater();
    return body;
}

TestFailover::Run TestFailover::check(Port port, const QStringList &arguments, const QString &token)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"VE_KNOWN_SERVERS"_s, m_home.filePath(u"known_servers"_s));
    env.insert(u"VE_TOKEN"_s, token.isEmpty() ? m_viewer : token);
    env.remove(u"VE_PARTNER_TOKEN"_s);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(VE_VECTL_BINARY),
        QStringList {u"--server"_s, url(port).toString(), u"--pin"_s, Fingerprint::toText(m_pin), u"check"_s}
            + arguments);
    Run run;
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit)
        return run;
    run.exit = process.exitCode();
    run.lines = QString::fromUtf8(process.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
    return run;
}

void TestFailover::watch(
    ServerConnection *connection, const QString &id, const QString &partner, ServerEntry::PairRole role)
{
    const auto feed = [this, connection, id, partner, role] {
        ServerSnapshot s = ServerSnapshot::fromConnection(*connection, id);
        s.partnerId = partner;
        s.pairRole = role;
        m_engine.update(s, QDateTime::currentDateTimeUtc());
    };
    connect(connection, &ServerConnection::sessionsUpdated, this, feed);
    connect(connection, &ServerConnection::stateChanged, this, feed);
    connection->setEndpoint(url(id == PrimaryId ? Primary : Backup), m_viewer, m_pin);
    connection->setPollInterval(PollMs);
    connection->start();
}

// Waits until both connections answered a round that started after this call: the second answer
// from now on (the first may come from a round already on its way).
void TestFailover::pollBoth()
{
    QSignalSpy primary(m_connections[Primary].get(), &ServerConnection::sessionsUpdated);
    QSignalSpy backup(m_connections[Backup].get(), &ServerConnection::sessionsUpdated);
    QTRY_VERIFY_WITH_TIMEOUT(primary.size() >= 2 && backup.size() >= 2, 20000);
}

void TestFailover::initTestCase()
{
    QVERIFY(m_home.isValid());
    QString error;
    m_admin = m_fixture.addToken(u"admin"_s, u"admin"_s, &error);
    m_viewer = m_fixture.addToken(u"monitor"_s, u"viewer"_s, &error);
    QVERIFY2(m_admin.startsWith(u"vea_"_s) && m_viewer.startsWith(u"vea_"_s), qPrintable(error));
    m_fixture.setExtraArguments({u"--simulate"_s, u"--time-scale"_s, u"60"_s});
    QVERIFY2(m_fixture.start(&error), qPrintable(error));
    QCOMPARE(m_fixture.urls().size(), 2);
    m_pin = m_fixture.sha256();
    QCOMPARE(m_pin.size(), 32);
    connect(&m_nam, &QNetworkAccessManager::sslErrors, this,
        [this](QNetworkReply *reply, const QList<QSslError> &errors) {
            if (reply->sslConfiguration().peerCertificate().digest(QCryptographicHash::Sha256) == m_pin)
                reply->ignoreSslErrors(errors);
        });

    AlertThresholds thresholds;
    thresholds.timeZone = QTimeZone::utc();
    m_engine.setThresholds(thresholds);
    m_connections[Primary] = std::make_unique<ServerConnection>();
    m_connections[Backup] = std::make_unique<ServerConnection>();
    watch(m_connections[Primary].get(), PrimaryId, BackupId, ServerEntry::PairRole::Primary);
    watch(m_connections[Backup].get(), BackupId, PrimaryId, ServerEntry::PairRole::Backup);
    QTRY_COMPARE_WITH_TIMEOUT(m_connections[Primary]->state(), ServerConnection::State::Connected, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(m_connections[Backup]->state(), ServerConnection::State::Connected, 20000);
}

void TestFailover::cleanupTestCase()
{
    for (auto &connection : m_connections) {
        if (connection)
            connection->stop();
    }
    QCOMPARE(m_fixture.terminate(), 0);
}

void TestFailover::statusClockIsTheSimulatedOne()
{
    QVERIFY(advance(24 * 60)); // a day ahead of the real clock
    const Result<QJsonObject> status = call(Backup, "GET", u"/api/v1/status"_s, m_viewer);
    const Result<QJsonObject> sim = call(Backup, "GET", u"/api/v1/simulator"_s, m_viewer);
    QVERIFY(status.ok() && sim.ok());
    const QDateTime hostClock
        = QDateTime::fromString(status.value.value(u"hostClock"_s).toString(), Qt::ISODate);
    const QDateTime simClock = QDateTime::fromString(sim.value.value(u"clock"_s).toString(), Qt::ISODate);
    QVERIFY(hostClock.isValid());
    QVERIFY(hostClock > QDateTime::currentDateTimeUtc().addSecs(23 * 3600));
    QVERIFY(qAbs(hostClock.secsTo(simClock)) < 10 * 60);
}

void TestFailover::primaryDownRaisesFailoverThatGrowsAndClears()
{
    pollBoth();
    QVERIFY(!m_engine.alert(FailoverKey));
    QSignalSpy raised(&m_engine, &AlertEngine::alertRaised);

    QVERIFY(act(u"/api/v1/simulator/primary/down"_s).ok());
    QVERIFY(advance(61)); // one check interval (60 minutes): every emulator has tried the primary
    pollBoth();
    QTRY_VERIFY_WITH_TIMEOUT(m_engine.alert(FailoverKey) && m_engine.alert(FailoverKey)->open, 10000);
    Alert failover = *m_engine.alert(FailoverKey);
    QCOMPARE(failover.severity, Alert::Severity::Warning);
    QCOMPARE(failover.emulators, (QStringList {u"axp-01"_s, u"par-01"_s, u"ssp4m-01"_s, u"ssp4u-01"_s}));
    QVERIFY(failover.since.isValid());
    QVERIFY(failover.hoursBurnt.has_value());
    const double burntFirst = *failover.hoursBurnt;
    const QDateTime firstSeen = failover.firstSeen;
    QVERIFY(m_engine.alert(u"primary/service-down/"_s)->open);

    // An hour on the backup burns about an hour of its COUNTDOWN license, in the same alert.
    QVERIFY(advance(60));
    pollBoth();
    QTRY_VERIFY_WITH_TIMEOUT(*m_engine.alert(FailoverKey)->hoursBurnt >= burntFirst + 0.9, 10000);
    failover = *m_engine.alert(FailoverKey);
    QVERIFY2(*failover.hoursBurnt <= burntFirst + 1.2, qPrintable(QString::number(*failover.hoursBurnt)));
    QCOMPARE(failover.firstSeen, firstSeen); // the same alert, updated in place
    int failoverRaised = 0;
    for (const QList<QVariant> &args : raised)
        failoverRaised += args.at(0).value<Alert>().key == FailoverKey ? 1 : 0;
    QCOMPARE(failoverRaised, 1);

    // The primary comes back: at their next check the emulators switch back, the alert clears.
    QVERIFY(act(u"/api/v1/simulator/primary/up"_s).ok());
    QVERIFY(advance(61));
    pollBoth();
    QTRY_VERIFY_WITH_TIMEOUT(!m_engine.alert(FailoverKey)->open, 10000);
    const std::optional<Alert> back = m_engine.alert(u"backup/switch-back/primary"_s);
    QVERIFY(back && back->open);
    QCOMPARE(back->severity, Alert::Severity::Info);
    QCOMPARE(back->emulators.size(), 4);
    QVERIFY(!m_engine.alert(u"primary/service-down/"_s)->open);
}

void TestFailover::bothDownGraceStopTimeMatchesTheLicense()
{
    QVERIFY(act(u"/api/v1/simulator/backup/down"_s).ok());
    QVERIFY(act(u"/api/v1/simulator/primary/down"_s).ok());
    QVERIFY(advance(61));
    pollBoth();
    const Result<QJsonObject> sim = call(Primary, "GET", u"/api/v1/simulator"_s, m_viewer);
    QVERIFY(sim.ok());
    const std::optional<int> licenseGrace = m_connections[Primary]->license().license.gracePeriodMinutes;
    QCOMPARE(licenseGrace, std::optional<int>(120));
    const QJsonArray emulators = sim.value.value(u"emulators"_s).toArray();
    QCOMPARE(emulators.size(), 4);
    for (const QJsonValue &value : emulators) {
        const QJsonObject e = value.toObject();
        const QString name = e.value(u"name"_s).toString();
        QCOMPARE(e.value(u"state"_s).toString(), u"grace"_s);
        const QDateTime lost = QDateTime::fromString(e.value(u"lossTime"_s).toString(), Qt::ISODate);
        const QDateTime stops = QDateTime::fromString(e.value(u"graceDeadline"_s).toString(), Qt::ISODate);
        const QString key = u"primary/grace-period/"_s + name;
        QTRY_VERIFY_WITH_TIMEOUT(m_engine.alert(key) && m_engine.alert(key)->open, 10000);
        const Alert grace = *m_engine.alert(key);
        QCOMPARE(grace.severity, Alert::Severity::Critical);
        QCOMPARE(grace.since, lost);
        QCOMPARE(grace.deadline, lost.addSecs(qint64(*licenseGrace) * 60)); // to the simulated second
        QCOMPARE(grace.deadline, stops); // what the emulator itself will do
        QVERIFY2(grace.text.contains(u"Shut the guest down cleanly before "_s + stops.toString(u"HH:mm"_s)),
            qPrintable(grace.text));
    }
    const Run critical = check(
        Primary, {u"--partner"_s, url(Backup).toString(), u"--partner-pin"_s, Fingerprint::toText(m_pin)});
    QCOMPARE(critical.exit, 2);
    QVERIFY2(critical.lines.value(0).startsWith(u"VE LICENSE CRITICAL - ve-primary.sim: "_s),
        qPrintable(critical.lines.join(u'\n')));
    QVERIFY(critical.lines.join(u'\n').contains(u"Shut the guest down cleanly before"_s));

    // Both back before the grace period ends: at their next check the emulators are served again.
    QVERIFY(act(u"/api/v1/simulator/backup/up"_s).ok());
    QVERIFY(act(u"/api/v1/simulator/primary/up"_s).ok());
    QVERIFY(advance(61));
    pollBoth();
    for (const QJsonValue &value : emulators) {
        const QString key = u"primary/grace-period/"_s + value.toObject().value(u"name"_s).toString();
        QTRY_VERIFY_WITH_TIMEOUT(!m_engine.alert(key)->open, 10000);
    }
}

void TestFailover::vectlCheckExitCodes()
{
    const QStringList partner {
        u"--partner"_s, url(Backup).toString(), u"--partner-pin"_s, Fingerprint::toText(m_pin)};
    const Run ok = check(Primary, partner);
    QCOMPARE(ok.exit, 0);
    QVERIFY2(ok.lines.value(0).startsWith(u"VE LICENSE OK - ve-primary.sim: "_s),
        qPrintable(ok.lines.join(u'\n')));
    QVERIFY2(ok.lines.value(0).contains(u" | sessions=4;;;0 expiry_days="_s), qPrintable(ok.lines.value(0)));

    // The backup has about 97 hours left: WARNING under 200, CRITICAL under 150.
    const Run warning = check(Backup, {u"--warning-hours"_s, u"200"_s, u"--critical-hours"_s, u"10"_s});
    QCOMPARE(warning.exit, 1);
    QVERIFY2(warning.lines.value(0).startsWith(u"VE LICENSE WARNING - ve-backup.sim: COUNTDOWN hours low"_s),
        qPrintable(warning.lines.join(u'\n')));
    static const QRegularExpression perf(
        u" \\| remaining_hours=9\\d\\.\\d\\d;200\\.00:;10\\.00:;0 sessions=0;;;0\\z"_s);
    QVERIFY2(perf.match(warning.lines.value(0)).hasMatch(), qPrintable(warning.lines.value(0)));
    const Run critical = check(Backup, {u"--warning-hours"_s, u"300"_s, u"--critical-hours"_s, u"150"_s});
    QCOMPARE(critical.exit, 2);
    QVERIFY(critical.lines.value(0).startsWith(u"VE LICENSE CRITICAL - "_s));

    // UNKNOWN: nobody listening, a refused token, a wrong command line.
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close();
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"VE_TOKEN"_s, m_viewer);
    env.insert(u"VE_KNOWN_SERVERS"_s, m_home.filePath(u"known_servers"_s));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(VE_VECTL_BINARY),
        {u"--server"_s, u"https://127.0.0.1:%1"_s.arg(port), u"--pin"_s, Fingerprint::toText(m_pin),
            u"check"_s});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 3);
    QVERIFY(process.readAllStandardOutput().startsWith("VE LICENSE UNKNOWN - "));
    QCOMPARE(check(Primary, {}, u"vea_not-a-real-token"_s).exit, 3);
    QCOMPARE(check(Primary, {u"--warning-hours"_s, u"lots"_s}).exit, 3);
    QCOMPARE(check(Primary, {u"--warning-hours"_s, u"10"_s, u"--critical-hours"_s, u"20"_s}).exit, 3);
}

void TestFailover::metricsParse()
{
    int status = 0;
    QByteArray type;
    fetchText(Primary, u"/metrics"_s, {}, &status, &type);
    QCOMPARE(status, 401);
    const QString promtool = QStandardPaths::findExecutable(u"promtool"_s);
    if (promtool.isEmpty())
        qInfo("promtool not found: the exposition format is checked by this test's own parser only");
    for (Port port : {Primary, Backup}) {
        const QByteArray body = fetchText(port, u"/metrics"_s, m_viewer, &status, &type);
        QCOMPARE(status, 200);
        QVERIFY2(type.startsWith("text/plain; version=0.0.4"), type.constData());
        QHash<QString, double> values;
        const QStringList problems = exposition(QString::fromUtf8(body), &values);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n') + u"\n"_s + QString::fromUtf8(body)));
        for (const QString &name :
            {u"ve_agent_info"_s, u"ve_service_up"_s, u"ve_sessions"_s, u"ve_failover_active"_s})
            QVERIFY2(values.contains(name), qPrintable(name));
        QCOMPARE(values.value(u"ve_service_up"_s), 1.0);
        QCOMPARE(values.value(u"ve_failover_active"_s), 0.0);
        if (port == Primary) {
            QCOMPARE(values.value(u"ve_sessions"_s), 4.0);
            QVERIFY(values.value(u"ve_license_expiry_seconds"_s) > 300 * 86400.0); // a year's license
            QVERIFY(!values.contains(u"ve_remaining_hours"_s)); // NORMAL
        } else {
            QVERIFY(
                values.value(u"ve_remaining_hours"_s) > 90 && values.value(u"ve_remaining_hours"_s) < 100);
        }
        if (promtool.isEmpty())
            continue;
        // promtool parses, then lints; the only lint accepted is the unit of ve_remaining_hours
        // (the license counts hours, so the metric says hours).
        QProcess lint;
        lint.setProcessChannelMode(QProcess::MergedChannels);
        lint.start(promtool, {u"check"_s, u"metrics"_s});
        lint.write(body);
        lint.closeWriteChannel();
        QVERIFY(lint.waitForFinished(30000));
        const QStringList output = QString::fromUtf8(lint.readAll()).split(u'\n', Qt::SkipEmptyParts);
        for (const QString &line : output)
            QVERIFY2(line.startsWith(u"ve_remaining_hours use base unit"_s), qPrintable(line));
        QCOMPARE(lint.exitCode(), output.isEmpty() ? 0 : 3);
    }
}

void TestFailover::historyQueryIsValidated()
{
    const auto get = [this](const QString &query) {
        return call(Backup, "GET", u"/api/v1/history"_s + query, m_viewer);
    };
    const Result<QJsonObject> plain = get({});
    QVERIFY2(plain.ok(), qPrintable(plain.error.message));
    QString error;
    const HistoryDocument doc = historyFromJson(plain.value, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(doc.server, u"ve-backup.sim"_s);
    QCOMPARE(doc.from.secsTo(doc.to), 24 * 3600);
    QVERIFY(!doc.samples.isEmpty());
    QVERIFY(std::is_sorted(doc.samples.cbegin(), doc.samples.cend(),
        [](const HistorySample &a, const HistorySample &b) { return a.time < b.time; }));
    // The failover of the earlier test is in the backup's history, with its burning hours.
    bool sawFailover = false;
    for (const HistorySample &s : doc.samples)
        sawFailover
            = sawFailover || (s.failoverActive && s.sessions == 4 && s.remainingHours.value_or(100) < 100);
    QVERIFY(sawFailover);

    for (const QString &bad : QStringList {u"?from=yesterday"_s, u"?to=2024-13-45T00:00:00Z"_s,
             u"?from=2024-05-02T00:00:00Z&to=2024-05-01T00:00:00Z"_s, u"?form=2024-05-01T00:00:00Z"_s,
             u"?from=2024-05-01T00:00:00Z&from=2024-05-02T00:00:00Z"_s, u"?from="_s + QString(5000, u'9')}) {
        const Result<QJsonObject> r = get(bad);
        QCOMPARE(r.error.httpStatus, 400);
        QCOMPARE(r.error.code, u"bad-request"_s);
    }
    QCOMPARE(call(Backup, "GET", u"/api/v1/history"_s, {}).error.httpStatus, 401);
    QVERIFY(get(u"?from=2000-01-01T00:00:00Z&to=2000-01-02T00:00:00Z"_s)
                .value.value(u"samples"_s)
                .toArray()
                .isEmpty());
}

void TestFailover::historySurvivesRestartAndTornRecord()
{
    const QString range = u"?from=2000-01-01T00:00:00Z&to=2999-01-01T00:00:00Z"_s;
    const Result<QJsonObject> before = call(Backup, "GET", u"/api/v1/history"_s + range, m_viewer);
    QVERIFY(before.ok());
    const QList<HistorySample> old = historyFromJson(before.value).samples;
    QVERIFY2(old.size() >= 3, qPrintable(QString::number(old.size())));

    for (auto &connection : m_connections)
        connection->stop();
    m_fixture.kill(); // SIGKILL: no chance to close anything
    // A write cut short by the crash: half a record at the end of the file.
    QFile file(m_fixture.stateDir() + u"/sim/history-backup.dat"_s);
    QVERIFY2(file.open(QIODevice::Append), qPrintable(file.fileName()));
    QCOMPARE(file.write(QByteArray(13, '\x5a')), 13);
    file.close();

    QString error;
    QVERIFY2(m_fixture.restart(&error), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(call(Backup, "GET", u"/api/v1/history"_s + range, m_viewer).ok(), 10000);
    HistoryDocument after;
    QTRY_VERIFY_WITH_TIMEOUT(
        (after = historyFromJson(call(Backup, "GET", u"/api/v1/history"_s + range, m_viewer).value))
                .samples.size()
            > old.size(),
        10000);
    QCOMPARE(after.skipped, 1); // the torn record, and nothing else
    // Every sample from before the crash is still there (the restarted site's clock starts anew, so
    // the new samples may sort among them).
    for (const HistorySample &s : old)
        QVERIFY2(after.samples.contains(s), qPrintable(s.time.toString(Qt::ISODate)));
}

QTEST_GUILESS_MAIN(TestFailover)
#include "tst_failover.moc"
