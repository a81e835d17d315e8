// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/esxibindcommand.h"

#include "cli/cliio.h"
#include "cli/secretinput.h"
#include "cli/servercommand.h"
#include "core/esxibindclient.h"
#include "core/fingerprint.h"

#include <QEventLoop>
#include <QJsonDocument>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

const QString ExitHelp
    = u"\n\nThe token is read from VE_TOKEN (or --token); the agent's pin from --pin or the "
      "known-servers file ('vectl trust URL --yes').\n\nExit codes: 0 ok, 1 the agent "
      "refused, or the pre-flight or esxi_bind failed, 2 unreachable or timed out, "
      "3 certificate not trusted or changed, 4 authentication failed, 64 usage error."_s;

QString row(const QString &label, const QString &value)
{
    return QString(label + u':').leftJustified(18) + ServerCommand::printable(value) + u'\n';
}

QString timeText(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(u"yyyy-MM-dd HH:mm:ss") + u" UTC"_s : u"-"_s;
}

void printJson(const QJsonObject &object)
{
    const QByteArray line = QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
    Cli::writeOut(QByteArrayView(line));
}

// Runs `start` to its callback in a local event loop.
template<typename T> Result<T> await(const std::function<void(std::function<void(const Result<T> &)>)> &start)
{
    QEventLoop loop;
    Result<T> out;
    start([&](const Result<T> &result) {
        out = result;
        loop.quit();
    });
    loop.exec();
    return out;
}

QString preflightText(const EsxiPreflight &p)
{
    QString text;
    text += row(u"Target"_s, p.host + u':' + QString::number(p.port));
    text += row(u"Resolved to"_s, p.addresses.isEmpty() ? u"-"_s : p.addresses.join(u", "_s));
    text += row(u"Connected to"_s, p.connectedAddress.isEmpty() ? u"-"_s : p.connectedAddress);
    text += row(u"Result"_s, p.ok ? u"ok"_s : u"FAILED at step \"%1\""_s.arg(p.failedStep));
    text += row(u"Message"_s, p.message);
    if (p.certificate.isNull())
        return text;
    text += row(u"Thumbprint"_s, p.certificate.fingerprintText());
    text += row(u"Subject"_s, p.certificate.subject);
    text += row(u"Issuer"_s, p.certificate.issuer);
    text += row(u"Valid from"_s, timeText(p.certificate.notBefore));
    text += row(u"Valid until"_s, timeText(p.certificate.notAfter));
    for (const QString &problem : p.certificateProblems)
        text += row(u"Not trusted"_s, problem);
    text += u"\nCompare the thumbprint with the one the target shows (ESXi: Host Client > Manage > "
            "Security & users > Certificates; vCenter: its machine SSL certificate), then pass it to "
            "'vectl esxi-bind run --thumbprint'.\n"_s;
    return text;
}

QString bindingText(const EsxiBinding &b)
{
    if (!b.reported)
        return row(u"Binding"_s, u"not reported by this server ("_s + b.reason + u')');
    QString text = row(u"Bound to"_s,
        (b.type.isEmpty() ? u"?"_s : b.type) + u' ' + b.host
            + (b.port ? u':' + QString::number(b.port) : QString()));
    text += row(u"User"_s, b.user.isEmpty() ? u"-"_s : b.user);
    text += row(u"Since"_s, timeText(b.time));
    for (const auto &[key, value] : b.fields)
        text += row(key, value);
    return text;
}

int preflightResult(const ServerCommand::Remote &remote, const Result<EsxiPreflight> &result)
{
    if (!result.ok())
        return ServerCommand::reportFailure(remote.url, result.failure, result.error);
    if (remote.json)
        printJson(esxiPreflightToJson(result.value));
    else
        Cli::writeOut(preflightText(result.value));
    return result.value.ok ? Cli::ExitOk : int(ServerCommand::ExitAgentError);
}

} // namespace

int EsxiBindCommand::preflight(const Cli::Invocation &invocation)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Check from the license-server host that an ESXi host or vCenter is reachable: the name "
        "resolves, TCP connects, the TLS handshake succeeds. Prints the target certificate's SHA-256 "
        "thumbprint, subject and validity."_s
        + ExitHelp);
    parser.addPositionalArgument(
        u"target"_s, u"HOST or HOST:PORT (port 443 by default)."_s, u"HOST[:PORT]"_s);
    ServerCommand::Remote remote;
    if (const auto exit = ServerCommand::prepareRemote(parser, invocation, &remote, 1))
        return *exit;
    if (parser.positionalArguments().isEmpty())
        return Cli::usageError(invocation.command, u"missing HOST[:PORT]"_s);
    QString host;
    quint16 port = 0;
    QString error;
    if (!EsxiBind::parseHostPort(parser.positionalArguments().constFirst(), &host, &port, &error))
        return Cli::usageError(invocation.command, error);
    AgentClient client;
    ServerCommand::configure(client, remote);
    EsxiBindClient esxi(&client);
    return preflightResult(
        remote, await<EsxiPreflight>([&](auto done) { esxi.preflight(host, port, done); }));
}

