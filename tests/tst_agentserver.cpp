// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// AgentServer in-process, as ve-console's demo and the simulator pair use it: two endpoints with
// their own backends in one process, asynchronous answers, clients that go away, extra routes,
// idle connections and the connection cap. Client and server share this thread: every wait is a
// QTRY/QSignalSpy wait that keeps the event loop running.
#include "agent/agentserver.h"
#include "agent/auditlog.h"
#include "agent/backend.h"
#include "agent/certificatestore.h"
#include "agent/tokenstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

class FakeBackend : public Backend
{
public:
    explicit FakeBackend(const QString &role)
        : m_role(role)
    { }
    QString kind() const override { return u"simulator"_s; }
    QString role() const override { return m_role; }
    QString hostName() const override { return u"fake-"_s + m_role; }
    QStringList capabilities() const override { return {u"license"_s, u"service"_s}; }
    ServiceState serviceState() const override { return m_service; }
    LicenseDocument license(ApiError *error) const override
    {
        *error = {0, u"no-license"_s, u"nothing installed"_s};
        return {};
    }
    QList<Session> sessions() const override { return {}; }
    QList<LogSourceInfo> logSources() const override { return {}; }
    void controlService(const QString &action, ControlDone done) override
    {
        lastAction = action;
        pending = std::move(done);
    }
    void refresh() override { ++refreshes; }

    QString m_role;
    ServiceState m_service;
    QString lastAction;
    ControlDone pending;
    int refreshes = 0;
};

struct Reply
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QJsonObject json;
};

} // namespace

class TestAgentServer : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<AgentServer> makeServer(FakeBackend *backend, AgentServer::Options options = {});
    QNetworkReply *send(quint16 port, const QByteArray &verb, const QString &path, const QString &token);
    Reply finish(QNetworkReply *reply);
    Reply call(quint16 port, const QByteArray &verb, const QString &path, const QString &token)
    {
        return finish(send(port, verb, path, token));
    }
    QSslSocket *openSocket(quint16 port);

    QTemporaryDir m_dir;
    CertificateStore::Identity m_identity;
    std::unique_ptr<TokenStore> m_tokens;
    std::unique_ptr<AuditLog> m_audit;
    QString m_admin, m_viewer;
    QNetworkAccessManager m_nam;
    QByteArray m_pin;

private Q_SLOTS:
    void initTestCase();
    void twoEndpointsServeTheirOwnBackend();
    void asynchronousAnswerArrivesLater();
    void clientGoneBeforeTheAnswerIsHarmless();
    void droppedAnswerBecomesInternalError();
    void extraRoutesPlugIn();
    void idleConnectionsAreClosed();
    void connectionCapQueuesNewConnections();
};

std::unique_ptr<AgentServer> TestAgentServer::makeServer(FakeBackend *backend, AgentServer::Options options)
{
    options.tls = CertificateStore::serverConfiguration(m_identity);
    auto server = std::make_unique<AgentServer>(backend, m_tokens.get(), m_audit.get(), options);
    QString error;
    if (!server->listen(QHostAddress::LocalHost, 0, &error))
        qWarning("%s", qPrintable(error));
    return server;
}

QNetworkReply *TestAgentServer::send(
    quint16 port, const QByteArray &verb, const QString &path, const QString &token)
{
    QNetworkRequest request(QUrl(u"https://127.0.0.1:%1%2"_s.arg(port).arg(path)));
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    return m_nam.sendCustomRequest(request, verb);
}

Reply TestAgentServer::finish(QNetworkReply *reply)
{
    Reply r;
    if (!reply->isFinished()) {
        QSignalSpy finished(reply, &QNetworkReply::finished);
        finished.wait(10000);
    }
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.error = reply->error();
    r.json = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    return r;
}

QSslSocket *TestAgentServer::openSocket(quint16 port)
{
    auto *socket = new QSslSocket(this);
    connect(socket, &QSslSocket::sslErrors, this, [this, socket](const QList<QSslError> &) {
        if (socket->peerCertificate().digest(QCryptographicHash::Sha256) == m_pin)
            socket->ignoreSslErrors();
    });
    socket->connectToHostEncrypted(u"127.0.0.1"_s, port);
    return socket;
}

