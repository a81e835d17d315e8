// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The alert engine over hand-made snapshots: every condition raises once, updates in place,
// clears; thresholds fire once each as the hours fall; the grace stop time is exact.
#include "core/alertengine.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

using Kind = Alert::Kind;
using Severity = Alert::Severity;
using State = ServerConnection::State;

const QDateTime T0 = QDateTime(QDate(2024, 5, 1), QTime(12, 0), Qt::UTC);

QDateTime at(int minutes)
{
    return T0.addSecs(qint64(minutes) * 60);
}

Session session(
    const QString &emulator, const QString &state, const QString &servedBy, const QDateTime &since)
{
    Session s;
    s.id = emulator + u"-id"_s;
    s.emulatorHost = emulator;
    s.state = state;
    s.servedBy = servedBy;
    s.since = since;
    return s;
}

ServerSnapshot server(const QString &id, const QString &role, const QDateTime &clock)
{
    ServerSnapshot s;
    s.id = id;
    AgentStatus status;
    status.protocol = 1;
    status.hostName = id + u".example"_s;
    status.role = role;
    status.hostClock = clock;
    status.service.state = u"active"_s;
    status.capabilities = {u"license"_s, u"sessions"_s};
    s.status = status;
    s.sessions = QList<Session>();
    return s;
}

// A primary "p" paired with a backup "b".
struct Pair
{
    ServerSnapshot primary = server(u"p"_s, u"primary"_s, T0);
    ServerSnapshot backup = server(u"b"_s, u"backup"_s, T0);
    Pair()
    {
        primary.pairRole = ServerEntry::PairRole::Primary;
        primary.partnerId = u"b"_s;
        backup.pairRole = ServerEntry::PairRole::Backup;
        backup.partnerId = u"p"_s;
        backup.status->remainingHours = 100;
    }
    void setClock(const QDateTime &clock)
    {
        primary.status->hostClock = clock;
        backup.status->hostClock = clock;
    }
    void feed(AlertEngine &engine, const QDateTime &now)
    {
        engine.update(primary, now);
        engine.update(backup, now);
    }
};

QStringList keys(const QSignalSpy &spy)
{
    QStringList out;
    for (const QList<QVariant> &args : spy)
        out.append(args.at(0).value<Alert>().key);
    return out;
}

Alert lastAlert(const QSignalSpy &spy)
{
    return spy.constLast().at(0).value<Alert>();
}

} // namespace

class TestAlertEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void failoverRaisesOnceGrowsAndSwitchesBack();
    void failoverSeenFromThePrimaryAlone();
    void unobservableServerKeepsItsAlerts();
    void graceStopTimeIsExact_data();
    void graceStopTimeIsExact();
    void stoppedEmulator();
    void hoursThresholdsFireOnceEach();
    void expiryThresholdsFireOnceEach();
    void connectivityAlerts_data();
    void connectivityAlerts();
    void serviceDown();
    void acknowledge();
    void hostFactDrift();
    void removeServerClosesItsAlerts();
    void hoursBurntIgnoresAddedHours();
    void pollRoundFedAtOnce();
};