int EsxiBindCommand::run(const Cli::Invocation &invocation)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Run esxi_bind on the license server: bind it to the ESXi host it runs on, or to the vCenter that "
        "manages that host. vMotion is only safe with a vCenter binding (within that vCenter); a license "
        "bound to an ESXi host is invalidated by vMotion. The agent first repeats the pre-flight and refuses "
        "to run when the target's thumbprint is not the one given. The password is asked for without echo, "
        "or read from standard input with --password-stdin; never pass it as an argument."_s
        + ExitHelp);
    const QCommandLineOption type(u"type"_s, u"esxi or vcenter."_s, u"TYPE"_s);
    const QCommandLineOption host(u"host"_s, u"The ESXi host's or vCenter's address."_s, u"HOST"_s);
    const QCommandLineOption port(u"port"_s, u"Its HTTPS port (default 443)."_s, u"PORT"_s, u"443"_s);
    const QCommandLineOption user(u"user"_s, u"The user esxi_bind logs in as."_s, u"USER"_s);
    const QCommandLineOption thumbprint(
        u"thumbprint"_s, u"The target's SHA-256 thumbprint, as the pre-flight showed it."_s, u"SHA256"_s);
    const QCommandLineOption passwordStdin(u"password-stdin"_s, u"Read the password from standard input."_s);
    parser.addOptions({type, host, port, user, thumbprint, passwordStdin});
    ServerCommand::Remote remote;
    if (const auto exit = ServerCommand::prepareRemote(parser, invocation, &remote))
        return *exit;

    EsxiBindTarget target;
    const auto parsedType = EsxiBind::typeFromName(parser.value(type));
    if (!parsedType)
        return Cli::usageError(invocation.command, u"--type must be esxi or vcenter"_s);
    target.type = *parsedType;
    QString error;
    const QString hostPort = parser.value(host) + u':' + parser.value(port);
    if (!parser.isSet(host) || !EsxiBind::parseHostPort(hostPort, &target.host, &target.port, &error))
        return Cli::usageError(invocation.command, parser.isSet(host) ? error : u"missing --host"_s);
    target.user = parser.value(user);
    if (const QString problem = EsxiBind::checkUser(target.user); !problem.isEmpty())
        return Cli::usageError(invocation.command, u"--user: "_s + problem);
    target.thumbprint = Fingerprint::fromText(parser.value(thumbprint));
    if (target.thumbprint.isEmpty())
        return Cli::usageError(invocation.command,
            u"--thumbprint takes the SHA-256 thumbprint 'vectl esxi-bind preflight' shows"_s);
    if (!Cli::readSecret(u"Password for %1 at %2: "_s.arg(target.user, target.host),
            parser.isSet(passwordStdin), &target.password, &error)) {
        Cli::writeErr(u"vectl: "_s + error + u'\n');
        return Cli::ExitUsage;
    }
    if (const QString problem = EsxiBind::checkPassword(target.password); !problem.isEmpty())
        return Cli::usageError(invocation.command, problem);

    AgentClient client;
    ServerCommand::configure(client, remote);
    EsxiBindClient esxi(&client);
    const Result<EsxiBindResult> result = await<EsxiBindResult>([&](auto done) {
        esxi.run(
            target,
            [&remote](const EsxiBindRecord &record) {
                if (remote.json)
                    printJson(esxiBindRecordToJson(record));
                else if (record.kind == EsxiBindRecord::Kind::Output)
                    Cli::writeOut(ServerCommand::printable(record.text) + u'\n');
                std::fflush(stdout); // live, also into a pipe
            },
            done);
    });
    target.password.fill(u'\0');
    if (!result.ok())
        return ServerCommand::reportFailure(remote.url, result.failure, result.error);
    const EsxiBindResult &r = result.value;
    if (remote.json) {
        EsxiBindRecord last;
        last.kind = EsxiBindRecord::Kind::Result;
        last.result = r;
        printJson(esxiBindRecordToJson(last));
    } else {
        Cli::writeOut(u"\n"_s + row(u"Result"_s, r.outcome + u": "_s + r.message));
        if (r.ok)
            Cli::writeOut(bindingText(r.binding));
    }
    return r.ok ? Cli::ExitOk : int(ServerCommand::ExitAgentError);
}

int EsxiBindCommand::show(const Cli::Invocation &invocation)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Show the license server's VMware binding as far as the agent can read it, and the last esxi_bind "
        "run (when, who, target, result)."_s
        + ExitHelp);
    ServerCommand::Remote remote;
    if (const auto exit = ServerCommand::prepareRemote(parser, invocation, &remote))
        return *exit;
    AgentClient client;
    ServerCommand::configure(client, remote);
    EsxiBindClient esxi(&client);
    const Result<EsxiBindState> result = await<EsxiBindState>([&](auto done) { esxi.state(done); });
    if (!result.ok())
        return ServerCommand::reportFailure(remote.url, result.failure, result.error);
    const EsxiBindState &s = result.value;
    if (remote.json) {
        printJson(esxiBindStateToJson(s));
        return Cli::ExitOk;
    }
    QString text = bindingText(s.binding);
    text += row(u"esxi_bind"_s,
        s.running      ? u"running now"_s
            : s.canRun ? u"can run"_s
                       : u"cannot run: "_s + s.reason);
    if (s.lastRun) {
        const EsxiBindLastRun &run = *s.lastRun;
        text += row(u"Last run"_s,
            u"%1 by %2 from %3"_s.arg(
                timeText(run.time), run.token.isEmpty() ? u"?"_s : run.token, run.client));
        text
            += row(u"Last target"_s, u"%1 %2:%3 as %4"_s.arg(run.type, run.host).arg(run.port).arg(run.user));
        text += row(u"Last result"_s, run.outcome + u": "_s + run.message);
    } else {
        text += row(u"Last run"_s, u"none recorded"_s);
    }
    Cli::writeOut(text);
    return Cli::ExitOk;
}
