// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "agent/agentcommands.h"

#include "agent/certificatestore.h"
#include "agent/tokenstore.h"
#include "core/fingerprint.h"

#include <QDir>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

int fail(const QString &message)
{
    err() << "ve-agent: " << message << Qt::endl;
    return AgentCommands::ExitFailure;
}

QString tokenFile(const QString &stateDir)
{
    return QDir(stateDir).filePath(QString::fromLatin1(TokenStore::FileName));
}

} // namespace

int AgentCommands::tokenAdd(const QString &stateDir, const QString &name, const QString &roleName)
{
    const auto role = TokenStore::roleFromName(roleName);
    if (!role) {
        err() << "ve-agent: token add needs --role viewer or --role admin" << Qt::endl;
        return ExitUsage;
    }
    TokenStore store(tokenFile(stateDir));
    QString token;
    QString error;
    if (!store.add(name, *role, &token, &error))
        return fail(error);
    err() << "Token \"" << name << "\" (" << roleName << ") created. It is shown only now: store it "
          << "in the console or your password manager." << Qt::endl;
    out() << token << Qt::endl;
    return ExitOk;
}

int AgentCommands::tokenList(const QString &stateDir)
{
    TokenStore store(tokenFile(stateDir));
    QList<TokenStore::TokenInfo> tokens;
    QString error;
    if (!store.list(&tokens, &error))
        return fail(error);
    if (tokens.isEmpty()) {
        err() << "No tokens. Create one with: ve-agent token add NAME --role viewer|admin" << Qt::endl;
        return ExitOk;
    }
    for (const TokenStore::TokenInfo &t : std::as_const(tokens)) {
        out() << t.name.leftJustified(24) << ' ' << TokenStore::roleName(t.role).leftJustified(7) << ' '
              << t.created.toString(Qt::ISODate) << '\n';
    }
    out().flush();
    return ExitOk;
}

int AgentCommands::tokenRevoke(const QString &stateDir, const QString &name)
{
    TokenStore store(tokenFile(stateDir));
    QString error;
    if (!store.revoke(name, &error))
        return fail(error);
    err() << "Token \"" << name << "\" revoked; a running agent refuses it from its next request on."
          << Qt::endl;
    return ExitOk;
}

int AgentCommands::fingerprint(const QString &certificateFile, const QString &keyFile, bool mayCreate)
{
    CertificateStore::Identity identity;
    QString error;
    bool created = false;
    if (!CertificateStore::ensure(certificateFile, keyFile, mayCreate, &identity, &error, &created))
        return fail(error);
    if (created)
        err() << "Created a self-signed certificate: " << certificateFile << Qt::endl;
    out() << "SHA256 " << Fingerprint::toText(CertificateStore::sha256(identity.certificate)) << Qt::endl;
    return ExitOk;
}