void TestAlertEngine::failoverRaisesOnceGrowsAndSwitchesBack()
{
    AlertEngine engine;
    AlertThresholds t;
    t.timeZone = QTimeZone::utc();
    t.hours = {}; // this test is about the failover only
    engine.setThresholds(t);
    QSignalSpy raised(&engine, &AlertEngine::alertRaised);
    QSignalSpy updated(&engine, &AlertEngine::alertUpdated);
    QSignalSpy cleared(&engine, &AlertEngine::alertCleared);

    Pair pair;
    pair.primary.sessions = QList<Session> {session(u"axp"_s, u"active"_s, u"p.example"_s, at(-60)),
        session(u"par"_s, u"active"_s, u"p.example"_s, at(-60))};
    pair.backup.hours = {{at(-5), 100}};
    pair.feed(engine, at(0));
    QVERIFY(raised.isEmpty());

    // The primary goes away; both emulators fail over at their next check.
    pair.setClock(at(61));
    pair.primary.status->service.state = u"inactive"_s;
    Session axp = session(u"axp"_s, u"failover"_s, u"b.example"_s, at(30));
    axp.lostSince = at(30);
    Session par = session(u"par"_s, u"failover"_s, u"b.example"_s, at(45));
    par.lostSince = at(45);
    pair.primary.sessions = QList<Session> {axp, par}; // the primary lists where they went
    pair.backup.sessions = QList<Session> {axp, par};
    pair.backup.status->remainingHours = 99.5;
    pair.backup.hours.append({at(61), 99.5});
    pair.feed(engine, at(61));
    const QString key = u"b/failover/p"_s;
    QCOMPARE(keys(raised), (QStringList {key, u"p/service-down/"_s}));
    Alert failover = *engine.alert(key);
    QCOMPARE(failover.kind, Kind::Failover);
    QCOMPARE(failover.severity, Severity::Warning);
    QCOMPARE(failover.serverId, u"b"_s);
    QCOMPARE(failover.emulators, (QStringList {u"axp"_s, u"par"_s}));
    QCOMPARE(failover.since, at(30));
    QCOMPARE(failover.firstSeen, at(61));
    QVERIFY(failover.hoursBurnt.has_value());
    QCOMPARE(*failover.hoursBurnt, 0.5);
    QVERIFY2(failover.text.contains(u"since 12:30 UTC"_s), qPrintable(failover.text));

    // An hour later: the same alert, more hours burnt.
    raised.clear();
    pair.setClock(at(121));
    pair.backup.status->remainingHours = 98.5;
    pair.backup.hours.append({at(121), 98.5});
    pair.feed(engine, at(121));
    QVERIFY(raised.isEmpty());
    QVERIFY(keys(updated).contains(key));
    failover = *engine.alert(key);
    QCOMPARE(*failover.hoursBurnt, 1.5);
    QCOMPARE(failover.firstSeen, at(61));
    QCOMPARE(failover.lastSeen, at(121));
    QCOMPARE(engine.openAlerts(u"b"_s).size(), 1);

    // The primary is back and serves both again: the failover closes, a switch-back event opens.
    pair.setClock(at(181));
    pair.primary.status->service.state = u"active"_s;
    pair.primary.sessions = QList<Session> {session(u"axp"_s, u"active"_s, u"p.example"_s, at(150)),
        session(u"par"_s, u"active"_s, u"p.example"_s, at(165))};
    pair.backup.sessions = QList<Session>();
    pair.feed(engine, at(181));
    QCOMPARE(keys(cleared), (QStringList {key, u"p/service-down/"_s}));
    QVERIFY(!engine.alert(key)->open);
    QCOMPARE(engine.alert(key)->closedAt, at(181));
    QCOMPARE(keys(raised), QStringList {u"b/switch-back/p"_s});
    const Alert back = lastAlert(raised);
    QCOMPARE(back.severity, Severity::Info);
    QCOMPARE(back.emulators, (QStringList {u"axp"_s, u"par"_s}));
    QCOMPARE(*back.hoursBurnt, 1.5);

    // The event closes after its lifetime, and nothing else is left open.
    cleared.clear();
    engine.evaluate(at(181 + 59));
    QVERIFY(cleared.isEmpty());
    engine.evaluate(at(181 + 60));
    QCOMPARE(keys(cleared), QStringList {u"b/switch-back/p"_s});
    QVERIFY(engine.openAlerts().isEmpty());
    QCOMPARE(raised.size(), 1);
}

void TestAlertEngine::failoverSeenFromThePrimaryAlone()
{
    // Only the primary is watched; its partner id is known.
    AlertEngine engine;
    ServerSnapshot primary = server(u"p"_s, u"primary"_s, at(0));
    primary.pairRole = ServerEntry::PairRole::Primary;
    primary.partnerId = u"b"_s;
    primary.sessions = QList<Session> {session(u"axp"_s, u"failover"_s, u"b.example"_s, at(-10))};
    engine.update(primary, at(0));
    const std::optional<Alert> a = engine.alert(u"b/failover/p"_s);
    QVERIFY(a && a->open);
    QCOMPARE(a->emulators, QStringList {u"axp"_s});
    QVERIFY(!a->hoursBurnt); // the backup's hours are not known
}

