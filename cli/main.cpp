// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/admincommand.h"
#include "cli/checkcommand.h"
#include "cli/cliio.h"
#include "cli/clioptions.h"
#include "cli/esxibindcommand.h"
#include "cli/licenseadmincommand.h"
#include "cli/licensecommand.h"
#include "cli/logcommand.h"
#include "cli/logscommand.h"
#include "cli/servercommand.h"
#include "cli/servicecommand.h"
#include "core/version.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

// vectl: the command table and the dispatch, nothing else. A command is a function in its own
// cli/<name>command.cpp that parses its arguments with Cli::parseCommand().

namespace {

struct Command
{
    QStringList words; // what selects it: the longest match wins ("license show" over "license")
    QString synopsis; // arguments, for the overview
    QString summary;
    int (*run)(const Cli::Invocation &);
    Cli::Globals globals; // Remote: takes --server/--token/--pin
};

const QList<Command> &commands()
{
    static const QList<Command> table = {
        // Offline: files and standard input.
        {{u"license"_s, u"show"_s}, u"FILE|- [--json]"_s, u"Show a license_viewer output."_s,
            &LicenseCommand::show, Cli::Globals::Offline},
        {{u"log"_s, u"show"_s}, u"FILE|- [--json] [--level LEVEL]"_s, u"Show the lines of a log, parsed."_s,
            &LogCommand::show, Cli::Globals::Offline},
        // Server commands (cli/servercommand.h), with Cli::Globals::Remote.
        {{u"status"_s}, u"[--json]"_s, u"Status of a ve-agent (--server URL, token in VE_TOKEN)."_s,
            &ServerCommand::status, Cli::Globals::Remote},
        {{u"license"_s}, u"[--json]"_s, u"License installed on a license server."_s, &ServerCommand::license,
            Cli::Globals::Remote},
        {{u"sessions"_s}, u"[--json]"_s, u"Emulator sessions of a license server."_s,
            &ServerCommand::sessions, Cli::Globals::Remote},
        {{u"check"_s}, u"[--partner URL] [--warning-hours N] …"_s,
            u"Nagios/Icinga check of a license server (exit 0/1/2/3)."_s, &CheckCommand::run,
            Cli::Globals::Remote},
        {{u"logs"_s}, u"SOURCE [--lines N] [--follow] [--json]"_s,
            u"Lines of a server's log (license, error, journal …), live with --follow."_s, &LogsCommand::run,
            Cli::Globals::Remote},
        {{u"esxi-bind"_s, u"preflight"_s}, u"HOST[:PORT]"_s,
            u"Check an ESXi host/vCenter from the license server; show its thumbprint."_s,
            &EsxiBindCommand::preflight, Cli::Globals::Remote},
        {{u"esxi-bind"_s, u"run"_s}, u"--type T --host H --user U …"_s,
            u"Run esxi_bind (password asked without echo, or --password-stdin)."_s, &EsxiBindCommand::run,
            Cli::Globals::Remote},
        {{u"esxi-bind"_s, u"show"_s}, u"[--json]"_s, u"The VMware binding and the last esxi_bind run."_s,
            &EsxiBindCommand::show, Cli::Globals::Remote},
        // License lifecycle and administration (cli/licenseadmincommand.h, admincommand.h, servicecommand.h).
        {{u"license"_s, u"fingerprint"_s}, u"[--confirm] -o FILE"_s,
            u"Export the fingerprint (invalidates an installed license: --confirm)."_s,
            &LicenseAdminCommand::fingerprint, Cli::Globals::Remote},
        {{u"license"_s, u"update"_s}, u"FILE [--dry-run]"_s,
            u"Show what a license file changes, then install it (backup, verify, rollback)."_s,
            &LicenseAdminCommand::update, Cli::Globals::Remote},
        {{u"service"_s, u"status"_s}, u""_s, u"State of the license server's unit."_s,
            &ServiceCommand::status, Cli::Globals::Remote},
        {{u"service"_s, u"start"_s}, u"[--log N]"_s, u"Start the license server's unit."_s,
            &ServiceCommand::control, Cli::Globals::Remote},
        {{u"service"_s, u"stop"_s}, u"[--log N]"_s, u"Stop the license server's unit."_s,
            &ServiceCommand::control, Cli::Globals::Remote},
        {{u"service"_s, u"restart"_s}, u"[--log N]"_s, u"Restart the license server's unit."_s,
            &ServiceCommand::control, Cli::Globals::Remote},
        {{u"backup"_s}, u"[--instances] -o FILE"_s, u"Download a verified backup (or instances.db)."_s,
            &AdminCommand::backup, Cli::Globals::Remote},
        {{u"host-facts"_s}, u"[--accept]"_s, u"Host facts the license is bound to, and their drift."_s,
            &AdminCommand::hostFacts, Cli::Globals::Remote},
        {{u"audit"_s}, u"[--limit N]"_s, u"The agent's audit log, newest first."_s, &AdminCommand::audit,
            Cli::Globals::Remote},
        {{u"trust"_s}, u"URL [--yes]"_s, u"Show an agent's certificate; pin it with --yes."_s,
            &ServerCommand::trust, Cli::Globals::Remote},
    };
    return table;
}

const Command *find(const QStringList &positional)
{
    const Command *best = nullptr;
    for (const Command &command : commands()) {
        const bool matches = positional.size() >= command.words.size()
            && positional.first(command.words.size()) == command.words;
        if (matches && (!best || command.words.size() > best->words.size()))
            best = &command;
    }
    return best;
}

QString overview(const QCommandLineParser &parser)
{
    QString text = Cli::helpText(parser, QString());
    text += u"\nCommands:\n"_s;
    for (const Command &command : commands()) {
        const QString usage = command.words.join(u' ') + u' ' + command.synopsis;
        text += u"  "_s + usage.leftJustified(44) + u' ' + command.summary + u'\n';
    }
    text += u"\n'vectl COMMAND --help' describes a command. Exit codes: 0 success, 2 not a license, "
            "64 usage error, 66 input not readable.\n"_s;
    return text;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"vectl"_s);
    QCoreApplication::setApplicationVersion(veVersion());

