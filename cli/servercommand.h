// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/clioptions.h"
#include "core/agentclient.h"

#include <QByteArray>
#include <QCommandLineParser>
#include <QString>
#include <QUrl>

#include <optional>

class AgentClient;

// vectl's commands that talk to a ve-agent over HTTPS (core/agentclient.h):
//   vectl --server URL [--token TOKEN] [--pin SHA256] status|license|sessions [--json]
//   vectl trust URL [--yes]
// The token comes from --token or, better, the environment variable VE_TOKEN (a command line is
// visible to other users in ps). Without --pin the pin comes from the known-servers file
// (core/knownservers.h), which `trust --yes` writes. --json prints the agent's JSON document.
//
// Exit codes (Nagios-friendly for monitoring): 0 ok, 1 the agent answered with an error or
// something unusable, 2 unreachable or timed out, 3 certificate not trusted or changed (both
// fingerprints named), 4 authentication failed (401/403), 64 usage error; trust also 66/73 when
// the known-servers file cannot be read/written.
class ServerCommand
{
public:
    enum ExitCode : int {
        ExitAgentError = 1,
        ExitUnreachable = 2,
        ExitCertificate = 3,
        ExitAuthFailed = 4,
        ExitCannotWrite = 73, // sysexits EX_CANTCREAT: trust could not write the known-servers file
    };

    // What a remote command needs to reach one agent; for commands in other files (checkcommand).
    struct Remote
    {
        QString command;
        QUrl url;
        QString token;
        QByteArray pin;
        bool json = false;
        int timeoutMs = 10000;
    };
    // Parses `invocation` with `parser` (the caller's description and own options; --timeout
    // and the global options are added here) into `remote`: --server, the token (--token or
    // VE_TOKEN), the pin (--pin or the known-servers file). An exit code when the command must
    // stop (help or version printed, usage error). Up to `positionals` positional arguments
    // are the caller's (parser.positionalArguments()); more are a usage error.
    static std::optional<int> prepareRemote(QCommandLineParser &parser, const Cli::Invocation &invocation,
        Remote *remote, qsizetype positionals = 0);
    // A second agent of the same command (e.g. the partner of a pair): `url`, `token` (empty:
    // base's) and `pinText` (empty: the known-servers file); timeout and --json from `base`.
    static std::optional<int> prepareOther(
        const Remote &base, const QString &url, const QString &token, const QString &pinText, Remote *remote);
    static void configure(AgentClient &client, const Remote &remote);
    // Text from an agent for a terminal: control characters (escape sequences) become '?'.
    static QString printable(const QString &text, bool keepNewlines = false);
    // Prints a failure the way every remote command does (with the trust hints); returns its
    // exit code (0 for ClientFailure::None, nothing printed).
    static int reportFailure(const QUrl &url, ClientFailure failure, const ApiError &error);

    static int status(const Cli::Invocation &invocation);
    static int license(const Cli::Invocation &invocation);
    static int sessions(const Cli::Invocation &invocation);
    static int trust(const Cli::Invocation &invocation);
};
