// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "agent/agentcommands.h"
#include "agent/agentconfig.h"
#include "agent/agentserver.h"
#include "agent/auditlog.h"
#include "agent/certificatestore.h"
#include "agent/historyroutes.h"
#include "agent/hostbackend.h"
#include "agent/metricsroutes.h"
#include "agent/securefile.h"
#include "agent/simulatorhost.h"
#include "agent/tokenstore.h"
#include "core/terminationsignal.h"
#include "core/version.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <csignal>
#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

constexpr auto DefaultConfigFile = "/etc/ve-agent/ve-agent.conf";

// SIGTERM/SIGINT end the event loop; a client gone mid-write is an error, not a signal.
void quitOnSignals(QCoreApplication *app)
{
    QObject::connect(
        TerminationSignal::instance(), &TerminationSignal::received, app, &QCoreApplication::quit);
    ::signal(SIGPIPE, SIG_IGN);
}

int usage(const QString &message)
{
    std::fprintf(stderr, "ve-agent: %s\nTry ve-agent --help.\n", qPrintable(message));
    return AgentCommands::ExitUsage;
}

int fail(const QString &message)
{
    std::fprintf(stderr, "ve-agent: %s\n", qPrintable(message));
    return AgentCommands::ExitFailure;
}

struct ServedBackend
{
    Backend *backend = nullptr;
    quint16 port = 0;
};

// --simulate: the simulated primary/backup pair in this process (SimulatorHost): the primary on
// the listen port, the backup on the next one (both on free ports for port 0), the model's files
// in <state dir>/sim. One "listening on" line per server, primary first.
int serveSimulator(const AgentConfig &config, double timeScale, TokenStore *tokens, AuditLog *audit,
    const AgentServer::Options &options, QCoreApplication &app)
{
    SimulatorHost::Options simulator;
    simulator.dataDir = QDir(config.stateDir).filePath(u"sim"_s);
    simulator.address = config.listenAddress;
    simulator.port = config.listenPort;
    simulator.server = options;
    simulator.site.timeScale = timeScale;
    SimulatorHost host(tokens, audit);
    QString error;
    if (!host.start(simulator, &error))
        return fail(error);
    for (const QString &url : host.urls())
        std::printf("listening on %s\n", qPrintable(url));
    std::fflush(stdout);
    quitOnSignals(&app);
    return app.exec();
}

