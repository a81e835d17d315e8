// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// vectl's license lifecycle commands against a real ve-agent (host backend) whose install root
// holds fake tools: fingerprint with and without --confirm, license update (dry run, refusal,
// install), a verified backup, host facts and their drift, the audit log, service status.
#include "core/filetransfer.h"
#include "core/fingerprint.h"
#include "tests/agentfixture.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestVectlAdmin : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exit = -1;
        QString out;
        QString err;
    };

    AgentFixture m_agent;
    QByteArray m_pin;
    QString m_admin;
    QString m_viewer;
    QTemporaryDir m_work;

    static QByteArray sample(const QByteArray &from = {}, const QByteArray &to = {})
    {
        QFile f(QStringLiteral(VE_TEST_DATA_DIR) + u"/license_viewer-readable-countdown.txt"_s);
        QByteArray text = f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        return from.isEmpty() ? text : text.replace(from, to);
    }

    bool writeFile(const QString &path, const QByteArray &data, bool executable = false)
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(data) != data.size())
            return false;
        f.close();
        return !executable || f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }

    QString root(const QString &name) const { return m_agent.rootDir() + u'/' + name; }
    QString work(const QString &name) const { return m_work.filePath(name); }

    Run vectl(const QStringList &command, const QString &token)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"VE_KNOWN_SERVERS"_s, work(u"known_servers"_s));
        env.insert(u"VE_TOKEN"_s, token);
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(VE_VECTL_BINARY),
            QStringList {u"--server"_s, m_agent.url().toString(), u"--pin"_s, Fingerprint::toHex(m_pin)}
                + command);
        Run run;
        if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit)
            return run;
        run.exit = process.exitCode();
        run.out = QString::fromUtf8(process.readAllStandardOutput());
        run.err = QString::fromUtf8(process.readAllStandardError());
        return run;
    }

private Q_SLOTS:
    void initTestCase();
    void fingerprintNeedsConfirm();
    void updateDryRunShowsTheDiff();
    void updateRefusedByTheAgent();
    void updateInstalls();
    void notALicense();
    void backupIsVerifiedAndSaved();
    void viewerCannotBackUp();
    void hostFactsDrift();
    void auditShowsTheActions();
    void serviceStatus();
};

