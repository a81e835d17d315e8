// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agent/apiresponder.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

struct LogBatch;
class LogCursor;
class QTcpSocket;

// Serves one request of the log routes (agent/logroutes.h) as a chunked answer of log records
// (core/logwire.h: NDJSON, or for a file asked for in the block form, blocks of raw lines with a
// cursor each, between the event records), read from a LogFollower (files) or a JournalFollower
// (the journal).
//
// - Backfill: the lines, then {"event":"caught-up"}, then the answer ends.
// - Follow: the same, then every new line, rotation, truncation … until the client leaves.
//
// Flow control: after each write, while more than HighWaterBytes wait in the socket (its TLS
// buffers included), the reader is paused; it resumes once the socket drained below
// LowWaterBytes. So a client that reads slowly costs about HighWaterBytes plus one batch of
// memory, however large the log. A heartbeat record every HeartbeatMs lets both ends notice a
// dead connection. A client that leaves stops the reader; the tail then deletes itself.
class LogTail : public QObject
{
    Q_OBJECT

public:
    enum class Mode { Backfill, Follow };
    static constexpr qint64 HighWaterBytes = 1 << 20;
    static constexpr qint64 LowWaterBytes = 256 << 10;
    static constexpr int HeartbeatMs = 15000;
    static constexpr qsizetype BatchBytes = 256 << 10; // file bytes per write

    // Where to start: after `cursor`, or (cursor empty) with the last `lines` lines. `blocks`:
    // a file's lines in the block form (LogWire::appendBlock); the journal's stay line records,
    // each with its own cursor.
    struct Start
    {
        QString cursor;
        qint64 lines = 0;
        bool blocks = false;
    };

    LogTail(const ApiResponder &reply, Mode mode, QObject *parent = nullptr);
    ~LogTail() override;

    // Start reading and answering. False, with nothing started and *error set, for a cursor
    // the source cannot resume from: the caller answers 400 and deletes the tail.
    bool startFile(const QString &path, const Start &start, QString *error);
    bool startJournal(const QStringList &command, const Start &start, QString *error);

private:
    void begin(bool blocks);
    void write(const QByteArray &records);
    void writeBatch(const LogBatch &batch);
    void writeBlocks(const LogBatch &batch);
    void writeEvent(const char *event, const LogCursor &cursor);
    void reachedEnd(const QByteArray &cursor);
    void fail(const QString &message);
    void updateFlow();
    qint64 queuedBytes() const;
    void finish();

    ApiResponder m_reply;
    Mode m_mode;
    QPointer<QTcpSocket> m_socket;
    std::function<void(bool)> m_setPaused;
    std::function<void()> m_stop;
    QTimer m_heartbeat;
    bool m_paused = false;
    bool m_finished = false;
};
