// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// Secrets for vectl (e.g. the ESXi password of `esxi-bind run`) never come from an argument: a
// command line is visible to every user of the machine (ps, /proc).
namespace Cli {
// Reads one line (at most 4 KiB; the line break is not part of it):
// - fromStdin: from standard input, e.g. `printf '%s\n' "$PW" | vectl … --password-stdin`;
// - else from the terminal on standard input, echo off, after `prompt` on standard error. The
//   terminal's settings come back however the read ends (Ctrl-C included).
// False with *error when there is no terminal, no input, or the line is too long.
bool readSecret(const QString &prompt, bool fromStdin, QString *secret, QString *error);
} // namespace Cli
