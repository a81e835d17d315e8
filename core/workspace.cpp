// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/workspace.h"

#include "core/workspacejson.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSet>
#include <QStandardPaths>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

bool isInside(const QString &path, const QString &folder)
{
    return path == folder || path.startsWith(folder + u'/');
}

} // namespace

Workspace::Workspace(QObject *parent)
    : QObject(parent)
{
    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(300);
    connect(&m_saveTimer, &QTimer::timeout, this, &Workspace::saveNow);
}

Workspace::~Workspace()
{
    if (m_saveTimer.isActive())
        saveNow();
}

QString Workspace::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + u"/workspace.json"_s;
}

void Workspace::setStoragePath(const QString &path)
{
    m_path = path;
}

QString Workspace::storagePath() const
{
    return m_path;
}

QString Workspace::lastError() const
{
    return m_error;
}

bool Workspace::fail(const QString &error)
{
    m_error = error;
    return false;
}

bool Workspace::load()
{
    QFile file(m_path);
    if (!file.exists())
        return true;
    WorkspaceData data;
    QString error;
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("Cannot read %1: %2").arg(m_path, file.errorString()));
    if (file.size() > MaxFileBytes)
        error = tr("The file is larger than %1 MiB.").arg(MaxFileBytes / (1024 * 1024));
    else
        workspaceFromJson(file.readAll(), &data, &error);
    file.close();
    if (!error.isEmpty()) {
        const QString kept
            = m_path + u".broken-"_s + QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s);
        QFile::rename(m_path, kept);
        return fail(
            tr("The server list %1 could not be read (%2). It was kept as %3.").arg(m_path, error, kept));
    }
    m_servers = data.servers;
    reindex();
    m_folders.clear();
    for (const QString &folder : std::as_const(data.folders))
        ensureFolder(folder);
    for (const ServerEntry &entry : std::as_const(m_servers))
        ensureFolder(entry.folder);
    Q_EMIT reset();
    return true;
}

bool Workspace::saveNow()
{
    m_saveTimer.stop();
    if (m_path.isEmpty())
        return true;
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly)) {
        fail(tr("Cannot save the server list to %1: %2").arg(m_path, file.errorString()));
        Q_EMIT saveFailed(m_error);
        return false;
    }
    file.write(exportJson());
    if (!file.commit()) {
        fail(tr("Cannot save the server list to %1: %2").arg(m_path, file.errorString()));
        Q_EMIT saveFailed(m_error);
        return false;
    }
    return true;
}

void Workspace::markChanged()
{
    if (!m_path.isEmpty())
        m_saveTimer.start();
    Q_EMIT changed();
}

const QList<ServerEntry> &Workspace::servers() const
{
    return m_servers;
}

int Workspace::indexOf(const QUuid &id) const
{
    return m_index.value(id, -1);
}

void Workspace::reindex()
{
    m_index.clear();
    m_index.reserve(m_servers.size());
    for (int i = 0; i < m_servers.size(); ++i)
        m_index.insert(m_servers[i].id, i);
}

const ServerEntry *Workspace::server(const QUuid &id) const
{
    const int i = indexOf(id);
    return i < 0 ? nullptr : &m_servers[i];
}

QStringList Workspace::folders() const
{
    return m_folders;
}

bool Workspace::hasFolder(const QString &path) const
{
    return path.isEmpty() || std::binary_search(m_folders.cbegin(), m_folders.cend(), path);
}

QList<QUuid> Workspace::serversIn(const QString &folder) const
{
    QList<QUuid> ids;
    for (const ServerEntry &entry : m_servers) {
        if (entry.folder == folder)
            ids.append(entry.id);
    }
    return ids;
}

bool Workspace::ensureFolder(const QString &path)
{
    if (hasFolder(path))
        return false;
    ensureFolder(parentFolderPath(path));
    m_folders.insert(std::lower_bound(m_folders.begin(), m_folders.end(), path), path);
    Q_EMIT folderAdded(path);
    return true;
}

