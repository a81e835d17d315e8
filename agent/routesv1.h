// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class AgentServer;

// The management API v1 (docs/protocol.md): ping, status, license, sessions, logs and service
// control, answered from the server's backend. Handlers only read the backend's cached state
// (and ask it to refresh in the background), so they answer at once.
namespace RoutesV1 {
void install(AgentServer &server);
}
