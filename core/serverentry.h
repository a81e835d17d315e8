// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>
#include <QUuid>

// One license server the console watches. Holds no secret: the token lives in the OS keychain
// under `id` (core/secretstore.h); the pinned certificate fingerprint is public data.
struct ServerEntry
{
    enum class Environment { None, Production, Test, DisasterRecovery };
    enum class PairRole { None, Primary, Backup };

    QUuid id;
    QString name;
    QUrl url; // https://host:port
    QString folder; // normalised path, "" = top level, e.g. "Production/EU"
    QString group;
    Environment environment = Environment::None;
    QUuid partnerId; // the other server of a primary/backup pair, null when unpaired
    PairRole pairRole = PairRole::None;
    QByteArray pinnedSha256; // raw 32 bytes, empty until the admin trusted the certificate
    QString notes;

    friend bool operator==(const ServerEntry &a, const ServerEntry &b);
    friend bool operator!=(const ServerEntry &a, const ServerEntry &b) { return !(a == b); }
};

QString environmentKey(ServerEntry::Environment environment); // "production", "test", "dr", "none"
ServerEntry::Environment environmentFromKey(QStringView key, bool *ok = nullptr);
QString pairRoleKey(ServerEntry::PairRole role); // "primary", "backup", "none"

// "host", "host:port" or "https://host:port" → https URL with the default agent port.
// Rejects other schemes, credentials in the URL, paths and empty hosts (invalid QUrl + *error).
QUrl normaliseServerUrl(const QString &text, QString *error = nullptr);

// Trims segments, drops empty ones, joins with '/': " A // B/" → "A/B". On invalid input (control
// characters, over-long names, too deep) returns an empty string and sets *error.
inline constexpr int MaxFolderDepth = 16;
QString normaliseFolderPath(const QString &path, QString *error = nullptr);
QString parentFolderPath(const QString &path); // "A/B" → "A", "A" → ""
