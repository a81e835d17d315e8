// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class AgentServer;
class HistorySampler;

// GET /api/v1/history?from=ISO&to=ISO (viewer; docs/protocol.md, "History"): the samples of the
// server's backend in that range. Both parameters are optional (to: the backend's clock, from:
// 24 hours before `to`); a malformed time, from after to, an unknown or repeated parameter get
// 400 bad-request. At most MaxAnswerSamples per answer, oldest first; "truncated" and "next" say
// where to continue.
namespace HistoryRoutes {
inline constexpr int MaxAnswerSamples = 10000;

// Starts sampling the server's backend into `file` (a HistorySampler owned by the server) and
// adds the route. A store that cannot be opened is reported on stderr and in status.warnings;
// the route still serves what is sampled in memory.
HistorySampler *install(AgentServer &server, const QString &file);
} // namespace HistoryRoutes
