// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/clioptions.h"

// vectl service status|start|stop|restart: the license server's systemd unit (licensed or
// CharonLicenseServer) through the agent. status prints unit, state, since and main PID; the
// actions (admin) print the agent's result, the state that followed and, with --log N (default
// 10, 0: none), the last N lines of license.log (after a start or restart: the new log).
// Exit codes as ServerCommand's.
class ServiceCommand
{
public:
    static int status(const Cli::Invocation &invocation);
    static int control(const Cli::Invocation &invocation); // start, stop, restart
};
