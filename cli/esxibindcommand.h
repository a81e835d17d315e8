// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/clioptions.h"

// vectl's esxi_bind commands (core/esxibindclient.h), with the remote options of
// cli/servercommand.h (--server, VE_TOKEN, --pin):
//   vectl esxi-bind preflight HOST[:PORT] [--json]
//       the agent resolves, connects and completes a TLS handshake from the license-server
//       host; prints the target certificate's SHA-256 thumbprint to confirm
//   vectl esxi-bind run --type esxi|vcenter --host HOST [--port PORT] --user USER
//                       --thumbprint SHA256 [--password-stdin] [--json]
//       the password comes from a prompt without echo on the terminal, or from standard input
//       with --password-stdin (one line); never from an argument. Prints esxi_bind's output as
//       it streams (--json: the agent's records, one JSON object per line), then the result.
//   vectl esxi-bind show [--json]
//       the binding as far as the agent can read it, and the last run
// Exit codes: those of the server commands (0 ok, 1 the agent refused or the pre-flight or the
// run failed, 2 unreachable, 3 certificate, 4 authentication, 64 usage).
class EsxiBindCommand
{
public:
    static int preflight(const Cli::Invocation &invocation);
    static int run(const Cli::Invocation &invocation);
    static int show(const Cli::Invocation &invocation);
};
