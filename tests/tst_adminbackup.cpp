// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Backups, host facts and the audit route against the host backend with fake tools
// (tests/adminfixture.h): the archive and its checksum (JSON and raw), instances.db, the record
// of the last backup, CPU-count drift and its acceptance, the newest audit entries.
#include "agent/tarwriter.h"
#include "core/filetransfer.h"
#include "core/hostfacts.h"
#include "tests/adminfixture.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// The (name, content) pairs of a ustar archive; stops at the end blocks or at anything odd.
QList<QPair<QString, QByteArray>> untar(const QByteArray &tar)
{
    QList<QPair<QString, QByteArray>> out;
    qsizetype at = 0;
    while (at + TarWriter::BlockSize <= tar.size()) {
        const QByteArray header = tar.mid(at, TarWriter::BlockSize);
        if (header.count('\0') == TarWriter::BlockSize)
            break;
        const QByteArray name = header.left(100).split('\0').first();
        const QByteArray prefix = header.mid(345, 155).split('\0').first();
        bool ok = false;
        const qsizetype size = header.mid(124, 11).toLongLong(&ok, 8);
        if (!ok || header.mid(257, 5) != "ustar")
            break;
        at += TarWriter::BlockSize;
        out.append({QString::fromUtf8(prefix.isEmpty() ? name : prefix + '/' + name), tar.mid(at, size)});
        at += (size + TarWriter::BlockSize - 1) / TarWriter::BlockSize * TarWriter::BlockSize;
    }
    return out;
}

QString archived(const AdminFixture &f, const QString &relative)
{
    return f.path(relative).mid(1); // archive paths are relative to "/"
}

} // namespace

class TestAdminBackup : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<AdminFixture> m_f;

private Q_SLOTS:
    void init();
    void cleanup();
    void backupIsAVerifiedArchiveOfTheData();
    void rawBackupCarriesItsChecksumAndName();
    void systemTarReadsTheArchive();
    void backupIsRecorded();
    void instancesBackup();
    void badBackupQueries();
    void longNamesAndBadNames();
    void cpuCountDriftIsReportedAndCanBeAccepted();
    void unreadableFactsAreNoDrift();
    void auditNewestFirst();
};

void TestAdminBackup::init()
{
    m_f = std::make_unique<AdminFixture>();
    QString error;
    QVERIFY2(m_f->start(&error), qPrintable(error));
}

void TestAdminBackup::cleanup()
{
    m_f.reset();
}

void TestAdminBackup::backupIsAVerifiedArchiveOfTheData()
{
    const AdminFixture::Reply r = m_f->call("GET", u"/api/v1/backup"_s, m_f->admin);
    QCOMPARE(r.status, 200);
    TransferredFile file;
    QString error;
    QVERIFY2(FileTransfer::fromJson(r.json, &file, &error), qPrintable(error));
    QCOMPARE(r.header("X-Content-SHA256"), file.sha256.toLatin1());
    QVERIFY2(file.fileName.contains(u"-backup-"_s) && file.fileName.endsWith(u"Z.tar"_s),
        qPrintable(file.fileName));
    QCOMPARE(r.json.value(u"what"_s).toString(), u"data"_s);

    const auto entries = untar(file.data);
    QStringList names;
    for (const auto &[name, content] : entries)
        names.append(name);
    QVERIFY2(names.contains(archived(*m_f, u"installed.lic"_s)), qPrintable(names.join(u", "_s)));
    QVERIFY(names.contains(archived(*m_f, u"license_installer"_s)));
    for (const QString &name : names) { // the logs are not data
        QVERIFY2(!name.contains(u"/log/"_s) && !name.endsWith(u"error.log"_s), qPrintable(name));
    }
    for (const auto &[name, content] : entries) {
        if (name == archived(*m_f, u"installed.lic"_s))
            QCOMPARE(content, m_f->read(u"installed.lic"_s));
    }
    QCOMPARE(r.json.value(u"files"_s).toInt(), int(entries.size()));
}

void TestAdminBackup::rawBackupCarriesItsChecksumAndName()
{
    const AdminFixture::Reply r = m_f->call("GET", u"/api/v1/backup?format=raw"_s, m_f->admin);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.header("Content-Type"), "application/x-tar"_ba);
    QCOMPARE(r.header("X-Content-SHA256"), FileTransfer::sha256Hex(r.body).toLatin1());
    QVERIFY2(r.header("Content-Disposition").startsWith("attachment; filename=\""),
        r.header("Content-Disposition").constData());
    QVERIFY(r.header("Content-Disposition").contains("-backup-"));
    QVERIFY(!untar(r.body).isEmpty());
}

