// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/clioptions.h"

#include "cli/cliio.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Cli {

void addGlobalOptions(QCommandLineParser &parser, Globals which)
{
    parser.addOption({u"json"_s, u"Print JSON instead of text."_s});
    if (which == Globals::Offline)
        return;
    parser.addOption({u"server"_s, u"URL of the ve-agent, e.g. https://host:8093."_s, u"URL"_s});
    parser.addOption({u"token"_s, u"Bearer token for the agent."_s, u"TOKEN"_s});
    parser.addOption({u"pin"_s, u"SHA-256 fingerprint of the agent's certificate."_s, u"SHA256"_s});
}

void readGlobalOptions(const QCommandLineParser &parser, GlobalOptions *options)
{
    // optionNames() holds only what the parser knows: an offline parser has no --server.
    const QStringList known = parser.optionNames();
    const auto take = [&](const QString &name, QString *into) {
        if (known.contains(name) && parser.isSet(name))
            *into = parser.value(name);
    };
    take(u"server"_s, &options->server);
    take(u"token"_s, &options->token);
    take(u"pin"_s, &options->pin);
    if (parser.isSet(u"json"_s))
        options->json = true;
}

std::optional<int> parseCommand(
    QCommandLineParser &parser, const Invocation &invocation, Globals which, GlobalOptions *globals)
{
    addGlobalOptions(parser, which);
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QString program = QCoreApplication::applicationName();
    if (!parser.parse(QStringList {program} + invocation.arguments))
        return usageError(invocation.command, parser.errorText());
    if (parser.isSet(help) || parser.isSet(u"help-all"_s)) {
        writeOut(helpText(parser, invocation.command));
        return ExitOk;
    }
    if (parser.isSet(version)) {
        writeOut(program + u' ' + QCoreApplication::applicationVersion() + u'\n');
        return ExitOk;
    }
    *globals = invocation.globals;
    readGlobalOptions(parser, globals);
    return std::nullopt;
}

QString helpText(const QCommandLineParser &parser, const QString &command)
{
    QString text = parser.helpText();
    // Qt writes "Usage: <argv[0]> [options] …"; the path is replaced by the name and command.
    const QString usage = u"Usage: "_s;
    const qsizetype options = text.indexOf(u" [options]");
    if (text.startsWith(usage) && options > 0 && options < text.indexOf(u'\n')) {
        const QString program = QCoreApplication::applicationName();
        text.replace(0, options, usage + (command.isEmpty() ? program : program + u' ' + command));
    }
    return text;
}

int usageError(const QString &command, const QString &message)
{
    const QString program = QCoreApplication::applicationName();
    const QString helpCommand = command.isEmpty() ? program : program + u' ' + command;
    writeErr(program + u": "_s + message + u"\nTry '"_s + helpCommand + u" --help'.\n"_s);
    return ExitUsage;
}

} // namespace Cli
