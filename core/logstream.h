// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/agentclient.h"
#include "core/logwirereader.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QTimer>

// Follows one log source of one agent live (GET /api/v1/logs/{source}/stream, docs/protocol.md
// "Live logs") and hands its lines out in batches, e.g. to a LogStore behind the Logs page.
//
// Lossless resume: every line (in the block form, every block of lines) comes with the agent's
// resume cursor. LogStream keeps the cursor of the last line handed out and, after any break
// (network, agent restart or crash, a silence longer than silenceTimeoutMs: the agent sends a
// heartbeat every 15 s), reconnects with it after an exponential backoff; the agent then sends
// exactly the lines after it, across rotation and truncation. The first connection asks for the last
// `backfillLines` lines, unless setCursor() gave a place to resume from.
//
// States: Idle → Connecting → Streaming (the first record arrived); a break → Reconnecting
// (retryInMs()) → Connecting …; Failed, until the next start(), when retrying cannot help: the
// certificate is not the pinned one (or none is pinned), the token is refused, the agent
// answered 4xx (no such source, a cursor it cannot resume from), or it sent something that is
// not this protocol (lastError() says what).
//
// Signals, from the event loop, in stream order:
//  - linesReceived(lines, count): `count` lines, each ending in '\n', valid UTF-8 (the agent
//    replaced invalid bytes), ready for LogStore::appendLines(); cursor() is after the last one;
//  - lineReceived(line, cursor): each line with its own cursor, before the batch that holds it,
//    for a consumer that needs every line's cursor (vectl --json); emitted only while connected.
//    While it is connected the stream asks for line records, not blocks (Options::blocks);
//  - rotated(): the lines that follow come from the next newer file;
//  - truncated(): the file was truncated; the lines that follow are its new content;
//  - cursorExpired(): the cursor's file was rotated away while disconnected: lines between are
//    lost (the lines that follow start at the oldest file the agent still has);
//  - caughtUp(): the backfill (or the lines missed while disconnected) is delivered; what
//    follows is live. Once per connection;
//  - agentErrorReported(message): a non-fatal problem the agent reported (a read error);
//  - stateChanged(state).
// A slot may call stop() or start(); it must not delete the stream (use deleteLater()).
//
// Settings (base URL, token, pin, nothing else) are taken from `settings` at every connection,
// so a changed address or pin applies from the next reconnect. Each connection uses a client
// of its own (AgentClient::clone()): a stream never waits behind, or holds up, other requests.
class LogStream : public QObject
{
    Q_OBJECT

public:
    enum class State { Idle, Connecting, Streaming, Reconnecting, Failed };
    Q_ENUM(State)

    struct Options
    {
        qint64 backfillLines = 1000; // 0 … 1,000,000
        int initialRetryMs = 500;
        int maxRetryMs = 30000;
        int silenceTimeoutMs = 45000;
        qsizetype maxRecordBytes = LogWireReader::DefaultMaxRecordBytes;
        // Ask for the block form (format=blocks): raw text in blocks with a cursor per block,
        // about half the bytes of line records and no decoding per line. Not asked while
        // lineReceived() is connected, which needs every line's cursor.
        bool blocks = true;
    };

    LogStream(AgentClient *settings, const QString &source, QObject *parent = nullptr);
    LogStream(
        AgentClient *settings, const QString &source, const Options &options, QObject *parent = nullptr);
    ~LogStream() override;

    QString source() const { return m_source; }
    const Options &options() const { return m_options; }

    // Where the next connection resumes (empty: backfill). Call before start().
    void setCursor(const QString &cursor);
    QString cursor() const { return QString::fromLatin1(m_cursor); }

    void start();
    void stop(); // Idle; the cursor stays

    State state() const { return m_state; }
    int retryInMs() const; // Reconnecting: until the next attempt, else -1
    // The last failure (why it is Reconnecting or Failed).
    ClientFailure lastFailure() const { return m_failure; }
    ApiError lastError() const { return m_error; }

Q_SIGNALS:
    void linesReceived(const QByteArray &lines, qsizetype count);
    void lineReceived(const QByteArray &line, const QString &cursor);
    void rotated();
    void truncated();
    void cursorExpired();
    void caughtUp();
    void agentErrorReported(const QString &message);
    void stateChanged(LogStream::State state);

private:
    void connectNow();
    void dropConnection();
    void received(quint64 generation, const QByteArray &data);
    bool handleRecord(quint64 generation, const LogWire::Record &record);
    bool handleBlock(quint64 generation, const LogWire::Record &record);
    bool flush(quint64 generation);
    void ended(quint64 generation, const Result<QJsonObject> &result);
    void scheduleRetry();
    void fail(ClientFailure failure, const ApiError &error);
    void setState(State state);

    QPointer<AgentClient> m_settings;
    QString m_source;
    Options m_options;
    AgentClient *m_client = nullptr; // the current connection's
    LogWireReader m_reader;
    QByteArray m_cursor; // after the last line handed out
    QByteArray m_pendingCursor; // after the last line of m_batch
    QByteArray m_batch;
    qsizetype m_batchCount = 0;
    bool m_perLine = false; // lineReceived() is connected
    quint64 m_generation = 0; // one per connection: late callbacks of an old one are ignored
    State m_state = State::Idle;
    ClientFailure m_failure = ClientFailure::None;
    ApiError m_error;
    int m_retryMs = 0;
    QTimer m_retryTimer;
};