void TestAdminBackup::systemTarReadsTheArchive()
{
    const QString tar = QStandardPaths::findExecutable(u"tar"_s);
    if (tar.isEmpty())
        QSKIP("no tar on this machine");
    const AdminFixture::Reply r = m_f->call("GET", u"/api/v1/backup?format=raw"_s, m_f->admin);
    QCOMPARE(r.status, 200);
    QProcess process;
    process.start(tar, {u"-tvf"_s, u"-"_s});
    process.write(r.body);
    process.closeWriteChannel();
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 0);
    QVERIFY(process.readAllStandardOutput().contains(archived(*m_f, u"installed.lic"_s).toUtf8()));
}

void TestAdminBackup::backupIsRecorded()
{
    AdminFixture::Reply status = m_f->call("GET", u"/api/v1/backup/status"_s, m_f->viewer);
    QCOMPARE(status.status, 200);
    QVERIFY(status.json.value(u"data"_s).isNull()); // none taken yet
    QCOMPARE(status.json.value(u"available"_s).toBool(), true);
    QCOMPARE(status.json.value(u"instancesDb"_s).toBool(), false);
    const AdminFixture::Reply r = m_f->call("GET", u"/api/v1/backup"_s, m_f->admin);
    status = m_f->call("GET", u"/api/v1/backup/status"_s, m_f->viewer);
    const QJsonObject data = status.json.value(u"data"_s).toObject();
    QCOMPARE(data.value(u"fileName"_s).toString(), r.json.value(u"fileName"_s).toString());
    QCOMPARE(data.value(u"sha256"_s).toString(), r.json.value(u"sha256"_s).toString());
    QVERIFY(QDateTime::fromString(data.value(u"time"_s).toString(), Qt::ISODate).isValid());
    QVERIFY(status.json.value(u"instances"_s).isNull());
    QVERIFY(QFile::exists(m_f->statePath(u"backups.json"_s))); // kept across restarts
}

void TestAdminBackup::instancesBackup()
{
    AdminFixture::Reply r = m_f->call("GET", u"/api/v1/backup?what=instances"_s, m_f->admin);
    QCOMPARE(r.status, 404);
    QCOMPARE(r.errorCode(), u"not-found"_s);
    QVERIFY(r.errorMessage().contains(u"AutoVE"_s));

    const QByteArray db = "SQLite format 3\0\x01\x02 instances"_ba;
    QVERIFY(m_f->write(u"instances.db"_s, db));
    r = m_f->call("GET", u"/api/v1/backup?what=instances"_s, m_f->admin);
    QCOMPARE(r.status, 200);
    TransferredFile file;
    QString error;
    QVERIFY2(FileTransfer::fromJson(r.json, &file, &error), qPrintable(error));
    QCOMPARE(file.data, db);
    QVERIFY(file.fileName.contains(u"-instances-"_s) && file.fileName.endsWith(u".db"_s));
    const AdminFixture::Reply status = m_f->call("GET", u"/api/v1/backup/status"_s, m_f->viewer);
    QCOMPARE(status.json.value(u"instancesDb"_s).toBool(), true);
    QCOMPARE(status.json.value(u"instances"_s).toObject().value(u"sha256"_s).toString(), file.sha256);
}

void TestAdminBackup::badBackupQueries()
{
    QCOMPARE(m_f->call("GET", u"/api/v1/backup?what=../etc"_s, m_f->admin).status, 400);
    QCOMPARE(m_f->call("GET", u"/api/v1/backup?format=zip"_s, m_f->admin).status, 400);
    AdminFixture small;
    QString error;
    QVERIFY2(small.start(&error, [](AgentConfig &c) { c.backupMaxBytes = 100; }), qPrintable(error));
    const AdminFixture::Reply r = small.call("GET", u"/api/v1/backup"_s, small.admin);
    QCOMPARE(r.status, 500);
    QCOMPARE(r.errorCode(), u"backup-too-large"_s);
}

