// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/adminfixture.h"

#include "agent/agentserver.h"
#include "agent/auditlog.h"
#include "agent/certificatestore.h"
#include "agent/hostbackend.h"
#include "agent/hostlicenseadmin.h"
#include "agent/tokenstore.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

bool writeScript(const QString &path, const QByteArray &body)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    f.write("#!/bin/sh\n" + body);
    f.close();
    return f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

} // namespace

QString AdminFixture::Reply::errorCode() const
{
    return json.value(u"error"_s).toObject().value(u"code"_s).toString();
}

QString AdminFixture::Reply::errorMessage() const
{
    return json.value(u"error"_s).toObject().value(u"message"_s).toString();
}

QByteArray AdminFixture::Reply::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

AdminFixture::AdminFixture() = default;
AdminFixture::~AdminFixture()
{
    m_server.reset(); // routes use the backend
    m_backend.reset();
}

QByteArray AdminFixture::sample(const QString &name)
{
    QFile f(QStringLiteral(VE_TEST_DATA_DIR) + u'/' + name);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QByteArray AdminFixture::sampleWith(const QByteArray &from, const QByteArray &to)
{
    return sample(u"license_viewer-readable-countdown.txt"_s).replace(from, to);
}

QString AdminFixture::path(const QString &relative) const
{
    return m_root.filePath(relative);
}

QString AdminFixture::statePath(const QString &relative) const
{
    return m_state.filePath(relative);
}

bool AdminFixture::write(const QString &relative, const QByteArray &data) const
{
    QDir().mkpath(QFileInfo(path(relative)).absolutePath());
    QFile f(path(relative));
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
}

QByteArray AdminFixture::read(const QString &relative) const
{
    QFile f(path(relative));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

int AdminFixture::installerRuns() const
{
    return int(read(u"installer.runs"_s).count('\n'));
}

bool AdminFixture::start(QString *error, const std::function<void(AgentConfig &)> &adjust)
{
    const QByteArray root = QFile::encodeName(m_root.path());
    const QByteArray installed = root + "/installed.lic";
    bool ok = writeScript(path(u"license_viewer"_s),
                  "[ -f '" + installed + "' ] || exit 0\nexec cat '" + installed + "'\n")
        && writeScript(path(u"license_installer"_s),
            "d='" + root
                + "'\nwc -c <\"$1\" >>\"$d/installer.runs\"\n"
                  "if [ -f \"$d/fail-before\" ]; then echo 'installer: refused on purpose' >&2; exit 3; fi\n"
                  "if [ -f \"$d/fail-after-once\" ]; then rm \"$d/fail-after-once\"; cp \"$1\" "
                  "\"$d/installed.lic\";"
                  " echo 'installer: crashed after writing' >&2; exit 4; fi\n"
                  "if [ -f \"$d/garbage-once\" ]; then cp \"$d/garbage-once\" \"$d/installed.lic\";"
                  " rm \"$d/garbage-once\"; exit 0; fi\n"
                  "cp \"$1\" \"$d/installed.lic\"\n")
        && writeScript(path(u"fingerprint"_s), "touch '" + root + "/fingerprint.ran'\necho FP-DATA\n")
        && write(u"installed.lic"_s, sample(u"license_viewer-readable-countdown.txt"_s))
        && write(u"log/license.log"_s, "2024-01-01 00:00:00 INFO  VE     started\n")
        && write(u"error.log"_s, "[1636549131] [error] [client ] x\n")
        && write(u"facts/cpuinfo"_s, "processor\t: 0\nprocessor\t: 1\nprocessor\t: 2\nprocessor\t: 3\n")
        && write(u"facts/meminfo"_s, "MemTotal:        8388608 kB\nMemFree: 1 kB\n")
        && write(u"facts/machine-id"_s, "0123456789abcdef0123456789abcdef\n");
    if (!ok) {
        *error = u"cannot write the fake tools"_s;
        return false;
    }
    CertificateStore::Identity identity;
    if (!CertificateStore::ensure(
            statePath(u"agent.crt"_s), statePath(u"agent.key"_s), true, &identity, error))
        return false;
    m_pin = CertificateStore::sha256(identity.certificate);
    m_tokens = std::make_unique<TokenStore>(statePath(u"tokens.json"_s));
    m_audit = std::make_unique<AuditLog>(statePath(u"audit.log"_s));
    if (!m_tokens->add(u"alice"_s, TokenStore::Role::Admin, &admin, error)
        || !m_tokens->add(u"victor"_s, TokenStore::Role::Viewer, &viewer, error))
        return false;

    AgentConfig config = AgentConfig::defaults(m_root.path());
    config.stateDir = m_state.path();
    config.licenseFile = path(u"installed.lic"_s);
    config.licenseMaxAgeMs = 0; // every status/license request re-reads
    config.serviceUnit = u"licensed"_s;
    config.systemctl = {path(u"no-systemctl"_s)};
    config.journalctl = {path(u"no-journalctl"_s)};
    AgentConfig::HostFactSources &facts = config.hostFacts;
    facts.cpuinfo = path(u"facts/cpuinfo"_s);
    facts.meminfo = path(u"facts/meminfo"_s);
    facts.machineId = path(u"facts/machine-id"_s);
    facts.productUuid = path(u"facts/product_uuid"_s);
    facts.hypervisorType = path(u"facts/hypervisor_type"_s);
    facts.dmiDir = path(u"facts/dmi"_s);
    facts.cloudInitData = path(u"facts/instance-data.json"_s);
    facts.detectVirt.clear();
    if (adjust)
        adjust(config);
    m_backend = std::make_unique<HostBackend>(config);
    static_cast<HostLicenseAdmin *>(m_backend->licenseAdmin())->setVerifyTiming(2, 50);
    AgentServer::Options options;
    options.tls = CertificateStore::serverConfiguration(identity);
    m_server = std::make_unique<AgentServer>(m_backend.get(), m_tokens.get(), m_audit.get(), options);
    if (!m_server->listen(QHostAddress::LocalHost, 0, error))
        return false;
    QObject::connect(&m_nam, &QNetworkAccessManager::sslErrors, &m_nam,
        [pin = m_pin](QNetworkReply *reply, const QList<QSslError> &) {
            if (reply->sslConfiguration().peerCertificate().digest(QCryptographicHash::Sha256) == pin)
                reply->ignoreSslErrors();
        });
    m_backend->refresh();
    return true;
}

AdminFixture::Reply AdminFixture::call(
    const QByteArray &verb, const QString &path, const QString &token, const QByteArray &body)
{
    QNetworkRequest request(QUrl(m_server->url() + path));
    request.setTransferTimeout(30000);
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/octet-stream"));
    QNetworkReply *reply = m_nam.sendCustomRequest(request, verb, body);
    if (!reply->isFinished()) {
        QSignalSpy finished(reply, &QNetworkReply::finished);
        finished.wait(30000);
    }
    Reply r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    r.json = QJsonDocument::fromJson(r.body).object();
    r.headers = reply->rawHeaderPairs();
    reply->deleteLater();
    return r;
}

bool AdminFixture::waitForLicenseId(const QString &licenseId)
{
    for (int i = 0; i < 100; ++i) {
        const Reply r = call("GET", u"/api/v1/license"_s, viewer);
        const QString id = r.json.value(u"license"_s).toObject().value(u"licenseId"_s).toString();
        if ((licenseId.isEmpty() && r.errorCode() == "no-license"_L1)
            || (!licenseId.isEmpty() && id == licenseId))
            return true;
        QTest::qWait(50);
    }
    return false;
}
