// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/esxibindtargetpage.h"

#include "core/esxibindclient.h"
#include "models/licensedisplay.h"
#include "widgets/esxibindwizard.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

QLabel *valueLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

EsxiBindTargetPage::EsxiBindTargetPage(EsxiBindWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_check(new QPushButton(tr("&Check from the License Server"), this))
    , m_busy(new QProgressBar(this))
    , m_status(valueLabel(u"preflightStatus"_s, this))
    , m_details(new QWidget(this))
    , m_thumbprint(valueLabel(u"preflightThumbprint"_s, m_details))
    , m_subject(valueLabel(u"preflightSubject"_s, m_details))
    , m_issuer(valueLabel(u"preflightIssuer"_s, m_details))
    , m_validity(valueLabel(u"preflightValidity"_s, m_details))
    , m_problems(valueLabel(u"preflightProblems"_s, m_details))
    , m_verified(new QCheckBox(tr("I have &verified this thumbprint with the target itself"), this))
{
    setObjectName(u"esxiBindTargetPage"_s);
    setTitle(tr("Target"));
    setSubTitle(
        tr("The address of the ESXi host or vCenter as the license server reaches it. The agent checks "
           "it from the license-server host and shows the certificate it presents."));
    m_host->setObjectName(u"targetHostEdit"_s);
    m_host->setPlaceholderText(tr("e.g. vcenter.example.com or 192.0.2.10"));
    m_host->setMaxLength(EsxiBind::MaxHostLength + 2);
    m_port->setObjectName(u"targetPortSpin"_s);
    m_port->setRange(1, 65535);
    m_port->setValue(EsxiBind::DefaultPort);
    m_check->setObjectName(u"preflightButton"_s);
    m_busy->setObjectName(u"preflightProgress"_s);
    m_busy->setRange(0, 0); // busy indicator
    m_busy->setMaximumHeight(8);
    m_busy->setTextVisible(false);
    m_busy->hide();
    m_verified->setObjectName(u"thumbprintVerifiedCheck"_s);
    m_verified->setEnabled(false);
    QFont mono(u"monospace"_s);
    mono.setStyleHint(QFont::Monospace);
    m_thumbprint->setFont(mono);

    auto *target = new QFormLayout;
    target->addRow(tr("&Address:"), m_host);
    target->addRow(tr("&Port:"), m_port);
    auto *checkRow = new QHBoxLayout;
    checkRow->addWidget(m_check);
    checkRow->addWidget(m_busy, 1);
    auto *details = new QFormLayout(m_details);
    details->setContentsMargins(0, 0, 0, 0);
    details->addRow(tr("Thumbprint (SHA-256):"), m_thumbprint);
    details->addRow(tr("Subject:"), m_subject);
    details->addRow(tr("Issuer:"), m_issuer);
    details->addRow(tr("Valid:"), m_validity);
    details->addRow(tr("Trust:"), m_problems);
    m_details->hide();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(target);
    layout->addLayout(checkRow);
    layout->addWidget(m_status);
    layout->addWidget(m_details);
    layout->addWidget(m_verified);
    layout->addStretch(1);

    connect(m_check, &QPushButton::clicked, this, &EsxiBindTargetPage::runPreflight);
    connect(m_host, &QLineEdit::textEdited, this, &EsxiBindTargetPage::forget);
    connect(m_host, &QLineEdit::returnPressed, this, &EsxiBindTargetPage::runPreflight);
    connect(m_port, &QSpinBox::valueChanged, this, &EsxiBindTargetPage::forget);
    connect(m_verified, &QCheckBox::toggled, this, &QWizardPage::completeChanged);
}

QString EsxiBindTargetPage::host() const
{
    return m_host->text().trimmed();
}

quint16 EsxiBindTargetPage::port() const
{
    return quint16(m_port->value());
}

void EsxiBindTargetPage::setTarget(const QString &host, quint16 port)
{
    m_host->setText(host);
    m_port->setValue(port ? port : EsxiBind::DefaultPort);
    forget();
}

QByteArray EsxiBindTargetPage::confirmedThumbprint() const
{
    return isComplete() ? m_preflight->certificate.sha256 : QByteArray();
}

bool EsxiBindTargetPage::isComplete() const
{
    return m_preflight && m_preflight->ok && m_verified->isChecked();
}

void EsxiBindTargetPage::forget()
{
    ++m_generation;
    m_preflight.reset();
    m_verified->setChecked(false);
    m_verified->setEnabled(false);
    m_details->hide();
    m_busy->hide();
    m_check->setEnabled(true);
    m_status->clear();
    Q_EMIT completeChanged();
}

void EsxiBindTargetPage::runPreflight()
{
    forget();
    if (const QString problem = EsxiBind::checkHost(host()); !problem.isEmpty()) {
        showFailure(tr("Check the address: %1.").arg(problem));
        Q_EMIT preflightFinished();
        return;
    }
    const quint64 generation = m_generation;
    m_check->setEnabled(false);
    m_busy->show();
    m_status->setText(tr("Resolving %1, connecting and completing a TLS handshake from %2…")
                          .arg(host(), m_wizard->serverName()));
    QPointer<EsxiBindTargetPage> self(this);
    m_wizard->esxi()->preflight(host(), port(), [self, generation](const Result<EsxiPreflight> &result) {
        if (!self || generation != self->m_generation)
            return; // the target changed meanwhile
        self->m_busy->hide();
        self->m_check->setEnabled(true);
        if (!result.ok())
            self->showFailure(tr("The agent could not run the pre-flight: %1").arg(result.error.message));
        else
            self->showPreflight(result.value);
        Q_EMIT self->preflightFinished();
    });
}

void EsxiBindTargetPage::showFailure(const QString &text)
{
    m_status->setText(text);
    m_status->setStyleSheet(u"QLabel { color: #c63b32; }"_s);
}

void EsxiBindTargetPage::showPreflight(const EsxiPreflight &preflight)
{
    if (!preflight.ok) {
        const QHash<QString, QString> steps {{u"resolve"_s, tr("Name resolution failed")},
            {u"connect"_s, tr("No connection")}, {u"tls"_s, tr("TLS handshake failed")},
            {u"input"_s, tr("Invalid target")}};
        showFailure(
            tr("%1: %2").arg(steps.value(preflight.failedStep, tr("Pre-flight failed")), preflight.message));
        return;
    }
    m_preflight = preflight;
    m_status->setStyleSheet(QString());
    m_status->setText(tr("Reached %1 (%2) from the license server. Compare the thumbprint with the one the "
                         "target shows before you go on.")
                          .arg(preflight.host, preflight.connectedAddress));
    const QString fingerprint = preflight.certificate.fingerprintText();
    m_thumbprint->setText(fingerprint.left(47) + u'\n' + fingerprint.mid(48));
    m_thumbprint->setAccessibleName(fingerprint);
    m_subject->setText(preflight.certificate.subject);
    m_issuer->setText(preflight.certificate.issuer);
    QString validity = tr("%1 to %2")
                           .arg(LicenseDisplay::dateTime(preflight.certificate.notBefore),
                               LicenseDisplay::dateTime(preflight.certificate.notAfter));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (preflight.certificate.notAfter.isValid() && preflight.certificate.notAfter < now)
        validity += u"  "_s + tr("(expired)");
    else if (preflight.certificate.notBefore.isValid() && preflight.certificate.notBefore > now)
        validity += u"  "_s + tr("(not yet valid)");
    m_validity->setText(validity);
    m_problems->setText(preflight.certificateProblems.isEmpty()
            ? tr("Trusted by the license-server host's system certificates.")
            : tr("Not trusted by the system (%1). Normal for an ESXi host's own certificate: the "
                 "thumbprint you confirm is what counts.")
                  .arg(preflight.certificateProblems.join(u"; "_s)));
    m_details->show();
    m_verified->setEnabled(true);
}
