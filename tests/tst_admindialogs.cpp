// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The console's license-lifecycle dialogs (offscreen): the typed-name confirmation, and against a
// real ve-agent with fake tools the license update (diff, refusal, apply after typing the name),
// a verified backup download, the audit log table and the Overview's drift banner.
#include "core/filetransfer.h"
#include "core/lifecyclewatch.h"
#include "core/serverconnection.h"
#include "tests/agentfixture.h"
#include "widgets/auditlogdialog.h"
#include "widgets/backupdialog.h"
#include "widgets/confirmactiondialog.h"
#include "widgets/licenseupdatedialog.h"
#include "widgets/lifecyclepanel.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

namespace {

QByteArray sample(const QByteArray &from = {}, const QByteArray &to = {})
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

// Answers the next modal ConfirmActionDialog: types `name` (if any) and presses the button.
void answerConfirmation(const QString &name, bool confirm, bool *sawDisabled = nullptr)
{
    QTimer::singleShot(0, qApp, [name, confirm, sawDisabled] {
        auto *dialog = qobject_cast<ConfirmActionDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        auto *button = dialog->findChild<QPushButton *>(u"confirmButton"_s);
        if (sawDisabled)
            *sawDisabled = !button->isEnabled();
        if (auto *edit = dialog->findChild<QLineEdit *>(u"confirmNameEdit"_s))
            edit->setText(name);
        if (confirm && button->isEnabled())
            button->click();
        else
            dialog->reject();
    });
}

} // namespace

class TestAdminDialogs : public QObject
{
    Q_OBJECT

private:
    AgentFixture m_agent;
    QTemporaryDir m_work;
    std::unique_ptr<ServerConnection> m_connection;

    QString root(const QString &name) const { return m_agent.rootDir() + u'/' + name; }
    QString work(const QString &name) const { return m_work.filePath(name); }

private Q_SLOTS:
    void initTestCase();
    void init() { QTest::failOnWarning(QRegularExpression(u"^QObject::"_s)); }
    void typedNameEnablesTheButton();
    void askWithoutTypingIsRefused();
    void licenseUpdateShowsTheDiffAndRefusesWhatCannotBeRight();
    void licenseUpdateAppliesAfterTheNameIsTyped();
    void backupIsDownloadedAndVerified();
    void auditLogTable();
    void overviewShowsDriftAndActions();
};

void TestAdminDialogs::initTestCase()
{
    QVERIFY(m_work.isValid());
    const QByteArray installed = QFile::encodeName(root(u"installed.lic"_s));
    QVERIFY(writeFile(root(u"installed.lic"_s), sample()));
    m_agent.setLicenseViewerScript("[ -f '" + installed + "' ] || exit 0\nexec cat '" + installed + "'\n");
    QVERIFY(writeFile(root(u"license_installer"_s), "#!/bin/sh\ncp \"$1\" '" + installed + "'\n", true));
    QVERIFY(writeFile(work(u"cpuinfo"_s), QByteArray("processor\t: 0\n").repeated(4)));
    const QByteArray ini = "[server]\nlicense_file = \"" + installed + "\"\n[host_facts]\ncpuinfo = \""
        + QFile::encodeName(work(u"cpuinfo"_s)) + "\"\nmeminfo =\nmachine_id =\nproduct_uuid =\n"
        + "hypervisor_type =\ndmi_dir =\ncloud_init_data =\ndetect_virt =\n";
    QVERIFY(writeFile(work(u"agent.ini"_s), ini));
    m_agent.setExtraArguments({u"--config"_s, work(u"agent.ini"_s)});
    QString error;
    QVERIFY2(m_agent.start(&error), qPrintable(error));
    const QString token = m_agent.addToken(u"alice"_s, u"admin"_s, &error);
    QVERIFY2(!token.isEmpty(), qPrintable(error));
    m_connection = std::make_unique<ServerConnection>();
    m_connection->setEndpoint(m_agent.url(), token, m_agent.sha256());
    m_connection->setPollInterval(500);
    m_connection->start();
    QTRY_VERIFY_WITH_TIMEOUT(m_connection->hasLicense(), 20000);
}

