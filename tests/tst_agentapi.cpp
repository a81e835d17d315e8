// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The real ve-agent binary (host backend) on 127.0.0.1:0, over TLS with its certificate pinned:
// every route with no, a revoked, a viewer and an admin token; malformed requests; failing and
// hanging license_viewer; TLS versions; plain HTTP; file modes and secrets.
#include "tests/tlsprobe.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace {

constexpr int ToolTimeoutMs = 1500;

struct Reply
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QJsonObject json;
    QByteArray allow;
    qint64 elapsedMs = 0;
    QString errorCode() const { return json.value(u"error"_s).toObject().value(u"code"_s).toString(); }
};

int fileMode(const QString &path)
{
    struct stat st;
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 0777) : -1;
}

bool writeScript(const QString &path, const QByteArray &body)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    f.write("#!/bin/sh\n" + body);
    f.close();
    return f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

bool processGone(qint64 pid)
{
    QFile stat(u"/proc/%1/stat"_s.arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return true;
    const QByteArray line = stat.readAll();
    const qsizetype close = line.lastIndexOf(')');
    return close > 0 && line.mid(close + 2, 1) == "Z"; // a zombie is gone too
}

} // namespace

class TestAgentApi : public QObject
{
    Q_OBJECT

private:
    QString rootPath(const QString &name) const { return m_root.filePath(name); }
    QByteArray runAgent(
        const QStringList &arguments, int *exitCode = nullptr, QByteArray *standardError = nullptr);
    QString addToken(const QString &name, const QString &role);
    Reply call(
        const QByteArray &verb, const QString &path, const QString &token = {}, const QByteArray &body = {});
    QByteArray rawExchange(const QByteArray &request);
    void setViewerMode(const QByteArray &mode);
    Reply waitForLicense(const QString &expectedCode);

    QTemporaryDir m_root;
    QTemporaryDir m_state;
    QProcess m_agent;
    quint16 m_port = 0;
    QByteArray m_pin; // what the client trusts: `ve-agent fingerprint`
    QByteArray m_trusted;
    QString m_admin, m_viewer, m_revoked;
    QNetworkAccessManager m_nam;

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void pingNeedsNoToken();
    void routesRefuseMissingUnknownAndRevokedTokens_data();
    void routesRefuseMissingUnknownAndRevokedTokens();
    void viewerReadsButCannotAct_data();
    void viewerReadsButCannotAct();
    void statusReportsHostAndCapabilities();
    void licenseIsTheContractPlusRaw();
    void sessionsComeFromTheConfiguredCommand();
    void logsListTheSources();
    void adminControlsTheServiceAndIsAudited();
    void revokingWorksWithoutRestart();
    void unknownRoutesAndMethodsGetJsonErrors();
    void pathTricksMatchNothing_data();
    void pathTricksMatchNothing();
    void badBodiesAreRefused();
    void oversizedRequestsAreRefusedEarly();
    void hugeBodyThroughQNetworkAccessManager();
    void failingLicenseViewerGivesToolFailed();
    void emptyLicenseViewerGivesNoLicense();
    void hangingLicenseViewerTimesOutAndStatusStaysFast();
    void oldTlsVersionsAreRefused();
    void plainHttpGetsNoHttpAnswer();
    void wrongPinIsRefusedByTheClient();
    void secretsAreNotStoredAndFilesArePrivate();
};

QByteArray TestAgentApi::runAgent(const QStringList &arguments, int *exitCode, QByteArray *standardError)
{
    QProcess p;
    p.start(QStringLiteral(VE_AGENT_BINARY), arguments + QStringList {u"--state-dir"_s, m_state.path()});
    if (!p.waitForFinished(30000))
        p.kill();
    if (exitCode)
        *exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    if (standardError)
        *standardError = p.readAllStandardError();
    return p.readAllStandardOutput();
}

QString TestAgentApi::addToken(const QString &name, const QString &role)
{
    int code = -1;
    const QByteArray out = runAgent({u"token"_s, u"add"_s, name, u"--role"_s, role}, &code);
    if (code != 0)
        return {};
    return QString::fromLatin1(out.trimmed());
}

