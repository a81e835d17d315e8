// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/workspacejson.h"

#include "core/fingerprint.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

using namespace Qt::StringLiterals;

namespace {

constexpr auto FormatName = "ve-console-workspace"_L1;
constexpr int FormatVersion = 1;
constexpr int MaxNameLength = 200;
constexpr int MaxUrlLength = 2048;
constexpr int MaxGroupLength = 200;
constexpr int MaxNotesLength = 20000;

// The translation context of this file's strings (lupdate reads it from the macro).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceJson)
};

// Reads an optional string member; false when present with the wrong type or too long.
bool readString(const QJsonObject &object, QLatin1StringView key, int maxLength, QString *out, QString *error,
    const QString &where)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull()) {
        out->clear();
        return true;
    }
    if (!value.isString()) {
        *error = Text::tr("%1: \"%2\" must be a string").arg(where, key);
        return false;
    }
    *out = value.toString();
    if (out->size() > maxLength) {
        *error = Text::tr("%1: \"%2\" is longer than %3 characters").arg(where, key).arg(maxLength);
        return false;
    }
    return true;
}

bool parseEntry(const QJsonValue &value, int index, ServerEntry *entry, QString *partner, QString *error)
{
    const QString where = Text::tr("server %1").arg(index + 1);
    if (!value.isObject()) {
        *error = Text::tr("%1 is not an object").arg(where);
        return false;
    }
    const QJsonObject o = value.toObject();
    QString text;
    if (!readString(o, "id"_L1, 64, &text, error, where))
        return false;
    entry->id = QUuid::fromString(text);
    if (entry->id.isNull()) {
        *error = Text::tr("%1: \"id\" is missing or not a UUID").arg(where);
        return false;
    }
    if (!readString(o, "name"_L1, MaxNameLength, &entry->name, error, where))
        return false;
    entry->name = entry->name.trimmed();
    if (entry->name.isEmpty()) {
        *error = Text::tr("%1: \"name\" is missing").arg(where);
        return false;
    }
    if (!readString(o, "url"_L1, MaxUrlLength, &text, error, where))
        return false;
    QString why;
    entry->url = normaliseServerUrl(text, &why);
    if (!entry->url.isValid()) {
        *error = Text::tr("%1 (%2): \"url\": %3").arg(where, entry->name, why);
        return false;
    }
    if (!readString(o, "folder"_L1, MaxUrlLength, &text, error, where))
        return false;
    entry->folder = normaliseFolderPath(text, &why);
    if (!why.isEmpty()) {
        *error = Text::tr("%1 (%2): \"folder\": %3").arg(where, entry->name, why);
        return false;
    }
    if (!readString(o, "group"_L1, MaxGroupLength, &entry->group, error, where)
        || !readString(o, "notes"_L1, MaxNotesLength, &entry->notes, error, where))
        return false;
    if (!readString(o, "environment"_L1, 32, &text, error, where))
        return false;
    bool ok = true;
    entry->environment = environmentFromKey(text, &ok);
    if (!ok) {
        *error = Text::tr("%1 (%2): unknown environment \"%3\"").arg(where, entry->name, text);
        return false;
    }
    if (!readString(o, "pinnedSha256"_L1, 128, &text, error, where))
        return false;
    entry->pinnedSha256 = Fingerprint::fromText(text);
    if (!text.isEmpty() && entry->pinnedSha256.isEmpty()) {
        *error = Text::tr("%1 (%2): \"pinnedSha256\" is not 64 hex digits").arg(where, entry->name);
        return false;
    }
    const QJsonValue pair = o.value("pair"_L1);
    partner->clear();
    if (!pair.isUndefined() && !pair.isNull()) {
        const QJsonObject p = pair.toObject();
        if (!pair.isObject() || !readString(p, "partner"_L1, 64, partner, error, where)
            || !readString(p, "role"_L1, 16, &text, error, where)) {
            if (error->isEmpty())
                *error = Text::tr("%1 (%2): \"pair\" must be an object").arg(where, entry->name);
            return false;
        }
        if (text == "primary"_L1)
            entry->pairRole = ServerEntry::PairRole::Primary;
        else if (text == "backup"_L1)
            entry->pairRole = ServerEntry::PairRole::Backup;
        else {
            *error = Text::tr("%1 (%2): pair role must be \"primary\" or \"backup\"").arg(where, entry->name);
            return false;
        }
        entry->partnerId = QUuid::fromString(*partner);
        if (entry->partnerId.isNull() || entry->partnerId == entry->id) {
            *error = Text::tr("%1 (%2): pair partner is not a valid id").arg(where, entry->name);
            return false;
        }
    }
    return true;
}