bool Workspace::validEntry(const ServerEntry &entry, QString *error) const
{
    if (entry.name.trimmed().isEmpty()) {
        *error = tr("The server needs a name.");
        return false;
    }
    if (entry.name.size() > 200 || entry.group.size() > 200 || entry.notes.size() > 20000) {
        *error = tr("The name, group or notes are too long.");
        return false;
    }
    if (!entry.url.isValid() || entry.url.scheme() != "https"_L1 || entry.url.host().isEmpty()) {
        *error = tr("The server needs an https:// address.");
        return false;
    }
    for (const ServerEntry &other : m_servers) {
        if (other.id != entry.id && other.url == entry.url) {
            *error = tr("The address %1 is already used by \"%2\".").arg(entry.url.toString(), other.name);
            return false;
        }
    }
    if (!entry.pinnedSha256.isEmpty() && entry.pinnedSha256.size() != 32) {
        *error = tr("The pinned fingerprint is not a SHA-256 digest.");
        return false;
    }
    return true;
}

QUuid Workspace::addServer(ServerEntry entry)
{
    if (m_servers.size() >= MaxServers) {
        fail(tr("The workspace holds at most %1 servers.").arg(MaxServers));
        return {};
    }
    if (entry.id.isNull())
        entry.id = QUuid::createUuid();
    QString error;
    entry.name = entry.name.trimmed();
    entry.folder = normaliseFolderPath(entry.folder, &error);
    if (!error.isEmpty() || indexOf(entry.id) >= 0 || !validEntry(entry, &error)) {
        fail(error.isEmpty() ? tr("A server with this id exists already.") : error);
        return {};
    }
    entry.partnerId = QUuid();
    entry.pairRole = ServerEntry::PairRole::None;
    ensureFolder(entry.folder);
    m_servers.append(entry);
    m_index.insert(entry.id, int(m_servers.size()) - 1);
    Q_EMIT serverAdded(entry.id);
    markChanged();
    return entry.id;
}

bool Workspace::updateServer(const ServerEntry &entry)
{
    const int i = indexOf(entry.id);
    if (i < 0)
        return fail(tr("The server is not in the workspace."));
    ServerEntry updated = entry;
    QString error;
    updated.name = updated.name.trimmed();
    updated.folder = normaliseFolderPath(entry.folder, &error);
    if (!error.isEmpty() || !validEntry(updated, &error))
        return fail(error);
    updated.partnerId = m_servers[i].partnerId;
    updated.pairRole = m_servers[i].pairRole;
    const QString newFolder = updated.folder;
    updated.folder = m_servers[i].folder;
    if (updated == m_servers[i] && newFolder == updated.folder)
        return true;
    m_servers[i] = updated;
    Q_EMIT serverChanged(updated.id);
    if (newFolder != updated.folder)
        return moveServer(updated.id, newFolder);
    markChanged();
    return true;
}

bool Workspace::setPinnedSha256(const QUuid &id, const QByteArray &sha256)
{
    const int i = indexOf(id);
    if (i < 0 || (!sha256.isEmpty() && sha256.size() != 32))
        return fail(tr("Cannot pin this certificate."));
    if (m_servers[i].pinnedSha256 == sha256)
        return true;
    m_servers[i].pinnedSha256 = sha256;
    Q_EMIT serverChanged(id);
    markChanged();
    return true;
}

bool Workspace::removeServer(const QUuid &id)
{
    const int i = indexOf(id);
    if (i < 0)
        return fail(tr("The server is not in the workspace."));
    if (!m_servers[i].partnerId.isNull())
        clearPair(id);
    m_servers.removeAt(indexOf(id));
    reindex();
    Q_EMIT serverRemoved(id);
    markChanged();
    return true;
}