Reply TestAgentApi::call(
    const QByteArray &verb, const QString &path, const QString &token, const QByteArray &body)
{
    QNetworkRequest request(QUrl(u"https://127.0.0.1:%1%2"_s.arg(m_port).arg(path)));
    request.setTransferTimeout(15000);
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    QElapsedTimer timer;
    timer.start();
    QNetworkReply *reply = m_nam.sendCustomRequest(request, verb, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    Reply r;
    if (!finished.wait(20000) && !reply->isFinished()) {
        reply->abort();
        r.error = QNetworkReply::TimeoutError;
    }
    r.elapsedMs = timer.elapsed();
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (r.error == QNetworkReply::NoError)
        r.error = reply->error();
    r.body = reply->readAll();
    r.json = QJsonDocument::fromJson(r.body).object();
    r.allow = reply->rawHeader("Allow");
    reply->deleteLater();
    return r;
}

// One request over a fresh TLS connection, written verbatim; returns what came back until the
// answer is complete, the server closed, or 10 s passed. The server is another process, so
// blocking waits are safe here.
QByteArray TestAgentApi::rawExchange(const QByteArray &request)
{
    QSslSocket socket;
    connect(&socket, &QSslSocket::sslErrors, this, [this, &socket](const QList<QSslError> &) {
        if (socket.peerCertificate().digest(QCryptographicHash::Sha256) == m_pin)
            socket.ignoreSslErrors();
    });
    socket.connectToHostEncrypted(u"127.0.0.1"_s, m_port);
    if (!socket.waitForEncrypted(10000))
        return "NOT ENCRYPTED: " + socket.errorString().toUtf8();
    socket.write(request);
    QByteArray in;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 10000 && socket.state() == QAbstractSocket::ConnectedState) {
        socket.waitForReadyRead(100);
        in += socket.readAll();
        const qsizetype headEnd = in.indexOf("\r\n\r\n");
        if (headEnd < 0)
            continue;
        static const QRegularExpression lengthRe(u"(?i)content-length:\\s*(\\d+)"_s);
        const auto m = lengthRe.match(QString::fromLatin1(in.left(headEnd)));
        if (m.hasMatch() && in.size() >= headEnd + 4 + m.captured(1).toLongLong())
            break;
    }
    return in + socket.readAll();
}

void TestAgentApi::setViewerMode(const QByteArray &mode)
{
    QFile f(rootPath(u"viewer-mode"_s));
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(mode);
}

Reply TestAgentApi::waitForLicense(const QString &expectedCode)
{
    // license_max_age_ms=0: each request starts a new read; the answer is the last finished one.
    Reply r;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 15000) {
        r = call("GET", u"/api/v1/license"_s, m_viewer);
        if (expectedCode.isEmpty() ? r.status == 200 : r.errorCode() == expectedCode)
            return r;
        QTest::qWait(50);
    }
    return r;
}