void TestAdminDialogs::typedNameEnablesTheButton()
{
    ConfirmActionDialog dialog(u"T"_s, u"Sure?"_s, u"Go"_s, u"prod-ls1"_s);
    auto *button = dialog.findChild<QPushButton *>(u"confirmButton"_s);
    auto *edit = dialog.findChild<QLineEdit *>(u"confirmNameEdit"_s);
    QVERIFY(button && edit);
    QVERIFY(!button->isEnabled());
    for (const QString &wrong : {u"prod"_s, u"PROD-LS1"_s, u"prod-ls12"_s, u"prod ls1"_s}) {
        edit->setText(wrong);
        QVERIFY2(!button->isEnabled(), qPrintable(wrong));
    }
    edit->setText(u"  prod-ls1 "_s);
    QVERIFY(button->isEnabled());
    QVERIFY(dialog.canConfirm());
    QVERIFY(!button->isDefault()); // Enter cancels

    ConfirmActionDialog plain(u"T"_s, u"Sure?"_s, u"Go"_s, QString());
    QVERIFY(!plain.findChild<QLineEdit *>(u"confirmNameEdit"_s));
    QVERIFY(plain.findChild<QPushButton *>(u"confirmButton"_s)->isEnabled());
}

void TestAdminDialogs::askWithoutTypingIsRefused()
{
    bool sawDisabled = false;
    answerConfirmation(QString(), true, &sawDisabled);
    QVERIFY(!ConfirmActionDialog::ask(nullptr, u"T"_s, u"Sure?"_s, u"Go"_s, u"prod-ls1"_s));
    QVERIFY(sawDisabled);
    answerConfirmation(u"prod-ls1"_s, true);
    QVERIFY(ConfirmActionDialog::ask(nullptr, u"T"_s, u"Sure?"_s, u"Go"_s, u"prod-ls1"_s));
}

void TestAdminDialogs::licenseUpdateShowsTheDiffAndRefusesWhatCannotBeRight()
{
    LicenseUpdateDialog dialog(m_connection.get(), u"prod-ls1"_s, u"prod-ls1"_s);
    auto *apply = dialog.findChild<QPushButton *>(u"applyLicenseUpdate"_s);
    auto *tree = dialog.findChild<QTreeWidget *>(u"licenseDiffTree"_s);
    auto *problems = dialog.findChild<QLabel *>(u"licenseUpdateProblems"_s);

    QVERIFY(writeFile(work(u"update.lic"_s), sample("Maximum CPU: 4\n", "Maximum CPU: 8\n")));
    dialog.loadFile(work(u"update.lic"_s));
    QVERIFY(apply->isEnabled());
    QCOMPARE(tree->topLevelItemCount(), 1);
    QTreeWidgetItem *section = tree->topLevelItem(0);
    QVERIFY2(section->text(0).startsWith(u"Changed section: Charon-SSP/4M"_s), qPrintable(section->text(0)));
    QCOMPARE(section->childCount(), 1);
    QCOMPARE(section->child(0)->text(0), u"Maximum CPU"_s);
    QCOMPARE(section->child(0)->text(1), u"4"_s);
    QCOMPARE(section->child(0)->text(2), u"8"_s);

    QVERIFY(writeFile(work(u"platform.lic"_s), sample("amazon.aws", "azure")));
    dialog.loadFile(work(u"platform.lic"_s));
    QVERIFY(!apply->isEnabled());
    QVERIFY(problems->isVisibleTo(&dialog));
    QVERIFY2(problems->text().contains(u"Platform"_s), qPrintable(problems->text()));

    QVERIFY(writeFile(work(u"junk.lic"_s), "\x89PNG garbage"));
    dialog.loadFile(work(u"junk.lic"_s));
    QVERIFY(!apply->isEnabled());
    QVERIFY(problems->text().contains(u"not a license"_s));
    QCOMPARE(tree->topLevelItemCount(), 0);
}