int serve(const AgentConfig &config, bool simulate, double timeScale, QCoreApplication &app)
{
    QString error;
    if (!SecureFile::makePrivateDirectory(config.stateDir, &error))
        return fail(error);
    const bool ownCertificate = config.certificateFile.isEmpty() && config.keyFile.isEmpty();
    CertificateStore::Identity identity;
    bool created = false;
    if (!CertificateStore::ensure(config.effectiveCertificateFile(), config.effectiveKeyFile(),
            ownCertificate, &identity, &error, &created))
        return fail(error);
    if (created)
        std::fprintf(
            stderr, "ve-agent: created a self-signed certificate in %s\n", qPrintable(config.stateDir));

    TokenStore tokens(QDir(config.stateDir).filePath(QString::fromLatin1(TokenStore::FileName)));
    AuditLog audit(QDir(config.stateDir).filePath(QString::fromLatin1(AuditLog::FileName)));
    QList<TokenStore::TokenInfo> existing;
    if (tokens.list(&existing, &error) && existing.isEmpty())
        std::fprintf(
            stderr, "ve-agent: no tokens yet; create one with: ve-agent token add NAME --role admin\n");

    AgentServer::Options options;
    options.tls = CertificateStore::serverConfiguration(identity);
    options.maxBodyBytes = config.maxBodyBytes;
    if (simulate)
        return serveSimulator(config, timeScale, &tokens, &audit, options, app);
    // Serving the host as root works (containers, tests) but holds far more than the agent needs:
    // the package runs it as the user ve-agent in a sandbox (docs/security.md).
    if (::geteuid() == 0)
        std::fprintf(
            stderr, "ve-agent: warning: running as root; the packaged service runs as the user ve-agent\n");

    QList<ServedBackend> backends;
    backends.append({new HostBackend(config, &app), config.listenPort});
    std::vector<std::unique_ptr<AgentServer>> servers;
    for (const ServedBackend &served : std::as_const(backends)) {
        auto server = std::make_unique<AgentServer>(served.backend, &tokens, &audit, options);
        if (!server->listen(config.listenAddress, served.port, &error))
            return fail(error);
        served.backend->refresh();
        HistoryRoutes::install(*server, QDir(config.stateDir).filePath(u"history.dat"_s));
        MetricsRoutes::install(*server);
        std::printf("listening on %s\n", qPrintable(server->url()));
        std::fflush(stdout);
        servers.push_back(std::move(server));
    }
    quitOnSignals(&app);
    const int code = app.exec();
    servers.clear();
    return code;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"ve-agent"_s);
    QCoreApplication::setApplicationVersion(veVersion());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Management agent for a VE license server: an HTTPS/JSON API (docs/protocol.md).\n\n"
        "Commands:\n"
        "  (none)                          serve the API (host backend, or --simulate)\n"
        "  token add NAME --role ROLE      create a token (viewer or admin); printed once\n"
        "  token list                      list tokens (names, roles, creation times)\n"
        "  token revoke NAME               revoke a token\n"
        "  fingerprint                     print the certificate's SHA-256 fingerprint"_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption configOption(u"config"_s,
        u"INI configuration file (default %1 if present)."_s.arg(QString::fromLatin1(DefaultConfigFile)),
        u"file"_s);
    const QCommandLineOption rootOption(
        u"root"_s, u"License server install root (default /opt/license-server)."_s, u"dir"_s);
    const QCommandLineOption listenOption(
        u"listen"_s, u"Address and port to serve on (default 0.0.0.0:8093)."_s, u"addr:port"_s);
    const QCommandLineOption stateOption(
        u"state-dir"_s, u"Certificate, tokens and audit log (default /var/lib/ve-agent)."_s, u"dir"_s);
    const QCommandLineOption simulateOption(u"simulate"_s, u"Serve the simulated primary/backup pair."_s);
    const QCommandLineOption scaleOption(
        u"time-scale"_s, u"Simulated seconds per real second (with --simulate)."_s, u"n"_s, u"1"_s);
    const QCommandLineOption roleOption(u"role"_s, u"Role of a new token: viewer or admin."_s, u"role"_s);
    parser.addOptions(
        {configOption, rootOption, listenOption, stateOption, simulateOption, scaleOption, roleOption});
    parser.addPositionalArgument(u"command"_s, u"token add|list|revoke, fingerprint"_s, u"[command]"_s);
    if (!parser.parse(app.arguments()))
        return usage(parser.errorText());
    if (parser.isSet(u"help"_s))
        parser.showHelp(0);
    if (parser.isSet(u"version"_s))
        parser.showVersion();

    QString configFile = parser.value(configOption);
    if (!parser.isSet(configOption) && QFileInfo::exists(QString::fromLatin1(DefaultConfigFile)))
        configFile = QString::fromLatin1(DefaultConfigFile);
    AgentConfig config;
    QString error;
    if (!AgentConfig::load(configFile, parser.value(rootOption), &config, &error))
        return fail(error);
    if (parser.isSet(stateOption))
        config.stateDir = QDir(parser.value(stateOption)).absolutePath();
    if (parser.isSet(listenOption)
        && !AgentConfig::parseListen(parser.value(listenOption), &config.listenAddress, &config.listenPort))
        return usage(u"--listen expects ADDRESS:PORT, e.g. 127.0.0.1:8093"_s);

    const QStringList args = parser.positionalArguments();
    const QString command = args.value(0);
    if (command == "token"_L1) {
        const QString sub = args.value(1);
        if (sub == "add"_L1 && args.size() == 3)
            return AgentCommands::tokenAdd(config.stateDir, args.at(2), parser.value(roleOption));
        if (sub == "list"_L1 && args.size() == 2)
            return AgentCommands::tokenList(config.stateDir);
        if (sub == "revoke"_L1 && args.size() == 3)
            return AgentCommands::tokenRevoke(config.stateDir, args.at(2));
        return usage(u"use: token add NAME --role viewer|admin, token list, token revoke NAME"_s);
    }
    if (command == "fingerprint"_L1 && args.size() == 1) {
        return AgentCommands::fingerprint(config.effectiveCertificateFile(), config.effectiveKeyFile(),
            config.certificateFile.isEmpty() && config.keyFile.isEmpty());
    }
    if (!command.isEmpty())
        return usage(u"unknown command \"%1\""_s.arg(args.join(u' ')));

    bool scaleOk = false;
    const double timeScale = parser.value(scaleOption).toDouble(&scaleOk);
    if (!scaleOk || timeScale <= 0 || timeScale > 1e6)
        return usage(u"--time-scale expects a positive number"_s);
    return serve(config, parser.isSet(simulateOption), timeScale, app);
}
