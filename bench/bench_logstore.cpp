// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// bench_logstore FILE [--lines N] [--runs R] [--ingest-only]
// Backfills the last N lines (default 1,000,000) of FILE through LogFollower into a LogStore,
// as the agent and the console do minus the network, then filters the held lines. Prints time,
// memory and the parts of the ingest measured on their own (the profile).
#include "core/logfollower.h"
#include "core/logparser.h"
#include "core/logstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <sys/resource.h>

using namespace Qt::StringLiterals;

namespace {

// VmRSS / VmHWM of this process in KiB.
qint64 statusKiB(QByteArrayView key)
{
    QFile file(u"/proc/self/status"_s);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(key.size()).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

// CPU time (user + system) of this process in ms: robust against other load on the machine.
double cpuMs()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3
        + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3;
}

double mib(qint64 bytes)
{
    return double(bytes) / (1024.0 * 1024.0);
}

void print(const QString &text)
{
    std::fputs(text.toUtf8().constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

struct Timing
{
    double wallMs = 0;
    double cpuMs = 0;
    QString text() const { return u"%1 ms (CPU %2 ms)"_s.arg(wallMs, 0, 'f', 0).arg(cpuMs, 0, 'f', 0); }
};

// Runs the event loop until the follower caught up.
Timing backfill(const QString &path, qint64 lines, const std::function<void(const LogBatch &)> &consume)
{
    LogFollower follower(path);
    QObject::connect(&follower, &LogFollower::linesAppended, &follower, consume);
    QObject::connect(
        &follower, &LogFollower::caughtUp, QCoreApplication::instance(), &QCoreApplication::quit);
    QElapsedTimer timer;
    timer.start();
    const double cpu = cpuMs();
    follower.startBackfill(lines);
    QCoreApplication::exec();
    return {double(timer.nsecsElapsed()) / 1e6, cpuMs() - cpu};
}

// As deployed: the follower (agent) and the store (console) on their own threads, batches
// queued between them; the network is left out.
Timing pipelined(const QString &path, qint64 lines, LogStore *store)
{
    QThread thread;
    auto *follower = new LogFollower(path);
    follower->moveToThread(&thread);
    QObject receiver;
    QObject::connect(follower, &LogFollower::linesAppended, &receiver, [store](const LogBatch &batch) {
        store->appendLines(batch.lines);
        store->trim();
    });
    QObject::connect(follower, &LogFollower::caughtUp, &receiver, [] { QCoreApplication::quit(); });
    QObject::connect(&thread, &QThread::finished, follower, &QObject::deleteLater);
    thread.start();
    QElapsedTimer timer;
    timer.start();
    const double cpu = cpuMs();
    QMetaObject::invokeMethod(follower, [follower, lines] { follower->startBackfill(lines); });
    QCoreApplication::exec();
    const Timing result {double(timer.nsecsElapsed()) / 1e6, cpuMs() - cpu};
    thread.quit();
    thread.wait();
    return result;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Log ingest and filter benchmark"_s);
    parser.addHelpOption();
    parser.addPositionalArgument(u"file"_s, u"the log file, e.g. written by gen-license-log.py"_s);
    const QCommandLineOption linesOption(u"lines"_s, u"lines to backfill"_s, u"N"_s, u"1000000"_s);
    const QCommandLineOption runsOption(u"runs"_s, u"runs per filter (median)"_s, u"R"_s, u"5"_s);
    const QCommandLineOption ingestOnlyOption(u"ingest-only"_s, u"stop after the ingest (for a profiler)"_s);
    parser.addOptions({linesOption, runsOption, ingestOnlyOption});
    parser.process(app);
    if (parser.positionalArguments().size() != 1)
        parser.showHelp(2);
    const QString path = parser.positionalArguments().constFirst();
    const qint64 lines = parser.value(linesOption).toLongLong();
    const int runs = qMax(1, parser.value(runsOption).toInt());
    if (!QFile::exists(path)) {
        print(u"no such file: "_s + path);
        return 2;
    }

    const qint64 rssBefore = statusKiB("VmRSS:");
    LogStore store(qMax<qint64>(lines, 1));
    const Timing ingest = backfill(path, lines, [&store](const LogBatch &batch) {
        store.appendLines(batch.lines);
        store.trim();
    });
    const qint64 peakKiB = statusKiB("VmHWM:");
    const qint64 rssAfter = statusKiB("VmRSS:");
    print(u"ingest  %1 lines, %2 MiB raw: %3; store holds %4 MiB (%5 x raw); RSS %6 -> %7 MiB, "
          "peak %8 MiB"_s.arg(store.lineCount())
              .arg(mib(store.rawBytes()), 0, 'f', 1)
              .arg(ingest.text())
              .arg(mib(store.memoryUsage()), 0, 'f', 1)
              .arg(double(store.memoryUsage()) / double(qMax<qsizetype>(1, store.rawBytes())), 0, 'f', 3)
              .arg(double(rssBefore) / 1024.0, 0, 'f', 1)
              .arg(double(rssAfter) / 1024.0, 0, 'f', 1)
              .arg(double(peakKiB) / 1024.0, 0, 'f', 1));

    if (parser.isSet(ingestOnlyOption))
        return 0;

    struct Case
    {
        QString label;
        LogFilter filter;
    };
    QList<Case> cases;
    const auto add = [&cases](const QString &text, bool regex, bool caseSensitive, LogLine::Level level) {
        LogFilter filter;
        filter.text = text;
        filter.regularExpression = regex;
        filter.caseSensitive = caseSensitive;
        filter.minLevel = level;
        QString label = (regex ? u"regex "_s : u"text  "_s) + u'\'' + text + u'\'';
        if (!caseSensitive)
            label += u" (no case)"_s;
        if (level != LogLine::Level::Unknown)
            label += u" level>="_s + logLevelName(level);
        cases.append({label, filter});
    };
    add(u"ERROR|FATAL"_s, true, true, LogLine::Level::Unknown);
    add(u"Client 10\\.1\\.\\d+\\.\\d+ logged in"_s, true, true, LogLine::Level::Unknown);
    add(u"remaining \\d+ hour"_s, true, true, LogLine::Level::Unknown);
    add(u"(?i)failed"_s, true, true, LogLine::Level::Unknown);
    add(u"\\d{3}\\.$"_s, true, true, LogLine::Level::Unknown);
    add(u"license server"_s, false, true, LogLine::Level::Unknown);
    add(u"LICENSE SERVER"_s, false, false, LogLine::Level::Unknown);
    add({}, false, true, LogLine::Level::Error);
    for (const Case &c : cases) {
        QList<double> times;
        QList<double> cpuTimes;
        qsizetype matched = 0;
        for (int r = 0; r < runs; ++r) {
            QElapsedTimer timer;
            timer.start();
            const double cpu = cpuMs();
            const LogFilterResult result = store.filter(c.filter);
            cpuTimes.append(cpuMs() - cpu);
            times.append(double(timer.nsecsElapsed()) / 1e6);
            matched = result.rows.size();
        }
        print(u"filter  %1: %2 lines, median %3 ms (CPU %4 ms)"_s.arg(c.label)
                  .arg(matched)
                  .arg(median(times), 0, 'f', 1)
                  .arg(median(cpuTimes), 0, 'f', 1));
    }

    // The profile: the parts of the ingest on their own.
    {
        LogStore second(store.maxLines());
        const Timing pipe = pipelined(path, lines, &second);
        print(u"ingest  pipelined (follower thread -> store thread): %1 for %2 lines"_s.arg(pipe.text())
                  .arg(second.lineCount()));
    }
    qint64 delivered = 0;
    const Timing follow
        = backfill(path, lines, [&delivered](const LogBatch &batch) { delivered += batch.lineCount(); });
    print(u"profile LogFollower backfill alone (read, split, batch): %1 for %2 lines"_s.arg(follow.text())
              .arg(delivered));
    QFile file(path);
    if (file.open(QIODevice::ReadOnly)) {
        const QByteArray all = file.readAll();
        QElapsedTimer timer;
        timer.start();
        double cpu = cpuMs();
        qint64 sum = 0;
        for (qsizetype pos = 0; pos < all.size();) {
            qsizetype end = all.indexOf('\n', pos);
            if (end < 0)
                end = all.size();
            const LogParser::Peek peek = LogParser::peek(QByteArrayView(all).sliced(pos, end - pos));
            sum += int(peek.level) + (peek.msecsSinceEpoch ? 1 : 0);
            pos = end + 1;
        }
        print(u"profile LogParser::peek over every line of the file: %1 ms (CPU %2 ms; %3)"_s
                  .arg(double(timer.nsecsElapsed()) / 1e6, 0, 'f', 0)
                  .arg(cpuMs() - cpu, 0, 'f', 0)
                  .arg(sum));
        LogStore copy(store.maxLines());
        timer.start();
        cpu = cpuMs();
        copy.appendLines(all);
        print(
            u"profile LogStore::appendLines of the whole file from memory (peek included): %1 ms (CPU %2 ms)"_s
                .arg(double(timer.nsecsElapsed()) / 1e6, 0, 'f', 0)
                .arg(cpuMs() - cpu, 0, 'f', 0));
    }
    return 0;
}
