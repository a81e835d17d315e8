// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/logfollower.h"

#include "core/logfile.h"

#include <QFileInfo>

#include <algorithm>
#include <cstring>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype ChunkBytes = 256 * 1024;

} // namespace

LogFollower::LogFollower(const QString &path, QObject *parent)
    : LogFollower(path, Options(), parent)
{ }

LogFollower::LogFollower(const QString &path, const Options &options, QObject *parent)
    : QObject(parent)
    , m_path(path)
    , m_options(options)
    , m_splitter(options.maxLineBytes)
    , m_watcher(this)
    , m_pollTimer(this)
    , m_coalesceTimer(this)
    , m_pumpTimer(this)
{
    m_options.batchBytes = qMax<qsizetype>(1, m_options.batchBytes);
    m_options.maxRotatedFiles = qBound(0, m_options.maxRotatedFiles, 1000);
    m_buffer.resize(ChunkBytes);
    m_pollTimer.setInterval(qMax(10, m_options.pollIntervalMs));
    m_coalesceTimer.setSingleShot(true);
    m_coalesceTimer.setInterval(qMax(0, m_options.coalesceMs));
    m_pumpTimer.setSingleShot(true);
    m_pumpTimer.setInterval(0);
    connect(&m_pollTimer, &QTimer::timeout, this, &LogFollower::check);
    connect(&m_coalesceTimer, &QTimer::timeout, this, &LogFollower::check);
    connect(&m_pumpTimer, &QTimer::timeout, this, &LogFollower::pump);
    const auto poke = [this] {
        if (m_running && !m_coalesceTimer.isActive())
            m_coalesceTimer.start();
    };
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, poke);
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, poke);
}

LogFollower::~LogFollower() = default;

void LogFollower::reset()
{
    m_pumpTimer.stop();
    m_coalesceTimer.stop();
    m_pollTimer.stop();
    const QStringList watched = m_watcher.files() + m_watcher.directories();
    if (!watched.isEmpty())
        m_watcher.removePaths(watched);
    m_queue.clear();
    m_seen.clear();
    m_splitter.reset();
    m_cursor = {};
    m_error.clear();
    m_readPos = 0;
    m_lastSize = -1;
    m_notice = Notice::None;
    m_running = false;
    m_caughtUpSent = false;
    ++m_generation;
}

void LogFollower::stop()
{
    reset();
}

void LogFollower::setPaused(bool paused)
{
    m_paused = paused;
    if (paused)
        m_pumpTimer.stop();
    else
        schedulePump();
}

void LogFollower::begin(qint64 offset, Notice notice)
{
    m_readPos = offset;
    m_lastSize = m_queue.empty() ? -1 : m_queue.front()->size();
    m_cursor = m_queue.empty() ? LogCursor() : m_queue.front()->cursorAt(offset);
    m_notice = notice;
    m_running = true;
    watch();
    m_pollTimer.start();
    schedulePump();
}

void LogFollower::startAtEnd()
{
    startBackfill(0);
}

void LogFollower::startBackfill(qint64 lines)
{
    reset();
    bool missing = false;
    if (lines <= 0) {
        std::unique_ptr<LogFile> live = openSibling(0, &missing);
        const qint64 offset = live ? scanBack(*live, 0, true).start : 0;
        if (live)
            m_queue.push_back(std::move(live));
        rememberFrom(1);
        begin(offset, Notice::None);
        return;
    }
    std::vector<std::unique_ptr<LogFile>> files; // newest first
    BackScan scan;
    qint64 remaining = lines;
    int index = 0;
    for (; index <= m_options.maxRotatedFiles; ++index) {
        std::unique_ptr<LogFile> file = openSibling(index, &missing);
        if (!file) {
            if (isRenameGap(index, missing))
                continue; // the siblings after it still count
            break;
        }
        if (std::any_of(files.begin(), files.end(), [&](const auto &f) { return f->isSameInode(*file); }))
            continue; // renamed one up while we looked: seen already
        scan = scanBack(*file, remaining, index == 0);
        files.push_back(std::move(file));
        if (scan.found)
            break;
        remaining -= scan.counted;
    }
    rememberFrom(index + 1);
    for (auto it = files.rbegin(); it != files.rend(); ++it)
        m_queue.push_back(std::move(*it));
    begin(scan.found ? scan.start : 0, Notice::None);
}

