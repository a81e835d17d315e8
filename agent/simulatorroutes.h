// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class AgentServer;
class SimulatedSite;

// The simulator's control API (docs/protocol.md, "Simulator"), installed on each server of a
// simulated pair. Reading the model (GET /api/v1/simulator) needs a viewer token; every fault
// injection needs an admin token and is audited like any admin route:
//   POST /api/v1/simulator/{primary|backup}/down | up | restart | network-down | network-up
//   POST /api/v1/simulator/{primary|backup}/hours       {"hours": N}
//   POST /api/v1/simulator/emulators                    {"name": "…", "product": "…"}
//   POST /api/v1/simulator/emulators/{name}/remove | restart
//   POST /api/v1/simulator/advance                      {"minutes": N}
// Unknown servers and emulators get 404, malformed bodies 400, actions that do not fit the
// model's state 409 — all as JSON errors. The site must outlive the server.
namespace SimulatorRoutes {
void install(AgentServer &server, SimulatedSite *site);
}
