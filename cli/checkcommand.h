// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/clioptions.h"

// vectl check: a Nagios/Icinga plugin for one license server (and, with --partner, its pair):
//   vectl --server URL check [--partner URL] [--partner-pin SHA256] [--warning-hours N]
//         [--critical-hours N] [--warning-days N] [--critical-days N] [--timeout S]
// One fetch of status, license and sessions from each agent, run through the AlertEngine
// (core/alertengine.h). Prints one status line "VE LICENSE OK|WARNING|CRITICAL|UNKNOWN - …" with
// performance data after '|', then one line per alert (Nagios long output).
//
// Exit codes (Nagios): 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN (the server's agent cannot be
// reached, refuses the token, its certificate is not the pinned one, or the command line is
// wrong). Alerts that count: the server's own, and the pair's (failover, grace period, stopped
// emulators) from either agent; an unreachable partner is a WARNING (the pair is not watched).
class CheckCommand
{
public:
    enum ExitCode : int { Ok = 0, Warning = 1, Critical = 2, Unknown = 3 };

    static int run(const Cli::Invocation &invocation);
};
