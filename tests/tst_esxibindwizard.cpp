// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The esxi_bind wizard, opened from the real MainWindow's Tools menu, walked offscreen against a
// real ve-agent with a fake esxi_bind and a loopback TLS server as the ESXi host: the thumbprint
// gate, the masked review, the streamed run, the result, Cancel asking first, the pre-filled entry.
#include "app/connectionmanager.h"
#include "app/mainwindow.h"
#include "core/esxibindclient.h"
#include "core/fingerprint.h"
#include "core/workspace.h"
#include "tests/agentfixture.h"
#include "tests/fakeesxibind.h"
#include "widgets/esxibindwizard.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;

class TestEsxiBindWizard : public QObject
{
    Q_OBJECT

private:
    AgentFixture m_agent;
    FakeEsxiBind m_fake;
    QString m_admin;
    std::unique_ptr<MainWindow> m_window;
    QUuid m_server;

    QString password() const { return QString::fromLatin1(FakeEsxiBind::Password); }

    template<typename T> T *child(QWidget *parent, const QString &name)
    {
        T *found = parent->findChild<T *>(name);
        if (!found)
            qWarning("no child %s", qPrintable(name));
        return found;
    }

    bool nextEnabled(QWizard *wizard) const
    {
        QAbstractButton *next = wizard->button(
            wizard->currentPage()->isCommitPage() ? QWizard::CommitButton : QWizard::NextButton);
        return next->isVisible() && next->isEnabled();
    }
    void next(QWizard *wizard)
    {
        wizard->button(wizard->currentPage()->isCommitPage() ? QWizard::CommitButton : QWizard::NextButton)
            ->click();
    }

    EsxiBindWizard *openFromMenu()
    {
        QAction *action = m_window->findChild<QAction *>(u"actionEsxiBind"_s);
        if (!action || !action->isEnabled())
            return nullptr;
        action->trigger();
        return m_window->findChild<EsxiBindWizard *>(u"esxiBindWizard"_s);
    }

    // Choose vCenter, pass the target with its thumbprint confirmed, type the credentials.
    void walkToReview(EsxiBindWizard *wizard, const QString &user)
    {
        child<QRadioButton>(wizard, u"vcenterTypeButton"_s)->click();
        QTRY_VERIFY(nextEnabled(wizard));
        next(wizard);
        QCOMPARE(wizard->currentId(), int(EsxiBindWizard::TargetPage));
        child<QLineEdit>(wizard, u"targetHostEdit"_s)->setText(u"127.0.0.1"_s);
        child<QSpinBox>(wizard, u"targetPortSpin"_s)->setValue(m_fake.targetPort());
        child<QPushButton>(wizard, u"preflightButton"_s)->click();
        auto *verified = child<QCheckBox>(wizard, u"thumbprintVerifiedCheck"_s);
        QTRY_VERIFY_WITH_TIMEOUT(verified->isEnabled(), 20000);
        verified->setChecked(true);
        QVERIFY(nextEnabled(wizard));
        next(wizard);
        QCOMPARE(wizard->currentId(), int(EsxiBindWizard::CredentialsPage));
        child<QLineEdit>(wizard, u"userEdit"_s)->setText(user);
        child<QLineEdit>(wizard, u"passwordEdit"_s)->setText(password());
        QVERIFY(nextEnabled(wizard));
        next(wizard);
        QCOMPARE(wizard->currentId(), int(EsxiBindWizard::ReviewPage));
    }

    QString agentLastOutcome()
    {
        AgentClient client;
        client.setBaseUrl(m_agent.url());
        client.setPinnedSha256(m_agent.sha256());
        client.setToken(m_admin);
        EsxiBindClient esxi(&client);
        QString outcome;
        bool done = false;
        esxi.state([&](const Result<EsxiBindState> &r) {
            if (r.ok() && r.value.lastRun)
                outcome = r.value.lastRun->outcome;
            done = true;
        });
        (void)QTest::qWaitFor([&] { return done; }, 20000);
        return outcome;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QString error;
        QVERIFY2(m_fake.install(m_agent, &error), qPrintable(error));
        QVERIFY2(m_agent.start(&error), qPrintable(error));
        m_admin = m_agent.addToken(u"console-admin"_s, u"admin"_s, &error);
        QVERIFY2(!m_admin.isEmpty(), qPrintable(error));
    }

    void init()
    {
        QTest::failOnWarning(QRegularExpression(u"^QObject::"_s));
        m_window = std::make_unique<MainWindow>(MainWindow::Options {QString(), false, false});
        m_window->show();
        m_window->start();
        ServerEntry entry;
        entry.id = QUuid::createUuid();
        entry.name = u"ls-vmware"_s;
        entry.url = m_agent.url();
        entry.pinnedSha256 = m_agent.sha256();
        m_window->connections()->setToken(entry.id, m_admin, false);
        m_window->workspace()->addServer(entry);
        m_window->selectServer(entry.id);
        m_server = entry.id;
        QTRY_VERIFY(m_window->connections()->connection(m_server));
    }
    void cleanup() { m_window.reset(); }