bool Workspace::moveServer(const QUuid &id, const QString &folder)
{
    QString error;
    const QString target = normaliseFolderPath(folder, &error);
    const int i = indexOf(id);
    if (i < 0 || !error.isEmpty())
        return fail(error.isEmpty() ? tr("The server is not in the workspace.") : error);
    // A pair moves as one: the primary first, so its backup follows it.
    QList<QUuid> ids {id};
    if (!m_servers[i].partnerId.isNull()) {
        if (m_servers[i].pairRole == ServerEntry::PairRole::Primary)
            ids.append(m_servers[i].partnerId);
        else
            ids.prepend(m_servers[i].partnerId);
    }
    ensureFolder(target);
    bool moved = false;
    for (const QUuid &member : std::as_const(ids)) {
        const int k = indexOf(member);
        if (k < 0 || m_servers[k].folder == target)
            continue;
        const QString old = m_servers[k].folder;
        m_servers[k].folder = target;
        moved = true;
        Q_EMIT serverMoved(member, old);
    }
    if (moved)
        markChanged();
    return true;
}

bool Workspace::clearPair(const QUuid &id)
{
    const int i = indexOf(id);
    if (i < 0)
        return fail(tr("The server is not in the workspace."));
    const QUuid partner = m_servers[i].partnerId;
    if (partner.isNull())
        return true;
    m_servers[i].partnerId = QUuid();
    m_servers[i].pairRole = ServerEntry::PairRole::None;
    const int k = indexOf(partner);
    if (k >= 0) {
        m_servers[k].partnerId = QUuid();
        m_servers[k].pairRole = ServerEntry::PairRole::None;
    }
    Q_EMIT serverChanged(id);
    if (k >= 0)
        Q_EMIT serverChanged(partner);
    markChanged();
    return true;
}

bool Workspace::setPair(const QUuid &primary, const QUuid &backup)
{
    const int p = indexOf(primary);
    const int b = indexOf(backup);
    if (p < 0 || b < 0 || primary == backup)
        return fail(tr("A pair needs two different servers of the workspace."));
    if (m_servers[p].partnerId == backup && m_servers[p].pairRole == ServerEntry::PairRole::Primary)
        return true;
    // Unpair both quietly, then announce every server whose pairing changed once.
    QList<QUuid> affected {primary, backup};
    for (const QUuid &member : {primary, backup}) {
        ServerEntry &entry = m_servers[indexOf(member)];
        const int old = indexOf(entry.partnerId);
        if (old >= 0 && !affected.contains(entry.partnerId)) {
            m_servers[old].partnerId = QUuid();
            m_servers[old].pairRole = ServerEntry::PairRole::None;
            affected.append(m_servers[old].id);
        }
    }
    m_servers[p].partnerId = backup;
    m_servers[p].pairRole = ServerEntry::PairRole::Primary;
    m_servers[b].partnerId = primary;
    m_servers[b].pairRole = ServerEntry::PairRole::Backup;
    const QString oldFolder = m_servers[b].folder;
    m_servers[b].folder = m_servers[p].folder;
    for (const QUuid &member : std::as_const(affected))
        Q_EMIT serverChanged(member);
    if (oldFolder != m_servers[b].folder)
        Q_EMIT serverMoved(backup, oldFolder);
    markChanged();
    return true;
}

bool Workspace::addFolder(const QString &path)
{
    QString error;
    const QString folder = normaliseFolderPath(path, &error);
    if (folder.isEmpty())
        return fail(error.isEmpty() ? tr("The folder needs a name.") : error);
    if (m_folders.size() >= MaxFolders)
        return fail(tr("The workspace holds at most %1 folders.").arg(MaxFolders));
    if (ensureFolder(folder))
        markChanged();
    return true;
}

bool Workspace::removeFolder(const QString &path)
{
    const QString folder = normaliseFolderPath(path);
    if (folder.isEmpty() || !hasFolder(folder))
        return fail(tr("There is no folder \"%1\".").arg(path));
    const QString parent = parentFolderPath(folder);
    for (ServerEntry &entry : m_servers) {
        if (isInside(entry.folder, folder)) {
            const QString old = entry.folder;
            entry.folder = parent;
            Q_EMIT serverMoved(entry.id, old);
        }
    }
    for (qsizetype i = m_folders.size() - 1; i >= 0; --i) {
        if (isInside(m_folders[i], folder)) {
            const QString removed = m_folders.takeAt(i);
            Q_EMIT folderRemoved(removed);
        }
    }
    markChanged();
    return true;
}