void TestAgentApi::initTestCase()
{
    QVERIFY(m_root.isValid() && m_state.isValid());
    QVERIFY(QDir(m_root.path()).mkpath(u"log"_s));
    QFile log(rootPath(u"log/license.log"_s));
    QVERIFY(log.open(QIODevice::WriteOnly));
    log.write("2024-01-15 10:20:31 INFO  VE     License server started\n");
    log.close();

    const QByteArray root = QFile::encodeName(m_root.path());
    const QByteArray sample
        = QFile::encodeName(QStringLiteral(VE_TEST_DATA_DIR)) + "/license_viewer-readable-countdown.txt";
    QVERIFY(writeScript(rootPath(u"license_viewer"_s),
        "case \"$(cat '" + root
            + "/viewer-mode' 2>/dev/null)\" in\n"
              "fail) echo 'license_viewer: cannot open the key storage' >&2; exit 3 ;;\n"
              "hang) sleep 60 & echo $! > '"
            + root
            + "/hang-child.pid'; wait ;;\n"
              "empty) exit 0 ;;\n"
              "*) cat '"
            + sample
            + "' ;;\n"
              "esac\n"));
    QVERIFY(writeScript(rootPath(u"fake-systemctl"_s),
        "echo \"$*\" >> '" + root
            + "/systemctl.log'\n"
              "case \"$1\" in\n"
              "show) shift 3\n"
              "  for unit in \"$@\"; do\n"
              "    if [ \"$unit\" = licensed ]; then\n"
              "      st=$(cat '"
            + root
            + "/unit-state' 2>/dev/null || echo active)\n"
              "      printf 'Id=licensed.service\\nLoadState=loaded\\nActiveState=%s\\n"
              "ActiveEnterTimestamp=Mon 2024-01-15 10:20:30 "
              "UTC\\nInactiveEnterTimestamp=\\nMainPID=4242\\n\\n' \"$st\"\n"
              "    else\n"
              "      printf 'Id=%s.service\\nLoadState=not-found\\nActiveState=inactive\\nMainPID=0\\n\\n' "
              "\"$unit\"\n"
              "    fi\n"
              "  done ;;\n"
              "start|restart) echo active > '"
            + root
            + "/unit-state' ;;\n"
              "stop) echo inactive > '"
            + root
            + "/unit-state' ;;\n"
              "*) exit 1 ;;\n"
              "esac\n"));
    QVERIFY(writeScript(rootPath(u"sessions"_s),
        "echo '{\"sessions\":[{\"id\":\"s1\",\"emulatorHost\":\"ssp1\",\"address\":\"10.0.0.7\","
        "\"product\":\"Charon-SSP/4M\",\"since\":\"2024-05-01T10:00:00Z\",\"state\":\"active\","
        "\"hoursConsumed\":1.5,\"servedBy\":\"primary\"}]}'\n"));
    QVERIFY(writeScript(rootPath(u"hours"_s), "echo 87.5\n"));

    const QString ini = rootPath(u"agent.ini"_s);
    QFile config(ini);
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write("[agent]\nrole=primary\n\n[server]\nsystemctl=" + root
        + "/fake-systemctl\njournalctl=\n"
          "sessions_command="
        + root + "/sessions\nremaining_hours_command=" + root
        + "/hours\n\n"
          "[timing]\ntool_timeout_ms="
        + QByteArray::number(ToolTimeoutMs)
        + "\nlicense_max_age_ms=0\n"
          "service_max_age_ms=0\n");
    config.close();

    m_admin = addToken(u"admin"_s, u"admin"_s);
    m_viewer = addToken(u"viewer"_s, u"viewer"_s);
    m_revoked = addToken(u"gone"_s, u"admin"_s);
    QVERIFY(
        m_admin.startsWith(u"vea_"_s) && m_viewer.startsWith(u"vea_"_s) && m_revoked.startsWith(u"vea_"_s));
    int code = -1;
    runAgent({u"token"_s, u"revoke"_s, u"gone"_s}, &code);
    QCOMPARE(code, 0);

    m_agent.start(QStringLiteral(VE_AGENT_BINARY),
        {u"--config"_s, ini, u"--root"_s, m_root.path(), u"--state-dir"_s, m_state.path(), u"--listen"_s,
            u"127.0.0.1:0"_s});
    QVERIFY(m_agent.waitForStarted(10000));
    static const QRegularExpression listening(u"listening on https://127\\.0\\.0\\.1:(\\d+)\\n"_s);
    QByteArray out;
    QElapsedTimer timer;
    timer.start();
    while (!m_port && timer.elapsed() < 30000 && m_agent.state() == QProcess::Running) {
        m_agent.waitForReadyRead(100); // another process: no deadlock
        out += m_agent.readAllStandardOutput();
        const auto m = listening.match(QString::fromUtf8(out));
        if (m.hasMatch())
            m_port = quint16(m.captured(1).toUInt());
    }
    QVERIFY2(m_port, QByteArray(out + m_agent.readAllStandardError()).constData());

    const QByteArray fingerprint = runAgent({u"fingerprint"_s}, &code);
    QCOMPARE(code, 0);
    static const QRegularExpression sha(u"^SHA256 ((?:[0-9A-F]{2}:){31}[0-9A-F]{2})$"_s);
    const auto m = sha.match(QString::fromLatin1(fingerprint.trimmed()));
    QVERIFY2(m.hasMatch(), fingerprint.constData());
    m_pin = QByteArray::fromHex(m.captured(1).remove(u':').toLatin1());
    m_trusted = m_pin;
    // Pinning: accept the self-signed certificate only if its SHA-256 is the pinned one.
    connect(&m_nam, &QNetworkAccessManager::sslErrors, this,
        [this](QNetworkReply *reply, const QList<QSslError> &) {
            if (reply->sslConfiguration().peerCertificate().digest(QCryptographicHash::Sha256) == m_trusted)
                reply->ignoreSslErrors();
        });
}

void TestAgentApi::cleanupTestCase()
{
    if (m_agent.state() == QProcess::NotRunning) { // never started, or ended early: not by a crash
        QCOMPARE(m_agent.exitStatus(), QProcess::NormalExit);
        return;
    }
    // SIGTERM → clean shutdown with exit code 0.
    m_agent.terminate();
    QVERIFY(m_agent.waitForFinished(10000));
    QCOMPARE(m_agent.exitStatus(), QProcess::NormalExit);
    QCOMPARE(m_agent.exitCode(), 0);
}

