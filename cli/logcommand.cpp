// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/logcommand.h"

#include "cli/cliio.h"
#include "core/loglinesplitter.h"
#include "core/logparser.h"

#include <cerrno>

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype ChunkBytes = 256 * 1024;
constexpr qsizetype FlushBytes = 64 * 1024;

class Printer
{
public:
    Printer(bool json, std::optional<LogLine::Level> minimum)
        : m_json(json)
        , m_minimum(minimum)
    { }
    ~Printer() { flush(); }

    void lines(const LogBatch &batch)
    {
        const QByteArrayView bytes(batch.lines);
        qsizetype start = 0;
        for (qsizetype end; (end = bytes.indexOf('\n', start)) >= 0; start = end + 1)
            line(bytes.sliced(start, end - start));
    }

    void line(QByteArrayView bytes)
    {
        if (m_minimum) {
            // Cheap check first: most lines of a big log are dropped by the filter.
            const LogLine::Level level = LogParser::levelOf(bytes);
            if (level == LogLine::Level::Unknown || level < *m_minimum)
                return;
        }
        const LogLine parsed = LogParser::parseLine(bytes);
        if (m_json) {
            m_out += logLineToJsonLine(parsed);
            m_out += '\n';
        } else {
            m_out += LogCommand::lineText(parsed).toUtf8();
        }
        if (m_out.size() >= FlushBytes || m_unbuffered)
            flush();
    }
    void flush()
    {
        Cli::writeOut(QByteArrayView(m_out));
        std::fflush(stdout);
        m_out.clear();
    }
    void setUnbuffered(bool unbuffered) { m_unbuffered = unbuffered; }

private:
    QByteArray m_out;
    bool m_json = false;
    bool m_unbuffered = false;
    std::optional<LogLine::Level> m_minimum;
};

} // namespace

QString LogCommand::lineText(const LogLine &line)
{
    constexpr qsizetype TimeWidth = 24; // "2021-08-10T17:03:42.123Z "
    QString text;
    if (line.format == LogLine::Format::Unknown) {
        text = QString(TimeWidth, u' ') + u"unknown "_s + line.raw;
    } else {
        const QString time = logTimeToIso(line) + u' ';
        text = time.leftJustified(TimeWidth) + logLevelName(line.level).leftJustified(8);
        if (!line.category.isEmpty())
            text += line.category + u' ';
        text += line.message;
    }
    // A log is untrusted text: no escape sequence of it reaches the terminal.
    for (QChar &c : text) {
        if ((c.unicode() < 0x20 && c != u'\t') || c.unicode() == 0x7f)
            c = u'?';
    }
    return text + u'\n';
}

int LogCommand::show(const Cli::Invocation &invocation)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Show the lines of a VE license server or emulator log, parsed (VE, error.log, AXP/VAX and PAR "
        "formats). With --json: one JSON object per line (JSON Lines)."_s);
    parser.addPositionalArgument(u"file"_s, u"The log file, or - for standard input."_s, u"FILE|-"_s);
    const QCommandLineOption levelOption(u"level"_s,
        u"Only lines of LEVEL or more severe: debug, info, warning, error, fatal. Lines of no known level "
        "are left out."_s,
        u"LEVEL"_s);
    parser.addOption(levelOption);
    Cli::GlobalOptions globals;
    if (const auto exit = Cli::parseCommand(parser, invocation, Cli::Globals::Offline, &globals))
        return *exit;
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1)
        return Cli::usageError(invocation.command, files.isEmpty() ? u"missing FILE"_s : u"only one FILE"_s);
    std::optional<LogLine::Level> minimum;
    if (parser.isSet(levelOption)) {
        minimum = logLevelFromName(parser.value(levelOption));
        if (*minimum == LogLine::Level::Unknown)
            return Cli::usageError(
                invocation.command, u"unknown level '%1'"_s.arg(parser.value(levelOption)));
    }

    QString error;
    const std::unique_ptr<QFile> file = Cli::openInput(files.first(), &error);
    if (!file) {
        Cli::writeErr(u"vectl: "_s + error + u'\n');
        return Cli::ExitNoInput;
    }
    Printer printer(globals.json, minimum);
    printer.setUnbuffered(file->isSequential()); // a pipe: show each line as it comes
    // The console's splitter: lines over its cap are cut and marked, so memory stays bounded.
    LogLineSplitter splitter;
    QByteArray chunk(ChunkBytes, Qt::Uninitialized);
    qint64 offset = 0;
    qint64 n = 0;
    while ((n = Cli::readSome(*file, chunk.data(), chunk.size())) > 0) {
        offset += n;
        LogBatch batch;
        splitter.feed(QByteArrayView(chunk.constData(), n), offset, &batch);
        printer.lines(batch);
    }
    LogBatch last; // a final line without a line feed
    splitter.flush(offset, &last);
    printer.lines(last);
    if (n < 0) {
        const QString reason = file->isSequential() ? qt_error_string(errno) : file->errorString();
        printer.flush();
        Cli::writeErr(u"vectl: %1: %2\n"_s.arg(Cli::inputName(files.first()), reason));
        return Cli::ExitNoInput;
    }
    return Cli::ExitOk;
}
