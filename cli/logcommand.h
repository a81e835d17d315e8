// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/clioptions.h"
#include "core/logline.h"

// `vectl log show FILE|- [--json] [--level LEVEL]`: parses a log (VE, error.log, AXP/VAX, PAR
// formats, mixed freely) line by line as it is read, so `tail -f license.log | vectl log show -`
// prints as lines arrive. JSON output is JSON Lines: one object per log line.
class LogCommand
{
public:
    static int show(const Cli::Invocation &invocation);

    // One line of the text output: time, level, category, message.
    static QString lineText(const LogLine &line);
};
