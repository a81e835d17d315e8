// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The real ve-agent binary with --simulate on 127.0.0.1:0: the primary and the backup on their
// two ports over TLS with the certificate pinned, the simulator's fault injection (admin only,
// audited), failover to the backup with its COUNTDOWN hours running, switch-back, the grace
// period, and the log files the model writes (growing, rotated at every start).
#include "tests/agentfixture.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Reply
{
    int status = 0;
    QJsonObject json;
    QString errorCode() const { return json.value(u"error"_s).toObject().value(u"code"_s).toString(); }
};

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QStringList sessionStates(const QJsonArray &sessions)
{
    QStringList states;
    for (const QJsonValue &s : sessions)
        states.append(s.toObject().value(u"state"_s).toString());
    return states;
}

QStringList sessionField(const QJsonArray &sessions, const QString &key)
{
    QStringList values;
    for (const QJsonValue &s : sessions)
        values.append(s.toObject().value(key).toString());
    values.sort();
    return values;
}

} // namespace

class TestSimulatorAgent : public QObject
{
    Q_OBJECT

private:
    enum Port { Primary, Backup };
    Reply call(Port port, const QByteArray &verb, const QString &path, const QString &token,
        const QByteArray &body = {});
    Reply get(Port port, const QString &path) { return call(port, "GET", path, m_viewer); }
    Reply act(const QString &path, const QByteArray &body = {})
    {
        return call(Primary, "POST", path, m_admin, body);
    }
    QJsonArray sessions(Port port)
    {
        return get(port, u"/api/v1/sessions"_s).json.value(u"sessions"_s).toArray();
    }
    double remainingHours(Port port);
    QString logPath(Port port, const QString &source);

    AgentFixture m_fixture; // the agent with --simulate, its state dir, tokens and fingerprint
    quint16 m_ports[2] = {};
    QByteArray m_pin;
    QString m_admin, m_viewer;
    QNetworkAccessManager m_nam;

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void bothPortsAnswerStatus();
    void licensesComeFromTheModel();
    void emulatorsStartOnThePrimary();
    void viewerCannotInjectFaults_data();
    void viewerCannotInjectFaults();
    void badInputGetsJsonErrors_data();
    void badInputGetsJsonErrors();
    void primaryDownFailsOverAndUpSwitchesBack();
    void emulatorsCanBeAddedAndRemoved();
    void logFilesExistAndGrow();
    void restartRotatesTheLicenseLog();
    void bothDownRunsTheGracePeriod();
    void faultInjectionIsAudited();
};

Reply TestSimulatorAgent::call(
    Port port, const QByteArray &verb, const QString &path, const QString &token, const QByteArray &body)
{
    QNetworkRequest request(QUrl(u"https://127.0.0.1:%1%2"_s.arg(m_ports[port]).arg(path)));
    request.setTransferTimeout(15000);
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    QNetworkReply *reply = m_nam.sendCustomRequest(request, verb, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished() && !finished.wait(20000))
        reply->abort();
    Reply r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.json = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    return r;
}

double TestSimulatorAgent::remainingHours(Port port)
{
    const QJsonValue hours = get(port, u"/api/v1/license"_s).json.value(u"remainingHours"_s);
    return hours.isDouble() ? hours.toDouble() : -1;
}

QString TestSimulatorAgent::logPath(Port port, const QString &source)
{
    for (const QJsonValue &s : get(port, u"/api/v1/logs"_s).json.value(u"sources"_s).toArray()) {
        if (s.toObject().value(u"name"_s).toString() == source)
            return s.toObject().value(u"path"_s).toString();
    }
    return {};
}

void TestSimulatorAgent::initTestCase()
{
    QString error;
    m_admin = m_fixture.addToken(u"admin"_s, u"admin"_s, &error);
    m_viewer = m_fixture.addToken(u"viewer"_s, u"viewer"_s, &error);
    QVERIFY2(m_admin.startsWith(u"vea_"_s) && m_viewer.startsWith(u"vea_"_s), qPrintable(error));

    m_fixture.setExtraArguments({u"--simulate"_s, u"--time-scale"_s, u"60"_s});
    QVERIFY2(m_fixture.start(&error), qPrintable(error));
    const QList<QUrl> urls = m_fixture.urls();
    QCOMPARE(urls.size(), 2);
    QVERIFY(urls[0].port() > 0 && urls[1].port() > 0 && urls[0].port() != urls[1].port());
    m_ports[Primary] = quint16(urls[0].port());
    m_ports[Backup] = quint16(urls[1].port());

    m_pin = m_fixture.sha256();
    QCOMPARE(m_pin.size(), 32);
    // Pinning: accept the self-signed certificate only when its SHA-256 is `ve-agent fingerprint`.
    connect(&m_nam, &QNetworkAccessManager::sslErrors, this,
        [this](QNetworkReply *reply, const QList<QSslError> &errors) {
            if (reply->sslConfiguration().peerCertificate().digest(QCryptographicHash::Sha256) == m_pin)
                reply->ignoreSslErrors(errors);
        });
}

