// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/esxibind.h"

#include <QWizardPage>

#include <optional>

class EsxiBindWizard;
class QCheckBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;

// The wizard's Target page: the ESXi host's or vCenter's address and port, and the agent's
// pre-flight from the license-server host (name, TCP, TLS). A successful pre-flight shows the
// certificate; the page is complete only when the admin ticked "I have verified this thumbprint"
// for the pre-flight of exactly the address and port now in the fields: any edit forgets the
// pre-flight and unticks the box. A pre-flight answer that arrives for an older address is ignored.
class EsxiBindTargetPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit EsxiBindTargetPage(EsxiBindWizard *wizard);

    QString host() const;
    quint16 port() const;
    void setTarget(const QString &host, quint16 port);
    // The confirmed thumbprint (raw SHA-256); empty until the admin ticked the box.
    QByteArray confirmedThumbprint() const;
    bool isComplete() const override;

Q_SIGNALS:
    void preflightFinished(); // an answer (or a failure) is shown

private:
    void runPreflight();
    void showPreflight(const EsxiPreflight &preflight);
    void showFailure(const QString &text);
    void forget();

    EsxiBindWizard *m_wizard;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QPushButton *m_check;
    QProgressBar *m_busy;
    QLabel *m_status;
    QWidget *m_details;
    QLabel *m_thumbprint;
    QLabel *m_subject;
    QLabel *m_issuer;
    QLabel *m_validity;
    QLabel *m_problems;
    QCheckBox *m_verified;
    std::optional<EsxiPreflight> m_preflight; // for the address and port in the fields
    quint64 m_generation = 0; // bumped by every edit and check: older answers are dropped
};
