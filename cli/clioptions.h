// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineParser>
#include <QString>
#include <QStringList>

#include <optional>

// What every vectl command shares: exit codes, the global options and one way to parse a command
// line (--help, --version and usage errors behave the same in every command).
//
// Global options may stand before the command words (`vectl --server URL --json status`, read by
// main()) or after them (`vectl status --json`, read by the command); a value given after the
// command words wins. A new global option is added in addGlobalOptions()/readGlobalOptions()
// and the GlobalOptions struct, nowhere else.
namespace Cli {

enum ExitCode : int {
    ExitOk = 0,
    ExitNotLicense = 2, // the input is not a license_viewer output
    ExitUsage = 64, // sysexits EX_USAGE: unknown command or option, missing argument
    ExitNoInput = 66, // sysexits EX_NOINPUT: the input file cannot be read
};

struct GlobalOptions
{
    QString server; // --server URL of a ve-agent
    QString token; // --token bearer token
    QString pin; // --pin SHA-256 fingerprint of the agent's certificate
    bool json = false;
    bool hasRemote() const { return !server.isEmpty() || !token.isEmpty() || !pin.isEmpty(); }
};

// Offline commands take --json only; Remote commands also --server, --token and --pin.
enum class Globals { Offline, Remote };

void addGlobalOptions(QCommandLineParser &parser, Globals which);
void readGlobalOptions(const QCommandLineParser &parser, GlobalOptions *options);

// What main() hands a command: its words ("license show"), its own arguments (after the command
// words, options included) and the global options given before the command words.
struct Invocation
{
    QString command;
    QStringList arguments;
    GlobalOptions globals;
};

// Parses `invocation.arguments` with `parser`, which the command has given its description,
// options and positional arguments. Adds the global options of `which`, --help and --version;
// fills `globals`. Returns an exit code when the command must stop here: 0 after printing help
// or the version, ExitUsage after printing a usage error.
std::optional<int> parseCommand(
    QCommandLineParser &parser, const Invocation &invocation, Globals which, GlobalOptions *globals);

// The parser's help with a usage line naming the program and the command ("Usage: vectl license
// show [options] FILE|-"), not the path the program was started by.
QString helpText(const QCommandLineParser &parser, const QString &command);

// Prints "vectl: <message>" and a hint to the command's --help on stderr; returns ExitUsage.
int usageError(const QString &command, const QString &message);

} // namespace Cli