void TestAgentServer::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    QVERIFY2(CertificateStore::ensure(
                 m_dir.filePath(u"agent.crt"_s), m_dir.filePath(u"agent.key"_s), true, &m_identity, &error),
        qPrintable(error));
    m_pin = CertificateStore::sha256(m_identity.certificate);
    QCOMPARE(m_pin.size(), 32);
    m_tokens = std::make_unique<TokenStore>(m_dir.filePath(u"tokens.json"_s));
    m_audit = std::make_unique<AuditLog>(m_dir.filePath(u"audit.log"_s));
    QVERIFY(m_tokens->add(u"admin"_s, TokenStore::Role::Admin, &m_admin, &error));
    QVERIFY(m_tokens->add(u"viewer"_s, TokenStore::Role::Viewer, &m_viewer, &error));
    connect(&m_nam, &QNetworkAccessManager::sslErrors, this,
        [this](QNetworkReply *reply, const QList<QSslError> &) {
            if (reply->sslConfiguration().peerCertificate().digest(QCryptographicHash::Sha256) == m_pin)
                reply->ignoreSslErrors();
        });
}

void TestAgentServer::twoEndpointsServeTheirOwnBackend()
{
    FakeBackend primary(u"primary"_s);
    FakeBackend backup(u"backup"_s);
    auto a = makeServer(&primary);
    auto b = makeServer(&backup);
    QVERIFY(a->port() && b->port() && a->port() != b->port());
    QCOMPARE(a->url(), u"https://127.0.0.1:%1"_s.arg(a->port()));

    const Reply ra = call(a->port(), "GET", u"/api/v1/status"_s, m_viewer);
    const Reply rb = call(b->port(), "GET", u"/api/v1/status"_s, m_viewer);
    QCOMPARE(ra.status, 200);
    QCOMPARE(rb.status, 200);
    QCOMPARE(ra.json.value(u"role"_s).toString(), u"primary"_s);
    QCOMPARE(rb.json.value(u"role"_s).toString(), u"backup"_s);
    QCOMPARE(ra.json.value(u"backend"_s).toString(), u"simulator"_s);
    QCOMPARE(ra.json.value(u"hostName"_s).toString(), u"fake-primary"_s);
    QVERIFY(!ra.json.contains(u"licenseSummary"_s)); // no license: no summary
    QCOMPARE(primary.refreshes, 1);
    QCOMPARE(backup.refreshes, 1);

    const Reply license = call(b->port(), "GET", u"/api/v1/license"_s, m_viewer);
    QCOMPARE(license.status, 404);
    QCOMPARE(license.json.value(u"error"_s).toObject().value(u"code"_s).toString(), u"no-license"_s);
}

void TestAgentServer::asynchronousAnswerArrivesLater()
{
    FakeBackend backend(u"primary"_s);
    auto server = makeServer(&backend);
    QNetworkReply *reply = send(server->port(), "POST", u"/api/v1/service/restart"_s, m_admin);
    QTRY_VERIFY(bool(backend.pending));
    QCOMPARE(backend.lastAction, u"restart"_s);
    QTest::qWait(100);
    QVERIFY(!reply->isFinished()); // no answer before the backend's
    backend.m_service.unit = u"licensed"_s;
    backend.m_service.state = u"active"_s;
    std::exchange(backend.pending, {})(true, u"done"_s);
    const Reply r = finish(reply);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(u"action"_s).toString(), u"restart"_s);
    QCOMPARE(r.json.value(u"service"_s).toObject().value(u"state"_s).toString(), u"active"_s);

    // A failure is an error answer.
    reply = send(server->port(), "POST", u"/api/v1/service/stop"_s, m_admin);
    QTRY_VERIFY(bool(backend.pending));
    std::exchange(backend.pending, {})(false, u"unit failed to stop"_s);
    const Reply failed = finish(reply);
    QCOMPARE(failed.status, 502);
    QCOMPARE(
        failed.json.value(u"error"_s).toObject().value(u"message"_s).toString(), u"unit failed to stop"_s);
}

void TestAgentServer::clientGoneBeforeTheAnswerIsHarmless()
{
    FakeBackend backend(u"primary"_s);
    auto server = makeServer(&backend);
    QSslSocket *socket = openSocket(server->port());
    QTRY_VERIFY(socket->isEncrypted());
    socket->write("POST /api/v1/service/restart HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer "
        + m_admin.toLatin1() + "\r\nContent-Length: 0\r\n\r\n");
    QTRY_VERIFY(bool(backend.pending));
    socket->abort();
    delete socket;
    QTest::qWait(200); // the server notices and deletes its socket
    std::exchange(backend.pending, {})(true, u"done"_s); // must not touch the dead connection

    QFile audit(m_dir.filePath(u"audit.log"_s));
    QVERIFY(audit.open(QIODevice::ReadOnly));
    const QJsonObject last = QJsonDocument::fromJson(audit.readAll().trimmed().split('\n').last()).object();
    QCOMPARE(last.value(u"status"_s).toInt(), 0);
    QCOMPARE(last.value(u"message"_s).toString(), u"client disconnected"_s);
    // The server still answers.
    QCOMPARE(call(server->port(), "GET", u"/api/v1/ping"_s, {}).status, 200);
}