bool LogFollower::startFromCursor(const LogCursor &cursor)
{
    reset();
    if (!cursor.isValid()) {
        m_error = u"invalid log cursor"_s;
        return false;
    }
    std::vector<std::unique_ptr<LogFile>> files; // files[i] is sibling i (null: missing live file)
    int match = -1;
    for (int index = 0; index <= m_options.maxRotatedFiles && match < 0; ++index) {
        bool missing = false;
        std::unique_ptr<LogFile> file = openSibling(index, &missing);
        if (!file && !isRenameGap(index, missing))
            break;
        if (file && file->matches(cursor))
            match = index;
        files.push_back(std::move(file));
    }
    Notice notice = Notice::CursorExpired;
    qint64 offset = 0;
    if (match >= 0) {
        LogFile &file = *files[size_t(match)];
        const qint64 size = file.size();
        char before = '\n';
        if (cursor.offset() > size) {
            notice = Notice::Truncated;
        } else if (cursor.offset() > 0 && cursor.offset() < size
            && (file.read(cursor.offset() - 1, &before, 1) != 1 || before != '\n')) {
            reset();
            m_error = u"log cursor does not point at the start of a line"_s;
            return false;
        } else {
            notice = Notice::None;
            offset = cursor.offset();
        }
        rememberFrom(match + 1);
    }
    for (auto it = files.rbegin(); it != files.rend(); ++it) {
        const auto queued = [&](const auto &q) { return q->isSameInode(**it); };
        // A file renamed one up while we looked is there twice.
        if (*it && std::none_of(m_queue.begin(), m_queue.end(), queued))
            m_queue.push_back(std::move(*it));
    }
    begin(offset, notice);
    return true;
}

QString LogFollower::siblingPath(int index) const
{
    return index == 0 ? m_path : m_path + u'.' + QString::number(index);
}

std::unique_ptr<LogFile> LogFollower::openSibling(int index, bool *missing)
{
    auto file = std::make_unique<LogFile>();
    const LogFile::OpenResult result = file->open(siblingPath(index));
    *missing = result == LogFile::OpenResult::Missing;
    if (result == LogFile::OpenResult::Opened)
        return file;
    if (result == LogFile::OpenResult::Failed)
        reportError(file->errorString());
    return nullptr;
}

// A sibling missing only because a rename is under way: the live name between its rename to
// path.1 and the new file, or path.N between path.N → path.N+1 and path.N-1 → path.N.
bool LogFollower::isRenameGap(int index, bool missing) const
{
    return missing && (index == 0 || QFileInfo::exists(siblingPath(index + 1)));
}

void LogFollower::rememberFrom(int index)
{
    std::vector<std::unique_ptr<LogFile>> older;
    for (; index <= m_options.maxRotatedFiles; ++index) {
        bool missing = false;
        std::unique_ptr<LogFile> file = openSibling(index, &missing);
        if (!file)
            break;
        older.push_back(std::move(file));
    }
    for (auto it = older.rbegin(); it != older.rend(); ++it) // m_seen is oldest first
        remember(**it);
}

void LogFollower::remember(LogFile &file)
{
    m_seen.append(file.cursorAt(0));
    while (m_seen.size() > m_options.maxRotatedFiles + 8)
        m_seen.removeFirst();
}

bool LogFollower::isKnown(const LogFile &file) const
{
    for (const std::unique_ptr<LogFile> &queued : m_queue) {
        if (queued->isSameInode(file))
            return true;
    }
    for (const LogCursor &identity : m_seen) {
        if (file.matches(identity))
            return true;
    }
    return false;
}

