// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The license routes against the host backend with fake tools (tests/adminfixture.h): the
// fingerprint's confirmation, every refusal of an update (nothing runs, nothing changes), a
// verified install with its backup, and the rollback after a failing installer and after a
// verification mismatch; a viewer token on every admin route.
#include "agent/hostlicenseadmin.h"
#include "core/filetransfer.h"
#include "core/protocol.h"
#include "tests/adminfixture.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QString SampleId = u"01.00000001.002.045"_s;
const QByteArray Confirm = QJsonDocument(QJsonObject {{u"confirm"_s, true}}).toJson();
} // namespace

class TestAdminRoutes : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<AdminFixture> m_f;
    QByteArray m_original;

private Q_SLOTS:
    void init();
    void cleanup();
    void viewerTokenIsRefusedOnEveryAdminRoute();
    void capabilitiesAreReported();
    void capabilitiesFollowTheTools();
    void fingerprintNeedsConfirmationWhileALicenseIsInstalled();
    void fingerprintWithoutLicenseNeedsNoConfirmation();
    void fingerprintFromAFileArgument();
    void updateRefusals_data();
    void updateRefusals();
    void updateThatIsTooLargeIsRefused();
    void updateInstallsVerifiesAndBacksUp();
    void firstInstallNeedsNoBackup();
    void failedInstallerThatChangedNothing();
    void rollbackAfterFailingInstaller();
    void rollbackAfterVerificationMismatch();
};

void TestAdminRoutes::init()
{
    m_f = std::make_unique<AdminFixture>();
    QString error;
    QVERIFY2(m_f->start(&error), qPrintable(error));
    QVERIFY(m_f->waitForLicenseId(SampleId));
    m_original = m_f->read(u"installed.lic"_s);
}

void TestAdminRoutes::cleanup()
{
    m_f.reset();
}

void TestAdminRoutes::viewerTokenIsRefusedOnEveryAdminRoute()
{
    const QList<QPair<QByteArray, QString>> adminRoutes {
        {"POST", u"/api/v1/license/fingerprint"_s},
        {"PUT", u"/api/v1/license"_s},
        {"GET", u"/api/v1/backup"_s},
        {"GET", u"/api/v1/backup?what=instances"_s},
        {"POST", u"/api/v1/host-facts/accept"_s},
        {"GET", u"/api/v1/audit"_s},
    };
    for (const auto &[verb, path] : adminRoutes) {
        const AdminFixture::Reply r
            = m_f->call(verb, path, m_f->viewer, verb == "PUT" ? m_original : Confirm);
        QVERIFY2(r.status == 403, qPrintable(path + u": "_s + QString::number(r.status)));
        QCOMPARE(r.errorCode(), u"forbidden"_s);
        QCOMPARE(m_f->call(verb, path, {}, {}).status, 401);
    }
    QVERIFY(!QFile::exists(m_f->path(u"fingerprint.ran"_s)));
    QCOMPARE(m_f->installerRuns(), 0);
    // The viewer reads what is not an action.
    QCOMPARE(m_f->call("GET", u"/api/v1/host-facts"_s, m_f->viewer).status, 200);
    QCOMPARE(m_f->call("GET", u"/api/v1/backup/status"_s, m_f->viewer).status, 200);
    // Every refusal is audited as denied.
    const AdminFixture::Reply audit = m_f->call("GET", u"/api/v1/audit?limit=1000"_s, m_f->admin);
    QCOMPARE(audit.status, 200);
    int denied = 0;
    for (const QJsonValue &e : audit.json.value(u"entries"_s).toArray())
        denied += e.toObject().value(u"result"_s).toString() == "denied"_L1;
    QCOMPARE(denied, 2 * int(adminRoutes.size()));
}

void TestAdminRoutes::capabilitiesAreReported()
{
    const QStringList caps = m_f->call("GET", u"/api/v1/status"_s, m_f->viewer)
                                 .json.value(u"capabilities"_s)
                                 .toVariant()
                                 .toStringList();
    QVERIFY(caps.contains(u"fingerprint"_s));
    QVERIFY(caps.contains(u"licenseUpdate"_s));
    QVERIFY(caps.contains(u"backup"_s));
}

