// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/logscommand.h"

#include "cli/cliio.h"
#include "cli/servercommand.h"
#include "core/agentclient.h"
#include "core/logline.h"
#include "core/logparser.h"
#include "core/logstream.h"
#include "core/logwirereader.h"
#include "core/terminationsignal.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QUrl>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 MaxLines = 1'000'000;

void quitOnSignals(QEventLoop *loop)
{
    QObject::connect(TerminationSignal::instance(), &TerminationSignal::received, loop, &QEventLoop::quit);
}

// Prints lines as text (control characters, C1 included, as '?') or as JSON Lines.
class Printer
{
public:
    explicit Printer(bool json)
        : m_json(json)
    { }

    void line(QByteArrayView line, QByteArrayView cursor)
    {
        if (m_json) {
            const QByteArray object = logLineToJsonLine(LogParser::parseLine(line));
            m_out += "{\"cursor\":";
            LogWire::appendJsonString(&m_out, cursor);
            m_out += ',';
            m_out += QByteArrayView(object).sliced(1);
        } else {
            const qsizetype start = m_out.size();
            m_out += line;
            char *data = m_out.data() + start;
            const qsizetype size = m_out.size() - start;
            for (qsizetype i = 0; i < size; ++i) {
                const uchar c = uchar(data[i]);
                if ((c < 0x20 && c != '\t') || c == 0x7f)
                    data[i] = '?';
                else if (c == 0xC2 && i + 1 < size && uchar(data[i + 1]) >= 0x80
                    && uchar(data[i + 1]) <= 0x9f)
                    data[i] = data[i + 1] = '?';
            }
        }
        m_out += '\n';
        if (m_out.size() > (1 << 16))
            flush();
    }

    // Lines each ending in '\n' (a block, a LogStream batch); only as text: they have no cursor.
    void lines(QByteArrayView lines)
    {
        Q_ASSERT(!m_json);
        while (!lines.isEmpty()) {
            const qsizetype end = lines.indexOf('\n');
            line(lines.first(end < 0 ? lines.size() : end), {});
            lines = lines.sliced(end < 0 ? lines.size() : end + 1);
        }
    }

    bool isJson() const { return m_json; }

    void flush()
    {
        Cli::writeOut(QByteArrayView(m_out));
        std::fflush(stdout);
        m_out.clear();
    }

private:
    QByteArray m_out;
    bool m_json;
};

// Without --follow: one streamed answer of the backfill route.
int backfill(const ServerCommand::Remote &remote, const QString &path, Printer &printer)
{
    AgentClient client;
    ServerCommand::configure(client, remote);
    LogWireReader reader;
    QEventLoop loop;
    quitOnSignals(&loop);
    int exit = Cli::ExitOk;
    bool ended = false;
    client.requestData(
        "GET"_ba, path, {},
        [&](const QByteArray &data) {
            const bool ok = reader.feed(data, [&](const LogWire::Record &record) {
                if (record.kind == LogWire::Record::Kind::Line)
                    printer.line(record.line, record.cursor);
                else if (record.kind == LogWire::Record::Kind::Block)
                    printer.lines(record.line);
                else if (record.event == "error")
                    Cli::writeErr(
                        u"vectl: warning: the agent reports: %1\n"_s.arg(QString::fromUtf8(record.message)));
                return true;
            });
            printer.flush();
            if (!ok && !ended) {
                ended = true;
                exit = ServerCommand::reportFailure(remote.url, ClientFailure::Protocol,
                    ApiError {0, u"bad-response"_s, reader.errorString()});
                loop.quit();
            }
        },
        [&](const Result<QJsonObject> &result) {
            if (!ended)
                exit = ServerCommand::reportFailure(remote.url, result.failure, result.error);
            ended = true;
            loop.quit();
        });
    loop.exec();
    printer.flush();
    return exit;
}

