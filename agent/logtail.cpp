// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "agent/logtail.h"

#include "agent/journalfollower.h"
#include "core/logfollower.h"
#include "core/logwire.h"

#include <QSslSocket>

#include <charconv>
#include <cstring>

using namespace Qt::StringLiterals;

LogTail::LogTail(const ApiResponder &reply, Mode mode, QObject *parent)
    : QObject(parent)
    , m_reply(reply)
    , m_mode(mode)
    , m_socket(reply.socket())
{
    m_heartbeat.setInterval(HeartbeatMs);
    connect(&m_heartbeat, &QTimer::timeout, this, [this] {
        QByteArray record;
        LogWire::appendEvent(&record, "heartbeat");
        write(record);
    });
}

LogTail::~LogTail()
{
    if (m_stop)
        m_stop();
    if (!std::exchange(m_finished, true))
        m_reply.endStream();
}

bool LogTail::startFile(const QString &path, const Start &start, QString *error)
{
    LogFollower::Options options;
    options.batchBytes = BatchBytes;
    auto *follower = new LogFollower(path, options, this);
    if (!start.cursor.isEmpty()) {
        const LogCursor cursor = LogCursor::fromString(start.cursor);
        if (!cursor.isValid() || !follower->startFromCursor(cursor)) {
            *error = cursor.isValid() ? follower->errorString() : u"not a cursor of this log"_s;
            delete follower;
            return false;
        }
    } else {
        follower->startBackfill(start.lines);
    }
    connect(follower, &LogFollower::linesAppended, this,
        start.blocks ? &LogTail::writeBlocks : &LogTail::writeBatch);
    connect(follower, &LogFollower::rotated, this, [this](const LogCursor &c) { writeEvent("rotated", c); });
    connect(
        follower, &LogFollower::truncated, this, [this](const LogCursor &c) { writeEvent("truncated", c); });
    connect(follower, &LogFollower::cursorExpired, this,
        [this](const LogCursor &c) { writeEvent("cursor-expired", c); });
    connect(follower, &LogFollower::caughtUp, this,
        [this](const LogCursor &c) { reachedEnd(c.toString().toLatin1()); });
    connect(follower, &LogFollower::errorOccurred, this, [this](const QString &message) {
        QByteArray record;
        LogWire::appendError(&record, message);
        write(record);
    });
    m_setPaused = [follower](bool paused) { follower->setPaused(paused); };
    m_stop = [follower] { follower->stop(); };
    begin(start.blocks);
    return true;
}

bool LogTail::startJournal(const QStringList &command, const Start &start, QString *error)
{
    // A journal cursor is "s=…;i=…;…": printable ASCII, passed to journalctl as one argument.
    for (const QChar c : start.cursor) {
        if (c.unicode() < 0x21 || c.unicode() > 0x7e) {
            *error = u"not a cursor of this journal"_s;
            return false;
        }
    }
    auto *journal = new JournalFollower(command, this);
    connect(journal, &JournalFollower::recordsRead, this, &LogTail::write);
    connect(journal, &JournalFollower::caughtUp, this, &LogTail::reachedEnd);
    connect(journal, &JournalFollower::failed, this, &LogTail::fail);
    m_setPaused = [journal](bool paused) { journal->setPaused(paused); };
    m_stop = [journal] { journal->stop(); };
    journal->start(start.cursor.toLatin1(), start.lines, m_mode == Mode::Follow);
    begin(false);
    return true;
}

void LogTail::begin(bool blocks)
{
    const QByteArray type = blocks ? QByteArrayLiteral("application/x-ve-log-blocks; charset=utf-8")
                                   : QByteArrayLiteral("application/x-ndjson; charset=utf-8");
    if (!m_reply.beginStream(type)) {
        finish();
        return;
    }
    QPointer<LogTail> self(this);
    m_reply.onClientGone([self] {
        if (self)
            self->finish();
    });
    if (m_socket) {
        connect(m_socket, &QIODevice::bytesWritten, this, &LogTail::updateFlow);
        if (auto *ssl = qobject_cast<QSslSocket *>(m_socket.data()))
            connect(ssl, &QSslSocket::encryptedBytesWritten, this, &LogTail::updateFlow);
    }
    m_heartbeat.start();
}

void LogTail::write(const QByteArray &records)
{
    if (m_finished)
        return;
    if (!m_reply.writeChunk(records)) {
        finish();
        return;
    }
    updateFlow();
}

