// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/serverentry.h"

#include "core/protocol.h"

#include <QCoreApplication>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace {

constexpr int MaxFolderSegment = 100;

// The translation context of this file's strings (lupdate reads it from the macro).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ServerEntry)
};

} // namespace

bool operator==(const ServerEntry &a, const ServerEntry &b)
{
    return a.id == b.id && a.name == b.name && a.url == b.url && a.folder == b.folder && a.group == b.group
        && a.environment == b.environment && a.partnerId == b.partnerId && a.pairRole == b.pairRole
        && a.pinnedSha256 == b.pinnedSha256 && a.notes == b.notes;
}

QString environmentKey(ServerEntry::Environment environment)
{
    switch (environment) {
    case ServerEntry::Environment::Production:
        return u"production"_s;
    case ServerEntry::Environment::Test:
        return u"test"_s;
    case ServerEntry::Environment::DisasterRecovery:
        return u"dr"_s;
    case ServerEntry::Environment::None:
        break;
    }
    return u"none"_s;
}

ServerEntry::Environment environmentFromKey(QStringView key, bool *ok)
{
    if (ok)
        *ok = true;
    for (auto env : {ServerEntry::Environment::Production, ServerEntry::Environment::Test,
             ServerEntry::Environment::DisasterRecovery, ServerEntry::Environment::None}) {
        if (key.compare(environmentKey(env), Qt::CaseInsensitive) == 0)
            return env;
    }
    if (ok)
        *ok = key.isEmpty();
    return ServerEntry::Environment::None;
}

QString pairRoleKey(ServerEntry::PairRole role)
{
    switch (role) {
    case ServerEntry::PairRole::Primary:
        return u"primary"_s;
    case ServerEntry::PairRole::Backup:
        return u"backup"_s;
    case ServerEntry::PairRole::None:
        break;
    }
    return u"none"_s;
}

QUrl normaliseServerUrl(const QString &text, QString *error)
{
    QString ignored;
    if (!error)
        error = &ignored;
    error->clear();
    QString input = text.trimmed();
    if (input.isEmpty()) {
        *error = Text::tr("the address is empty");
        return {};
    }
    if (!input.contains(u"://"_s))
        input.prepend(u"https://"_s);
    QUrl url(input, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()) {
        *error = Text::tr("\"%1\" is not a valid address").arg(text.trimmed());
        return {};
    }
    if (url.scheme() != "https"_L1) {
        *error = Text::tr("only https:// addresses are supported");
        return {};
    }
    if (!url.userInfo().isEmpty()) {
        *error = Text::tr("the address must not contain a user name or password");
        return {};
    }
    if ((!url.path().isEmpty() && url.path() != "/"_L1) || url.hasQuery() || url.hasFragment()) {
        *error = Text::tr("the address must not contain a path");
        return {};
    }
    url.setPath(QString());
    if (url.port() < 0)
        url.setPort(Protocol::DefaultPort);
    return url;
}

QString normaliseFolderPath(const QString &path, QString *error)
{
    QString ignored;
    if (!error)
        error = &ignored;
    error->clear();
    QStringList segments;
    const QStringList parts = path.split(u'/');
    for (const QString &part : parts) {
        const QString segment = part.trimmed();
        if (segment.isEmpty())
            continue;
        if (segment.size() > MaxFolderSegment) {
            *error = Text::tr("a folder name is longer than %1 characters").arg(MaxFolderSegment);
            return {};
        }
        for (const QChar c : segment) {
            if (c.category() == QChar::Other_Control) {
                *error = Text::tr("a folder name contains control characters");
                return {};
            }
        }
        segments.append(segment);
    }
    if (segments.size() > MaxFolderDepth) {
        *error = Text::tr("folders nest deeper than %1 levels").arg(MaxFolderDepth);
        return {};
    }
    return segments.join(u'/');
}

QString parentFolderPath(const QString &path)
{
    const qsizetype slash = path.lastIndexOf(u'/');
    return slash < 0 ? QString() : path.left(slash);
}
