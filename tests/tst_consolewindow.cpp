// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The real MainWindow against a real ve-agent process over TLS on loopback: trust on first use,
// the license shown, a changed certificate refused, a wrong token reported.
#include "app/connectionmanager.h"
#include "app/mainwindow.h"
#include "core/fingerprint.h"
#include "core/licenseparser.h"
#include "core/workspace.h"
#include "models/licenseheadermodel.h"
#include "tests/agentfixture.h"
#include "widgets/trustcertificatedialog.h"

#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QTreeView>

#include <memory>

using namespace Qt::StringLiterals;

class TestConsoleWindow : public QObject
{
    Q_OBJECT

private:
    AgentFixture m_agent;
    QString m_token;
    std::unique_ptr<MainWindow> m_window;

    // A window with one server; the token is kept in memory (no keychain involved).
    QUuid addServer(const QString &token, const QByteArray &pin = {})
    {
        ServerEntry entry;
        entry.id = QUuid::createUuid();
        entry.name = u"Fixture"_s;
        entry.url = m_agent.url();
        entry.environment = ServerEntry::Environment::Production;
        entry.pinnedSha256 = pin;
        m_window->connections()->setToken(entry.id, token, false);
        m_window->workspace()->addServer(entry);
        m_window->selectServer(entry.id);
        return entry.id;
    }
    ServerConnection::State state(const QUuid &id) const
    {
        ServerConnection *connection = m_window->connections()->connection(id);
        return connection ? connection->state() : ServerConnection::State::Idle;
    }
    QString headerValue(const QString &key) const
    {
        auto *view = m_window->findChild<QTableView *>(u"licenseHeaderTable"_s);
        const QAbstractItemModel *model = view->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, 0).data(LicenseHeaderModel::KeyRole).toString() == key)
                return model->index(row, LicenseHeaderModel::ValueColumn).data().toString();
        }
        return {};
    }
    QString treeTooltip() const
    {
        auto *tree = m_window->findChild<QTreeView *>(u"serverTree"_s);
        return tree->currentIndex().data(Qt::ToolTipRole).toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QString error;
        QVERIFY2(m_agent.start(&error), qPrintable(error));
        m_token = m_agent.addToken(u"console"_s, u"viewer"_s, &error);
        QVERIFY2(!m_token.isEmpty(), qPrintable(error));
    }

    void init()
    {
        QTest::failOnWarning(QRegularExpression(u"^QObject::"_s));
        m_window = std::make_unique<MainWindow>(MainWindow::Options {QString(), false, true});
        m_window->show();
        m_window->start();
    }
    void cleanup() { m_window.reset(); }

    void trustOnFirstUseThenTheLicense()
    {
        const QUuid id = addServer(m_token);
        TrustCertificateDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<TrustCertificateDialog *>(u"trustCertificateDialog"_s)));
        QCOMPARE(dialog->findChild<QLabel *>(u"presentedFingerprint"_s)->accessibleName(),
            Fingerprint::toText(m_agent.sha256()));
        QCOMPARE(state(id), ServerConnection::State::Untrusted);
        dialog->findChild<QPushButton *>(u"acceptCertificateButton"_s)->click();

        QCOMPARE(m_window->workspace()->server(id)->pinnedSha256, m_agent.sha256());
        QTRY_VERIFY(state(id) == ServerConnection::State::Connected
            || state(id) == ServerConnection::State::Degraded);
        QVERIFY(treeTooltip().contains(u"Connected"_s) || treeTooltip().contains(u"Degraded"_s));

        QFile sample(QStringLiteral(VE_TEST_DATA_DIR) + u"/license_viewer-readable-countdown.txt"_s);
        QVERIFY(sample.open(QIODevice::ReadOnly));
        const License expected = LicenseParser::parse(sample.readAll());
        m_window->showPage(MainWindow::Page::License);
        QTRY_COMPARE(headerValue(u"licenseId"_s), expected.licenseId.value_or(QString()));
        QCOMPARE(headerValue(u"keyType"_s), u"COUNTDOWN"_s);
        QVERIFY(m_window->currentPageHasData());
        QCOMPARE(m_window->findChild<QLabel *>(u"headerServerName"_s)->text(), u"Fixture"_s);
    }

    void changedCertificateIsRefused()
    {
        const QByteArray wrongPin(32, '\x11');
        const QUuid id = addServer(m_token, wrongPin);
        TrustCertificateDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<TrustCertificateDialog *>(u"certificateChangedDialog"_s)));
        QCOMPARE(state(id), ServerConnection::State::CertificateChanged);
        QCOMPARE(dialog->findChild<QLabel *>(u"pinnedFingerprint"_s)->accessibleName(),
            Fingerprint::toText(wrongPin));
        QCOMPARE(dialog->findChild<QLabel *>(u"presentedFingerprint"_s)->accessibleName(),
            Fingerprint::toText(m_agent.sha256()));
        dialog->findChild<QPushButton *>(u"keepBlockedButton"_s)->click();

        // Kept blocked: the pin stays, nothing was read, and it is not asked again on its own.
        QTRY_VERIFY(!m_window->findChild<TrustCertificateDialog *>());
        QCOMPARE(m_window->workspace()->server(id)->pinnedSha256, wrongPin);
        QVERIFY(!m_window->connections()->connection(id)->hasLicense());
        QVERIFY(treeTooltip().contains(u"Certificate changed"_s));

        // "Verify now" asks again; replacing the pin takes a confirmation, then it connects.
        m_window->findChild<QAction *>(u"actionVerifyNow"_s)->trigger();
        QTRY_VERIFY((dialog = m_window->findChild<TrustCertificateDialog *>(u"certificateChangedDialog"_s)));
        QTimer::singleShot(0, dialog, [dialog] {
            if (auto *box = dialog->findChild<QMessageBox *>(u"confirmReplaceBox"_s))
                box->button(QMessageBox::Yes)->click();
        });
        dialog->findChild<QPushButton *>(u"replaceCertificateButton"_s)->click();
        QCOMPARE(m_window->workspace()->server(id)->pinnedSha256, m_agent.sha256());
        QTRY_VERIFY(m_window->connections()->connection(id)->hasLicense());
    }

    void wrongTokenShowsAuthenticationFailed()
    {
        const QUuid id = addServer(u"vea_not-a-valid-token"_s, m_agent.sha256());
        QTRY_COMPARE(state(id), ServerConnection::State::AuthFailed);
        QVERIFY(m_window->findChild<QLabel *>(u"headerState"_s)->text().contains(u"Authentication failed"_s));
        QVERIFY(treeTooltip().contains(u"Authentication failed"_s));
        QVERIFY(!m_window->findChild<TrustCertificateDialog *>());
    }
};

QTEST_MAIN(TestConsoleWindow)
#include "tst_consolewindow.moc"