void TestAgentApi::pingNeedsNoToken()
{
    const Reply r = call("GET", u"/api/v1/ping"_s);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json, (QJsonObject {{u"product"_s, u"ve-agent"_s}, {u"protocol"_s, 1}}));
}

void TestAgentApi::routesRefuseMissingUnknownAndRevokedTokens_data()
{
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<QString>("path");
    const QList<QPair<QByteArray, QString>> routes {
        {"GET", u"/api/v1/status"_s},
        {"GET", u"/api/v1/license"_s},
        {"GET", u"/api/v1/sessions"_s},
        {"GET", u"/api/v1/logs"_s},
        {"POST", u"/api/v1/service/start"_s},
        {"POST", u"/api/v1/service/stop"_s},
        {"POST", u"/api/v1/service/restart"_s},
    };
    for (const auto &[verb, path] : routes)
        QTest::newRow(QByteArray(verb + ' ' + path.toLatin1()).constData()) << verb << path;
}

void TestAgentApi::routesRefuseMissingUnknownAndRevokedTokens()
{
    QFETCH(QByteArray, verb);
    QFETCH(QString, path);
    const QString unknown = u"vea_"_s + QString(43, u'Q');
    for (const QString &token : {QString(), unknown, m_revoked, u"not-even-a-token"_s}) {
        const Reply r = call(verb, path, token);
        QCOMPARE(r.status, 401);
        QCOMPARE(r.errorCode(), u"unauthorized"_s);
        QVERIFY(!r.json.value(u"error"_s).toObject().value(u"message"_s).toString().isEmpty());
    }
}

void TestAgentApi::viewerReadsButCannotAct_data()
{
    routesRefuseMissingUnknownAndRevokedTokens_data();
}

void TestAgentApi::viewerReadsButCannotAct()
{
    QFETCH(QByteArray, verb);
    QFETCH(QString, path);
    const bool adminRoute = path.startsWith(u"/api/v1/service/"_s);
    const Reply viewer = call(verb, path, m_viewer);
    QCOMPARE(viewer.status, adminRoute ? 403 : 200);
    if (adminRoute)
        QCOMPARE(viewer.errorCode(), u"forbidden"_s);
    const Reply admin = call(verb, path, m_admin);
    QCOMPARE(admin.status, 200);
}