void TestAdminDialogs::licenseUpdateAppliesAfterTheNameIsTyped()
{
    const QByteArray update = sample("Instances allowed: 3", "Instances allowed: 7");
    QVERIFY(writeFile(work(u"apply.lic"_s), update));
    LicenseUpdateDialog dialog(m_connection.get(), u"prod-ls1"_s, u"prod-ls1"_s);
    dialog.loadFile(work(u"apply.lic"_s));
    auto *apply = dialog.findChild<QPushButton *>(u"applyLicenseUpdate"_s);
    QVERIFY(apply->isEnabled());

    // Cancelled: nothing is sent.
    answerConfirmation(u"prod-ls1"_s, false);
    apply->click();
    QVERIFY(dialog.resultText().isEmpty());

    QSignalSpy finished(&dialog, &LicenseUpdateDialog::applyFinished);
    answerConfirmation(u"prod-ls1"_s, true);
    apply->click();
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.first().first().toBool(), true);
    QVERIFY2(dialog.resultText().contains(u"license_viewer shows it"_s), qPrintable(dialog.resultText()));
    QFile installed(root(u"installed.lic"_s));
    QVERIFY(installed.open(QIODevice::ReadOnly));
    QCOMPARE(installed.readAll(), update);
    QVERIFY(!apply->isEnabled()); // a second attempt needs the file chosen again
}

void TestAdminDialogs::backupIsDownloadedAndVerified()
{
    BackupDialog dialog(m_connection.get(), u"prod-ls1"_s);
    QVERIFY(dialog.findChild<QLabel *>(u"backupRestoreWarning"_s)->text().contains(u"same instance"_s));
    QSignalSpy finished(&dialog, &BackupDialog::downloadFinished);
    dialog.downloadTo(BackupDialog::Kind::Data, work(u"backup.tar"_s));
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.first().first().toBool(), true);
    QFile saved(work(u"backup.tar"_s));
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QVERIFY2(dialog.resultText().contains(FileTransfer::sha256Hex(saved.readAll()) + u" verified"_s),
        qPrintable(dialog.resultText()));
    QTRY_VERIFY(LifecycleWatch::forConnection(m_connection.get())->lastDataBackup().time.isValid());

    finished.clear();
    dialog.downloadTo(BackupDialog::Kind::Instances, work(u"i.db"_s));
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.first().first().toBool(), false);
    QVERIFY(dialog.resultText().contains(u"AutoVE"_s));
    QVERIFY(!QFile::exists(work(u"i.db"_s)));
}

void TestAdminDialogs::auditLogTable()
{
    AuditLogDialog dialog(m_connection.get(), u"prod-ls1"_s);
    QSignalSpy loaded(&dialog, &AuditLogDialog::loaded);
    QVERIFY(loaded.wait(20000));
    QCOMPARE(loaded.first().first().toBool(), true);
    auto *table = dialog.findChild<QTableWidget *>(u"auditTable"_s);
    QVERIFY(table->rowCount() >= 2);
    QStringList actions;
    for (int row = 0; row < table->rowCount(); ++row)
        actions.append(table->item(row, 4)->text());
    QVERIFY2(actions.contains(u"PUT /api/v1/license"_s), qPrintable(actions.join(u", "_s)));
    QCOMPARE(actions.first(), u"GET /api/v1/backup"_s); // newest first
    // Hostile entries show as text, never crash.
    dialog.showEntries(QJsonArray {QJsonObject {{u"time"_s, 5}, {u"action"_s, QJsonArray()}}, u"x"_s});
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(table->item(0, 4)->text(), u"—"_s);
}

void TestAdminDialogs::overviewShowsDriftAndActions()
{
    LifecyclePanel panel;
    panel.setConnection(m_connection.get());
    auto *banner = panel.findChild<QLabel *>(u"hostFactsDriftBanner"_s);
    auto *actions = panel.findChild<QLabel *>(u"invalidatingActions"_s);
    QTRY_VERIFY(actions->text().contains(u"Cloud: changing the instance type"_s)); // amazon.aws
    QVERIFY(!actions->text().contains(u"vMotion"_s));
    QVERIFY(!banner->isVisibleTo(&panel));

    QVERIFY(writeFile(work(u"cpuinfo"_s), QByteArray("processor\t: 0\n").repeated(8)));
    QTest::qWait(2100); // past the agent's cache of the facts
    LifecycleWatch *watch = LifecycleWatch::forConnection(m_connection.get());
    QSignalSpy drift(watch, &LifecycleWatch::driftChanged);
    watch->refreshNow();
    QVERIFY(drift.wait(20000));
    QTRY_VERIFY(banner->isVisibleTo(&panel));
    QVERIFY2(
        banner->text().contains(u"CPU core count changed from 4 to 8: this invalidates the VE license"_s),
        qPrintable(banner->text()));
}

QTEST_MAIN(TestAdminDialogs)
#include "tst_admindialogs.moc"