void TestAlertEngine::unobservableServerKeepsItsAlerts()
{
    AlertEngine engine;
    QSignalSpy cleared(&engine, &AlertEngine::alertCleared);
    Pair pair;
    pair.backup.sessions = QList<Session> {session(u"axp"_s, u"failover"_s, u"b.example"_s, at(0))};
    pair.primary.state = State::Unreachable; // its answers are old
    pair.feed(engine, at(1));
    QVERIFY(engine.alert(u"b/failover/p"_s)->open);
    QVERIFY(engine.alert(u"p/unreachable/"_s)->open);

    // The backup's agent stops answering too: nobody can tell, so the failover stays open.
    pair.backup.state = State::Unreachable;
    pair.backup.errorText = u"connection refused"_s;
    pair.feed(engine, at(2));
    QVERIFY(cleared.isEmpty());
    QVERIFY(engine.alert(u"b/failover/p"_s)->open);
    QVERIFY(engine.alert(u"b/unreachable/"_s)->text.contains(u"connection refused"_s));

    // Back, and the emulators are gone from the backup: now it is decided.
    pair.backup.state = State::Connected;
    pair.backup.sessions = QList<Session>();
    pair.feed(engine, at(3));
    QCOMPARE(keys(cleared), (QStringList {u"b/failover/p"_s, u"b/unreachable/"_s}));
}

void TestAlertEngine::graceStopTimeIsExact_data()
{
    QTest::addColumn<std::optional<int>>("licenseGrace");
    QTest::addColumn<QDateTime>("agentDeadline");
    QTest::addColumn<QDateTime>("expected");
    const QDateTime lost = at(3).addSecs(30); // 12:03:30
    QTest::newRow("license grace period") << std::optional<int>(120) << QDateTime() << lost.addSecs(7200);
    QTest::newRow("license wins over the agent")
        << std::optional<int>(90) << lost.addSecs(7200) << lost.addSecs(90 * 60);
    QTest::newRow("agent's deadline without a license value")
        << std::optional<int>() << lost.addSecs(1440 * 60) << lost.addSecs(1440 * 60);
    QTest::newRow("documented default") << std::optional<int>() << QDateTime() << lost.addSecs(7200);
}

void TestAlertEngine::graceStopTimeIsExact()
{
    QFETCH(std::optional<int>, licenseGrace);
    QFETCH(QDateTime, agentDeadline);
    QFETCH(QDateTime, expected);
    AlertEngine engine;
    AlertThresholds t;
    t.timeZone = QTimeZone::utc();
    engine.setThresholds(t);
    ServerSnapshot p = server(u"p"_s, u"primary"_s, at(20));
    LicenseDocument doc;
    doc.license.gracePeriodMinutes = licenseGrace;
    p.license = doc;
    Session lost = session(u"ssp"_s, u"grace"_s, {}, at(3).addSecs(30));
    lost.lostSince = at(3).addSecs(30);
    lost.graceDeadline = agentDeadline;
    p.sessions = QList<Session> {lost};
    engine.update(p, at(20));
    const std::optional<Alert> a = engine.alert(u"p/grace-period/ssp"_s);
    QVERIFY(a);
    QCOMPARE(a->severity, Severity::Critical);
    QCOMPARE(a->deadline, expected);
    QCOMPARE(a->since, at(3).addSecs(30));
    const QString stop = AlertConditions::timeText(expected, at(20), QTimeZone::utc());
    QVERIFY2(a->text.contains(u"Shut the guest down cleanly before %1."_s.arg(stop)), qPrintable(a->text));
    QVERIFY2(a->text.contains(expected.toString(u"HH:mm"_s) + u" UTC."_s), qPrintable(a->text));

    // Served again: the alert clears.
    QSignalSpy cleared(&engine, &AlertEngine::alertCleared);
    p.sessions = QList<Session> {session(u"ssp"_s, u"active"_s, u"p.example"_s, at(25))};
    engine.update(p, at(25));
    QCOMPARE(keys(cleared), QStringList {u"p/grace-period/ssp"_s});
}

