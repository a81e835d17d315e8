// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/backupdialog.h"

#include "core/filetransfer.h"
#include "core/lifecyclewatch.h"
#include "core/serverconnection.h"
#include "models/licensedisplay.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
constexpr int DownloadTimeoutMs = 300000;
constexpr qint64 MaxAnswerBytes = qint64(6) << 27; // 768 MiB of JSON
} // namespace

QString BackupDialog::restoreWarning()
{
    return tr("A backup can be restored to this same instance only: restoring it into another VM or instance "
              "invalidates the license. It cannot roll back to an older license.");
}

BackupDialog::BackupDialog(ServerConnection *connection, const QString &serverName, QWidget *parent)
    : QDialog(parent)
    , m_connection(connection)
    , m_serverName(serverName)
    , m_last(new QLabel(this))
    , m_result(new QLabel(this))
    , m_data(new QPushButton(tr("Download &Backup…"), this))
    , m_instances(new QPushButton(tr("Download &instances.db…"), this))
{
    setObjectName(u"backupDialog"_s);
    setWindowTitle(tr("Download Backup — %1").arg(serverName));
    auto *warning = new QLabel(u"<b>"_s + restoreWarning().toHtmlEscaped() + u"</b>"_s, this);
    warning->setObjectName(u"backupRestoreWarning"_s);
    warning->setWordWrap(true);
    m_last->setObjectName(u"lastBackup"_s);
    m_last->setWordWrap(true);
    m_result->setObjectName(u"backupResult"_s);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_data->setObjectName(u"downloadDataBackup"_s);
    m_instances->setObjectName(u"downloadInstancesBackup"_s);
    connect(m_data, &QPushButton::clicked, this, [this] { choose(Kind::Data); });
    connect(m_instances, &QPushButton::clicked, this, [this] { choose(Kind::Instances); });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_data, QDialogButtonBox::ActionRole);
    buttons->addButton(m_instances, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(warning);
    layout->addWidget(m_last);
    layout->addWidget(m_result);
    layout->addStretch(1);
    layout->addWidget(buttons);
    resize(560, 260);
    if (connection) {
        m_watch = LifecycleWatch::forConnection(connection);
        connect(m_watch, &LifecycleWatch::updated, this, &BackupDialog::refresh);
        m_watch->refreshNow();
    }
    refresh();
}

QString BackupDialog::resultText() const
{
    return m_result->text();
}

void BackupDialog::refresh()
{
    const bool reported = m_watch && m_watch->backupReported();
    const auto when = [](const LifecycleWatch::BackupRecord &r) {
        return r.time.isValid() ? LicenseDisplay::dateTime(r.time) : tr("never");
    };
    if (!reported) {
        m_last->setText(tr("Backups: not reported by this server."));
    } else {
        QString text = tr("Last backup of the license-server data: %1.").arg(when(m_watch->lastDataBackup()));
        if (m_watch->hasInstancesDb())
            text += u' ' + tr("Last backup of instances.db: %1.").arg(when(m_watch->lastInstancesBackup()));
        m_last->setText(text);
    }
    m_data->setEnabled(reported && !m_running);
    m_instances->setVisible(m_watch && m_watch->hasInstancesDb());
    m_instances->setEnabled(!m_running);
}

void BackupDialog::choose(Kind kind)
{
    const bool instances = kind == Kind::Instances;
    const QString suggested
        = FileTransfer::stampedName(m_serverName, instances ? u"instances"_s : u"backup"_s,
            QDateTime::currentDateTimeUtc(), instances ? u"db"_s : u"tar"_s);
    const QString path = QFileDialog::getSaveFileName(this,
        instances ? tr("Save instances.db Backup") : tr("Save Backup"), suggested,
        instances ? tr("Databases (*.db);;All files (*)") : tr("Tar archives (*.tar);;All files (*)"));
    if (!path.isEmpty())
        downloadTo(kind, path);
}

void BackupDialog::downloadTo(Kind kind, const QString &path)
{
    if (!m_connection || m_running)
        return;
    m_running = true;
    refresh();
    m_result->setText(tr("Downloading…"));
    AgentClient *client = m_connection->client()->clone(this);
    client->setTimeoutMs(DownloadTimeoutMs);
    client->setMaxResponseBytes(MaxAnswerBytes);
    const QString route = kind == Kind::Instances ? u"/api/v1/backup?what=instances"_s : u"/api/v1/backup"_s;
    client->request("GET"_ba, route, {}, [this, client, path](const Result<QJsonObject> &r) {
        client->deleteLater();
        m_running = false;
        TransferredFile file;
        QString error;
        bool saved = false;
        if (!r.ok())
            m_result->setText(tr("No backup: %1 (%2)").arg(r.error.message, r.error.code));
        else if (!FileTransfer::fromJson(r.value, &file, &error))
            m_result->setText(tr("The backup did not arrive intact and was not saved: %1").arg(error));
        else if (!FileTransfer::save(path, file.data, &error))
            m_result->setText(tr("The backup was not saved: %1").arg(error));
        else
            saved = true;
        if (saved)
            m_result->setText(tr("Saved %1 (%2 bytes) as %3. SHA-256 %4 verified.")
                                  .arg(file.fileName, QString::number(file.data.size()), path, file.sha256));
        if (m_watch)
            m_watch->refreshNow();
        refresh();
        Q_EMIT downloadFinished(saved);
    });
}
