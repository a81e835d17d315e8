// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/fingerprint.h"
#include "widgets/trustcertificatedialog.h"

#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

class TestTrustCertificateDialog : public QObject
{
    Q_OBJECT

private:
    static PeerCertificate presented()
    {
        PeerCertificate c;
        c.sha256 = QByteArray(32, '\xa5');
        c.subject = u"CN=lic1.example.com"_s;
        c.issuer = u"CN=lic1.example.com"_s;
        c.notBefore = QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC);
        c.notAfter = QDateTime(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC);
        return c;
    }
    const QUrl url {u"https://lic1.example.com:8093"_s};

    // Answers the confirmation box the dialog opens with `button`, from inside its event loop.
    static void answerConfirmation(
        TrustCertificateDialog &dialog, QMessageBox::StandardButton button, bool *seen)
    {
        QTimer::singleShot(0, &dialog, [&dialog, button, seen] {
            auto *box = dialog.findChild<QMessageBox *>(u"confirmReplaceBox"_s);
            *seen = box != nullptr;
            if (box)
                box->button(button)->click();
        });
    }

private Q_SLOTS:
    void init() { QTest::failOnWarning(QRegularExpression(u"^QObject::"_s)); }

    void firstUseShowsTheCertificate()
    {
        TrustCertificateDialog dialog(
            TrustCertificateDialog::Mode::FirstUse, u"EU primary"_s, url, presented());
        auto *fingerprint = dialog.findChild<QLabel *>(u"presentedFingerprint"_s);
        QVERIFY(fingerprint);
        QCOMPARE(fingerprint->accessibleName(), Fingerprint::toText(QByteArray(32, '\xa5')));
        QVERIFY(!dialog.findChild<QLabel *>(u"pinnedFingerprint"_s));
        QCOMPARE(dialog.findChild<QLabel *>(u"certificateSubject"_s)->text(), u"CN=lic1.example.com"_s);
        QVERIFY(dialog.findChild<QLabel *>(u"certificateValidity"_s)->text().contains(u"expired"_s));
        // Reject is the default: Enter does not trust by accident.
        QVERIFY(dialog.findChild<QPushButton *>(u"rejectCertificateButton"_s)->isDefault());
        QSignalSpy finished(&dialog, &QDialog::finished);
        dialog.findChild<QPushButton *>(u"acceptCertificateButton"_s)->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.acceptedSha256(), QByteArray(32, '\xa5'));
    }

    void changedCertificateNeedsAnExplicitConfirmation()
    {
        const QByteArray pinned(32, '\x11');
        TrustCertificateDialog dialog(
            TrustCertificateDialog::Mode::Changed, u"EU primary"_s, url, presented(), pinned);
        QCOMPARE(dialog.findChild<QLabel *>(u"pinnedFingerprint"_s)->accessibleName(),
            Fingerprint::toText(pinned));
        QCOMPARE(dialog.findChild<QLabel *>(u"presentedFingerprint"_s)->accessibleName(),
            Fingerprint::toText(QByteArray(32, '\xa5')));
        QVERIFY(!dialog.findChild<QPushButton *>(u"acceptCertificateButton"_s));
        QVERIFY(dialog.findChild<QPushButton *>(u"keepBlockedButton"_s)->isDefault());
        dialog.show();

        // Cancelling the confirmation keeps the dialog open and nothing accepted.
        bool seen = false;
        QSignalSpy finished(&dialog, &QDialog::finished);
        answerConfirmation(dialog, QMessageBox::Cancel, &seen);
        dialog.findChild<QPushButton *>(u"replaceCertificateButton"_s)->click();
        QVERIFY(seen);
        QCOMPARE(finished.size(), 0);
        QVERIFY(dialog.isVisible());

        answerConfirmation(dialog, QMessageBox::Yes, &seen);
        dialog.findChild<QPushButton *>(u"replaceCertificateButton"_s)->click();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.acceptedSha256(), QByteArray(32, '\xa5'));
    }

    void keepBlockedRejects()
    {
        TrustCertificateDialog dialog(
            TrustCertificateDialog::Mode::Changed, u"EU primary"_s, url, presented(), QByteArray(32, '\x11'));
        dialog.show();
        dialog.findChild<QPushButton *>(u"keepBlockedButton"_s)->click();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
    }
};

QTEST_MAIN(TestTrustCertificateDialog)
#include "tst_trustcertificatedialog.moc"