void TestSimulatorAgent::cleanupTestCase()
{
    QCOMPARE(m_fixture.terminate(), 0); // SIGTERM stops it cleanly
}

void TestSimulatorAgent::bothPortsAnswerStatus()
{
    const Reply primary = get(Primary, u"/api/v1/status"_s);
    QCOMPARE(primary.status, 200);
    QCOMPARE(primary.json.value(u"backend"_s).toString(), u"simulator"_s);
    QCOMPARE(primary.json.value(u"role"_s).toString(), u"primary"_s);
    QCOMPARE(primary.json.value(u"hostName"_s).toString(), u"ve-primary.sim"_s);
    QCOMPARE(primary.json.value(u"service"_s).toObject().value(u"state"_s).toString(), u"active"_s);
    const QJsonArray caps = primary.json.value(u"capabilities"_s).toArray();
    for (const QString &cap : {u"license"_s, u"sessions"_s, u"logs"_s, u"service"_s})
        QVERIFY2(caps.contains(cap), qPrintable(cap));
    QVERIFY(!caps.contains(u"remainingHours"_s)); // NORMAL license: no runtime hours

    const Reply backup = get(Backup, u"/api/v1/status"_s);
    QCOMPARE(backup.status, 200);
    QCOMPARE(backup.json.value(u"backend"_s).toString(), u"simulator"_s);
    QCOMPARE(backup.json.value(u"role"_s).toString(), u"backup"_s);
    QCOMPARE(backup.json.value(u"hostName"_s).toString(), u"ve-backup.sim"_s);
    QVERIFY(backup.json.value(u"capabilities"_s).toArray().contains(u"remainingHours"_s));
}

void TestSimulatorAgent::licensesComeFromTheModel()
{
    const Reply primary = get(Primary, u"/api/v1/license"_s);
    QCOMPARE(primary.status, 200);
    const QJsonObject pl = primary.json.value(u"license"_s).toObject();
    QCOMPARE(pl.value(u"keyType"_s).toString(), u"NORMAL"_s);
    QCOMPARE(pl.value(u"style"_s).toString(), u"readable"_s);
    QVERIFY(pl.value(u"diagnostics"_s).toArray().isEmpty());
    QVERIFY(!primary.json.contains(u"remainingHours"_s));
    QVERIFY(!primary.json.value(u"raw"_s).toString().isEmpty());

    const Reply backup = get(Backup, u"/api/v1/license"_s);
    QCOMPARE(backup.status, 200);
    const QJsonObject bl = backup.json.value(u"license"_s).toObject();
    QCOMPARE(bl.value(u"keyType"_s).toString(), u"COUNTDOWN"_s);
    QCOMPARE(bl.value(u"style"_s).toString(), u"legacy"_s);
    QVERIFY(backup.json.value(u"raw"_s).toString().contains(u"KEYSEC"_s));
    // Nothing runs on the backup yet: its 100 hours are untouched.
    QCOMPARE(backup.json.value(u"remainingHours"_s).toDouble(), 100.0);
}

void TestSimulatorAgent::emulatorsStartOnThePrimary()
{
    const QJsonArray primary = sessions(Primary);
    QCOMPARE(primary.size(), 4);
    QCOMPARE(sessionStates(primary), QStringList(4, u"active"_s));
    QCOMPARE(sessionField(primary, u"servedBy"_s), QStringList(4, u"ve-primary.sim"_s));
    QVERIFY(sessions(Backup).isEmpty());
    QCOMPARE(get(Primary, u"/api/v1/status"_s).json.value(u"sessionCount"_s).toInt(), 4);

    const Reply sim = get(Backup, u"/api/v1/simulator"_s); // both ports serve the simulator routes
    QCOMPARE(sim.status, 200);
    QCOMPARE(sim.json.value(u"timeScale"_s).toDouble(), 60.0);
    QCOMPARE(sim.json.value(u"servers"_s).toArray().size(), 2);
    const QJsonArray emulators = sim.json.value(u"emulators"_s).toArray();
    QCOMPARE(emulators.size(), 4);
    QCOMPARE(emulators.first().toObject().value(u"state"_s).toString(), u"primary"_s);
    QVERIFY(emulators.first().toObject().value(u"graceDeadline"_s).isNull());
}