    // Global options stand before the command words; everything from the first word on belongs
    // to the command and is parsed by it.
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Command-line tool of the VE License Console."_s);
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    Cli::addGlobalOptions(parser, Cli::Globals::Remote);
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    parser.addPositionalArgument(u"command"_s, u"What to do (see below)."_s, u"COMMAND [options] [args]"_s);
    if (!parser.parse(QCoreApplication::arguments()))
        return Cli::usageError({}, parser.errorText());

    const bool wantsHelp = parser.isSet(help) || parser.isSet(u"help-all"_s);
    const QStringList positional = parser.positionalArguments();
    const Command *command = find(positional);
    if (!command) {
        if (positional.isEmpty() && wantsHelp) {
            Cli::writeOut(overview(parser));
            return Cli::ExitOk;
        }
        if (positional.isEmpty() && parser.isSet(version)) {
            Cli::writeOut(u"vectl "_s + QCoreApplication::applicationVersion() + u'\n');
            return Cli::ExitOk;
        }
        return Cli::usageError({},
            positional.isEmpty() ? u"missing COMMAND"_s
                                 : u"unknown command '%1'"_s.arg(positional.join(u' ')));
    }

    Cli::Invocation invocation;
    invocation.command = command->words.join(u' ');
    invocation.arguments = positional.sliced(command->words.size());
    if (wantsHelp)
        invocation.arguments.prepend(u"--help"_s);
    else if (parser.isSet(version))
        invocation.arguments.prepend(u"--version"_s);
    Cli::readGlobalOptions(parser, &invocation.globals);
    if (command->globals == Cli::Globals::Offline && invocation.globals.hasRemote()) {
        return Cli::usageError(invocation.command,
            u"'%1' works offline: --server, --token and --pin do not apply"_s.arg(invocation.command));
    }
    return command->run(invocation);
}
