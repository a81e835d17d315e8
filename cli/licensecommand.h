// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/clioptions.h"
#include "core/license.h"

// `vectl license show FILE|- [--json]`: parses license_viewer output offline.
// Exit 0 when a license was recognised, ExitNotLicense when not (diagnostics on stderr),
// ExitUsage for usage errors, ExitNoInput when FILE cannot be read.
class LicenseCommand
{
public:
    static int show(const Cli::Invocation &invocation);

    // The readable summary `license show` prints; any command that shows a license uses it.
    static QString summary(const License &license);
    // Diagnostics as "<source>:<line>: <message>" lines, for stderr.
    static QString diagnosticsText(const QString &source, const QList<Diagnostic> &diagnostics);
};
