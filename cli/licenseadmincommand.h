// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/clioptions.h"
#include "core/licensediff.h"

// vectl's license lifecycle commands (docs/protocol.md "License lifecycle"):
//   vectl license fingerprint [--confirm] -o FILE   the agent runs the fingerprint program; the
//       file is saved after its SHA-256 was checked. Without --confirm the agent refuses while a
//       license is (or may be) installed: re-running the program invalidates it.
//   vectl license update FILE [--dry-run]           parses FILE, shows what it changes against
//       the installed license (header fields, product sections added/removed/changed), then
//       has the agent install it (backup, installer, verification, rollback); --dry-run stops
//       after the comparison (exit 1 when the agent would refuse the update).
// Exit codes as ServerCommand's, plus 2 FILE is not a license, 66 FILE unreadable, 73 the
// output cannot be written.
class LicenseAdminCommand
{
public:
    static int fingerprint(const Cli::Invocation &invocation);
    static int update(const Cli::Invocation &invocation);

    // The comparison as vectl prints it; `hasInstalled` false: no license is installed.
    static QString diffText(const LicenseDiff &diff, bool hasInstalled, const QStringList &conflicts);
};