void TestAgentServer::droppedAnswerBecomesInternalError()
{
    FakeBackend backend(u"primary"_s);
    auto server = makeServer(&backend);
    QNetworkReply *reply = send(server->port(), "POST", u"/api/v1/service/start"_s, m_admin);
    QTRY_VERIFY(bool(backend.pending));
    backend.pending = {}; // a backend bug: the callback is lost
    const Reply r = finish(reply);
    QCOMPARE(r.status, 500);
    QCOMPARE(r.json.value(u"error"_s).toObject().value(u"code"_s).toString(), u"internal"_s);
}

void TestAgentServer::extraRoutesPlugIn()
{
    FakeBackend backend(u"primary"_s);
    auto server = makeServer(&backend);
    QStringList seen;
    QVERIFY(server->addRoute(RouteTable::Method::Post, u"/api/v1/simulator/{server}/down"_s,
        RouteTable::Access::Admin, RouteTable::Body::Json,
        [&seen](const ApiRequest &request, ApiResponder reply) {
            seen = request.arguments;
            reply.sendJson(QJsonObject {{u"down"_s, request.arguments.value(0)}});
        }));
    QVERIFY(!server->addRoute(RouteTable::Method::Post, u"/api/v1/simulator/{other}/down"_s,
        RouteTable::Access::Admin, RouteTable::Body::Json, {}));
    QVERIFY(!server->addRoute(RouteTable::Method::Get, u"/api/v1/../x"_s, RouteTable::Access::Public,
        RouteTable::Body::Ignore, {}));
    QVERIFY(!server->addRoute(
        RouteTable::Method::Get, u"api/v1/x"_s, RouteTable::Access::Public, RouteTable::Body::Ignore, {}));

    Reply r = call(server->port(), "POST", u"/api/v1/simulator/backup/down"_s, m_admin);
    QCOMPARE(r.status, 200);
    QCOMPARE(seen, QStringList {u"backup"_s});
    QCOMPARE(r.json.value(u"down"_s).toString(), u"backup"_s);
    QCOMPARE(call(server->port(), "POST", u"/api/v1/simulator/backup/down"_s, m_viewer).status, 403);
    QCOMPARE(call(server->port(), "POST", u"/api/v1/simulator/backup/down"_s, {}).status, 401);
    QCOMPARE(call(server->port(), "GET", u"/api/v1/simulator/backup/down"_s, m_admin).status, 405);
    // Parameters never name "." or "..", or anything hidden.
    QCOMPARE(call(server->port(), "POST", u"/api/v1/simulator/.hidden/down"_s, m_admin).status, 404);
    QCOMPARE(call(server->port(), "POST", u"/api/v1/simulator/a%20b/down"_s, m_admin).status, 404);
}

void TestAgentServer::idleConnectionsAreClosed()
{
    FakeBackend backend(u"primary"_s);
    AgentServer::Options options;
    options.idleTimeoutMs = 300;
    options.requestTimeoutMs = 300;
    auto server = makeServer(&backend, options);

    QSslSocket *idle = openSocket(server->port());
    QTRY_VERIFY(idle->isEncrypted());
    QTRY_COMPARE_WITH_TIMEOUT(idle->state(), QAbstractSocket::UnconnectedState, 5000);

    // A request head that never completes is cut off too (slow clients cannot hold a slot).
    QSslSocket *slow = openSocket(server->port());
    QTRY_VERIFY(slow->isEncrypted());
    slow->write("GET /api/v1/ping HTTP/1.1\r\nHost:");
    QTRY_COMPARE_WITH_TIMEOUT(slow->state(), QAbstractSocket::UnconnectedState, 5000);
    delete idle;
    delete slow;
}

void TestAgentServer::connectionCapQueuesNewConnections()
{
    FakeBackend backend(u"primary"_s);
    AgentServer::Options options;
    options.maxConnections = 2;
    auto server = makeServer(&backend, options);
    QSslSocket *first = openSocket(server->port());
    QSslSocket *second = openSocket(server->port());
    QTRY_VERIFY(first->isEncrypted() && second->isEncrypted());
    QSslSocket *third = openSocket(server->port());
    QTest::qWait(500);
    QVERIFY(!third->isEncrypted()); // waits in the kernel's queue
    first->disconnectFromHost();
    QTRY_VERIFY_WITH_TIMEOUT(third->isEncrypted(), 5000);
    delete first;
    delete second;
    delete third;
}

QTEST_GUILESS_MAIN(TestAgentServer)
#include "tst_agentserver.moc"