void TestAlertEngine::stoppedEmulator()
{
    AlertEngine engine;
    ServerSnapshot p = server(u"p"_s, u"primary"_s, at(200));
    p.sessions = QList<Session> {session(u"ssp"_s, u"stopped"_s, {}, at(123))};
    engine.update(p, at(200));
    const std::optional<Alert> a = engine.alert(u"p/emulator-stopped/ssp"_s);
    QVERIFY(a && a->open);
    QCOMPARE(a->severity, Severity::Critical);
    QVERIFY(!engine.alert(u"p/grace-period/ssp"_s));
}

void TestAlertEngine::hoursThresholdsFireOnceEach()
{
    AlertEngine engine; // default thresholds: 500 info, 100 warning, 24 critical
    QSignalSpy raised(&engine, &AlertEngine::alertRaised);
    QSignalSpy cleared(&engine, &AlertEngine::alertCleared);
    ServerSnapshot b = server(u"b"_s, u"backup"_s, at(0));
    int minute = 0;
    for (double hours : {600.0, 550.0, 499.0, 450.0, 450.0, 120.0, 99.9, 50.0, 30.0, 23.0, 10.0, 0.0, 0.0}) {
        b.status->remainingHours = hours;
        engine.update(b, at(++minute));
    }
    QCOMPARE(keys(raised), (QStringList {u"b/hours-low/500"_s, u"b/hours-low/100"_s, u"b/hours-low/24"_s}));
    QCOMPARE(raised.at(0).at(0).value<Alert>().severity, Severity::Info);
    QCOMPARE(raised.at(1).at(0).value<Alert>().severity, Severity::Warning);
    QCOMPARE(raised.at(2).at(0).value<Alert>().severity, Severity::Critical);
    QCOMPARE(keys(cleared), (QStringList {u"b/hours-low/500"_s, u"b/hours-low/100"_s})); // superseded
    const Alert open = *engine.alert(u"b/hours-low/24"_s);
    QCOMPARE(*open.value, 0.0);
    QVERIFY2(open.text.contains(u"no COUNTDOWN hours left"_s), qPrintable(open.text));
    QCOMPARE(engine.worstSeverity(u"b"_s), std::optional<Severity>(Severity::Critical));

    // A license update adds hours: the alert clears; falling again fires again.
    b.status->remainingHours = 1000;
    engine.update(b, at(++minute));
    QVERIFY(engine.openAlerts().isEmpty());
    b.status->remainingHours = 20;
    engine.update(b, at(++minute));
    QCOMPARE(raised.size(), 4);
    QCOMPARE(lastAlert(raised).key, u"b/hours-low/24"_s);
}

void TestAlertEngine::expiryThresholdsFireOnceEach()
{
    AlertEngine engine; // 90 info, 30 warning, 7 critical, 1 critical
    QSignalSpy raised(&engine, &AlertEngine::alertRaised);
    ServerSnapshot p = server(u"p"_s, u"primary"_s, T0);
    LicenseDocument doc;
    doc.license.expiration.kind = Expiration::Kind::Date;
    doc.license.expiration.date = T0.addDays(100);
    p.license = doc;
    for (int day : {0, 5, 11, 20, 40, 71, 80, 93, 95, 99, 100, 101}) {
        p.status->hostClock = T0.addDays(day);
        engine.update(p, T0.addDays(day));
    }
    QCOMPARE(keys(raised),
        (QStringList {
            u"p/expiry-soon/90"_s, u"p/expiry-soon/30"_s, u"p/expiry-soon/7"_s, u"p/expiry-soon/1"_s}));
    const Alert last = *engine.alert(u"p/expiry-soon/1"_s);
    QCOMPARE(last.severity, Severity::Critical);
    QVERIFY2(last.text.contains(u"expired"_s), qPrintable(last.text));

    // A product section's earlier date counts.
    AlertEngine second;
    doc.license.expiration.date = T0.addDays(400);
    ProductSection section;
    section.expiration.kind = Expiration::Kind::Date;
    section.expiration.date = T0.addDays(20);
    doc.license.products = {section};
    p.license = doc;
    p.status->hostClock = T0;
    second.update(p, T0);
    QVERIFY(second.alert(u"p/expiry-soon/30"_s));
}

