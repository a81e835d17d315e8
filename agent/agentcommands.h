// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

// ve-agent's one-shot subcommands. Each returns the process exit code: 0 success, 1 failure
// (message on stderr), 64 usage error. Secrets go to stdout only, never to stderr or a file.
namespace AgentCommands {
inline constexpr int ExitOk = 0;
inline constexpr int ExitFailure = 1;
inline constexpr int ExitUsage = 64;

// token add NAME --role viewer|admin: prints the new token (alone, on one line) to stdout.
int tokenAdd(const QString &stateDir, const QString &name, const QString &role);
// token list: NAME ROLE CREATED, one token per line; never a secret.
int tokenList(const QString &stateDir);
int tokenRevoke(const QString &stateDir, const QString &name);
// fingerprint: "SHA256 AB:CD:…" of the agent's certificate (created first if there is none and
// none is configured).
int fingerprint(const QString &certificateFile, const QString &keyFile, bool mayCreate);
} // namespace AgentCommands
