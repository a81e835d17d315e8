// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/clioptions.h"

// vectl's administration commands (docs/protocol.md "License lifecycle"):
//   vectl backup [--instances] -o FILE   a backup of the license-server data (a tar archive), or
//       of instances.db (AutoVE); saved only after its SHA-256 matched the agent's
//   vectl host-facts [--accept]          recorded vs current host facts and their drift;
//       --accept makes the current facts the new baseline (admin)
//   vectl audit [--limit N]              the agent's audit log, newest first (admin)
// Exit codes as ServerCommand's, plus 73 when the output cannot be written; host-facts exits
// 1 when the host facts drifted (a license may be invalid), so monitoring can alert on it.
class AdminCommand
{
public:
    static int backup(const Cli::Invocation &invocation);
    static int hostFacts(const Cli::Invocation &invocation);
    static int audit(const Cli::Invocation &invocation);
};
