// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/clioptions.h"

// `vectl --server URL logs SOURCE [--lines N] [--follow] [--json]`: a log source of a ve-agent
// (license, error, journal …; GET /api/v1/logs lists them).
//  - Without --follow: the last N lines (GET /api/v1/logs/SOURCE?lines=N), printed as they
//    arrive, never held whole in memory.
//  - With --follow: the last N lines, then every new line as it is written (LogStream: after a
//    break it reconnects by itself and resumes from its cursor, so no line is lost or repeated,
//    also across rotation), until Ctrl-C or SIGTERM, which end it with exit code 0.
// Plain output is the lines as written, control characters shown as '?' (a log is untrusted
// text); --json prints JSON Lines: LogParser's fields of each line plus its "cursor".
// Exit codes as ServerCommand's.
class LogsCommand
{
public:
    static int run(const Cli::Invocation &invocation);
};
