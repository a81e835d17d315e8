// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/agentclient.h"

#include <QDialog>

class QPushButton;

// Trust on first use, SSH known_hosts style.
// FirstUse: shows the certificate a server presents for the first time (SHA-256 fingerprint,
// subject, issuer, validity); Accept pins it, Reject leaves the server untrusted.
// Changed: the pinned certificate differs from the presented one. Shows both fingerprints; the
// safe choice (keep blocked) is the default, and "Replace Pinned Certificate…" needs a second,
// explicit confirmation before the dialog accepts.
class TrustCertificateDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { FirstUse, Changed };

    TrustCertificateDialog(Mode mode, const QString &serverName, const QUrl &url,
        const PeerCertificate &presented, const QByteArray &pinnedSha256 = {}, QWidget *parent = nullptr);

    Mode mode() const;
    QByteArray acceptedSha256() const; // what to pin after exec() == Accepted

Q_SIGNALS:
    void replaceConfirmationRequested(); // emitted before the confirmation box (for tests)

private:
    void confirmReplace();

    Mode m_mode;
    QString m_serverName;
    PeerCertificate m_presented;
};
