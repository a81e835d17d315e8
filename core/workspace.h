// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/serverentry.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <QUrl>
#include <QUuid>

// The console's list of servers in folders. Folders are first-class: an empty folder persists.
// Every mutation validates its input and returns false (with a reason in lastError()) instead of
// leaving the workspace half-changed.
//
// Pairs: a backup always lives in its primary's folder; moving either moves both. Removing a
// server first unpairs its partner (serverChanged for the partner), then emits serverRemoved.
//
// Signals are emitted after the change is applied, parents before children for folderAdded,
// children before parents for folderRemoved. load() and importJson() replace or merge wholesale
// and emit reset() once instead of per-item signals. changed() follows every mutation and drives
// the coalesced auto-save when a storage path is set.
class Workspace : public QObject
{
    Q_OBJECT

public:
    struct ImportResult
    {
        bool ok = false;
        QString error; // set when !ok; the workspace is unchanged then
        int added = 0;
        int skipped = 0; // already present (same id or same URL)
        int foldersAdded = 0;
    };

    static constexpr qint64 MaxFileBytes = 4 * 1024 * 1024;
    static constexpr int MaxServers = 10000;
    static constexpr int MaxFolders = 5000;

    explicit Workspace(QObject *parent = nullptr);
    ~Workspace() override;

    // Storage. defaultPath() is workspace.json in QStandardPaths::AppConfigLocation.
    static QString defaultPath();
    void setStoragePath(const QString &path); // enables auto-save after changes
    QString storagePath() const;
    // Reads the storage file. A missing file is an empty workspace (true). A broken file is
    // renamed to "<name>.broken-<timestamp>" so the next save cannot overwrite what the admin
    // had, and false is returned with the reason in lastError().
    bool load();
    bool saveNow(); // atomic (QSaveFile); false with lastError() on failure

    QString lastError() const;

    // Read access.
    const QList<ServerEntry> &servers() const;
    // nullptr when unknown. The pointer is valid until the next change of the workspace.
    const ServerEntry *server(const QUuid &id) const;
    QStringList folders() const; // every folder incl. ancestors, sorted
    bool hasFolder(const QString &path) const;
    QList<QUuid> serversIn(const QString &folder) const; // directly in that folder

    // Mutations.
    QUuid addServer(ServerEntry entry); // id assigned when null; null QUuid on error
    bool updateServer(const ServerEntry &entry); // name, url, folder, group, env, notes, pin
    bool removeServer(const QUuid &id);
    bool moveServer(const QUuid &id, const QString &folder);
    bool setPinnedSha256(const QUuid &id, const QByteArray &sha256);
    bool setPair(const QUuid &primary, const QUuid &backup);
    bool clearPair(const QUuid &id);
    bool addFolder(const QString &path);
    bool removeFolder(const QString &path); // servers inside move to the parent folder
    bool renameFolder(const QString &from, const QString &to);

    // Exchange format (docs: "format": "ve-console-workspace", "version": 1). Never contains a
    // secret. importJson() merges: entries with a known id or URL are skipped; any invalid entry
    // rejects the whole file with an error naming the entry and the field.
    QByteArray exportJson() const;
    ImportResult importJson(const QByteArray &json);

Q_SIGNALS:
    void serverAdded(const QUuid &id);
    void serverChanged(const QUuid &id);
    void serverMoved(const QUuid &id, const QString &oldFolder);
    void serverRemoved(const QUuid &id);
    void folderAdded(const QString &path);
    void folderRemoved(const QString &path);
    void reset();
    void changed();
    void saveFailed(const QString &error);

private:
    int indexOf(const QUuid &id) const;
    void reindex();
    bool fail(const QString &error);
    bool ensureFolder(const QString &path); // adds missing ancestors, emits folderAdded
    void markChanged();
    bool validEntry(const ServerEntry &entry, QString *error) const;

    QList<ServerEntry> m_servers;
    QHash<QUuid, int> m_index; // id → position in m_servers
    QStringList m_folders; // sorted, each ancestor present
    QString m_path;
    QString m_error;
    QTimer m_saveTimer;
};