void TestVectlAdmin::initTestCase()
{
    QVERIFY(m_work.isValid());
    const QByteArray installed = QFile::encodeName(root(u"installed.lic"_s));
    QVERIFY(writeFile(root(u"installed.lic"_s), sample()));
    m_agent.setLicenseViewerScript("[ -f '" + installed + "' ] || exit 0\nexec cat '" + installed + "'\n");
    QVERIFY(writeFile(root(u"license_installer"_s), "#!/bin/sh\ncp \"$1\" '" + installed + "'\n", true));
    QVERIFY(writeFile(root(u"fingerprint"_s), "#!/bin/sh\necho FP-DATA\n", true));
    QVERIFY(writeFile(work(u"cpuinfo"_s), QByteArray("processor\t: 0\n").repeated(4)));
    QVERIFY(writeFile(work(u"meminfo"_s), "MemTotal: 8388608 kB\n"));
    const QByteArray ini = "[server]\nlicense_file = \"" + installed + "\"\nunit = licensed\nsystemctl = \""
        + QFile::encodeName(root(u"no-systemctl"_s)) + "\"\n[host_facts]\ncpuinfo = \""
        + QFile::encodeName(work(u"cpuinfo"_s)) + "\"\nmeminfo = \"" + QFile::encodeName(work(u"meminfo"_s))
        + "\"\nmachine_id =\nproduct_uuid =\nhypervisor_type =\ndmi_dir =\ncloud_init_data =\ndetect_virt "
          "=\n";
    QVERIFY(writeFile(work(u"agent.ini"_s), ini));
    m_agent.setExtraArguments({u"--config"_s, work(u"agent.ini"_s)});
    QString error;
    QVERIFY2(m_agent.start(&error), qPrintable(error));
    m_pin = m_agent.sha256();
    m_admin = m_agent.addToken(u"alice"_s, u"admin"_s, &error);
    m_viewer = m_agent.addToken(u"victor"_s, u"viewer"_s, &error);
    QVERIFY2(!m_admin.isEmpty() && !m_viewer.isEmpty(), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(vectl({u"license"_s}, m_viewer).exit == 0, 20000);
}

void TestVectlAdmin::fingerprintNeedsConfirm()
{
    Run run = vectl({u"license"_s, u"fingerprint"_s, u"-o"_s, work(u"fp.txt"_s)}, m_admin);
    QCOMPARE(run.exit, 1);
    QVERIFY2(run.err.contains(u"invalidates that license"_s), qPrintable(run.err));
    QVERIFY(run.err.contains(u"--confirm"_s));
    QVERIFY(!QFile::exists(work(u"fp.txt"_s)));
    run = vectl({u"license"_s, u"fingerprint"_s, u"--confirm"_s, u"-o"_s, work(u"fp.txt"_s)}, m_admin);
    QVERIFY2(run.exit == 0, qPrintable(run.err));
    QFile saved(work(u"fp.txt"_s));
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QCOMPARE(saved.readAll(), "FP-DATA\n"_ba);
    QVERIFY(run.out.contains(FileTransfer::sha256Hex("FP-DATA\n")));
    QCOMPARE(vectl({u"license"_s, u"fingerprint"_s}, m_admin).exit, 64); // no -o
}

void TestVectlAdmin::updateDryRunShowsTheDiff()
{
    QVERIFY(writeFile(work(u"update.lic"_s), sample("Maximum CPU: 4\n", "Maximum CPU: 8\n")));
    const Run run = vectl({u"license"_s, u"update"_s, work(u"update.lic"_s), u"--dry-run"_s}, m_admin);
    QVERIFY2(run.exit == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(u"~ changed: Charon-SSP/4M"_s), qPrintable(run.out));
    QVERIFY(run.out.contains(u"Maximum CPU:"_s) && run.out.contains(u"4 → 8"_s));
    QFile installed(root(u"installed.lic"_s));
    QVERIFY(installed.open(QIODevice::ReadOnly));
    QCOMPARE(installed.readAll(), sample()); // nothing installed
}

void TestVectlAdmin::updateRefusedByTheAgent()
{
    QVERIFY(writeFile(work(u"other.lic"_s), sample("Customer name: Stromasys", "Customer name: Someone")));
    Run run = vectl({u"license"_s, u"update"_s, work(u"other.lic"_s), u"--dry-run"_s}, m_admin);
    QCOMPARE(run.exit, 1);
    QVERIFY2(run.out.contains(u"Refused:"_s) && run.out.contains(u"would refuse"_s), qPrintable(run.out));
    run = vectl({u"license"_s, u"update"_s, work(u"other.lic"_s)}, m_admin);
    QCOMPARE(run.exit, 1);
    QVERIFY2(run.err.contains(u"(identity-changed)"_s) && run.err.contains(u"Nothing was changed"_s),
        qPrintable(run.err));
}

void TestVectlAdmin::updateInstalls()
{
    const QByteArray update = sample("Instances allowed: 3", "Instances allowed: 6");
    QVERIFY(writeFile(work(u"update2.lic"_s), update));
    const Run run = vectl({u"license"_s, u"update"_s, work(u"update2.lic"_s)}, m_admin);
    QVERIFY2(run.exit == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(u"license_viewer shows it"_s), qPrintable(run.out));
    QFile installed(root(u"installed.lic"_s));
    QVERIFY(installed.open(QIODevice::ReadOnly));
    QCOMPARE(installed.readAll(), update);
}

void TestVectlAdmin::notALicense()
{
    QVERIFY(writeFile(work(u"junk.txt"_s), "\xff\xfe garbage\n"));
    const Run run = vectl({u"license"_s, u"update"_s, work(u"junk.txt"_s)}, m_admin);
    QCOMPARE(run.exit, 2);
    QVERIFY(run.err.contains(u"not a license"_s));
    QCOMPARE(vectl({u"license"_s, u"update"_s, work(u"missing.lic"_s)}, m_admin).exit, 66);
}

void TestVectlAdmin::backupIsVerifiedAndSaved()
{
    const Run run = vectl({u"backup"_s, u"-o"_s, work(u"backup.tar"_s)}, m_admin);
    QVERIFY2(run.exit == 0, qPrintable(run.err));
    QFile saved(work(u"backup.tar"_s));
    QVERIFY(saved.open(QIODevice::ReadOnly));
    const QByteArray data = saved.readAll();
    QVERIFY(data.size() >= 1024 && data.size() % 512 == 0);
    QVERIFY2(run.out.contains(FileTransfer::sha256Hex(data) + u" verified"_s), qPrintable(run.out));
    QVERIFY(run.out.contains(u"same instance"_s) && run.out.contains(u"older license"_s));
    const Run instances = vectl({u"backup"_s, u"--instances"_s, u"-o"_s, work(u"i.db"_s)}, m_admin);
    QCOMPARE(instances.exit, 1);
    QVERIFY(instances.err.contains(u"AutoVE"_s));
    QVERIFY(!QFile::exists(work(u"i.db"_s)));
}

void TestVectlAdmin::viewerCannotBackUp()
{
    const Run run = vectl({u"backup"_s, u"-o"_s, work(u"v.tar"_s)}, m_viewer);
    QCOMPARE(run.exit, 4);
    QVERIFY(!QFile::exists(work(u"v.tar"_s)));
}

void TestVectlAdmin::hostFactsDrift()
{
    Run run = vectl({u"host-facts"_s}, m_viewer);
    QVERIFY2(run.exit == 0, qPrintable(run.err + run.out));
    QVERIFY(run.out.contains(u"No drift"_s));
    QVERIFY(writeFile(work(u"cpuinfo"_s), QByteArray("processor\t: 0\n").repeated(8)));
    QTRY_VERIFY_WITH_TIMEOUT((run = vectl({u"host-facts"_s}, m_viewer)).exit == 1, 15000);
    QVERIFY2(
        run.out.contains(u"DRIFT: CPU core count changed from 4 to 8: this invalidates the VE license"_s),
        qPrintable(run.out));
    run = vectl({u"host-facts"_s, u"--accept"_s}, m_admin);
    QVERIFY2(run.exit == 0, qPrintable(run.err + run.out));
    QVERIFY(run.out.contains(u"new baseline"_s));
}

void TestVectlAdmin::auditShowsTheActions()
{
    const Run run = vectl({u"audit"_s, u"--limit"_s, u"50"_s}, m_admin);
    QVERIFY2(run.exit == 0, qPrintable(run.err));
    QVERIFY(run.out.startsWith(u"TIME"_s));
    QVERIFY(run.out.contains(u"PUT /api/v1/license"_s));
    QVERIFY(run.out.contains(u"POST /api/v1/license/fingerprint"_s));
    QVERIFY(run.out.contains(u"victor"_s)); // the refused viewer
    QCOMPARE(vectl({u"audit"_s}, m_viewer).exit, 4);
    QCOMPARE(vectl({u"audit"_s, u"--limit"_s, u"0"_s}, m_admin).exit, 64);
}

void TestVectlAdmin::serviceStatus()
{
    const Run run = vectl({u"service"_s, u"status"_s}, m_viewer);
    QVERIFY2(run.exit == 0, qPrintable(run.err));
    QVERIFY(run.out.contains(u"State:"_s));
    QVERIFY(run.out.contains(u"cannot control"_s)); // no systemctl in this test
    const Run start = vectl({u"service"_s, u"start"_s}, m_admin);
    QCOMPARE(start.exit, 1);
    QVERIFY(start.err.contains(u"not-reported"_s));
}

QTEST_GUILESS_MAIN(TestVectlAdmin)
#include "tst_vectladmin.moc"