    void menuEntryNeedsAServer()
    {
        auto *action = m_window->findChild<QAction *>(u"actionEsxiBind"_s);
        QVERIFY(action->isEnabled());
        QVERIFY(m_window->workspace()->removeServer(m_server));
        QTRY_VERIFY(!action->isEnabled());
        QVERIFY(!m_window->openEsxiBindWizard(m_server));
    }

    void walkBindsWithAConfirmedThumbprint()
    {
        m_fake.removeTraces();
        EsxiBindWizard *wizard = openFromMenu();
        QVERIFY(wizard);
        QCOMPARE(wizard->currentId(), int(EsxiBindWizard::ChoosePage));
        // Nothing is preselected: the choice is the admin's.
        QVERIFY(!nextEnabled(wizard));
        QVERIFY(child<QLabel>(wizard, u"esxiConsequence"_s)->text().contains(u"vMotion"_s));
        QVERIFY(child<QLabel>(wizard, u"vcenterConsequence"_s)->text().contains(u"vMotion"_s));
        QTRY_VERIFY(child<QLabel>(wizard, u"currentBindingLabel"_s)->text().contains(u"not reported"_s));
        child<QRadioButton>(wizard, u"vcenterTypeButton"_s)->click();
        QVERIFY(nextEnabled(wizard));
        next(wizard);

        // Target: no way on before a pre-flight and the admin's confirmation of its thumbprint.
        QCOMPARE(wizard->currentId(), int(EsxiBindWizard::TargetPage));
        QVERIFY(!nextEnabled(wizard));
        auto *verified = child<QCheckBox>(wizard, u"thumbprintVerifiedCheck"_s);
        QVERIFY(!verified->isEnabled());
        child<QLineEdit>(wizard, u"targetHostEdit"_s)->setText(u"127.0.0.1"_s);
        child<QSpinBox>(wizard, u"targetPortSpin"_s)->setValue(m_fake.targetPort());
        child<QPushButton>(wizard, u"preflightButton"_s)->click();
        QTRY_VERIFY_WITH_TIMEOUT(verified->isEnabled(), 20000);
        const QString thumbprint = Fingerprint::toText(m_fake.target().sha256());
        QCOMPARE(child<QLabel>(wizard, u"preflightThumbprint"_s)->accessibleName(), thumbprint);
        QCOMPARE(child<QLabel>(wizard, u"preflightSubject"_s)->text(), u"fake-agent"_s);
        QVERIFY(!child<QLabel>(wizard, u"preflightValidity"_s)->text().isEmpty());
        QVERIFY(!nextEnabled(wizard)); // shown, not yet confirmed
        verified->setChecked(true);
        QVERIFY(nextEnabled(wizard));
        // Another port is another target: the confirmation is gone.
        child<QSpinBox>(wizard, u"targetPortSpin"_s)->setValue(m_fake.targetPort() == 1 ? 2 : 1);
        QVERIFY(!verified->isChecked());
        QVERIFY(!verified->isEnabled());
        QVERIFY(!nextEnabled(wizard));
        child<QSpinBox>(wizard, u"targetPortSpin"_s)->setValue(m_fake.targetPort());
        child<QPushButton>(wizard, u"preflightButton"_s)->click();
        QTRY_VERIFY_WITH_TIMEOUT(verified->isEnabled(), 20000);
        verified->setChecked(true);
        next(wizard);

        // Credentials: keeping the password is opt-in.
        QCOMPARE(wizard->currentId(), int(EsxiBindWizard::CredentialsPage));
        QVERIFY(!nextEnabled(wizard));
        QVERIFY(!child<QCheckBox>(wizard, u"keepPasswordCheck"_s)->isChecked());
        child<QLineEdit>(wizard, u"userEdit"_s)->setText(u"root"_s);
        QVERIFY(!nextEnabled(wizard));
        auto *passwordEdit = child<QLineEdit>(wizard, u"passwordEdit"_s);
        QCOMPARE(passwordEdit->echoMode(), QLineEdit::Password);
        passwordEdit->setText(password());
        QVERIFY(nextEnabled(wizard));
        next(wizard);

        // Review: everything that will be sent, the password masked.
        QCOMPARE(wizard->currentId(), int(EsxiBindWizard::ReviewPage));
        QCOMPARE(child<QLabel>(wizard, u"reviewType"_s)->text(), u"vCenter"_s);
        QCOMPARE(
            child<QLabel>(wizard, u"reviewTarget"_s)->text(), u"127.0.0.1:%1"_s.arg(m_fake.targetPort()));
        QCOMPARE(child<QLabel>(wizard, u"reviewThumbprint"_s)->text(), thumbprint);
        QCOMPARE(child<QLabel>(wizard, u"reviewUser"_s)->text(), u"root"_s);
        QCOMPARE(child<QLabel>(wizard, u"reviewPassword"_s)->text(), u"••••••••"_s);
        for (const QLabel *label : wizard->findChildren<QLabel *>())
            QVERIFY2(!label->text().contains(password()), qPrintable(label->objectName()));
        QVERIFY(wizard->currentPage()->isCommitPage());
        next(wizard);

        // Run: the output streams in, scrubbed; then the result.
        QCOMPARE(wizard->currentId(), int(EsxiBindWizard::RunPage));
        auto *output = child<QPlainTextEdit>(wizard, u"runOutput"_s);
        QTRY_VERIFY_WITH_TIMEOUT(output->toPlainText().contains(u"esxi_bind (test double)"_s), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(nextEnabled(wizard), 20000);
        QVERIFY2(output->toPlainText().contains(u"Binding recorded."_s), qPrintable(output->toPlainText()));
        QVERIFY(output->toPlainText().contains(u"with password ********"_s));
        QVERIFY(!output->toPlainText().contains(password()));
        QVERIFY(!wizard->button(QWizard::BackButton)->isEnabled()
            || !wizard->button(QWizard::BackButton)->isVisible());
        next(wizard);

        // Done: the new binding and what to do when credentials change.
        QCOMPARE(wizard->currentId(), int(EsxiBindWizard::DonePage));
        const QString summary = child<QLabel>(wizard, u"doneSummary"_s)->text();
        QVERIFY2(summary.contains(u"Bound to the vCenter 127.0.0.1 as root"_s), qPrintable(summary));
        QVERIFY(child<QLabel>(wizard, u"doneAdvice"_s)->text().contains(u"run this wizard again"_s));
        QVERIFY(child<QLineEdit>(wizard, u"passwordEdit"_s)->text().isEmpty()); // not kept in the form
        QPointer<EsxiBindWizard> guard(wizard);
        wizard->button(QWizard::FinishButton)->click();
        QTRY_VERIFY(!guard);

        // Written nowhere on the console's side, and not passed to the tool as argv/env.
        QSettings settings;
        settings.sync();
        QFile settingsFile(settings.fileName());
        if (settingsFile.open(QIODevice::ReadOnly))
            QVERIFY(!settingsFile.readAll().contains(FakeEsxiBind::Password));
        QVERIFY(!m_fake.read(u"argv.txt"_s).contains(FakeEsxiBind::Password));
        QVERIFY(!m_fake.read(u"env.txt"_s).contains(FakeEsxiBind::Password));
        QCOMPARE(agentLastOutcome(), u"succeeded"_s);
    }

    void cancelAsksBeforeItStopsTheRun()
    {
        m_fake.removeTraces();
        EsxiBindWizard *wizard = openFromMenu();
        QVERIFY(wizard);
        walkToReview(wizard, u"hang"_s);
        next(wizard);
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(m_fake.file(u"hang.pids"_s)), 20000);
        QVERIFY(wizard->isRunning());

        // "Let It Finish": nothing changes.
        QTimer::singleShot(0, wizard, [wizard] {
            if (auto *box = wizard->findChild<QMessageBox *>(u"confirmStopBox"_s))
                box->button(QMessageBox::No)->click();
        });
        wizard->button(QWizard::CancelButton)->click();
        QVERIFY(wizard->isVisible());
        QVERIFY(wizard->isRunning());

        // "Stop esxi_bind": the connection drops, the agent stops it, the wizard closes.
        QPointer<EsxiBindWizard> guard(wizard);
        QTimer::singleShot(0, wizard, [wizard] {
            if (auto *box = wizard->findChild<QMessageBox *>(u"confirmStopBox"_s))
                box->button(QMessageBox::Yes)->click();
        });
        wizard->button(QWizard::CancelButton)->click();
        QTRY_VERIFY(!guard);
        QTRY_VERIFY_WITH_TIMEOUT(agentLastOutcome() == u"cancelled"_s, 20000);
        QTRY_VERIFY(m_fake.hungProcessesGone());
    }