void TestSimulatorAgent::viewerCannotInjectFaults_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("down") << u"/api/v1/simulator/primary/down"_s << QByteArray();
    QTest::newRow("up") << u"/api/v1/simulator/primary/up"_s << QByteArray();
    QTest::newRow("restart") << u"/api/v1/simulator/backup/restart"_s << QByteArray();
    QTest::newRow("network-down") << u"/api/v1/simulator/primary/network-down"_s << QByteArray();
    QTest::newRow("network-up") << u"/api/v1/simulator/primary/network-up"_s << QByteArray();
    QTest::newRow("hours") << u"/api/v1/simulator/backup/hours"_s << QByteArray(R"({"hours":1})");
    QTest::newRow("add") << u"/api/v1/simulator/emulators"_s
                         << QByteArray(R"({"name":"x1","product":"Charon-AXP"})");
    QTest::newRow("remove") << u"/api/v1/simulator/emulators/axp-01/remove"_s << QByteArray();
    QTest::newRow("advance") << u"/api/v1/simulator/advance"_s << QByteArray(R"({"minutes":600})");
}

void TestSimulatorAgent::viewerCannotInjectFaults()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    const QJsonObject before = get(Primary, u"/api/v1/simulator"_s).json;
    const Reply viewer = call(Backup, "POST", path, m_viewer, body);
    QCOMPARE(viewer.status, 403);
    QCOMPARE(viewer.errorCode(), u"forbidden"_s);
    const Reply anonymous = call(Primary, "POST", path, QString(), body);
    QCOMPARE(anonymous.status, 401);
    QCOMPARE(anonymous.errorCode(), u"unauthorized"_s);

    // Nothing happened: same servers, same emulators in the same states, no jump of the clock.
    const QJsonObject after = get(Primary, u"/api/v1/simulator"_s).json;
    QCOMPARE(after.value(u"servers"_s).toArray().size(), 2);
    for (const QJsonValue &server : after.value(u"servers"_s).toArray()) {
        QCOMPARE(server.toObject().value(u"service"_s).toObject().value(u"state"_s).toString(), u"active"_s);
        QCOMPARE(server.toObject().value(u"networkDown"_s).toBool(), false);
    }
    QCOMPARE(
        after.value(u"servers"_s).toArray().at(1).toObject().value(u"remainingHours"_s).toDouble(), 100.0);
    const auto emulators = [](const QJsonObject &sim) {
        QStringList out;
        for (const QJsonValue &e : sim.value(u"emulators"_s).toArray())
            out.append(
                e.toObject().value(u"name"_s).toString() + u'=' + e.toObject().value(u"state"_s).toString());
        return out;
    };
    QCOMPARE(emulators(after), emulators(before));
    const auto clock = [](const QJsonObject &sim) {
        return QDateTime::fromString(sim.value(u"clock"_s).toString(), Qt::ISODate);
    };
    QVERIFY(clock(before).secsTo(clock(after)) < 30 * 60);
}

