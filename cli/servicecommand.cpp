// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/servicecommand.h"

#include "cli/admincli.h"
#include "cli/cliio.h"
#include "core/adminclient.h"

#include <QEventLoop>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {

constexpr int ControlTimeoutMs = 150000; // the agent allows systemctl 90 s

QString stateText(const ServiceState &s)
{
    const auto row = [](const QString &label, const QString &value) -> QString {
        return QString(label + u':').leftJustified(12) + ServerCommand::printable(value) + u'\n';
    };
    QString text = row(u"Unit"_s, s.unit.isEmpty() ? u"(unknown)"_s : s.unit);
    text += row(u"State"_s, s.state);
    text += row(u"Since"_s,
        s.since.isValid() ? s.since.toUTC().toString(u"yyyy-MM-dd HH:mm:ss") + u" UTC"_s : u"-"_s);
    text += row(u"Main PID"_s, s.mainPid > 0 ? QString::number(s.mainPid) : u"-"_s);
    return text;
}

std::optional<ServerCommand::Remote> prepare(
    const Cli::Invocation &invocation, const QString &description, int *exit, QCommandLineParser &parser)
{
    parser.setApplicationDescription(description
        + u"\n\nThe token comes from VE_TOKEN (or --token). Exit codes: 0 ok, 1 the agent refused or the "
          "action failed, 2 unreachable, 3 certificate not trusted, 4 authentication failed, 64 usage error."_s);
    ServerCommand::Remote remote;
    if (const auto stop = ServerCommand::prepareRemote(parser, invocation, &remote)) {
        *exit = *stop;
        return std::nullopt;
    }
    return remote;
}

} // namespace

int ServiceCommand::status(const Cli::Invocation &invocation)
{
    QCommandLineParser parser;
    int exit = 0;
    const auto remote = prepare(
        invocation, u"Show the license server's systemd unit: state, since when, main PID."_s, &exit, parser);
    if (!remote)
        return exit;
    const Result<QJsonObject> result = AdminCli::call(*remote, "GET"_ba, u"/api/v1/status"_s);
    if (!result.ok())
        return ServerCommand::reportFailure(remote->url, result.failure, result.error);
    if (remote->json) {
        Cli::writeOut(QByteArrayView(QJsonDocument(result.value.value(u"service"_s).toObject()).toJson()));
        return Cli::ExitOk;
    }
    QString error;
    const AgentStatus status = statusFromJson(result.value, &error);
    Cli::writeOut(stateText(status.service));
    if (!status.has(Capability::Service))
        Cli::writeOut(u"This agent cannot control the unit (capability \"service\" not reported).\n"_s);
    return Cli::ExitOk;
}

int ServiceCommand::control(const Cli::Invocation &invocation)
{
    const QString action = invocation.command.section(u' ', 1);
    QCommandLineParser parser;
    const QCommandLineOption log(
        u"log"_s, u"Lines of license.log to show afterwards (default 10, 0: none)."_s, u"N"_s, u"10"_s);
    parser.addOption(log);
    int exit = 0;
    const auto remote = prepare(invocation,
        u"%1 the license server's systemd unit (admin), then show its state and the last lines of "
        u"license.log "
        "(a start or restart begins a new log; the previous one is license.log.1)."_s.arg(
            action.left(1).toUpper() + action.mid(1)),
        &exit, parser);
    if (!remote)
        return exit;
    bool ok = false;
    const int lines = parser.value(log).toInt(&ok);
    if (!ok || lines < 0 || lines > 10000)
        return Cli::usageError(invocation.command, u"--log takes a number of lines from 0 to 10000"_s);

    const Result<QJsonObject> result
        = AdminCli::call(*remote, "POST"_ba, u"/api/v1/service/"_s + action, "{}"_ba, ControlTimeoutMs);
    if (!result.ok())
        return ServerCommand::reportFailure(remote->url, result.failure, result.error);
    if (remote->json) {
        Cli::writeOut(QByteArrayView(QJsonDocument(result.value).toJson()));
        return Cli::ExitOk;
    }
    QString error;
    Cli::writeOut(ServerCommand::printable(result.value.value(u"message"_s).toString()) + u'\n'
        + stateText(serviceStateFromJson(result.value.value(u"service"_s).toObject(), &error)));
    if (lines == 0)
        return Cli::ExitOk;

    AgentClient client;
    ServerCommand::configure(client, *remote);
    QEventLoop loop;
    AdminClient::lastLogLines(&client, u"license"_s, lines, [&](const Result<QStringList> &log) {
        if (!log.ok())
            Cli::writeErr(u"vectl: the license log cannot be shown: %1\n"_s.arg(
                ServerCommand::printable(log.error.message)));
        else
            Cli::writeOut(
                u"\nlicense.log:\n"_s + ServerCommand::printable(log.value.join(u'\n'), true) + u'\n');
        loop.quit();
    });
    loop.exec();
    return Cli::ExitOk;
}