void TestAgentApi::statusReportsHostAndCapabilities()
{
    const Reply r = call("GET", u"/api/v1/status"_s, m_viewer);
    QCOMPARE(r.status, 200);
    QVERIFY(r.elapsedMs < 1000);
    QCOMPARE(r.json.value(u"protocol"_s).toInt(), 1);
    QCOMPARE(r.json.value(u"backend"_s).toString(), u"host"_s);
    QCOMPARE(r.json.value(u"role"_s).toString(), u"primary"_s);
    QVERIFY(!r.json.value(u"hostName"_s).toString().isEmpty());
    QVERIFY(!r.json.value(u"agentVersion"_s).toString().isEmpty());
    QStringList caps;
    for (const QJsonValue &v : r.json.value(u"capabilities"_s).toArray())
        caps.append(v.toString());
    caps.sort();
    // backup: the install root exists (fingerprint and installer programs do not, so not those).
    QCOMPARE(caps,
        (QStringList {
            u"backup"_s, u"license"_s, u"logs"_s, u"remainingHours"_s, u"service"_s, u"sessions"_s}));
    const QJsonObject service = r.json.value(u"service"_s).toObject();
    QCOMPARE(service.value(u"unit"_s).toString(), u"licensed"_s);
    QCOMPARE(service.value(u"state"_s).toString(), u"active"_s);
    QCOMPARE(service.value(u"since"_s).toString(), u"2024-01-15T10:20:30Z"_s);
    QCOMPARE(service.value(u"mainPid"_s).toInt(), 4242);
    const QDateTime clock = QDateTime::fromString(r.json.value(u"hostClock"_s).toString(), Qt::ISODate);
    QVERIFY(qAbs(clock.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    QCOMPARE(r.json.value(u"sessionCount"_s).toInt(), 1);
    QCOMPARE(r.json.value(u"remainingHours"_s).toDouble(), 87.5);
    QCOMPARE(r.json.value(u"licenseSummary"_s).toString(), u"COUNTDOWN 01.00000001.002.045 (Stromasys)"_s);
}

void TestAgentApi::licenseIsTheContractPlusRaw()
{
    const Reply r = waitForLicense({});
    QCOMPARE(r.status, 200);
    const QJsonObject license = r.json.value(u"license"_s).toObject();
    QCOMPARE(license.value(u"keyType"_s).toString(), u"COUNTDOWN"_s);
    QCOMPARE(license.value(u"licenseId"_s).toString(), u"01.00000001.002.045"_s);
    QCOMPARE(license.value(u"products"_s).toArray().size(), 2);
    QFile sample(QStringLiteral(VE_TEST_DATA_DIR) + u"/license_viewer-readable-countdown.txt"_s);
    QVERIFY(sample.open(QIODevice::ReadOnly));
    QCOMPARE(r.json.value(u"raw"_s).toString(), QString::fromUtf8(sample.readAll()));
    QCOMPARE(r.json.value(u"remainingHours"_s).toDouble(), 87.5);
}

void TestAgentApi::sessionsComeFromTheConfiguredCommand()
{
    const Reply r = call("GET", u"/api/v1/sessions"_s, m_viewer);
    QCOMPARE(r.status, 200);
    const QJsonArray sessions = r.json.value(u"sessions"_s).toArray();
    QCOMPARE(sessions.size(), 1);
    const QJsonObject s = sessions.first().toObject();
    QCOMPARE(s.value(u"emulatorHost"_s).toString(), u"ssp1"_s);
    QCOMPARE(s.value(u"product"_s).toString(), u"Charon-SSP/4M"_s);
    QCOMPARE(s.value(u"since"_s).toString(), u"2024-05-01T10:00:00Z"_s);
    QCOMPARE(s.value(u"hoursConsumed"_s).toDouble(), 1.5);
}

void TestAgentApi::logsListTheSources()
{
    const Reply r = call("GET", u"/api/v1/logs"_s, m_viewer);
    QCOMPARE(r.status, 200);
    const QJsonArray sources = r.json.value(u"sources"_s).toArray();
    QCOMPARE(sources.size(), 2); // no journal: journalctl is disabled in the configuration
    const QJsonObject license = sources.at(0).toObject();
    QCOMPARE(license.value(u"name"_s).toString(), u"license"_s);
    QCOMPARE(license.value(u"kind"_s).toString(), u"file"_s);
    QCOMPARE(license.value(u"path"_s).toString(), rootPath(u"log/license.log"_s));
    QCOMPARE(license.value(u"exists"_s).toBool(), true);
    QCOMPARE(sources.at(1).toObject().value(u"name"_s).toString(), u"error"_s);
    QCOMPARE(sources.at(1).toObject().value(u"exists"_s).toBool(), false);
}

void TestAgentApi::adminControlsTheServiceAndIsAudited()
{
    QCOMPARE(call("POST", u"/api/v1/service/start"_s, m_viewer).status, 403);
    Reply r = call("POST", u"/api/v1/service/stop"_s, m_admin);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(u"action"_s).toString(), u"stop"_s);
    QCOMPARE(r.json.value(u"service"_s).toObject().value(u"state"_s).toString(), u"inactive"_s);
    r = call("POST", u"/api/v1/service/restart"_s, m_admin, "{}");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(u"service"_s).toObject().value(u"state"_s).toString(), u"active"_s);

    QFile calls(rootPath(u"systemctl.log"_s));
    QVERIFY(calls.open(QIODevice::ReadOnly));
    const QByteArray log = calls.readAll();
    QVERIFY(log.contains("\nstop licensed\n"));
    QVERIFY(log.contains("\nrestart licensed\n"));

    QFile auditFile(m_state.filePath(u"audit.log"_s));
    QVERIFY(auditFile.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = auditFile.readAll().trimmed().split('\n');
    const QJsonObject last = QJsonDocument::fromJson(lines.last()).object();
    QCOMPARE(last.value(u"token"_s).toString(), u"admin"_s);
    QCOMPARE(last.value(u"role"_s).toString(), u"admin"_s);
    QCOMPARE(last.value(u"action"_s).toString(), u"POST /api/v1/service/restart"_s);
    QCOMPARE(last.value(u"result"_s).toString(), u"ok"_s);
    QCOMPARE(last.value(u"status"_s).toInt(), 200);
    QVERIFY(QDateTime::fromString(last.value(u"time"_s).toString(), Qt::ISODateWithMs).isValid());
    // The viewer's refused attempt is recorded as denied.
    bool deniedViewer = false;
    for (const QByteArray &line : lines) {
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        deniedViewer |= o.value(u"token"_s).toString() == "viewer"_L1
            && o.value(u"result"_s).toString() == "denied"_L1;
    }
    QVERIFY(deniedViewer);
}

void TestAgentApi::revokingWorksWithoutRestart()
{
    const QString token = addToken(u"short-lived"_s, u"viewer"_s);
    QCOMPARE(call("GET", u"/api/v1/status"_s, token).status, 200);
    int code = -1;
    runAgent({u"token"_s, u"revoke"_s, u"short-lived"_s}, &code);
    QCOMPARE(code, 0);
    const Reply r = call("GET", u"/api/v1/status"_s, token);
    QCOMPARE(r.status, 401);
    QCOMPARE(r.errorCode(), u"unauthorized"_s);
}

void TestAgentApi::unknownRoutesAndMethodsGetJsonErrors()
{
    Reply r = call("GET", u"/api/v1/nothing-here"_s, m_admin);
    QCOMPARE(r.status, 404);
    QCOMPARE(r.errorCode(), u"not-found"_s);
    r = call("GET", u"/"_s);
    QCOMPARE(r.status, 404);
    QCOMPARE(r.errorCode(), u"not-found"_s);
    r = call("DELETE", u"/api/v1/status"_s, m_admin);
    QCOMPARE(r.status, 405);
    QCOMPARE(r.errorCode(), u"method-not-allowed"_s);
    QCOMPARE(r.allow, QByteArray("GET"));
    r = call("GET", u"/api/v1/service/restart"_s, m_admin);
    QCOMPARE(r.status, 405);
    QCOMPARE(r.allow, QByteArray("POST"));
}

void TestAgentApi::pathTricksMatchNothing_data()
{
    QTest::addColumn<QByteArray>("target");
    QTest::newRow("dot-dot") << QByteArray("/api/v1/../../etc/passwd");
    QTest::newRow("encoded dot-dot") << QByteArray("/api/v1/%2e%2e/%2e%2e/etc/passwd");
    QTest::newRow("encoded slash") << QByteArray("/api/v1/logs%2f..%2f..%2fetc%2fpasswd");
    QTest::newRow("through a route") << QByteArray("/api/v1/status/../license");
    QTest::newRow("dot segment") << QByteArray("/api/v1/./status");
    QTest::newRow("double slash") << QByteArray("//api/v1/status");
    QTest::newRow("trailing slash") << QByteArray("/api/v1/status/");
    QTest::newRow("nul") << QByteArray("/api/v1/status%00");
    QTest::newRow("backslash") << QByteArray("/api/v1/..%5c..%5cetc%5cpasswd");
    QTest::newRow("absolute form") << QByteArray("https://127.0.0.1/etc/passwd");
}

void TestAgentApi::pathTricksMatchNothing()
{
    QFETCH(QByteArray, target);
    const QByteArray answer = rawExchange("GET " + target
        + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + m_admin.toLatin1() + "\r\n\r\n");
    // Either a JSON 404 or, for what the HTTP parser itself rejects, no answer at all: never
    // anything else, and never a file's content.
    if (!answer.isEmpty()) {
        QVERIFY2(answer.startsWith("HTTP/1.1 404 "), answer.constData());
        QVERIFY(answer.contains("\r\nContent-Type: application/json"));
        QVERIFY(answer.contains("\"code\":\"not-found\""));
    }
    QVERIFY(!answer.contains("root:"));
}

void TestAgentApi::badBodiesAreRefused()
{
    for (const QByteArray &body : {QByteArray("{bad json"), QByteArray("[1,2]"), QByteArray("\"text\""),
             QByteArray("\xff\xfe\x00garbage", 10)}) {
        const Reply r = call("POST", u"/api/v1/service/restart"_s, m_admin, body);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), u"bad-request"_s);
    }
}

