// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/fingerprintexport.h"

#include "core/filetransfer.h"
#include "core/serverconnection.h"
#include "widgets/confirmactiondialog.h"

#include <QFileDialog>
#include <QJsonDocument>
#include <QMessageBox>
#include <QPointer>

using namespace Qt::StringLiterals;

namespace {

constexpr int FingerprintTimeoutMs = 180000;

} // namespace

bool FingerprintExport::needsConfirmation(const ServerConnection *connection)
{
    return connection->hasLicense() || connection->licenseError().code != "no-license"_L1;
}

QString FingerprintExport::warningText(const QString &serverName)
{
    return tr(
        "<b>A license is installed on %1, or the console cannot tell whether one is.</b><br>Running the "
        "fingerprint program after a license is installed <b>invalidates that license</b>: emulators "
        "then stop at the end of their grace period. Only go on when Stromasys will issue a new license "
        "for this server anyway.")
        .arg(serverName.toHtmlEscaped());
}

void FingerprintExport::run(QWidget *parent, ServerConnection *connection, const QString &serverName)
{
    if (!connection)
        return;
    const bool confirm = needsConfirmation(connection);
    if (confirm
        && !ConfirmActionDialog::ask(
            parent, tr("Export Fingerprint"), warningText(serverName), tr("Export Fingerprint"), serverName))
        return;
    const QString suggested
        = FileTransfer::stampedName(serverName, u"fingerprint"_s, QDateTime::currentDateTimeUtc(), u"txt"_s);
    const QString path = QFileDialog::getSaveFileName(parent, tr("Save Fingerprint"), suggested);
    if (path.isEmpty())
        return;
    // A client of the parent window: closing it drops the answer with it.
    AgentClient *client = connection->client()->clone(parent);
    client->setTimeoutMs(FingerprintTimeoutMs);
    const QByteArray body
        = QJsonDocument(QJsonObject {{u"confirm"_s, confirm}}).toJson(QJsonDocument::Compact);
    QPointer<QWidget> window(parent);
    client->request("POST"_ba, u"/api/v1/license/fingerprint"_s, body,
        [client, window, path](const Result<QJsonObject> &r) {
            client->deleteLater();
            TransferredFile file;
            QString error;
            if (!r.ok())
                error = r.error.message + u" ("_s + r.error.code + u')';
            else if (!FileTransfer::fromJson(r.value, &file, &error))
                error = tr("The fingerprint did not arrive intact and was not saved: %1").arg(error);
            else if (!FileTransfer::save(path, file.data, &error))
                error = tr("The fingerprint was not saved: %1").arg(error);
            if (!error.isEmpty()) {
                QMessageBox::warning(window, tr("Export Fingerprint"), error);
                return;
            }
            QMessageBox::information(window, tr("Export Fingerprint"),
                tr("Saved the fingerprint (%1 bytes, SHA-256 %2) as %3. Send it to Stromasys to have a "
                   "license issued.")
                    .arg(QString::number(file.data.size()), file.sha256, path));
        });
}