// Counts complete lines backwards from the end of `file` in blocks, never holding more than
// one block. For the live file the bytes after the last line feed are a partial line and do
// not count; for a rotated file an unterminated last line counts. wanted == 0 finds where the
// partial line (or the end) starts.
LogFollower::BackScan LogFollower::scanBack(LogFile &file, qint64 wanted, bool live)
{
    BackScan result;
    const qint64 size = file.size();
    if (size <= 0) {
        result.found = wanted == 0;
        return result;
    }
    qint64 lineEnd = -1; // end of the line being counted, -1 before the first line feed
    char last = '\n';
    if (!live && file.read(size - 1, &last, 1) == 1 && last != '\n')
        lineEnd = size;
    qint64 pos = size;
    while (pos > 0) {
        const qint64 blockStart = qMax<qint64>(0, pos - m_buffer.size());
        const qint64 length = pos - blockStart;
        qint64 got = 0;
        while (got < length) {
            const qint64 n = file.read(blockStart + got, m_buffer.data() + got, length - got);
            if (n <= 0)
                break;
            got += n;
        }
        if (got != length) { // shrank or failed under us: deliver from what is known
            reportError(file.path() + u": read failed while looking for the last lines"_s);
            result.start = lineEnd >= 0 ? lineEnd : size;
            result.found = true;
            return result;
        }
        const char *data = m_buffer.constData();
        qsizetype end = qsizetype(length);
        while (const void *hit = end > 0 ? memrchr(data, '\n', size_t(end)) : nullptr) {
            end = static_cast<const char *>(hit) - data;
            const qint64 lineStart = blockStart + end + 1;
            if (lineEnd >= 0 && ++result.counted == wanted) {
                result.start = lineStart;
                result.found = true;
                return result;
            }
            lineEnd = lineStart;
            if (wanted == 0) {
                result.start = lineStart;
                result.found = true;
                return result;
            }
        }
        pos = blockStart;
    }
    if (lineEnd > 0)
        ++result.counted; // the first line of the file
    result.start = 0;
    result.found = result.counted == wanted;
    return result;
}

void LogFollower::reportError(const QString &message)
{
    if (message == m_error)
        return; // once, not at every poll
    m_error = message;
    QMetaObject::invokeMethod(
        this, [this, message] { Q_EMIT errorOccurred(message); }, Qt::QueuedConnection);
}

void LogFollower::check()
{
    if (!m_running)
        return;
    const quint64 generation = m_generation;
    quint64 device = 0, inode = 0;
    bool replaced = false;
    if (LogFile::statPath(m_path, &device, &inode)) {
        const LogFile *newest = m_queue.empty() ? nullptr : m_queue.back().get();
        replaced = !newest || newest->device() != device || newest->inode() != inode;
        if (replaced)
            appendNewFiles();
    }
    if (!m_queue.empty()) {
        LogFile &front = *m_queue.front();
        const qint64 size = front.size();
        if (size >= 0 && size != m_lastSize) {
            if (size < m_readPos || !front.headUnchanged())
                handleTruncation(front);
            else
                m_lastSize = size;
        }
    }
    if (generation != m_generation)
        return; // a slot of truncated() restarted or stopped us
    if (replaced && m_watcher.files().contains(m_path))
        m_watcher.removePath(m_path); // the watch followed the old inode
    watch();
    schedulePump();
}

// The live name is not the newest file we know: walk path, path.1, … from the newest until a
// file we know (queued or already read) and queue the unknown ones, oldest first. This finds
// every file of a rotation storm, and a file created where none was.
void LogFollower::appendNewFiles()
{
    std::vector<std::unique_ptr<LogFile>> found; // newest first
    for (int index = 0; index <= m_options.maxRotatedFiles; ++index) {
        bool missing = false;
        std::unique_ptr<LogFile> file = openSibling(index, &missing);
        if (!file && isRenameGap(index, missing))
            continue; // a rotation under way: the files after the gap are newer than ours too
        if (!file || isKnown(*file))
            break;
        if (std::any_of(found.begin(), found.end(), [&](const auto &f) { return f->isSameInode(*file); }))
            continue; // renamed one up while we looked: seen already
        found.push_back(std::move(file));
    }
    for (auto it = found.rbegin(); it != found.rend(); ++it)
        m_queue.push_back(std::move(*it));
}

