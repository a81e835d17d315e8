// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/trustcertificatedialog.h"

#include "core/fingerprint.h"
#include "models/licensedisplay.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

QLabel *fingerprintLabel(const QByteArray &sha256, const QString &objectName, QWidget *parent)
{
    // Two lines of 16 bytes read better than one of 32.
    const QString text = Fingerprint::toText(sha256);
    auto *label = new QLabel(text.left(47) + u'\n' + text.mid(48), parent);
    label->setObjectName(objectName);
    QFont mono(u"monospace"_s);
    mono.setStyleHint(QFont::Monospace);
    label->setFont(mono);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setAccessibleName(text);
    return label;
}

} // namespace

TrustCertificateDialog::TrustCertificateDialog(Mode mode, const QString &serverName, const QUrl &url,
    const PeerCertificate &presented, const QByteArray &pinnedSha256, QWidget *parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_serverName(serverName)
    , m_presented(presented)
{
    const bool changed = mode == Mode::Changed;
    setObjectName(changed ? u"certificateChangedDialog"_s : u"trustCertificateDialog"_s);
    setWindowTitle(changed ? tr("Certificate Changed — %1").arg(serverName)
                           : tr("Trust Certificate — %1").arg(serverName));

    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(changed ? u":/icons/state-certchanged.svg"_s : u":/icons/state-untrusted.svg"_s)
                        .pixmap(48, 48));
    auto *intro = new QLabel(this);
    intro->setObjectName(u"trustIntro"_s);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::RichText);
    if (changed) {
        intro->setText(
            tr("<b>The certificate of %1 (%2) has changed.</b><br>The console refuses to talk to this server "
               "until you decide. If nobody replaced the agent's certificate on purpose, someone may be "
               "intercepting the connection: keep it blocked and check the host.")
                .arg(serverName.toHtmlEscaped(), url.authority().toHtmlEscaped()));
    } else {
        intro->setText(
            tr("<b>%1 (%2) presents a certificate the console has not seen before.</b><br>Compare its "
               "SHA-256 fingerprint with the one the agent's host shows. Only trust it when they match; "
               "the console then remembers it and warns if it ever changes.")
                .arg(serverName.toHtmlEscaped(), url.authority().toHtmlEscaped()));
    }
    auto *top = new QHBoxLayout;
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addWidget(intro, 1);

    auto *form = new QFormLayout;
    if (changed)
        form->addRow(tr("Pinned (SHA-256):"), fingerprintLabel(pinnedSha256, u"pinnedFingerprint"_s, this));
    QLabel *presentedLabel = fingerprintLabel(presented.sha256, u"presentedFingerprint"_s, this);
    if (changed)
        presentedLabel->setStyleSheet(u"QLabel { color: #c63b32; }"_s);
    form->addRow(changed ? tr("Presented now (SHA-256):") : tr("Fingerprint (SHA-256):"), presentedLabel);
    const auto text = [this](const QString &value, const QString &objectName) {
        auto *label = new QLabel(value.isEmpty() ? tr("(none)") : value, this);
        label->setObjectName(objectName);
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        return label;
    };
    form->addRow(tr("Subject:"), text(presented.subject, u"certificateSubject"_s));
    form->addRow(tr("Issuer:"), text(presented.issuer, u"certificateIssuer"_s));
    QString validity = tr("%1 to %2")
                           .arg(LicenseDisplay::dateTime(presented.notBefore),
                               LicenseDisplay::dateTime(presented.notAfter));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (presented.notAfter.isValid() && presented.notAfter < now)
        validity += u"  "_s + tr("(expired)");
    else if (presented.notBefore.isValid() && presented.notBefore > now)
        validity += u"  "_s + tr("(not yet valid)");
    form->addRow(tr("Valid:"), text(validity, u"certificateValidity"_s));

    auto *buttons = new QDialogButtonBox(this);
    if (changed) {
        auto *keep = buttons->addButton(tr("&Keep Blocked"), QDialogButtonBox::RejectRole);
        keep->setObjectName(u"keepBlockedButton"_s);
        keep->setDefault(true);
        auto *replace = buttons->addButton(tr("&Replace Pinned Certificate…"), QDialogButtonBox::ActionRole);
        replace->setObjectName(u"replaceCertificateButton"_s);
        replace->setAutoDefault(false);
        connect(replace, &QPushButton::clicked, this, &TrustCertificateDialog::confirmReplace);
    } else {
        auto *trust = buttons->addButton(tr("&Trust and Connect"), QDialogButtonBox::AcceptRole);
        trust->setObjectName(u"acceptCertificateButton"_s);
        auto *reject = buttons->addButton(tr("&Reject"), QDialogButtonBox::RejectRole);
        reject->setObjectName(u"rejectCertificateButton"_s);
        reject->setDefault(true);
    }
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addSpacing(8);
    layout->addLayout(form);
    layout->addSpacing(8);
    layout->addWidget(buttons);
    setMinimumWidth(600);
}

TrustCertificateDialog::Mode TrustCertificateDialog::mode() const
{
    return m_mode;
}

QByteArray TrustCertificateDialog::acceptedSha256() const
{
    return m_presented.sha256;
}

void TrustCertificateDialog::confirmReplace()
{
    Q_EMIT replaceConfirmationRequested();
    QMessageBox box(QMessageBox::Warning, tr("Replace Pinned Certificate"),
        tr("Replace the pinned certificate of %1 with the presented one?").arg(m_serverName),
        QMessageBox::Yes | QMessageBox::Cancel, this);
    box.setObjectName(u"confirmReplaceBox"_s);
    box.setInformativeText(tr("Do this only when you know the agent's certificate was replaced on purpose "
                              "(for example, it was renewed) and the new fingerprint matches the host's."));
    box.setDefaultButton(QMessageBox::Cancel);
    box.button(QMessageBox::Yes)->setText(tr("Replace"));
    if (box.exec() == QMessageBox::Yes)
        accept();
}
