// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/logbatch.h"
#include "core/logcursor.h"
#include "core/loglinesplitter.h"

#include <QFileSystemWatcher>
#include <QObject>
#include <QTimer>

#include <deque>
#include <memory>

class LogFile;

// Follows one live log file `path` and its rotated siblings `path.1`, `path.2`, … (rotation by
// rename: the live file becomes path.1, older ones shift, a new empty path appears). One
// follower per source and reader; lives in one thread (the agent's), reads with positioned
// reads in chunks and never holds more than a batch plus one capped partial line in memory.
//
// Start with exactly one of:
//  - startAtEnd(): only lines completed after the call;
//  - startBackfill(n): the last n complete lines first (found by reading backwards from the
//    end in blocks, reaching into path.1, path.2, … when the live file has fewer), then on;
//  - startFromCursor(c): the lines after `c`: the rest of c's file (found among path, path.1, …
//    by identity, so a rotation in between does not matter), then each newer file in order.
// In every mode delivery then follows the live file without end: a QFileSystemWatcher
// (coalesced by a short timer) plus a poll timer (watchers miss events on some filesystems).
//
// Signals, always from the event loop (never from inside a start*() call), in this order:
//  - cursorExpired(c): first of all, when startFromCursor() found no file with the cursor's
//    identity (rotated past the kept siblings, or deleted). Delivery then starts at the start
//    of the oldest file available, `c`: lines may be missing before it, none is repeated.
//  - truncated(c): the file being read shrank below what was read, or its first bytes changed
//    (truncated and written again), or a resumed cursor points beyond its end. Comes after the
//    last batch of the old content and before the first batch of the new; `c` is offset 0.
//    Lines written and truncated between two looks are lost (copytruncate rotation loses
//    what was appended after the last read: the source must rotate by rename to be lossless).
//  - linesAppended(batch): complete lines of one file in file order; batch.cursor is the resume
//    cursor after its last line. A line without its line feed is held back until complete; the
//    last unterminated line of a file that was rotated away is delivered when delivery moves on.
//  - rotated(c): delivery moved from a file to the next newer one (the live file was renamed, or
//    catching up across siblings): after the last batch of the older file, before the first of
//    the newer; `c` is the newer file at offset 0. A rotation storm (several rotations between
//    two looks) gives one rotated() per file, oldest first, none skipped.
//  - caughtUp(c): once per start, when delivery first reached the end of the live file.
//  - errorOccurred(message): a file could not be opened or read; following goes on.
// A slot may call stop(), setPaused() or a start*() function; it must not delete the follower
// (use deleteLater()). The follower's timers and watcher are its children: moveToThread() the
// follower before starting it to read in a worker thread (connect queued; LogBatch is a
// registered metatype and cheap to copy).
//
// Flow control: setPaused(true) stops delivery (the files stay open, so nothing is lost while
// paused, rotations included); setPaused(false) resumes. A consumer that forwards batches to a
// socket pauses while its write buffer is full.
class LogFollower : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        qsizetype maxLineBytes = LogLineSplitter::DefaultMaxLineBytes;
        qsizetype batchBytes = 1 << 20; // a batch closes after the read that took it past this
        int pollIntervalMs = 200;
        int coalesceMs = 10;
        // path.1 … path.64 are looked at; a missing one ends the chain, unless the next one
        // exists: that is a rotation in progress (path.1 renamed to path.2, path not yet to
        // path.1), looked past so that no file of a rotation storm is skipped.
        int maxRotatedFiles = 64;
    };

    explicit LogFollower(const QString &path, QObject *parent = nullptr);
    LogFollower(const QString &path, const Options &options, QObject *parent = nullptr);
    ~LogFollower() override;

    QString path() const { return m_path; }
    const Options &options() const { return m_options; }

    void startAtEnd();
    void startBackfill(qint64 lines); // 0 = startAtEnd()
    // False (and errorString()) for an invalid cursor or one whose offset is not at a line
    // start of its file; nothing is started then.
    bool startFromCursor(const LogCursor &cursor);
    void stop();
    bool isRunning() const { return m_running; }

    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }

    // After the last delivered line (or where delivery starts, before the first batch);
    // invalid while no file exists yet.
    LogCursor cursor() const { return m_cursor; }
    QString errorString() const { return m_error; }

Q_SIGNALS:
    void linesAppended(const LogBatch &batch);
    void rotated(const LogCursor &next);
    void truncated(const LogCursor &restart);
    void cursorExpired(const LogCursor &restart);
    void caughtUp(const LogCursor &cursor);
    void errorOccurred(const QString &message);

private:
    struct BackScan
    {
        qint64 start = 0; // where the earliest counted line starts
        qint64 counted = 0; // complete lines counted
        bool found = false; // `wanted` lines were found in this file
    };
    enum class Notice { None, CursorExpired, Truncated };

    void reset();
    void begin(qint64 offset, Notice notice);
    QString siblingPath(int index) const;
    std::unique_ptr<LogFile> openSibling(int index, bool *missing);
    bool isRenameGap(int index, bool missing) const;
    void rememberFrom(int index);
    void remember(LogFile &file);
    bool isKnown(const LogFile &file) const;
    BackScan scanBack(LogFile &file, qint64 wanted, bool live);
    void check();
    void appendNewFiles();
    void handleTruncation(LogFile &file);
    void watch();
    void schedulePump();
    void pump();
    bool readBatch(LogFile &file, LogBatch *batch);
    void reportError(const QString &message);

    QString m_path;
    Options m_options;
    std::deque<std::unique_ptr<LogFile>> m_queue; // oldest first; front is being read
    QList<LogCursor> m_seen; // identities of files known to be older than the queue's
    LogLineSplitter m_splitter;
    QByteArray m_buffer;
    QByteArray m_spare; // an earlier batch's bytes, when no slot kept them
    LogCursor m_cursor;
    QString m_error;
    qint64 m_readPos = 0; // read up to here in the front file
    qint64 m_lastSize = -1; // the front file's size at the last check
    quint64 m_generation = 0;
    Notice m_notice = Notice::None;
    bool m_running = false;
    bool m_paused = false;
    bool m_caughtUpSent = false;
    QFileSystemWatcher m_watcher;
    QTimer m_pollTimer;
    QTimer m_coalesceTimer;
    QTimer m_pumpTimer;
};
