// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/logstream.h"

#include <QMetaMethod>
#include <QRandomGenerator>
#include <QUrl>

using namespace Qt::StringLiterals;

LogStream::LogStream(AgentClient *settings, const QString &source, QObject *parent)
    : LogStream(settings, source, Options(), parent)
{ }

LogStream::LogStream(AgentClient *settings, const QString &source, const Options &options, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_source(source)
    , m_options(options)
    , m_reader(options.maxRecordBytes)
{
    m_options.backfillLines = qBound(qint64(0), m_options.backfillLines, qint64(1000000));
    m_options.initialRetryMs = qMax(1, m_options.initialRetryMs);
    m_options.maxRetryMs = qMax(m_options.initialRetryMs, m_options.maxRetryMs);
    m_options.silenceTimeoutMs = qMax(1000, m_options.silenceTimeoutMs);
    m_retryMs = m_options.initialRetryMs;
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &LogStream::connectNow);
}

LogStream::~LogStream()
{
    dropConnection();
}

void LogStream::setCursor(const QString &cursor)
{
    m_cursor = cursor.toLatin1();
}

void LogStream::start()
{
    if (m_state == State::Connecting || m_state == State::Streaming || m_state == State::Reconnecting)
        return;
    m_failure = ClientFailure::None;
    m_error = {};
    m_retryMs = m_options.initialRetryMs;
    connectNow();
}

void LogStream::stop()
{
    m_retryTimer.stop();
    dropConnection();
    setState(State::Idle);
}

int LogStream::retryInMs() const
{
    return m_state == State::Reconnecting ? m_retryTimer.remainingTime() : -1;
}

void LogStream::dropConnection()
{
    ++m_generation;
    m_reader.reset();
    m_batch.clear();
    m_batchCount = 0;
    if (m_client) {
        // Deleted later: this may run inside one of its callbacks. The generation above makes
        // its queued calls no-ops until then.
        m_client->deleteLater();
        m_client = nullptr;
    }
}

void LogStream::connectNow()
{
    dropConnection();
    if (!m_settings) {
        fail(ClientFailure::Protocol, ApiError {0, u"no-client"_s, u"the server's settings are gone"_s});
        return;
    }
    m_client = m_settings->clone(this);
    m_client->setTimeoutMs(m_options.silenceTimeoutMs); // between bytes, for a stream
    QString path
        = u"/api/v1/logs/"_s + QString::fromLatin1(QUrl::toPercentEncoding(m_source)) + u"/stream?"_s;
    if (m_cursor.isEmpty())
        path += u"backfill="_s + QString::number(m_options.backfillLines);
    else
        path += u"cursor="_s + QString::fromLatin1(QUrl::toPercentEncoding(QString::fromLatin1(m_cursor)));
    const quint64 generation = m_generation;
    m_perLine = isSignalConnected(QMetaMethod::fromSignal(&LogStream::lineReceived));
    if (m_options.blocks && !m_perLine)
        path += u"&format=blocks"_s; // an agent that does not know it sends line records
    setState(State::Connecting);
    m_client->requestData(
        "GET"_ba, path, {}, [this, generation](const QByteArray &data) { received(generation, data); },
        [this, generation](const Result<QJsonObject> &result) { ended(generation, result); });
}

void LogStream::received(quint64 generation, const QByteArray &data)
{
    if (generation != m_generation)
        return;
    m_batch.reserve(data.size()); // the lines are a part of it: no regrowth while they are added
    const bool ok = m_reader.feed(
        data, [this, generation](const LogWire::Record &record) { return handleRecord(generation, record); });
    if (generation != m_generation || !flush(generation))
        return; // a slot stopped or restarted us
    if (!ok && m_reader.hasFailed()) {
        dropConnection();
        fail(ClientFailure::Protocol, ApiError {0, u"bad-response"_s, m_reader.errorString()});
    }
}