void TestSimulatorAgent::badInputGetsJsonErrors_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    const QString bad = u"bad-request"_s;
    QTest::newRow("unknown server") << u"/api/v1/simulator/tertiary/down"_s << QByteArray() << 404
                                    << u"not-found"_s;
    QTest::newRow("emulators is no server")
        << u"/api/v1/simulator/emulators/down"_s << QByteArray() << 404 << u"not-found"_s;
    QTest::newRow("unknown action") << u"/api/v1/simulator/primary/explode"_s << QByteArray() << 404
                                    << u"not-found"_s;
    QTest::newRow("hours missing") << u"/api/v1/simulator/backup/hours"_s << QByteArray() << 400 << bad;
    QTest::newRow("hours as text") << u"/api/v1/simulator/backup/hours"_s << QByteArray(R"({"hours":"5"})")
                                   << 400 << bad;
    QTest::newRow("hours negative") << u"/api/v1/simulator/backup/hours"_s << QByteArray(R"({"hours":-1})")
                                    << 400 << bad;
    QTest::newRow("hours huge") << u"/api/v1/simulator/backup/hours"_s << QByteArray(R"({"hours":1e300})")
                                << 400 << bad;
    QTest::newRow("hours of a NORMAL license")
        << u"/api/v1/simulator/primary/hours"_s << QByteArray(R"({"hours":5})") << 409 << u"not-countdown"_s;
    QTest::newRow("not JSON") << u"/api/v1/simulator/advance"_s << QByteArray("minutes=5") << 400 << bad;
    QTest::newRow("JSON array") << u"/api/v1/simulator/advance"_s << QByteArray("[5]") << 400 << bad;
    QTest::newRow("minutes too far") << u"/api/v1/simulator/advance"_s << QByteArray(R"({"minutes":1e9})")
                                     << 400 << bad;
    QTest::newRow("minutes backwards")
        << u"/api/v1/simulator/advance"_s << QByteArray(R"({"minutes":-5})") << 400 << bad;
    QTest::newRow("add without name")
        << u"/api/v1/simulator/emulators"_s << QByteArray(R"({"product":"Charon-AXP"})") << 400 << bad;
    QTest::newRow("add path trick") << u"/api/v1/simulator/emulators"_s
                                    << QByteArray(R"({"name":"../../etc/x","product":"Charon-AXP"})") << 400
                                    << bad;
    QTest::newRow("add bad product") << u"/api/v1/simulator/emulators"_s
                                     << QByteArray(R"({"name":"ok1","product":"\n"})") << 400 << bad;
    QTest::newRow("add existing") << u"/api/v1/simulator/emulators"_s
                                  << QByteArray(R"({"name":"axp-01","product":"Charon-AXP"})") << 409
                                  << u"exists"_s;
    QTest::newRow("remove unknown") << u"/api/v1/simulator/emulators/nobody/remove"_s << QByteArray() << 404
                                    << u"not-found"_s;
    QTest::newRow("restart a running emulator")
        << u"/api/v1/simulator/emulators/axp-01/restart"_s << QByteArray() << 409 << u"not-stopped"_s;
    QTest::newRow("primary up while up")
        << u"/api/v1/simulator/primary/up"_s << QByteArray() << 409 << u"already-active"_s;
}

void TestSimulatorAgent::badInputGetsJsonErrors()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, code);
    const Reply r = act(path, body);
    QCOMPARE(r.status, status);
    QCOMPARE(r.errorCode(), code);
    QVERIFY(!r.json.value(u"error"_s).toObject().value(u"message"_s).toString().isEmpty());
    QCOMPARE(sessions(Primary).size(), 4);
}

void TestSimulatorAgent::primaryDownFailsOverAndUpSwitchesBack()
{
    const double before = remainingHours(Backup);
    QCOMPARE(act(u"/api/v1/simulator/primary/down"_s).status, 200);
    QCOMPARE(
        get(Primary, u"/api/v1/status"_s).json.value(u"service"_s).toObject().value(u"state"_s).toString(),
        u"inactive"_s);
    // Every emulator notices at its next check (within one 60-minute interval).
    QCOMPARE(act(u"/api/v1/simulator/advance"_s, R"({"minutes":61})").status, 200);
    const QJsonArray onBackup = sessions(Backup);
    QCOMPARE(onBackup.size(), 4);
    QCOMPARE(sessionStates(onBackup), QStringList(4, u"failover"_s));
    QCOMPARE(sessionField(onBackup, u"servedBy"_s), QStringList(4, u"ve-backup.sim"_s));
    QCOMPARE(sessionField(onBackup, u"emulatorHost"_s),
        (QStringList {u"axp-01"_s, u"par-01"_s, u"ssp4m-01"_s, u"ssp4u-01"_s}));
    // The primary shows where its emulators went, with the backup's session ids.
    const QJsonArray onPrimary = sessions(Primary);
    QCOMPARE(sessionStates(onPrimary), QStringList(4, u"failover"_s));
    QCOMPARE(sessionField(onPrimary, u"id"_s), sessionField(onBackup, u"id"_s));

    // The backup's COUNTDOWN hours run while emulators are logged in.
    QCOMPARE(act(u"/api/v1/simulator/advance"_s, R"({"minutes":60})").status, 200);
    const double during = remainingHours(Backup);
    QVERIFY2(
        during <= before - 1.0 && during > before - 3.0, qPrintable(u"%1 → %2"_s.arg(before).arg(during)));
    QCOMPARE(get(Backup, u"/api/v1/status"_s).json.value(u"remainingHours"_s).toDouble(), during);

    QCOMPARE(act(u"/api/v1/simulator/primary/up"_s).status, 200);
    QCOMPARE(act(u"/api/v1/simulator/advance"_s, R"({"minutes":61})").status, 200);
    const QJsonArray back = sessions(Primary);
    QCOMPARE(back.size(), 4);
    QCOMPARE(sessionStates(back), QStringList(4, u"active"_s));
    QCOMPARE(sessionField(back, u"servedBy"_s), QStringList(4, u"ve-primary.sim"_s));
    QVERIFY(sessions(Backup).isEmpty());
    // No session on the backup: its hours stand still.
    const double after = remainingHours(Backup);
    QCOMPARE(act(u"/api/v1/simulator/advance"_s, R"({"minutes":120})").status, 200);
    QCOMPARE(remainingHours(Backup), after);
}

