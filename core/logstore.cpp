// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/logstore.h"

#include "core/logparser.h"
#include "core/logtextmatcher.h"

#include <algorithm>
#include <cstring>

LogStore::LogStore(qsizetype maxLines)
    : m_maxLines(1)
{
    setMaxLines(maxLines);
}

void LogStore::setMaxLines(qsizetype maxLines)
{
    m_maxLines = qBound(qsizetype(1), maxLines, qsizetype(std::numeric_limits<int>::max() / 2));
}

QByteArrayView LogStore::Block::lineAt(qsizetype index) const
{
    const qsizetype start = starts[size_t(index)];
    const qsizetype end = index + 1 < count() ? qsizetype(starts[size_t(index) + 1]) : text.size();
    return QByteArrayView(text.constData() + start, end - start - 1);
}

LogStore::Block &LogStore::blockFor(qsizetype lineBytes)
{
    if (!m_blocks.empty()) {
        Block &last = m_blocks.back();
        if (last.count() < blockLineLimit() && last.text.size() + lineBytes <= MaxBlockBytes)
            return last;
        seal(last);
    }
    // Size the new block for the lines it will probably get, so small caps do not reserve
    // megabytes and big ones do not grow by copying.
    const qsizetype average = m_lineCount > 0 ? m_rawBytes / m_lineCount + 1 : 128;
    const qsizetype expectedLines = qMin(blockLineLimit(), MaxBlockBytes / average + 1);
    Block block;
    block.firstSequence = m_dropped + m_lineCount;
    block.text.reserve(qMax(lineBytes, qMin(MaxBlockBytes, expectedLines * average)));
    block.starts.reserve(size_t(expectedLines));
    block.times.reserve(size_t(expectedLines));
    block.levels.reserve(size_t(expectedLines));
    m_blocks.push_back(std::move(block));
    return m_blocks.back();
}

void LogStore::seal(Block &block) const
{
    if (block.text.capacity() > block.text.size() + block.text.size() / 32)
        block.text.squeeze();
    if (block.starts.capacity() > block.starts.size() + block.starts.size() / 32) {
        block.starts.shrink_to_fit();
        block.times.shrink_to_fit();
        block.levels.shrink_to_fit();
    }
}

void LogStore::indexLine(Block &block, qsizetype offset, QByteArrayView line)
{
    block.starts.push_back(quint32(offset));
    const LogParser::Peek peek = LogParser::peek(line);
    if (peek.msecsSinceEpoch)
        m_lastTime = *peek.msecsSinceEpoch;
    block.times.push_back(m_lastTime);
    block.levels.push_back(quint8(peek.level));
    m_rawBytes += line.size() + 1;
    ++m_lineCount;
}

qsizetype LogStore::appendLines(QByteArrayView lines)
{
    const char *data = lines.data();
    const qsizetype size = lines.size();
    const qsizetype before = m_lineCount;
    qsizetype pos = 0;
    while (pos < size) {
        const void *hit = std::memchr(data + pos, '\n', size_t(size - pos));
        qsizetype end = hit ? static_cast<const char *>(hit) - data : size;
        if (!hit || (end > pos && data[end - 1] == '\r')) {
            // CRLF or no line feed at the end: this line on its own, normalised.
            const qsizetype length = hit ? end - pos - 1 : end - pos;
            Block &block = blockFor(length + 1);
            indexLine(block, block.text.size(), QByteArrayView(data + pos, length));
            block.text.append(data + pos, length);
            block.text.append('\n');
            pos = end + 1;
            continue;
        }
        // A run of plain lines that fits the block: indexed one by one, copied at once.
        Block &block = blockFor(end - pos + 1);
        const qsizetype run = pos;
        const qsizetype base = block.text.size();
        const qsizetype budget = MaxBlockBytes - base;
        qsizetype lineRoom = blockLineLimit() - block.count();
        while (true) {
            indexLine(block, base + (pos - run), QByteArrayView(data + pos, end - pos));
            pos = end + 1;
            if (--lineRoom <= 0 || pos >= size)
                break;
            hit = std::memchr(data + pos, '\n', size_t(size - pos));
            if (!hit)
                break;
            end = static_cast<const char *>(hit) - data;
            if ((end > pos && data[end - 1] == '\r') || end + 1 - run > budget)
                break;
        }
        block.text.append(data + run, pos - run);
    }
    return m_lineCount - before;
}

