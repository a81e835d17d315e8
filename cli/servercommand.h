// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/clioptions.h"

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

    static int status(const Cli::Invocation &invocation);
    static int license(const Cli::Invocation &invocation);
    static int sessions(const Cli::Invocation &invocation);
    static int trust(const Cli::Invocation &invocation);
};