void TestAgentApi::oversizedRequestsAreRefusedEarly()
{
    // A huge Content-Length is refused from the head alone: the body is never sent.
    QByteArray answer
        = rawExchange("POST /api/v1/service/restart HTTP/1.1\r\nHost: x\r\nContent-Length: 1000000000\r\n"
                      "Authorization: Bearer "
            + m_admin.toLatin1() + "\r\n\r\n");
    QVERIFY2(answer.startsWith("HTTP/1.1 413 "), answer.constData());
    QVERIFY(answer.contains("\"code\":\"payload-too-large\""));
    QVERIFY(answer.contains("\r\nConnection: close\r\n"));

    answer = rawExchange(
        "GET /api/v1/ping HTTP/1.1\r\nHost: x\r\nX-Padding: " + QByteArray(20000, 'a') + "\r\n\r\n");
    QVERIFY2(answer.startsWith("HTTP/1.1 431 "), answer.constData());
    QVERIFY(answer.contains("\"code\":\"headers-too-large\""));

    answer
        = rawExchange("POST /api/v1/service/restart HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
                      "10000000\r\n");
    QVERIFY2(answer.startsWith("HTTP/1.1 411 "), answer.constData());

    answer = rawExchange("POST /api/v1/service/restart HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n"
                         "Content-Length: 5000\r\n\r\n{}");
    QVERIFY2(answer.startsWith("HTTP/1.1 400 "), answer.constData());

    // What the HTTP parser would choke on is answered too, never left hanging.
    answer = rawExchange("G\x01T /api/v1/ping HTTP/1.1\r\n\r\n");
    QVERIFY2(answer.startsWith("HTTP/1.1 400 "), answer.constData());
    answer = rawExchange("BREW /api/v1/ping HTTP/1.1\r\n\r\n");
    QVERIFY2(answer.startsWith("HTTP/1.1 501 "), answer.constData());
    answer = rawExchange("GET /api/v1/ping HTTP/1.1\r\nBad Header\r\n\r\n");
    QVERIFY2(answer.startsWith("HTTP/1.1 400 "), answer.constData());

    // The agent is still fine.
    QCOMPARE(call("GET", u"/api/v1/ping"_s).status, 200);
}