void TestAdminBackup::longNamesAndBadNames()
{
    TarWriter tar;
    QString error;
    const QString deep = QString(u"d/"_s).repeated(60) + u"file"_s; // 124 bytes: prefix + name
    QVERIFY2(tar.addFile(deep, "x", QDateTime::currentDateTimeUtc(), 0644, &error), qPrintable(error));
    QVERIFY(!tar.addFile(QString(300, u'a'), "x", {}, 0644, &error));
    QVERIFY(!tar.addFile(u"/etc/passwd"_s, "x", {}, 0644, &error));
    QVERIFY(!tar.addFile(u"a/../b"_s, "x", {}, 0644, &error));
    QVERIFY(!tar.addFile(u"a//b"_s, "x", {}, 0644, &error));
    const auto entries = untar(tar.finish());
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().first, deep);
    QCOMPARE(entries.first().second, "x"_ba);
}

void TestAdminBackup::cpuCountDriftIsReportedAndCanBeAccepted()
{
    AdminFixture::Reply r = m_f->call("GET", u"/api/v1/host-facts"_s, m_f->viewer);
    QCOMPARE(r.status, 200);
    QString error;
    HostFactsReport report = hostFactsReportFromJson(r.json, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(report.recorded.cpuCores, std::optional<int>(4));
    QCOMPARE(report.recorded.memoryMB, std::optional<qint64>(8192));
    QCOMPARE(report.recorded.machineId, u"0123456789abcdef0123456789abcdef"_s);
    QVERIFY(report.drift.isEmpty());
    QVERIFY(QFile::exists(m_f->statePath(u"host-facts.json"_s)));

    QVERIFY(m_f->write(u"facts/cpuinfo"_s, QByteArray("processor\t: 0\n").repeated(8)));
    QTRY_VERIFY_WITH_TIMEOUT(
        !hostFactsReportFromJson(m_f->call("GET", u"/api/v1/host-facts"_s, m_f->viewer).json).drift.isEmpty(),
        10000);
    report = hostFactsReportFromJson(m_f->call("GET", u"/api/v1/host-facts"_s, m_f->viewer).json);
    QCOMPARE(report.drift.size(), 1);
    QCOMPARE(report.drift.first().fact, u"cpuCores"_s);
    QCOMPARE(report.drift.first().message,
        u"CPU core count changed from 4 to 8: this invalidates the VE license"_s);
    QCOMPARE(report.current.cpuCores, std::optional<int>(8));

    QCOMPARE(m_f->call("POST", u"/api/v1/host-facts/accept"_s, m_f->viewer, "{}").status, 403);
    r = m_f->call("POST", u"/api/v1/host-facts/accept"_s, m_f->admin, "{}");
    QCOMPARE(r.status, 200);
    report = hostFactsReportFromJson(r.json);
    QVERIFY(report.drift.isEmpty());
    QCOMPARE(report.recorded.cpuCores, std::optional<int>(8));
}

void TestAdminBackup::unreadableFactsAreNoDrift()
{
    QVERIFY(QFile::remove(m_f->path(u"facts/meminfo"_s)));
    QVERIFY(m_f->write(u"facts/machine-id"_s, "\x01\x02 not printable\n"));
    QTest::qWait(2100); // past the agent's cache of its last reading
    const HostFactsReport report
        = hostFactsReportFromJson(m_f->call("GET", u"/api/v1/host-facts"_s, m_f->viewer).json);
    QVERIFY(!report.current.memoryMB);
    QVERIFY(report.current.machineId.isEmpty());
    QVERIFY(report.drift.isEmpty());
}

void TestAdminBackup::auditNewestFirst()
{
    m_f->call("GET", u"/api/v1/backup"_s, m_f->admin);
    m_f->call("PUT", u"/api/v1/license"_s, m_f->admin, "not a license");
    AdminFixture::Reply r = m_f->call("GET", u"/api/v1/audit?limit=2"_s, m_f->admin);
    QCOMPARE(r.status, 200);
    const QJsonArray entries = r.json.value(u"entries"_s).toArray();
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(0).toObject().value(u"action"_s).toString(), u"PUT /api/v1/license"_s);
    QCOMPARE(entries.at(0).toObject().value(u"status"_s).toInt(), 422);
    QCOMPARE(entries.at(0).toObject().value(u"token"_s).toString(), u"alice"_s);
    QCOMPARE(entries.at(1).toObject().value(u"action"_s).toString(), u"GET /api/v1/backup"_s);
    for (const QString &bad : {u"0"_s, u"1001"_s, u"x"_s})
        QCOMPARE(m_f->call("GET", u"/api/v1/audit?limit="_s + bad, m_f->admin).status, 400);
}

QTEST_GUILESS_MAIN(TestAdminBackup)
#include "tst_adminbackup.moc"
