// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

class MergedLogModel;
class QThread;

// Saves the rows a log view shows (their raw bytes, one line each, '\n' after each) to a file
// without blocking the GUI thread: the lines are gathered on the model's thread in slices of
// about 4 MiB, between events, and written by a worker thread into a QSaveFile that is only
// committed when everything was written (an error or cancel() leaves no half file behind).
//
// The rows are those of the model when start() is called. While it runs, appended rows are not
// added; rows removed by a trim before they were gathered are left out and counted
// (skippedLines()); a reset of the model ends the export with an error. Signals: progressed()
// after each slice the writer finished, then finished() exactly once (also after cancel()).
// The exporter may be deleted after finished().
class LogExporter : public QObject
{
    Q_OBJECT

public:
    static constexpr qsizetype SliceBytes = 4 << 20;

    explicit LogExporter(MergedLogModel *model, QObject *parent = nullptr);
    ~LogExporter() override;

    void start(const QString &path);
    void cancel();
    bool isRunning() const { return m_running; }
    qint64 totalLines() const { return m_total; }
    qint64 skippedLines() const { return m_skipped; }

Q_SIGNALS:
    void progressed(qint64 linesWritten, qint64 linesTotal);
    void finished(bool ok, const QString &message);

private:
    class Writer;

    void gatherSlice();
    void onWritten(qint64 lines);
    void onWriterFinished(bool ok, const QString &error);
    void finish(bool ok, const QString &message);
    void onRowsRemoved(int first, int last);
    void onRowsInserted(int first, int last);

    QPointer<MergedLogModel> m_model;
    QThread *m_thread = nullptr;
    Writer *m_writer = nullptr;
    qint64 m_next = 0; // the next row to gather
    qint64 m_end = 0; // one past the last row to save
    qint64 m_total = 0;
    qint64 m_written = 0;
    qint64 m_skipped = 0;
    int m_inFlight = 0; // slices handed to the writer and not yet written
    bool m_running = false;
    bool m_committing = false;
};