void TestAdminRoutes::capabilitiesFollowTheTools()
{
    AdminFixture f;
    QString error;
    QVERIFY2(f.start(&error,
                 [&f](AgentConfig &c) {
                     c.fingerprintCommand = {f.path(u"missing-fingerprint"_s)};
                     c.installerCommand.clear();
                     c.backupPaths = {f.path(u"missing-dir"_s)};
                 }),
        qPrintable(error));
    QVERIFY(f.waitForLicenseId(SampleId));
    const QStringList caps = f.call("GET", u"/api/v1/status"_s, f.viewer)
                                 .json.value(u"capabilities"_s)
                                 .toVariant()
                                 .toStringList();
    QVERIFY(caps.contains(u"license"_s));
    QVERIFY(!caps.contains(u"fingerprint"_s));
    QVERIFY(!caps.contains(u"licenseUpdate"_s));
    QVERIFY(!caps.contains(u"backup"_s));
    QCOMPARE(f.call("POST", u"/api/v1/license/fingerprint"_s, f.admin, Confirm).status, 501);
    QCOMPARE(f.call("PUT", u"/api/v1/license"_s, f.admin, m_original).errorCode(), u"not-reported"_s);
    QCOMPARE(f.call("GET", u"/api/v1/backup"_s, f.admin).status, 501);
}

void TestAdminRoutes::fingerprintNeedsConfirmationWhileALicenseIsInstalled()
{
    for (const QByteArray &body : {QByteArray(), "{}"_ba, "{\"confirm\": false}"_ba}) {
        const AdminFixture::Reply r = m_f->call("POST", u"/api/v1/license/fingerprint"_s, m_f->admin, body);
        QCOMPARE(r.status, 409);
        QCOMPARE(r.errorCode(), u"confirmation-required"_s);
        QVERIFY2(r.errorMessage().contains(u"invalidates"_s), qPrintable(r.errorMessage()));
        QVERIFY(r.errorMessage().contains(SampleId));
    }
    QCOMPARE(m_f->call("POST", u"/api/v1/license/fingerprint"_s, m_f->admin, "{\"confirm\": \"yes\"}").status,
        400);
    QVERIFY(!QFile::exists(m_f->path(u"fingerprint.ran"_s))); // the program never ran

    const AdminFixture::Reply r = m_f->call("POST", u"/api/v1/license/fingerprint"_s, m_f->admin, Confirm);
    QCOMPARE(r.status, 200);
    QVERIFY(QFile::exists(m_f->path(u"fingerprint.ran"_s)));
    TransferredFile file;
    QString error;
    QVERIFY2(FileTransfer::fromJson(r.json, &file, &error), qPrintable(error));
    QCOMPARE(file.data, "FP-DATA\n"_ba);
    QVERIFY(file.fileName.contains(u"fingerprint"_s) && file.fileName.endsWith(u".txt"_s));
    QCOMPARE(r.header("X-Content-SHA256"), file.sha256.toLatin1());
    QCOMPARE(r.json.value(u"licenseInstalled"_s).toBool(), true);

    // A changed byte is caught by the checksum.
    QJsonObject tampered = r.json;
    tampered.insert(u"contentBase64"_s, QString::fromLatin1("FP-DATB\n"_ba.toBase64()));
    QVERIFY(!FileTransfer::fromJson(tampered, &file, &error));
    QVERIFY(error.contains(u"checksum"_s));
}

void TestAdminRoutes::fingerprintWithoutLicenseNeedsNoConfirmation()
{
    QVERIFY(QFile::remove(m_f->path(u"installed.lic"_s)));
    QVERIFY(m_f->waitForLicenseId(QString()));
    const AdminFixture::Reply r = m_f->call("POST", u"/api/v1/license/fingerprint"_s, m_f->admin, "{}");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(u"licenseInstalled"_s).toBool(), false);
}

void TestAdminRoutes::fingerprintFromAFileArgument()
{
    AdminFixture f;
    QString error;
    QVERIFY2(f.start(&error,
                 [&f](AgentConfig &c) {
                     f.write(u"fp-to-file"_s, "#!/bin/sh\nprintf 'C2V\\001\\000' >\"$2\"\necho noise\n");
                     QFile(f.path(u"fp-to-file"_s)).setPermissions(QFile::ReadOwner | QFile::ExeOwner);
                     c.fingerprintCommand = {f.path(u"fp-to-file"_s), u"-o"_s, u"{file}"_s};
                 }),
        qPrintable(error));
    QVERIFY(QFile::remove(f.path(u"installed.lic"_s)));
    QVERIFY(f.waitForLicenseId(QString()));
    const AdminFixture::Reply r = f.call("POST", u"/api/v1/license/fingerprint"_s, f.admin, {});
    QCOMPARE(r.status, 200);
    TransferredFile file;
    QVERIFY2(FileTransfer::fromJson(r.json, &file, &error), qPrintable(error));
    QCOMPARE(file.data, "C2V\x01\x00"_ba); // the file, not the program's output
    QVERIFY(file.fileName.endsWith(u".bin"_s));
    QVERIFY(!QFile::exists(f.statePath(u"fingerprint.out"_s))); // removed after reading
}