// Keeps a pair only when both sides name each other with opposite roles.
void resolvePairs(QList<ServerEntry> &servers)
{
    QHash<QUuid, int> byId;
    for (int i = 0; i < servers.size(); ++i)
        byId.insert(servers[i].id, i);
    for (ServerEntry &entry : servers) {
        if (entry.partnerId.isNull())
            continue;
        const auto it = byId.constFind(entry.partnerId);
        const bool mutual = it != byId.cend() && servers[*it].partnerId == entry.id
            && servers[*it].pairRole != entry.pairRole
            && servers[*it].pairRole != ServerEntry::PairRole::None;
        if (!mutual) {
            entry.partnerId = QUuid();
            entry.pairRole = ServerEntry::PairRole::None;
        }
    }
    // A backup lives in its primary's folder.
    for (ServerEntry &entry : servers) {
        if (entry.pairRole == ServerEntry::PairRole::Backup)
            entry.folder = servers[byId.value(entry.partnerId)].folder;
    }
}

} // namespace

QJsonObject serverEntryToJson(const ServerEntry &entry)
{
    QJsonObject o {
        {"id"_L1, entry.id.toString(QUuid::WithoutBraces)},
        {"name"_L1, entry.name},
        {"url"_L1, entry.url.toString()},
        {"folder"_L1, entry.folder},
        {"group"_L1, entry.group},
        {"environment"_L1, environmentKey(entry.environment)},
        {"notes"_L1, entry.notes},
    };
    if (!entry.pinnedSha256.isEmpty())
        o.insert("pinnedSha256"_L1, Fingerprint::toHex(entry.pinnedSha256));
    if (!entry.partnerId.isNull()) {
        o.insert("pair"_L1,
            QJsonObject {{"partner"_L1, entry.partnerId.toString(QUuid::WithoutBraces)},
                {"role"_L1, pairRoleKey(entry.pairRole)}});
    }
    return o;
}

QByteArray workspaceToJson(const WorkspaceData &data)
{
    QJsonArray servers;
    for (const ServerEntry &entry : data.servers)
        servers.append(serverEntryToJson(entry));
    const QJsonObject root {
        {"format"_L1, FormatName},
        {"version"_L1, FormatVersion},
        {"folders"_L1, QJsonArray::fromStringList(data.folders)},
        {"servers"_L1, servers},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool workspaceFromJson(const QByteArray &json, WorkspaceData *data, QString *error)
{
    QString ignored;
    if (!error)
        error = &ignored;
    error->clear();
    if (json.size() > Workspace::MaxFileBytes) {
        *error = Text::tr("The file is larger than %1 MiB.").arg(Workspace::MaxFileBytes / (1024 * 1024));
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = Text::tr("Not valid JSON at offset %1: %2")
                     .arg(parseError.offset)
                     .arg(parseError.errorString());
        return false;
    }
    const QJsonObject root = doc.object();
    if (!doc.isObject() || root.value("format"_L1).toString() != FormatName) {
        *error = Text::tr("Not a server list of this console (the \"format\" field is missing or wrong).");
        return false;
    }
    if (root.value("version"_L1).toInt() != FormatVersion) {
        *error = Text::tr("Unsupported server list version %1.")
                     .arg(root.value("version"_L1).toVariant().toString());
        return false;
    }
    const QJsonValue folders = root.value("folders"_L1);
    const QJsonValue servers = root.value("servers"_L1);
    if ((!folders.isUndefined() && !folders.isArray()) || (!servers.isUndefined() && !servers.isArray())) {
        *error = Text::tr("\"folders\" and \"servers\" must be arrays.");
        return false;
    }
    const QJsonArray folderArray = folders.toArray();
    const QJsonArray serverArray = servers.toArray();
    if (folderArray.size() > Workspace::MaxFolders || serverArray.size() > Workspace::MaxServers) {
        *error = Text::tr("Too many entries: at most %1 servers and %2 folders.")
                     .arg(Workspace::MaxServers)
                     .arg(Workspace::MaxFolders);
        return false;
    }
    WorkspaceData result;
    for (int i = 0; i < folderArray.size(); ++i) {
        QString why;
        const QString folder = normaliseFolderPath(folderArray.at(i).toString(), &why);
        if (!folderArray.at(i).isString() || !why.isEmpty()) {
            *error = Text::tr("folder %1: %2")
                         .arg(i + 1)
                         .arg(why.isEmpty() ? Text::tr("must be a string") : why);
            return false;
        }
        if (!folder.isEmpty() && !result.folders.contains(folder))
            result.folders.append(folder);
    }
    QSet<QUuid> ids;
    QSet<QString> urls;
    for (int i = 0; i < serverArray.size(); ++i) {
        ServerEntry entry;
        QString partner;
        if (!parseEntry(serverArray.at(i), i, &entry, &partner, error))
            return false;
        const QString url = entry.url.toString();
        if (ids.contains(entry.id) || urls.contains(url)) {
            *error = Text::tr("server %1 (%2): the same id or URL appears twice in the file")
                         .arg(i + 1)
                         .arg(entry.name);
            return false;
        }
        ids.insert(entry.id);
        urls.insert(url);
        result.servers.append(entry);
    }
    resolvePairs(result.servers);
    *data = result;
    return true;
}
