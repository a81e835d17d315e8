// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// bench_logview FILE [--lines N] [--runs R] [--appends A]
// The console's side of a live log on a big store: FILE's last N lines (default 1,000,000) are
// appended to a LogModel in batches, shown by a LogView (offscreen) through LogFilterModel and
// MergedLogModel, as on the Logs page. Measures
//  - filter: a regular expression over the held lines through the models (setFilter() of the
//    view's model: LogStore::filter, the filtered index, the view's reset), against the store's
//    filter alone;
//  - append: one line appended to the followed view until its row is on screen and painted
//    (model signals, the view's follow scroll, the repaint that asks the models for the row).
#include "core/logstore.h"
#include "models/logmodel.h"
#include "models/mergedlogmodel.h"
#include "widgets/logtableview.h"
#include "widgets/logview.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QScrollBar>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

void print(const QString &text)
{
    std::fputs(text.toUtf8().constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(std::min<qsizetype>(values.size() - 1, qsizetype(p * double(values.size()))));
}

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// The last `lines` lines of `bytes`.
QByteArrayView tail(const QByteArray &bytes, qint64 lines)
{
    qsizetype at = bytes.size();
    if (at > 0 && bytes.at(at - 1) == '\n')
        --at;
    for (qint64 n = 0; n < lines && at > 0; ++n)
        at = bytes.lastIndexOf('\n', at - 1);
    return QByteArrayView(bytes).sliced(at <= 0 ? 0 : at + 1);
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Log view benchmark: filter model and append latency"_s);
    parser.addHelpOption();
    parser.addPositionalArgument(u"file"_s, u"the log file, e.g. written by gen-license-log.py"_s);
    const QCommandLineOption linesOption(u"lines"_s, u"lines held"_s, u"N"_s, u"1000000"_s);
    const QCommandLineOption runsOption(u"runs"_s, u"runs per filter (median)"_s, u"R"_s, u"5"_s);
    const QCommandLineOption appendsOption(u"appends"_s, u"single-line appends timed"_s, u"A"_s, u"1000"_s);
    parser.addOptions({linesOption, runsOption, appendsOption});
    parser.process(app);
    if (parser.positionalArguments().size() != 1)
        parser.showHelp(2);
    QFile file(parser.positionalArguments().constFirst());
    if (!file.open(QIODevice::ReadOnly)) {
        print(u"cannot read "_s + file.fileName());
        return 2;
    }
    const QByteArray bytes = file.readAll();
    const qint64 lines = parser.value(linesOption).toLongLong();
    const int runs = std::max(1, parser.value(runsOption).toInt());
    const int appends = std::max(1, parser.value(appendsOption).toInt());

    LogModel model(std::max<qint64>(lines, 1));
    MergedLogModel merged;
    merged.addLane(&model, u"primary"_s);
    LogView view;
    view.setModel(&merged);
    view.resize(1200, 700);
    view.show();

    // Fill in batches of ~64 KiB, as the stream hands them out.
    QElapsedTimer timer;
    timer.start();
    const QByteArrayView source = tail(bytes, lines);
    for (qsizetype at = 0; at < source.size();) {
        qsizetype end = std::min(source.size(), at + 65536);
        const qsizetype newline = source.sliced(0, end).lastIndexOf('\n');
        end = end < source.size() && newline >= at ? newline + 1 : end;
        model.appendLines(source.sliced(at, end - at));
        at = end;
    }
    QCoreApplication::processEvents();
    print(u"fill    %1 lines through the models into the view: %2 ms"_s.arg(model.rowCount())
              .arg(msSince(timer), 0, 'f', 0));

    for (const QString &pattern :
        {u"ERROR|FATAL"_s, u"Client 10\\.1\\.\\d+\\.\\d+ logged in"_s, u"\\d{3}\\.$"_s}) {
        LogFilter filter;
        filter.text = pattern;
        filter.regularExpression = true;
        QList<double> storeMs, viewMs;
        int shown = 0;
        for (int r = 0; r < runs; ++r) {
            timer.restart();
            const LogFilterResult result = model.store().filter(filter);
            storeMs.append(msSince(timer));
            timer.restart();
            merged.setFilter(filter);
            QCoreApplication::processEvents();
            viewMs.append(msSince(timer));
            shown = merged.rowCount();
            merged.setFilter(LogFilter());
            QCoreApplication::processEvents();
            Q_UNUSED(result);
        }
        print(u"filter  regex '%1': %2 lines; through the filter model and view %3 ms, store alone %4 ms "
              "(medians of %5)"_s.arg(pattern)
                  .arg(shown)
                  .arg(percentile(viewMs, 0.5), 0, 'f', 1)
                  .arg(percentile(storeMs, 0.5), 0, 'f', 1)
                  .arg(runs));
    }

    // One line at a time, each waited for until its row is painted.
    QScrollBar *bar = view.table()->verticalScrollBar();
    QList<double> modelMs, visibleMs;
    for (int i = 0; i < appends; ++i) {
        const QByteArray line
            = "2026-02-01 00:00:00 INFO  VE     appended line " + QByteArray::number(i) + '\n';
        timer.restart();
        model.appendLines(line);
        modelMs.append(msSince(timer));
        const int last = merged.rowCount() - 1;
        while (view.table()->rowAt(view.table()->viewport()->height() - 2) != last
            || bar->value() != bar->maximum())
            QCoreApplication::processEvents();
        view.table()->viewport()->repaint(); // the paint that reads the row from the models
        visibleMs.append(msSince(timer));
    }
    print(u"append  one line, %1 lines held, %2 appends: model signals p50 %3 ms p99 %4 ms; painted in the "
          "view p50 %5 ms p99 %6 ms max %7 ms"_s.arg(model.rowCount())
              .arg(appends)
              .arg(percentile(modelMs, 0.5), 0, 'f', 3)
              .arg(percentile(modelMs, 0.99), 0, 'f', 3)
              .arg(percentile(visibleMs, 0.5), 0, 'f', 2)
              .arg(percentile(visibleMs, 0.99), 0, 'f', 2)
              .arg(percentile(visibleMs, 1.0), 0, 'f', 2));

    // At the cap every 1/16 of it the store drops a block: that append also removes the rows.
    const qsizetype block = std::max<qsizetype>(1, model.store().maxLines() / 16);
    timer.restart();
    QByteArray batch;
    for (qsizetype i = 0; i < block; ++i)
        batch += "2026-02-01 00:00:01 INFO  VE     filler\n";
    model.appendLines(batch);
    QCoreApplication::processEvents();
    print(u"trim    a batch of %1 lines that drops a block at the cap: %2 ms (dropped %3 lines so far)"_s
              .arg(block)
              .arg(msSince(timer), 0, 'f', 1)
              .arg(model.droppedCount()));
    return 0;
}