// Each line's cursor is the batch's file at the line's end offset: the cursor's wire form ends in
// the offset ("v1.….<offset>"), so its prefix is built once per batch.
void LogTail::writeBatch(const LogBatch &batch)
{
    QByteArray out;
    out.reserve(batch.lines.size() + batch.lineCount() * 96);
    QByteArray cursor = batch.cursor.withOffset(0).toString().toLatin1();
    Q_ASSERT(cursor.endsWith(".0"));
    cursor.chop(1);
    const qsizetype prefix = cursor.size();
    const char *data = batch.lines.constData();
    const qsizetype size = batch.lines.size();
    qsizetype start = 0;
    for (qsizetype i = 0; i < batch.lineCount() && start <= size; ++i) {
        const void *hit = std::memchr(data + start, '\n', size_t(size - start));
        const qsizetype end = hit ? static_cast<const char *>(hit) - data : size;
        char digits[24];
        const auto converted = std::to_chars(digits, digits + sizeof digits, batch.endOffsets.at(i));
        cursor.resize(prefix);
        cursor.append(digits, converted.ptr - digits);
        LogWire::appendLine(&out, QByteArrayView(data + start, end - start), cursor);
        start = end + 1;
    }
    write(out);
}

// Blocks of whole lines up to LogWire::BlockBytes (a batch of the follower is usually one; a
// single longer line is a block of its own), each with the cursor after its last line. A batch
// that needs no replacement goes out as it is, after its header: the text is not copied here.
void LogTail::writeBlocks(const LogBatch &batch)
{
    const QByteArrayView lines = batch.lines;
    const char *data = lines.data();
    QByteArray out;
    qsizetype start = 0;
    qsizetype done = 0; // lines written
    while (start < lines.size()) {
        qsizetype end = lines.size();
        if (end - start > LogWire::BlockBytes) {
            // After the last line feed within the limit, or after the one long line.
            const void *hit = memrchr(data + start, '\n', size_t(LogWire::BlockBytes));
            if (!hit) {
                hit = std::memchr(
                    data + start + LogWire::BlockBytes, '\n', size_t(end - start - LogWire::BlockBytes));
            }
            end = static_cast<const char *>(hit) - data + 1;
        }
        const QByteArrayView block = lines.sliced(start, end - start);
        const LogWire::BlockScan scan = LogWire::scanBlock(block);
        done += scan.lines;
        const QByteArray cursor = batch.cursorAfter(done - 1).toString().toLatin1();
        if (scan.clean && block.size() == lines.size()) {
            LogWire::appendBlockHeader(&out, block.size(), scan.lines, cursor);
            write(out);
            write(batch.lines);
            return;
        }
        LogWire::appendBlock(&out, block, scan, cursor);
        start = end;
    }
    Q_ASSERT(done == batch.lineCount());
    write(out);
}

void LogTail::writeEvent(const char *event, const LogCursor &cursor)
{
    QByteArray record;
    LogWire::appendEvent(&record, event, cursor.toString().toLatin1());
    write(record);
}

void LogTail::reachedEnd(const QByteArray &cursor)
{
    QByteArray record;
    LogWire::appendEvent(&record, "caught-up", cursor);
    write(record);
    if (m_mode == Mode::Backfill)
        finish();
}

void LogTail::fail(const QString &message)
{
    QByteArray record;
    LogWire::appendError(&record, message);
    write(record);
    finish();
}

qint64 LogTail::queuedBytes() const
{
    if (!m_socket)
        return 0;
    qint64 queued = m_socket->bytesToWrite();
    if (const auto *ssl = qobject_cast<const QSslSocket *>(m_socket.data()))
        queued += ssl->encryptedBytesToWrite();
    return queued;
}

void LogTail::updateFlow()
{
    if (m_finished || !m_setPaused)
        return;
    const qint64 queued = queuedBytes();
    if (!m_paused && queued > HighWaterBytes) {
        m_paused = true;
        m_setPaused(true);
    } else if (m_paused && queued < LowWaterBytes) {
        m_paused = false;
        m_setPaused(false);
    }
}

void LogTail::finish()
{
    if (std::exchange(m_finished, true))
        return;
    m_heartbeat.stop();
    if (m_stop)
        m_stop();
    m_reply.endStream();
    deleteLater();
}