void TestAgentApi::hugeBodyThroughQNetworkAccessManager()
{
    const Reply r = call("POST", u"/api/v1/service/restart"_s, m_admin, QByteArray(3 * 1024 * 1024, '{'));
    QCOMPARE(r.status, 413);
    QCOMPARE(r.errorCode(), u"payload-too-large"_s);
    QCOMPARE(call("GET", u"/api/v1/ping"_s).status, 200);
}

void TestAgentApi::failingLicenseViewerGivesToolFailed()
{
    setViewerMode("fail");
    const Reply r = waitForLicense(u"tool-failed"_s);
    QCOMPARE(r.status, 502);
    QCOMPARE(r.errorCode(), u"tool-failed"_s);
    const QString message = r.json.value(u"error"_s).toObject().value(u"message"_s).toString();
    QVERIFY2(message.contains(u"code 3"_s) && message.contains(u"cannot open the key storage"_s),
        qPrintable(message));
    setViewerMode("");
    QCOMPARE(waitForLicense({}).status, 200);
}

void TestAgentApi::emptyLicenseViewerGivesNoLicense()
{
    setViewerMode("empty");
    const Reply r = waitForLicense(u"no-license"_s);
    QCOMPARE(r.status, 404);
    QCOMPARE(r.errorCode(), u"no-license"_s);
    // Status still answers, without a license summary.
    const Reply status = call("GET", u"/api/v1/status"_s, m_viewer);
    QCOMPARE(status.status, 200);
    QVERIFY(!status.json.contains(u"licenseSummary"_s));
    setViewerMode("");
    QCOMPARE(waitForLicense({}).status, 200);
}

void TestAgentApi::hangingLicenseViewerTimesOutAndStatusStaysFast()
{
    QFile::remove(rootPath(u"hang-child.pid"_s));
    setViewerMode("hang");
    QElapsedTimer sinceHang;
    sinceHang.start();
    // A read started before the mode changed may still be running: ask until the hanging one runs.
    for (int i = 0; i < 100 && !QFile::exists(rootPath(u"hang-child.pid"_s)); ++i) {
        call("GET", u"/api/v1/license"_s, m_viewer);
        QTest::qWait(50);
    }
    QVERIFY(QFile::exists(rootPath(u"hang-child.pid"_s)));
    for (int i = 0; i < 5; ++i) {
        const Reply status = call("GET", u"/api/v1/status"_s, m_viewer);
        QCOMPARE(status.status, 200);
        QVERIFY2(status.elapsedMs < 500, qPrintable(QString::number(status.elapsedMs)));
    }
    const Reply r = waitForLicense(u"tool-timeout"_s);
    QCOMPARE(r.status, 504);
    QVERIFY2(sinceHang.elapsed() < ToolTimeoutMs + 3000, qPrintable(QString::number(sinceHang.elapsed())));
    // The whole process group was killed, the script's own child too.
    QFile pidFile(rootPath(u"hang-child.pid"_s));
    QVERIFY(pidFile.open(QIODevice::ReadOnly));
    const qint64 child = pidFile.readAll().trimmed().toLongLong();
    QVERIFY(child > 0);
    QTRY_VERIFY_WITH_TIMEOUT(processGone(child), 5000);
    setViewerMode("");
    QCOMPARE(waitForLicense({}).status, 200);
}