void TestAdminRoutes::updateRefusals_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("empty") << QByteArray() << 422 << u"not-a-license"_s << u"not a license"_s;
    QTest::newRow("text") << "hello\nworld\n"_ba << 422 << u"not-a-license"_s << u"not a license"_s;
    QTest::newRow("binary") << AdminFixture::sample(u"license-binary-garbage.bin"_s) << 422
                            << u"not-a-license"_s << u"not a license"_s;
    QTest::newRow("header only") << "Customer name: Stromasys\nLicense ID: 01.00000001.002.045\n"_ba << 422
                                 << u"not-a-license"_s << u"product section"_s;
    QTest::newRow("platform") << AdminFixture::sampleWith("amazon.aws", "azure") << 422
                              << u"identity-changed"_s << u"Platform"_s;
    QTest::newRow("customer") << AdminFixture::sampleWith("Customer name: Stromasys", "Customer name: Other")
                              << 422 << u"identity-changed"_s << u"Customer name"_s;
    QTest::newRow("license id") << AdminFixture::sampleWith("01.00000001.002.045", "01.00000001.002.046")
                                << 422 << u"identity-changed"_s << u"License ID"_s;
    QTest::newRow("no license id") << AdminFixture::sampleWith("License ID: 01.00000001.002.045\n", "") << 422
                                   << u"identity-changed"_s << u"License ID"_s;
    QTest::newRow("same license") << AdminFixture::sample(u"license_viewer-readable-countdown.txt"_s) << 409
                                  << u"already-installed"_s << u"nothing was changed"_s;
}

void TestAdminRoutes::updateRefusals()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QString, mentions);
    const AdminFixture::Reply r = m_f->call("PUT", u"/api/v1/license"_s, m_f->admin, body);
    QCOMPARE(r.status, status);
    QCOMPARE(r.errorCode(), code);
    QVERIFY2(r.errorMessage().contains(mentions, Qt::CaseInsensitive), qPrintable(r.errorMessage()));
    QCOMPARE(m_f->installerRuns(), 0);
    QCOMPARE(m_f->read(u"installed.lic"_s), m_original);
    QVERIFY(!QDir(m_f->statePath(u"license-backups"_s)).exists());
}

void TestAdminRoutes::updateThatIsTooLargeIsRefused()
{
    QByteArray big = m_original;
    big += QByteArray(Protocol::MaxLicenseFileBytes, '#');
    const AdminFixture::Reply r = m_f->call("PUT", u"/api/v1/license"_s, m_f->admin, big);
    QCOMPARE(r.status, 413);
    QCOMPARE(r.errorCode(), u"payload-too-large"_s);
    QCOMPARE(m_f->installerRuns(), 0);
}

void TestAdminRoutes::updateInstallsVerifiesAndBacksUp()
{
    const QByteArray update = AdminFixture::sampleWith("Maximum CPU: 4\n", "Maximum CPU: 8\n");
    const AdminFixture::Reply r = m_f->call("PUT", u"/api/v1/license"_s, m_f->admin, update);
    QCOMPARE(r.status, 200);
    QVERIFY(r.json.value(u"installed"_s).toBool());
    QVERIFY2(
        r.json.value(u"message"_s).toString().contains(u"license_viewer shows it"_s), r.body.constData());
    QCOMPARE(m_f->read(u"installed.lic"_s), update);
    QCOMPARE(m_f->installerRuns(), 1);
    const QString backup = r.json.value(u"backupFile"_s).toString();
    QVERIFY(backup.startsWith(m_f->statePath(u"license-backups/license-"_s)));
    QFile saved(backup);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QCOMPARE(saved.readAll(), m_original);
    QCOMPARE(int(saved.permissions() & (QFile::ReadOther | QFile::ReadGroup)), 0);
    // The agent re-reads the license at once: the new section is what it serves.
    QTRY_VERIFY(m_f->call("GET", u"/api/v1/license"_s, m_f->viewer)
                    .json.value(u"license"_s)
                    .toObject()
                    .value(u"products"_s)
                    .toArray()
                    .at(0)
                    .toObject()
                    .value(u"maxCpu"_s)
                    .toInt()
        == 8);
}

