// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/agentclient.h"

#include <QStringList>

// Calls of the license-lifecycle screens (console and vectl) that need more than
// AgentClient::request().
namespace AdminClient {

// The last `lines` lines of a log source (GET /api/v1/logs/{source}?lines=N), oldest first.
// done runs once, from the event loop; a route the agent does not have fails like any other.
void lastLogLines(AgentClient *client, const QString &source, int lines,
    std::function<void(const Result<QStringList> &result)> done);

} // namespace AdminClient