void TestSimulatorAgent::emulatorsCanBeAddedAndRemoved()
{
    const Reply added = act(u"/api/v1/simulator/emulators"_s, R"({"name":"vax-01","product":"Charon-VAX"})");
    QCOMPARE(added.status, 201);
    QJsonObject vax;
    for (const QJsonValue &e : added.json.value(u"emulators"_s).toArray()) {
        if (e.toObject().value(u"name"_s).toString() == "vax-01"_L1)
            vax = e.toObject();
    }
    QCOMPARE(vax.value(u"state"_s).toString(), u"primary"_s); // logged in at once
    QCOMPARE(vax.value(u"product"_s).toString(), u"Charon-VAX"_s);
    QVERIFY(sessionField(sessions(Primary), u"emulatorHost"_s).contains(u"vax-01"_s));

    QCOMPARE(act(u"/api/v1/simulator/emulators/vax-01/remove"_s).status, 200);
    QVERIFY(!sessionField(sessions(Primary), u"emulatorHost"_s).contains(u"vax-01"_s));
    QCOMPARE(act(u"/api/v1/simulator/emulators/vax-01/remove"_s).status, 404);
}

void TestSimulatorAgent::logFilesExistAndGrow()
{
    for (Port port : {Primary, Backup}) {
        for (const QString &source : {u"license"_s, u"error"_s}) {
            const QString path = logPath(port, source);
            QVERIFY2(QFileInfo(path).isAbsolute(), qPrintable(path));
        }
    }
    const QString primaryLog = logPath(Primary, u"license"_s);
    const QString backupLog = logPath(Backup, u"license"_s);
    QVERIFY(primaryLog != backupLog);
    QVERIFY(QFileInfo::exists(primaryLog) && QFileInfo::exists(backupLog));
    const qint64 primarySize = QFileInfo(primaryLog).size();
    const QByteArray backupBefore = readFile(backupLog);

    // The emulators' checks are logged by the primary; a failover shows on the backup.
    QCOMPARE(act(u"/api/v1/simulator/primary/network-down"_s).status, 200);
    QCOMPARE(act(u"/api/v1/simulator/advance"_s, R"({"minutes":61})").status, 200);
    QCOMPARE(sessionStates(sessions(Backup)), QStringList(4, u"failover"_s));
    const QByteArray backupAfter = readFile(backupLog);
    QVERIFY(backupAfter.size() > backupBefore.size());
    QVERIFY(backupAfter.startsWith(backupBefore)); // appended, nothing rewritten
    QVERIFY(backupAfter.endsWith('\n'));
    QCOMPARE(act(u"/api/v1/simulator/primary/network-up"_s).status, 200);
    QCOMPARE(act(u"/api/v1/simulator/advance"_s, R"({"minutes":61})").status, 200);
    QCOMPARE(sessionStates(sessions(Primary)), QStringList(4, u"active"_s));
    QVERIFY(QFileInfo(primaryLog).size() > primarySize);
}