// --follow: a LogStream until a signal or a failure retrying cannot mend.
int follow(const ServerCommand::Remote &remote, const QString &source, qint64 lines, Printer &printer)
{
    AgentClient settings;
    ServerCommand::configure(settings, remote);
    LogStream::Options options;
    options.backfillLines = lines;
    LogStream stream(&settings, source, options);
    QEventLoop loop;
    quitOnSignals(&loop);
    int exit = Cli::ExitOk;
    // JSON Lines carry every line's cursor: line records. Text needs none: blocks.
    if (printer.isJson()) {
        QObject::connect(&stream, &LogStream::lineReceived, &loop,
            [&](const QByteArray &line, const QString &cursor) { printer.line(line, cursor.toLatin1()); });
        QObject::connect(&stream, &LogStream::linesReceived, &loop, [&] { printer.flush(); });
    } else {
        QObject::connect(&stream, &LogStream::linesReceived, &loop, [&](const QByteArray &lines) {
            printer.lines(lines);
            printer.flush();
        });
    }
    QObject::connect(&stream, &LogStream::cursorExpired, &loop,
        [] { Cli::writeErr(u"vectl: warning: lines were lost while disconnected (rotated away)\n"_s); });
    QObject::connect(&stream, &LogStream::agentErrorReported, &loop, [](const QString &message) {
        Cli::writeErr(u"vectl: warning: the agent reports: %1\n"_s.arg(message));
    });
    QObject::connect(&stream, &LogStream::stateChanged, &loop, [&](LogStream::State state) {
        if (state == LogStream::State::Reconnecting) {
            Cli::writeErr(u"vectl: %1: %2; reconnecting in %3 s\n"_s.arg(remote.url.toDisplayString(),
                stream.lastError().message, QString::number(stream.retryInMs() / 1000.0, 'f', 1)));
        } else if (state == LogStream::State::Failed) {
            exit = ServerCommand::reportFailure(remote.url, stream.lastFailure(), stream.lastError());
            loop.quit();
        }
    });
    stream.start();
    loop.exec();
    stream.stop();
    printer.flush();
    return exit;
}

} // namespace

int LogsCommand::run(const Cli::Invocation &invocation)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Show the last lines of a log source of a ve-agent (license, error, journal …), and with --follow "
        "every new line as it is written, across log rotation and reconnecting by itself after a break "
        "without losing or repeating a line, until Ctrl-C.\n\nThe token is read from VE_TOKEN (or --token); "
        "the pin from --pin or the known-servers file ('vectl trust URL --yes').\n\nExit codes: 0 ok (also "
        "after Ctrl-C), 1 the agent answered with an error (e.g. no such source), 2 unreachable or timed "
        "out, 3 certificate not trusted or changed, 4 authentication failed, 64 usage error."_s);
    parser.addPositionalArgument(u"source"_s, u"The log source, e.g. license or error."_s, u"SOURCE"_s);
    const QCommandLineOption linesOption({u"n"_s, u"lines"_s},
        u"Show the last N lines first (default 10, at most 1000000)."_s, u"N"_s, u"10"_s);
    const QCommandLineOption followOption({u"f"_s, u"follow"_s}, u"Keep printing new lines until Ctrl-C."_s);
    parser.addOption(linesOption);
    parser.addOption(followOption);
    ServerCommand::Remote remote;
    if (const auto exit = ServerCommand::prepareRemote(parser, invocation, &remote, 1))
        return *exit;
    if (parser.positionalArguments().isEmpty())
        return Cli::usageError(invocation.command, u"missing SOURCE"_s);
    const QString source = parser.positionalArguments().first();
    bool ok = false;
    const qint64 lines = parser.value(linesOption).toLongLong(&ok);
    if (!ok || lines < 0 || lines > MaxLines)
        return Cli::usageError(invocation.command, u"--lines takes a number from 0 to 1000000"_s);

    Printer printer(remote.json);
    if (parser.isSet(followOption))
        return follow(remote, source, lines, printer);
    const QString path = u"/api/v1/logs/"_s + QString::fromLatin1(QUrl::toPercentEncoding(source))
        + u"?lines="_s + QString::number(lines) + (remote.json ? QString() : u"&format=blocks"_s);
    return backfill(remote, path, printer);
}