bool LogStream::handleRecord(quint64 generation, const LogWire::Record &record)
{
    if (m_state != State::Streaming) {
        setState(State::Streaming);
        if (generation != m_generation)
            return false;
    }
    // Progress (not a stream that only says "error" and ends): the backoff starts afresh.
    if (record.kind != LogWire::Record::Kind::Event || record.event == "caught-up")
        m_retryMs = m_options.initialRetryMs;
    if (record.kind == LogWire::Record::Kind::Block)
        return handleBlock(generation, record);
    if (record.kind == LogWire::Record::Kind::Line) {
        m_batch.append(record.line);
        m_batch.append('\n');
        ++m_batchCount;
        m_pendingCursor.resize(0); // keeps its buffer: no allocation per line
        m_pendingCursor.append(record.cursor);
        if (m_perLine)
            Q_EMIT lineReceived(record.line, QString::fromLatin1(record.cursor));
        return generation == m_generation;
    }
    if (!flush(generation))
        return false;
    if (!record.cursor.isEmpty())
        m_cursor = record.cursor;
    const QByteArray &event = record.event;
    if (event == "rotated")
        Q_EMIT rotated();
    else if (event == "truncated")
        Q_EMIT truncated();
    else if (event == "cursor-expired")
        Q_EMIT cursorExpired();
    else if (event == "caught-up")
        Q_EMIT caughtUp();
    else if (event == "error")
        Q_EMIT agentErrorReported(QString::fromUtf8(record.message));
    // "heartbeat" and events of later versions: nothing to do.
    return generation == m_generation;
}

// A block's text is handed on as it is: the lines before it first, then the block in one batch.
bool LogStream::handleBlock(quint64 generation, const LogWire::Record &record)
{
    if (!flush(generation))
        return false;
    m_cursor = record.cursor;
    // A copy that shares the reader's buffer: a slot may stop the stream, which resets the reader.
    const QByteArray lines = record.line;
    if (m_perLine) {
        // Asked for line records, sent a block all the same: each line gets the block's cursor.
        const QString cursor = QString::fromLatin1(record.cursor);
        for (qsizetype start = 0; start < lines.size();) {
            const qsizetype end = lines.indexOf('\n', start);
            Q_EMIT lineReceived(lines.sliced(start, end - start), cursor);
            if (generation != m_generation)
                return false;
            start = end + 1;
        }
    }
    Q_EMIT linesReceived(lines, qsizetype(record.blockLines));
    return generation == m_generation;
}

bool LogStream::flush(quint64 generation)
{
    if (m_batchCount == 0)
        return true;
    m_cursor = m_pendingCursor;
    const QByteArray lines = std::exchange(m_batch, {});
    const qsizetype count = std::exchange(m_batchCount, 0);
    Q_EMIT linesReceived(lines, count);
    return generation == m_generation;
}

void LogStream::ended(quint64 generation, const Result<QJsonObject> &result)
{
    if (generation != m_generation)
        return;
    flush(generation);
    if (generation != m_generation)
        return;
    m_client->deleteLater();
    m_client = nullptr;
    const int status = result.error.httpStatus;
    switch (result.failure) {
    case ClientFailure::None: // the agent ended the stream (it is shutting down): resume
    case ClientFailure::Network:
    case ClientFailure::Timeout:
        break;
    case ClientFailure::Unpinned:
    case ClientFailure::CertificateChanged:
    case ClientFailure::Unauthorized:
    case ClientFailure::Forbidden:
        fail(result.failure, result.error);
        return;
    case ClientFailure::Protocol:
    case ClientFailure::Server:
        if (status < 500 || status == 501) {
            fail(result.failure, result.error);
            return;
        }
        break;
    }
    m_failure = result.failure;
    m_error = result.ok() ? ApiError {0, u"ended"_s, u"the agent ended the stream"_s} : result.error;
    scheduleRetry();
}

void LogStream::scheduleRetry()
{
    // Up to a tenth more, so that many consoles do not come back at the same instant.
    const int jitter = int(QRandomGenerator::global()->bounded(m_retryMs / 10 + 1));
    m_retryTimer.start(m_retryMs + jitter);
    m_retryMs = qMin(m_options.maxRetryMs, m_retryMs * 2);
    setState(State::Reconnecting);
}

void LogStream::fail(ClientFailure failure, const ApiError &error)
{
    m_retryTimer.stop();
    m_failure = failure;
    m_error = error;
    setState(State::Failed);
}

void LogStream::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}