void TestAlertEngine::connectivityAlerts_data()
{
    QTest::addColumn<State>("state");
    QTest::addColumn<QString>("key");
    QTest::addColumn<Severity>("severity");
    QTest::newRow("unreachable") << State::Unreachable << u"p/unreachable/"_s << Severity::Critical;
    QTest::newRow("auth failed") << State::AuthFailed << u"p/auth-failed/"_s << Severity::Warning;
    QTest::newRow("certificate changed")
        << State::CertificateChanged << u"p/certificate-changed/"_s << Severity::Critical;
}

void TestAlertEngine::connectivityAlerts()
{
    QFETCH(State, state);
    QFETCH(QString, key);
    QFETCH(Severity, severity);
    AlertEngine engine;
    QSignalSpy raised(&engine, &AlertEngine::alertRaised);
    QSignalSpy cleared(&engine, &AlertEngine::alertCleared);
    ServerSnapshot p = server(u"p"_s, u"primary"_s, T0);
    p.state = state;
    p.errorText = u"the reason"_s;
    engine.update(p, at(1));
    engine.update(p, at(2));
    QCOMPARE(keys(raised), QStringList {key});
    QCOMPARE(lastAlert(raised).severity, severity);
    QVERIFY(lastAlert(raised).text.contains(u"the reason"_s));
    QCOMPARE(engine.alert(key)->lastSeen, at(2));
    p.state = State::Connected;
    engine.update(p, at(3));
    QCOMPARE(keys(cleared), QStringList {key});
}

void TestAlertEngine::serviceDown()
{
    AlertEngine engine;
    ServerSnapshot p = server(u"p"_s, u"primary"_s, T0);
    p.status->service.state = u"failed"_s;
    p.status->service.unit = u"CharonLicenseServer"_s;
    engine.update(p, at(1));
    const std::optional<Alert> a = engine.alert(u"p/service-down/"_s);
    QVERIFY(a && a->open);
    QVERIFY(a->text.contains(u"CharonLicenseServer"_s));
    p.status->service.state = u"active"_s;
    engine.update(p, at(2));
    QVERIFY(!engine.alert(u"p/service-down/"_s)->open);
}

void TestAlertEngine::acknowledge()
{
    AlertEngine engine;
    QSignalSpy updated(&engine, &AlertEngine::alertUpdated);
    ServerSnapshot p = server(u"p"_s, u"primary"_s, T0);
    p.state = State::Unreachable;
    engine.update(p, at(1));
    QVERIFY(!engine.acknowledge(u"nope"_s, u"alice"_s));
    QVERIFY(!engine.acknowledge(u"p/unreachable/"_s, u"  "_s));
    QVERIFY(updated.isEmpty());
    QVERIFY(engine.acknowledge(u"p/unreachable/"_s, u"alice"_s));
    QCOMPARE(updated.size(), 1);
    QCOMPARE(lastAlert(updated).acknowledgedBy, u"alice"_s);
    QCOMPARE(lastAlert(updated).acknowledgedAt, at(1));
    engine.update(p, at(2)); // stays acknowledged while it lasts
    QVERIFY(engine.alert(u"p/unreachable/"_s)->isAcknowledged());
    p.state = State::Connected;
    engine.update(p, at(3));
    QVERIFY(!engine.acknowledge(u"p/unreachable/"_s, u"bob"_s)); // closed
    QCOMPARE(engine.closedAlerts().first().acknowledgedBy, u"alice"_s);
}

