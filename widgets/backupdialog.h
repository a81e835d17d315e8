// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QPointer>

class LifecycleWatch;
class QLabel;
class QPushButton;
class ServerConnection;

// Tools > Download Backup…: a backup of the license-server data (a tar archive) or, on AutoVE
// servers, of instances.db, saved where the admin chooses once its SHA-256 matched what the
// agent announced (a file that does not match is not saved). Says plainly what a backup cannot
// do: it restores to the same instance only and cannot roll back to an older license. Shows
// when the last backups were taken.
class BackupDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Kind { Data, Instances };

    BackupDialog(ServerConnection *connection, const QString &serverName, QWidget *parent = nullptr);

    // Downloads, verifies and saves to `path` (what the buttons do after the file dialog).
    void downloadTo(Kind kind, const QString &path);
    QString resultText() const;

    static QString restoreWarning();

Q_SIGNALS:
    void downloadFinished(bool saved);

private:
    void choose(Kind kind);
    void refresh();

    QPointer<ServerConnection> m_connection;
    QPointer<LifecycleWatch> m_watch;
    QString m_serverName;
    QLabel *m_last;
    QLabel *m_result;
    QPushButton *m_data;
    QPushButton *m_instances;
    bool m_running = false;
};
