// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// bench_logtail FILE [--lines N] [--samples K] [--interval-ms MS] [--runs R] [--format F]
// The live-log path end to end, over loopback TLS: a real ve-agent (host backend) serving a copy
// of FILE as its license.log, LogStream in this process.
//  - backfill: the last N lines (default 1,000,000) through the stream route into a LogStore,
//    until caught-up, in the block form (the default) or as line records (--format lines); wall
//    time, CPU of both processes (the console's main thread, which holds the store, on its own),
//    lines and bytes; lnav's load of the same file in the same run as the anchor (when lnav is
//    installed). Then the bytes on the wire (before TLS) of one backfill in each form.
//  - latency: K lines (default 1000) appended to the live file one by one, every MS ms; the time
//    from the write to the line arriving in LogStream's linesReceived (p50/p90/p99/max).
#include "core/agentclient.h"
#include "core/logstore.h"
#include "core/logstream.h"
#include "tests/agentfixture.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <sys/resource.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

void print(const QString &text)
{
    std::fputs(text.toUtf8().constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

double cpuMs(int who = RUSAGE_SELF)
{
    rusage usage {};
    getrusage(who, &usage);
    return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3
        + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3;
}

// CPU time of another process in ms: the sum over its threads of /proc/PID/task/TID/schedstat
// (nanoseconds on the CPU; /proc/PID/stat counts in ticks of 10 ms).
double processCpuMs(qint64 pid)
{
    const QDir tasks(u"/proc/%1/task"_s.arg(pid));
    double ns = 0;
    for (const QString &tid : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile file(tasks.filePath(tid + u"/schedstat"_s));
        if (file.open(QIODevice::ReadOnly))
            ns += file.readAll().split(' ').value(0).toDouble();
    }
    return ns / 1e6;
}

// Runs until `done` or the timeout; false on the timeout.
bool runUntil(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.hasExpired(timeoutMs))
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    }
    return true;
}

// lnav's headless load of `file` (see README.md): wall and CPU ms, or -1.
QPair<double, double> lnavLoad(const QString &file)
{
    const QString lnav = QStandardPaths::findExecutable(u"lnav"_s);
    if (lnav.isEmpty())
        return {-1, -1};
    QProcess process;
    QElapsedTimer timer;
    timer.start();
    const double cpu = cpuMs(RUSAGE_CHILDREN); // the agent is still running: not counted
    process.start(lnav, {u"-n"_s, u"-c"_s, u";SELECT count(*) AS n FROM all_logs"_s, file});
    if (!process.waitForFinished(300000))
        return {-1, -1};
    return {double(timer.nsecsElapsed()) / 1e6, cpuMs(RUSAGE_CHILDREN) - cpu};
}

void backfill(
    AgentFixture &agent, AgentClient &settings, qint64 lines, bool blocks, const QString &file, int run)
{
    LogStore store(qMax<qsizetype>(1, lines));
    LogStream::Options options;
    options.backfillLines = lines;
    options.blocks = blocks;
    LogStream stream(&settings, u"license"_s, options);
    QObject::connect(&stream, &LogStream::linesReceived, &stream,
        [&store](const QByteArray &batch) { store.appendLines(batch); });
    bool caughtUp = false;
    QObject::connect(&stream, &LogStream::caughtUp, &stream, [&caughtUp] { caughtUp = true; });
    const double agentCpu = processCpuMs(agent.pid());
    const double selfCpu = cpuMs();
    const double mainCpu = cpuMs(RUSAGE_THREAD);
    QElapsedTimer timer;
    timer.start();
    stream.start();
    if (!runUntil([&] { return caughtUp || stream.state() == LogStream::State::Failed; }, 600000)
        || !caughtUp) {
        print(u"backfill failed: "_s + stream.lastError().message);
        return;
    }
    const double wall = double(timer.nsecsElapsed()) / 1e6;
    const double consoleCpu = cpuMs() - selfCpu;
    const double mainCpuUsed = cpuMs(RUSAGE_THREAD) - mainCpu;
    const double agentCpuUsed = processCpuMs(agent.pid()) - agentCpu;
    print(u"backfill run %1 (%2): %3 lines, %4 MiB held, %5 ms wall; CPU: console %6 ms (main thread %7 ms), "
          "agent %8 ms"_s.arg(run)
              .arg(blocks ? u"blocks"_s : u"line records"_s)
              .arg(store.lineCount())
              .arg(double(store.rawBytes()) / 1048576.0, 0, 'f', 1)
              .arg(wall, 0, 'f', 0)
              .arg(consoleCpu, 0, 'f', 0)
              .arg(mainCpuUsed, 0, 'f', 0)
              .arg(agentCpuUsed, 0, 'f', 0));
    const auto [lnavWall, lnavCpu] = lnavLoad(file);
    if (lnavWall > 0)
        print(u"  lnav load of the same file: %1 ms wall, %2 ms CPU; ratio wall %3, CPU %4"_s
                  .arg(lnavWall, 0, 'f', 0)
                  .arg(lnavCpu, 0, 'f', 0)
                  .arg(wall / lnavWall, 0, 'f', 2)
                  .arg((consoleCpu + agentCpuUsed) / lnavCpu, 0, 'f', 2));
}

// The bytes of one backfill answer as they come out of TLS (HTTP chunk framing removed).
qint64 wireBytes(AgentClient &settings, qint64 lines, bool blocks)
{
    qint64 bytes = 0;
    bool done = false;
    settings.requestData(
        "GET"_ba,
        u"/api/v1/logs/license?lines=%1%2"_s.arg(lines).arg(blocks ? u"&format=blocks"_s : QString()), {},
        [&bytes](const QByteArray &data) { bytes += data.size(); },
        [&done](const Result<QJsonObject> &) { done = true; });
    return runUntil([&done] { return done; }, 600000) ? bytes : -1;
}