void TestSimulatorAgent::restartRotatesTheLicenseLog()
{
    const QString log = logPath(Backup, u"license"_s);
    const QByteArray before = readFile(log);
    QVERIFY(!before.isEmpty());
    const QString errorLog = logPath(Backup, u"error"_s);
    const qint64 errorSize = QFileInfo(errorLog).size();

    const Reply r = call(Backup, "POST", u"/api/v1/service/restart"_s, m_admin);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(u"service"_s).toObject().value(u"state"_s).toString(), u"active"_s);
    // The old file moved to license.log.1 whole; the new license.log starts over.
    QVERIFY(QFileInfo::exists(log + u".1"_s));
    QVERIFY(readFile(log + u".1"_s).startsWith(before));
    const QByteArray fresh = readFile(log);
    QVERIFY(!fresh.isEmpty() && !fresh.startsWith(before));
    QVERIFY(fresh.contains("starting"));
    QVERIFY(QFileInfo(errorLog).size() > errorSize); // the web GUI's connection was reset

    // Stop and start through the service API too.
    QCOMPARE(call(Backup, "POST", u"/api/v1/service/stop"_s, m_admin).status, 200);
    QCOMPARE(
        get(Backup, u"/api/v1/status"_s).json.value(u"service"_s).toObject().value(u"state"_s).toString(),
        u"inactive"_s);
    QCOMPARE(call(Backup, "POST", u"/api/v1/service/start"_s, m_admin).status, 200);
    QVERIFY(QFileInfo::exists(log + u".2"_s));
    QCOMPARE(
        get(Backup, u"/api/v1/status"_s).json.value(u"service"_s).toObject().value(u"state"_s).toString(),
        u"active"_s);
}

void TestSimulatorAgent::bothDownRunsTheGracePeriod()
{
    QCOMPARE(act(u"/api/v1/simulator/backup/down"_s).status, 200);
    QCOMPARE(act(u"/api/v1/simulator/primary/down"_s).status, 200);
    QCOMPARE(act(u"/api/v1/simulator/advance"_s, R"({"minutes":61})").status, 200);
    // Lost by the primary, served by nobody: the primary lists them in their grace period.
    const QJsonArray lost = sessions(Primary);
    QCOMPARE(sessionStates(lost), QStringList(4, u"grace"_s));
    QCOMPARE(sessionField(lost, u"servedBy"_s), QStringList(4, QString()));
    QVERIFY(sessions(Backup).isEmpty());
    const QJsonObject sim = get(Primary, u"/api/v1/simulator"_s).json;
    for (const QJsonValue &e : sim.value(u"emulators"_s).toArray()) {
        const QJsonObject o = e.toObject();
        QCOMPARE(o.value(u"state"_s).toString(), u"grace"_s);
        QVERIFY(o.value(u"servedBy"_s).isNull());
        const QDateTime deadline = QDateTime::fromString(o.value(u"graceDeadline"_s).toString(), Qt::ISODate);
        const QDateTime loss = QDateTime::fromString(o.value(u"lossTime"_s).toString(), Qt::ISODate);
        QCOMPARE(loss.secsTo(deadline), 120 * 60); // the license's 2-hour grace period
    }

    // After the grace period the emulators stop; the backup coming back does not revive them.
    QCOMPARE(act(u"/api/v1/simulator/advance"_s, R"({"minutes":121})").status, 200);
    QCOMPARE(sessionStates(sessions(Primary)), QStringList(4, u"stopped"_s));
    QCOMPARE(act(u"/api/v1/simulator/backup/up"_s).status, 200);
    QCOMPARE(act(u"/api/v1/simulator/advance"_s, R"({"minutes":61})").status, 200);
    QCOMPARE(sessionStates(sessions(Primary)), QStringList(4, u"stopped"_s));
    // Restarted by the operator, an emulator logs in to the backup.
    QCOMPARE(act(u"/api/v1/simulator/emulators/axp-01/restart"_s).status, 200);
    const QJsonArray onBackup = sessions(Backup);
    QCOMPARE(sessionField(onBackup, u"emulatorHost"_s), QStringList {u"axp-01"_s});
    QCOMPARE(sessionStates(onBackup), QStringList {u"failover"_s});
}

void TestSimulatorAgent::faultInjectionIsAudited()
{
    const QList<QByteArray> lines = readFile(m_fixture.stateDir() + u"/audit.log"_s).split('\n');
    bool adminDown = false;
    bool viewerDenied = false;
    for (const QByteArray &line : lines) {
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        const QString action = o.value(u"action"_s).toString();
        if (action == "POST /api/v1/simulator/primary/down"_L1 && o.value(u"token"_s).toString() == "admin"_L1
            && o.value(u"result"_s).toString() == "ok"_L1)
            adminDown = true;
        if (action.startsWith("POST /api/v1/simulator/"_L1) && o.value(u"token"_s).toString() == "viewer"_L1
            && o.value(u"status"_s).toInt() == 403 && o.value(u"result"_s).toString() == "denied"_L1)
            viewerDenied = true;
    }
    QVERIFY(adminDown);
    QVERIFY(viewerDenied);
}

QTEST_GUILESS_MAIN(TestSimulatorAgent)
#include "tst_simulatoragent.moc"