void TestAgentApi::oldTlsVersionsAreRefused()
{
    // Positive control first: the probe itself can do TLS 1.2 and sees the pinned certificate.
    TlsProbe::Result ok = TlsProbe::handshake(m_port, TlsProbe::Version::Tls1_2);
    QVERIFY2(ok.connected, qPrintable(ok.error));
    QCOMPARE(ok.certificateSha256, m_pin);
    for (const auto version : {TlsProbe::Version::Tls1_0, TlsProbe::Version::Tls1_1}) {
        const TlsProbe::Result r = TlsProbe::handshake(m_port, version);
        QVERIFY(!r.connected);
        QVERIFY2(r.serverRefusedVersion, qPrintable(r.error)); // the agent's alert, not a client limit
    }
}

void TestAgentApi::plainHttpGetsNoHttpAnswer()
{
    QTcpSocket socket;
    socket.connectToHost(u"127.0.0.1"_s, m_port);
    QVERIFY(socket.waitForConnected(10000));
    socket.write("GET /api/v1/ping HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    QByteArray in;
    QElapsedTimer timer;
    timer.start();
    while (socket.state() == QAbstractSocket::ConnectedState && timer.elapsed() < 20000) {
        socket.waitForReadyRead(100);
        in += socket.readAll();
    }
    QVERIFY2(
        socket.state() != QAbstractSocket::ConnectedState, "the agent kept a plain HTTP connection open");
    QVERIFY2(!in.contains("HTTP/"), in.constData());
    QVERIFY(!in.contains("ve-agent"));
}

void TestAgentApi::wrongPinIsRefusedByTheClient()
{
    m_nam.clearConnectionCache(); // a new TLS handshake, not a kept-alive connection
    m_trusted = QByteArray(32, '\x42');
    const Reply r = call("GET", u"/api/v1/ping"_s);
    m_trusted = m_pin;
    m_nam.clearConnectionCache();
    QCOMPARE(r.status, 0);
    QCOMPARE(r.error, QNetworkReply::SslHandshakeFailedError);
    QCOMPARE(call("GET", u"/api/v1/ping"_s).status, 200);
}

void TestAgentApi::secretsAreNotStoredAndFilesArePrivate()
{
    QCOMPARE(fileMode(m_state.filePath(u"agent.key"_s)), 0600);
    QCOMPARE(fileMode(m_state.filePath(u"tokens.json"_s)), 0600);
    QCOMPARE(fileMode(m_state.filePath(u"audit.log"_s)), 0600);

    int code = -1;
    QByteArray err;
    const QByteArray out = runAgent({u"token"_s, u"add"_s, u"once"_s, u"--role"_s, u"viewer"_s}, &code, &err);
    QCOMPARE(code, 0);
    const QList<QByteArray> lines = out.trimmed().split('\n');
    QCOMPARE(lines.size(), 1); // the token, alone
    const QByteArray token = lines.first();
    QVERIFY(token.startsWith("vea_"));
    QVERIFY(!err.contains(token));
    const QByteArray secret = token.mid(4);

    const QByteArray listed = runAgent({u"token"_s, u"list"_s}, &code);
    QCOMPARE(code, 0);
    QVERIFY(listed.contains("once"));
    QVERIFY(listed.contains("admin"));
    for (const QString &file : {u"tokens.json"_s, u"audit.log"_s}) {
        QFile f(m_state.filePath(file));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        for (const QString &t : {QString::fromLatin1(token), m_admin, m_viewer, m_revoked})
            QVERIFY2(!bytes.contains(t.mid(4).toLatin1()), qPrintable(file));
    }
    QVERIFY(!listed.contains(secret));
    for (const QString &t : {m_admin, m_viewer})
        QVERIFY(!listed.contains(t.mid(4).toLatin1()));

    // Usage errors are reported as such.
    runAgent({u"token"_s, u"add"_s, u"x"_s, u"--role"_s, u"root"_s}, &code);
    QCOMPARE(code, 64);
    runAgent({u"token"_s, u"add"_s, u"once"_s, u"--role"_s, u"viewer"_s}, &code);
    QCOMPARE(code, 1); // name taken
}

QTEST_GUILESS_MAIN(TestAgentApi)
#include "tst_agentapi.moc"