qsizetype LogStore::trimCount() const
{
    qsizetype remaining = m_lineCount;
    qsizetype removed = 0;
    for (const Block &block : m_blocks) {
        if (remaining <= m_maxLines)
            break;
        remaining -= block.count();
        removed += block.count();
    }
    return removed;
}

qsizetype LogStore::trim()
{
    qsizetype removed = 0;
    while (m_lineCount > m_maxLines && !m_blocks.empty()) {
        const Block &front = m_blocks.front();
        m_lineCount -= front.count();
        m_rawBytes -= front.text.size();
        removed += front.count();
        m_blocks.pop_front();
    }
    m_dropped += removed;
    return removed;
}

void LogStore::clear()
{
    m_blocks.clear();
    m_lineCount = 0;
    m_rawBytes = 0;
    m_dropped = 0;
    m_lastTime = NoTime;
}

LogStore::Position LogStore::locate(qsizetype row) const
{
    if (row < 0 || row >= m_lineCount)
        return {};
    const qint64 sequence = m_dropped + row;
    const auto after = std::upper_bound(m_blocks.begin(), m_blocks.end(), sequence,
        [](qint64 s, const Block &b) { return s < b.firstSequence; });
    const Block &block = *std::prev(after);
    return {&block, qsizetype(sequence - block.firstSequence)};
}

QByteArrayView LogStore::line(qsizetype row) const
{
    const Position p = locate(row);
    return p.block ? p.block->lineAt(p.index) : QByteArrayView();
}

LogLine::Level LogStore::level(qsizetype row) const
{
    const Position p = locate(row);
    return p.block ? LogLine::Level(p.block->levels[size_t(p.index)]) : LogLine::Level::Unknown;
}

qint64 LogStore::timeMs(qsizetype row) const
{
    const Position p = locate(row);
    return p.block ? p.block->times[size_t(p.index)] : NoTime;
}

LogLine LogStore::parsedLine(qsizetype row) const
{
    return LogParser::parseLine(line(row));
}

qsizetype LogStore::memoryUsage() const
{
    qsizetype bytes = 0;
    for (const Block &block : m_blocks) {
        bytes += sizeof(Block) + block.text.capacity() + qsizetype(block.starts.capacity() * sizeof(quint32))
            + qsizetype(block.times.capacity() * sizeof(qint64)) + qsizetype(block.levels.capacity());
    }
    return bytes;
}

LogFilterResult LogStore::filter(const LogFilter &filter, qsizetype fromRow) const
{
    LogFilterResult result;
    const LogTextMatcher matcher(filter.text, filter.regularExpression, filter.caseSensitive);
    if (!matcher.isValid()) {
        result.error = matcher.errorString();
        return result;
    }
    const bool checkLevel = filter.minLevel != LogLine::Level::Unknown;
    const bool checkTime = filter.hasTimeRange();
    const quint8 minLevel = quint8(filter.minLevel);
    qsizetype base = 0; // row of the block's first line
    for (const Block &block : m_blocks) {
        const qsizetype count = block.count();
        if (base + count <= fromRow) {
            base += count;
            continue;
        }
        const auto passesIndex = [&](qsizetype i) {
            const qint64 t = block.times[size_t(i)];
            return (!checkLevel || block.levels[size_t(i)] >= minLevel)
                && (!checkTime || (t != NoTime && t >= filter.fromMs && t <= filter.toMs));
        };
        const auto keep = [&](qsizetype i) { result.rows.append(int(base + i)); };
        qsizetype i = qMax<qsizetype>(0, fromRow - base);
        if (matcher.hasPrefilter()) {
            // Search the literals through the whole block at once; only lines with a hit are
            // looked at (and matched when the literals alone do not decide).
            const qsizetype origin = block.starts[size_t(i)];
            LogTextMatcher::Scanner scanner(matcher, QByteArrayView(block.text).sliced(origin));
            for (qsizetype hit = scanner.next(0); hit >= 0;) {
                const quint32 at = quint32(origin + hit);
                i = std::upper_bound(block.starts.begin() + i, block.starts.end(), at) - block.starts.begin()
                    - 1;
                if (passesIndex(i) && (matcher.prefilterIsExact() || matcher.matches(block.lineAt(i))))
                    keep(i);
                if (++i >= count)
                    break;
                hit = scanner.next(block.starts[size_t(i)] - origin);
            }
        } else {
            const bool everything = matcher.matchesEverything();
            for (; i < count; ++i) {
                if (passesIndex(i) && (everything || matcher.matches(block.lineAt(i))))
                    keep(i);
            }
        }
        base += count;
    }
    return result;
}