void latency(AgentClient &settings, const QString &path, int samples, int intervalMs)
{
    LogStream::Options options;
    options.backfillLines = 0;
    LogStream stream(&settings, u"license"_s, options);
    QElapsedTimer clock;
    clock.start();
    QList<qint64> written(samples, -1); // ns on `clock`
    QList<double> latencies;
    QObject::connect(&stream, &LogStream::linesReceived, &stream, [&](const QByteArray &batch) {
        const qint64 now = clock.nsecsElapsed();
        for (const QByteArray &line : batch.split('\n')) {
            const qsizetype at = line.indexOf("bench-seq=");
            const int seq = at < 0 ? -1 : line.mid(at + 10).toInt();
            if (seq >= 0 && seq < samples && written.at(seq) >= 0)
                latencies.append(double(now - written.at(seq)) / 1e6);
        }
    });
    bool caughtUp = false;
    QObject::connect(&stream, &LogStream::caughtUp, &stream, [&caughtUp] { caughtUp = true; });
    stream.start();
    if (!runUntil([&] { return caughtUp; }, 30000)) {
        print(u"latency: the stream did not start: "_s + stream.lastError().message);
        return;
    }
    QFile log(path);
    if (!log.open(QIODevice::WriteOnly | QIODevice::Append)) {
        print(u"latency: cannot append to "_s + path);
        return;
    }
    int next = 0;
    QTimer writer;
    writer.setInterval(intervalMs);
    QObject::connect(&writer, &QTimer::timeout, &writer, [&] {
        if (next >= samples)
            return;
        const QByteArray line
            = "2024-05-01 12:00:00 INFO  VE     appended line bench-seq=" + QByteArray::number(next) + "\n";
        written[next] = clock.nsecsElapsed();
        log.write(line);
        log.flush(); // one write(2) per line, as a logger does
        ++next;
    });
    writer.start();
    runUntil([&] { return latencies.size() >= samples; }, samples * intervalMs + 30000);
    writer.stop();
    if (latencies.isEmpty()) {
        print(u"latency: no line arrived"_s);
        return;
    }
    std::sort(latencies.begin(), latencies.end());
    const auto percentile = [&](double p) {
        return latencies.at(qMin(latencies.size() - 1, qsizetype(p * double(latencies.size()))));
    };
    print(u"latency, one appended line to LogStream over loopback TLS, %1 of %2 lines arrived: p50 %3 ms, "
          "p90 %4 ms, p99 %5 ms, max %6 ms"_s.arg(latencies.size())
              .arg(samples)
              .arg(percentile(0.50), 0, 'f', 1)
              .arg(percentile(0.90), 0, 'f', 1)
              .arg(percentile(0.99), 0, 'f', 1)
              .arg(latencies.constLast(), 0, 'f', 1));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Live-log path over loopback TLS: backfill and append latency."_s);
    parser.addHelpOption();
    parser.addPositionalArgument(u"file"_s, u"A license.log, e.g. from gen-license-log.py."_s);
    const QCommandLineOption linesOption(
        u"lines"_s, u"Backfill lines (default 1000000)."_s, u"N"_s, u"1000000"_s);
    const QCommandLineOption samplesOption(
        u"samples"_s, u"Latency samples (default 1000)."_s, u"K"_s, u"1000"_s);
    const QCommandLineOption intervalOption(
        u"interval-ms"_s, u"Between appended lines (default 20)."_s, u"MS"_s, u"20"_s);
    const QCommandLineOption runsOption(u"runs"_s, u"Backfill runs (default 3)."_s, u"R"_s, u"3"_s);
    const QCommandLineOption formatOption(
        u"format"_s, u"The backfill's form: blocks (default) or lines."_s, u"F"_s, u"blocks"_s);
    parser.addOptions({linesOption, samplesOption, intervalOption, runsOption, formatOption});
    parser.process(app);
    if (parser.positionalArguments().size() != 1)
        parser.showHelp(64);
    const QString file = parser.positionalArguments().first();

    AgentFixture agent;
    const QString live = agent.rootDir() + u"/log/license.log"_s;
    QFile::remove(live);
    if (!QFile::copy(file, live)) {
        print(u"cannot copy %1"_s.arg(file));
        return 1;
    }
    QString error;
    if (!agent.start(&error)) {
        print(error);
        return 1;
    }
    AgentClient settings;
    settings.setBaseUrl(agent.url());
    settings.setToken(agent.addToken(u"bench"_s, u"viewer"_s));
    settings.setPinnedSha256(agent.sha256());

    const qint64 lines = parser.value(linesOption).toLongLong();
    const bool blocks = parser.value(formatOption) != "lines"_L1;
    for (int run = 1; run <= parser.value(runsOption).toInt(); ++run)
        backfill(agent, settings, lines, blocks, file, run);
    print(u"bytes on the wire (before TLS) for %1 lines: blocks %2 MB, line records %3 MB"_s.arg(lines)
              .arg(double(wireBytes(settings, lines, true)) / 1e6, 0, 'f', 1)
              .arg(double(wireBytes(settings, lines, false)) / 1e6, 0, 'f', 1));
    latency(settings, live, parser.value(samplesOption).toInt(), parser.value(intervalOption).toInt());
    return 0;
}