void TestAdminRoutes::firstInstallNeedsNoBackup()
{
    QVERIFY(QFile::remove(m_f->path(u"installed.lic"_s)));
    QVERIFY(m_f->waitForLicenseId(QString()));
    const AdminFixture::Reply r = m_f->call("PUT", u"/api/v1/license"_s, m_f->admin, m_original);
    QCOMPARE(r.status, 200);
    QVERIFY(r.json.value(u"backupFile"_s).isNull());
    QCOMPARE(m_f->read(u"installed.lic"_s), m_original);
}

void TestAdminRoutes::failedInstallerThatChangedNothing()
{
    QVERIFY(m_f->write(u"fail-before"_s, {}));
    const QByteArray update = AdminFixture::sampleWith("Instances allowed: 3", "Instances allowed: 9");
    const AdminFixture::Reply r = m_f->call("PUT", u"/api/v1/license"_s, m_f->admin, update);
    QCOMPARE(r.status, 502);
    QCOMPARE(r.errorCode(), u"install-failed"_s);
    QVERIFY2(r.errorMessage().contains(u"refused on purpose"_s), qPrintable(r.errorMessage()));
    QVERIFY2(r.errorMessage().contains(u"Nothing changed"_s), qPrintable(r.errorMessage()));
    QCOMPARE(m_f->installerRuns(), 1); // nothing to undo: not run again
    QCOMPARE(m_f->read(u"installed.lic"_s), m_original);
}

void TestAdminRoutes::rollbackAfterFailingInstaller()
{
    QVERIFY(m_f->write(u"fail-after-once"_s, {}));
    const QByteArray update = AdminFixture::sampleWith("Instances allowed: 3", "Instances allowed: 9");
    const AdminFixture::Reply r = m_f->call("PUT", u"/api/v1/license"_s, m_f->admin, update);
    QCOMPARE(r.status, 502);
    QCOMPARE(r.errorCode(), u"install-failed"_s);
    QVERIFY2(r.errorMessage().contains(u"crashed after writing"_s), qPrintable(r.errorMessage()));
    QVERIFY2(r.errorMessage().contains(u"Rolled back"_s), qPrintable(r.errorMessage()));
    QCOMPARE(m_f->installerRuns(), 2); // the update, then the backup
    QCOMPARE(m_f->read(u"installed.lic"_s), m_original);
    QVERIFY(m_f->waitForLicenseId(SampleId));
}

void TestAdminRoutes::rollbackAfterVerificationMismatch()
{
    // The installer "succeeds" but leaves another license in force.
    QVERIFY(m_f->write(u"garbage-once"_s, AdminFixture::sampleWith("Maximum CPU: 4\n", "Maximum CPU: 2\n")));
    const QByteArray update = AdminFixture::sampleWith("Maximum CPU: 4\n", "Maximum CPU: 8\n");
    const AdminFixture::Reply r = m_f->call("PUT", u"/api/v1/license"_s, m_f->admin, update);
    QCOMPARE(r.status, 502);
    QCOMPARE(r.errorCode(), u"verify-failed"_s);
    QVERIFY2(r.errorMessage().contains(u"does not show the update"_s), qPrintable(r.errorMessage()));
    QVERIFY2(r.errorMessage().contains(u"Rolled back"_s), qPrintable(r.errorMessage()));
    QCOMPARE(m_f->read(u"installed.lic"_s), m_original);
    // The audit log has the refusal with the agent's words.
    const AdminFixture::Reply audit = m_f->call("GET", u"/api/v1/audit?limit=1"_s, m_f->admin);
    const QJsonObject last = audit.json.value(u"entries"_s).toArray().at(0).toObject();
    QCOMPARE(last.value(u"action"_s).toString(), u"PUT /api/v1/license"_s);
    QCOMPARE(last.value(u"result"_s).toString(), u"error"_s);
    QVERIFY(last.value(u"message"_s).toString().startsWith(u"verify-failed: "_s));
}

QTEST_GUILESS_MAIN(TestAdminRoutes)
#include "tst_adminroutes.moc"