    void prefilledEntryPoint()
    {
        EsxiBindPrefill prefill;
        prefill.type = EsxiBind::TargetType::Esxi;
        prefill.host = u"esx01.invalid"_s;
        prefill.port = 8443;
        prefill.user = u"root"_s;
        EsxiBindWizard *wizard = m_window->openEsxiBindWizard(m_server, prefill);
        QVERIFY(wizard);
        QVERIFY(child<QRadioButton>(wizard, u"esxiTypeButton"_s)->isChecked());
        QCOMPARE(child<QLineEdit>(wizard, u"targetHostEdit"_s)->text(), u"esx01.invalid"_s);
        QCOMPARE(child<QSpinBox>(wizard, u"targetPortSpin"_s)->value(), 8443);
        QCOMPARE(child<QLineEdit>(wizard, u"userEdit"_s)->text(), u"root"_s);
        QVERIFY(child<QLineEdit>(wizard, u"passwordEdit"_s)->text().isEmpty());
        // A pre-filled target is not a confirmed one.
        QVERIFY(!child<QCheckBox>(wizard, u"thumbprintVerifiedCheck"_s)->isChecked());
        QVERIFY(!m_window->openEsxiBindWizard(QUuid::createUuid()));
        wizard->close();
    }
};

QTEST_MAIN(TestEsxiBindWizard)
#include "tst_esxibindwizard.moc"