bool Workspace::renameFolder(const QString &from, const QString &to)
{
    QString error;
    const QString source = normaliseFolderPath(from);
    const QString target = normaliseFolderPath(to, &error);
    if (source.isEmpty() || !hasFolder(source))
        return fail(tr("There is no folder \"%1\".").arg(from));
    if (target.isEmpty() || isInside(target, source))
        return fail(error.isEmpty() ? tr("A folder cannot move into itself.") : error);
    const auto mapped = [&](const QString &path) -> QString { return target + path.mid(source.size()); };
    const QStringList inside = [&] {
        QStringList list;
        for (const QString &f : std::as_const(m_folders)) {
            if (isInside(f, source))
                list.append(f);
        }
        return list;
    }();
    for (const QString &f : inside) {
        if (mapped(f).count(u'/') >= MaxFolderDepth)
            return fail(tr("Folders nest deeper than %1 levels.").arg(MaxFolderDepth));
    }
    for (const QString &f : inside)
        ensureFolder(mapped(f));
    for (ServerEntry &entry : m_servers) {
        if (isInside(entry.folder, source)) {
            const QString old = entry.folder;
            entry.folder = mapped(old);
            Q_EMIT serverMoved(entry.id, old);
        }
    }
    for (qsizetype i = m_folders.size() - 1; i >= 0; --i) {
        if (isInside(m_folders[i], source)) {
            const QString removed = m_folders.takeAt(i);
            Q_EMIT folderRemoved(removed);
        }
    }
    markChanged();
    return true;
}

QByteArray Workspace::exportJson() const
{
    return workspaceToJson(WorkspaceData {m_folders, m_servers});
}

Workspace::ImportResult Workspace::importJson(const QByteArray &json)
{
    ImportResult result;
    WorkspaceData data;
    if (!workspaceFromJson(json, &data, &result.error))
        return result;
    QSet<QUuid> ids;
    QSet<QUrl> urls;
    for (const ServerEntry &entry : std::as_const(m_servers)) {
        ids.insert(entry.id);
        urls.insert(entry.url);
    }
    QList<ServerEntry> accepted;
    for (const ServerEntry &entry : std::as_const(data.servers)) {
        if (ids.contains(entry.id) || urls.contains(entry.url))
            ++result.skipped;
        else
            accepted.append(entry);
    }
    if (m_servers.size() + accepted.size() > MaxServers) {
        result.error = tr("The workspace would hold more than %1 servers.").arg(MaxServers);
        return result;
    }
    int newFolderCount = 0;
    for (const QString &folder : std::as_const(data.folders))
        newFolderCount += hasFolder(folder) ? 0 : 1;
    if (m_folders.size() + newFolderCount > MaxFolders) {
        result.error = tr("The workspace would hold more than %1 folders.").arg(MaxFolders);
        return result;
    }
    QSet<QUuid> acceptedIds;
    for (const ServerEntry &entry : std::as_const(accepted))
        acceptedIds.insert(entry.id);
    QStringList newFolders = data.folders;
    for (ServerEntry &entry : accepted) {
        if (!entry.partnerId.isNull() && !acceptedIds.contains(entry.partnerId)) {
            entry.partnerId = QUuid();
            entry.pairRole = ServerEntry::PairRole::None;
        }
        newFolders.append(entry.folder);
    }
    QSignalBlocker blocker(this); // one reset() instead of per-folder signals
    for (const QString &folder : std::as_const(newFolders)) {
        if (ensureFolder(folder))
            ++result.foldersAdded;
    }
    m_servers.append(accepted);
    reindex();
    result.added = int(accepted.size());
    result.ok = true;
    blocker.unblock();
    Q_EMIT reset();
    markChanged();
    return result;
}