void LogFollower::handleTruncation(LogFile &file)
{
    m_readPos = 0;
    m_splitter.reset();
    file.rehashHead();
    m_lastSize = file.size();
    m_cursor = file.cursorAt(0);
    Q_EMIT truncated(m_cursor);
}

void LogFollower::watch()
{
    const QString dir = QFileInfo(m_path).absolutePath();
    if (!m_watcher.directories().contains(dir) && QFileInfo(dir).isDir())
        m_watcher.addPath(dir);
    if (!m_watcher.files().contains(m_path) && QFileInfo::exists(m_path))
        m_watcher.addPath(m_path);
}

void LogFollower::schedulePump()
{
    if (m_running && !m_paused && !m_pumpTimer.isActive())
        m_pumpTimer.start();
}

// One step of delivery per event-loop turn: a start notice, or one batch, or the move to the
// next file. Every emit may run a slot that stops or restarts us: `generation` tells.
void LogFollower::pump()
{
    if (!m_running || m_paused)
        return;
    const quint64 generation = m_generation;
    const auto stillOurs = [this, generation] { return m_generation == generation && m_running; };
    if (m_notice != Notice::None) {
        const Notice notice = std::exchange(m_notice, Notice::None);
        if (notice == Notice::CursorExpired)
            Q_EMIT cursorExpired(m_cursor);
        else
            Q_EMIT truncated(m_cursor);
        if (!stillOurs())
            return;
    }
    if (m_queue.empty()) {
        if (!std::exchange(m_caughtUpSent, true))
            Q_EMIT caughtUp(m_cursor);
        return;
    }
    LogFile &file = *m_queue.front();
    LogBatch batch;
    batch.lines.swap(m_spare); // empty, with the capacity of an earlier batch
    const bool atEnd = readBatch(file, &batch);
    const bool finished = atEnd && m_queue.size() > 1; // a newer file exists: this one is complete
    if (finished)
        m_splitter.flush(m_readPos, &batch);
    if (!batch.isEmpty()) {
        batch.cursor = file.cursorAt(batch.endOffsets.constLast());
        m_cursor = batch.cursor;
        Q_EMIT linesAppended(batch);
        if (!stillOurs())
            return;
    }
    // No slot kept the bytes (the agent writes them out at once): the next batch reuses the
    // buffer, so a backfill does not take fresh memory, and its page faults, for every batch.
    if (batch.lines.isDetached()) {
        batch.lines.resize(0);
        m_spare.swap(batch.lines);
    }
    if (finished) {
        remember(file);
        m_queue.pop_front();
        m_readPos = 0;
        m_lastSize = -1;
        m_splitter.reset();
        m_cursor = m_queue.front()->cursorAt(0);
        Q_EMIT rotated(m_cursor);
        if (!stillOurs())
            return;
    } else if (atEnd) {
        if (!std::exchange(m_caughtUpSent, true))
            Q_EMIT caughtUp(m_cursor);
        return; // wait for the watcher or the poll
    }
    schedulePump();
}

// Reads on from m_readPos until about batchBytes were read or the end; true at the end.
bool LogFollower::readBatch(LogFile &file, LogBatch *batch)
{
    qint64 readNow = 0;
    while (readNow < m_options.batchBytes) {
        const qint64 want = qMin<qint64>(m_buffer.size(), m_options.batchBytes - readNow);
        const qint64 n = file.read(m_readPos, m_buffer.data(), want);
        if (n < 0) {
            reportError(file.path() + u": read failed"_s);
            return true;
        }
        if (n == 0)
            return true;
        if (batch->lines.capacity() == 0)
            batch->lines.reserve(qMin<qsizetype>(m_options.batchBytes, 4 << 20) + n);
        m_readPos += n;
        readNow += n;
        m_splitter.feed(QByteArrayView(m_buffer.constData(), qsizetype(n)), m_readPos, batch);
    }
    return false;
}