void TestAlertEngine::hostFactDrift()
{
    AlertEngine engine;
    QSignalSpy raised(&engine, &AlertEngine::alertRaised);
    QSignalSpy updated(&engine, &AlertEngine::alertUpdated);
    QSignalSpy cleared(&engine, &AlertEngine::alertCleared);
    engine.setHostFactDrift(u"p"_s, {u"CPU cores changed from 4 to 8"_s}, at(1));
    QCOMPARE(keys(raised), QStringList {u"p/host-fact-drift/"_s});
    QCOMPARE(lastAlert(raised).severity, Severity::Critical);
    engine.setHostFactDrift(u"p"_s, {u"CPU cores changed from 4 to 8"_s, u"RAM changed"_s}, at(2));
    QCOMPARE(raised.size(), 1);
    QVERIFY(lastAlert(updated).text.contains(u"RAM changed"_s));
    engine.setHostFactDrift(u"p"_s, {}, at(3));
    QCOMPARE(keys(cleared), QStringList {u"p/host-fact-drift/"_s});
}

void TestAlertEngine::removeServerClosesItsAlerts()
{
    AlertEngine engine;
    QSignalSpy cleared(&engine, &AlertEngine::alertCleared);
    ServerSnapshot p = server(u"p"_s, u"primary"_s, T0);
    p.state = State::Unreachable;
    engine.update(p, at(1));
    ServerSnapshot q = server(u"q"_s, u"primary"_s, T0);
    q.state = State::AuthFailed;
    engine.update(q, at(1));
    engine.removeServer(u"p"_s, at(2));
    QCOMPARE(keys(cleared), QStringList {u"p/unreachable/"_s});
    QCOMPARE(engine.openAlerts().size(), 1);
    QCOMPARE(engine.snapshots().size(), 1);
}

void TestAlertEngine::hoursBurntIgnoresAddedHours()
{
    const QList<ServerConnection::HoursSample> samples {
        {at(0), 100}, {at(60), 99}, {at(120), 150}, {at(180), 149}, {at(-60), 100}, {QDateTime(), 1}};
    QCOMPARE(*AlertConditions::hoursBurnt(samples, at(30)), 2.0);
    QCOMPARE(*AlertConditions::hoursBurnt(samples, at(-120)), 2.0);
    QVERIFY(!AlertConditions::hoursBurnt(samples, at(180)));
    QVERIFY(!AlertConditions::hoursBurnt({}, at(0)));
}

// The console feeds the answers of one poll round together: the same alerts as fed one by one,
// from one evaluation (each raised once, none updated in between).
void TestAlertEngine::pollRoundFedAtOnce()
{
    AlertThresholds t;
    t.timeZone = QTimeZone::utc();
    AlertEngine oneByOne;
    AlertEngine atOnce;
    oneByOne.setThresholds(t);
    atOnce.setThresholds(t);
    QSignalSpy raisedOneByOne(&oneByOne, &AlertEngine::alertRaised);
    QSignalSpy raised(&atOnce, &AlertEngine::alertRaised);
    QSignalSpy updated(&atOnce, &AlertEngine::alertUpdated);

    Pair pair;
    pair.primary.status->service.state = u"inactive"_s;
    Session axp = session(u"axp"_s, u"failover"_s, u"b.example"_s, at(-30));
    axp.lostSince = at(-30);
    pair.primary.sessions = QList<Session> {axp};
    pair.backup.sessions = QList<Session> {axp};
    pair.backup.status->remainingHours = 20; // under the critical threshold
    pair.feed(oneByOne, at(0));
    atOnce.update(QList<ServerSnapshot> {pair.primary, pair.backup}, at(0));

    QStringList expected = keys(raisedOneByOne);
    expected.sort(); // one by one: in the order of the evaluations; at once: in key order
    const QStringList raisedKeys = keys(raised);
    QCOMPARE(raisedKeys, expected);
    QVERIFY(raisedKeys.contains(u"b/failover/p"_s));
    QVERIFY(raisedKeys.contains(u"p/service-down/"_s));
    QCOMPARE(raisedKeys.size(), QSet<QString>(raisedKeys.cbegin(), raisedKeys.cend()).size());
    QVERIFY(updated.isEmpty());
    QCOMPARE(atOnce.openAlerts().size(), oneByOne.openAlerts().size());
}

QTEST_GUILESS_MAIN(TestAlertEngine)
#include "tst_alertengine.moc"
