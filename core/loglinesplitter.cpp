// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/loglinesplitter.h"

#include <cstring>

LogLineSplitter::LogLineSplitter(qsizetype maxLineBytes)
    : m_maxLineBytes(qMax<qsizetype>(16, maxLineBytes))
{ }

QByteArray LogLineSplitter::cutMarker(qint64 totalBytes)
{
    return " [line cut: " + QByteArray::number(totalBytes) + " bytes]";
}

void LogLineSplitter::feed(QByteArrayView chunk, qint64 chunkEnd, LogBatch *batch)
{
    const char *data = chunk.data();
    const qsizetype size = chunk.size();
    const qint64 chunkStart = chunkEnd - size;
    qsizetype pos = 0;
    qsizetype run = -1; // start of a run of plain lines, copied at once (the common case)
    const auto flushRun = [&] {
        if (run >= 0)
            batch->lines.append(data + run, pos - run);
        run = -1;
    };
    while (pos < size) {
        const void *hit = std::memchr(data + pos, '\n', size_t(size - pos));
        if (!hit)
            break;
        const qsizetype nl = static_cast<const char *>(hit) - data;
        const QByteArrayView piece(data + pos, nl - pos);
        if (m_partialBytes == 0 && piece.size() <= m_maxLineBytes
            && (piece.isEmpty() || piece.back() != '\r')) {
            if (run < 0)
                run = pos;
            batch->endOffsets.append(chunkStart + nl + 1);
        } else if (m_partialBytes == 0) {
            flushRun();
            appendLine(
                piece, piece.size(), !piece.isEmpty() && piece.back() == '\r', chunkStart + nl + 1, batch);
        } else {
            holdPartial(piece);
            appendLine(m_partial, m_partialBytes, m_partialLast == '\r', chunkStart + nl + 1, batch);
            reset();
        }
        pos = nl + 1;
    }
    flushRun();
    if (pos < size)
        holdPartial(QByteArrayView(data + pos, size - pos));
}

void LogLineSplitter::flush(qint64 end, LogBatch *batch)
{
    if (m_partialBytes == 0)
        return;
    appendLine(m_partial, m_partialBytes, m_partialLast == '\r', end, batch);
    reset();
}

void LogLineSplitter::reset()
{
    m_partial.clear();
    m_partialBytes = 0;
    m_partialLast = 0;
}

void LogLineSplitter::holdPartial(QByteArrayView piece)
{
    // Keep one byte beyond the cap: enough to know the line is too long, and a CR there is
    // still seen when the line feed follows right at the cap.
    const qsizetype room = m_maxLineBytes + 1 - m_partial.size();
    if (room > 0)
        m_partial.append(piece.first(qMin(room, piece.size())));
    m_partialBytes += piece.size();
    if (!piece.isEmpty())
        m_partialLast = piece.back();
}

void LogLineSplitter::appendLine(
    QByteArrayView line, qint64 totalBytes, bool endsWithCr, qint64 end, LogBatch *batch) const
{
    // The CR of "\r\n" is not part of the line, nor of its length in a cut marker, wherever the
    // bytes were split when they arrived (the held part of a long line may not include the CR).
    if (endsWithCr) {
        --totalBytes;
        line = line.first(qMin<qsizetype>(line.size(), qsizetype(totalBytes)));
    }
    if (totalBytes <= m_maxLineBytes) {
        batch->lines.append(line.first(qsizetype(totalBytes)));
    } else {
        // Back off to the start of a UTF-8 sequence so the cut itself adds no invalid bytes.
        qsizetype keep = m_maxLineBytes;
        for (int i = 0; i < 3 && keep > 0 && (quint8(line[keep]) & 0xC0) == 0x80; ++i)
            --keep;
        batch->lines.append(line.first(keep));
        batch->lines.append(cutMarker(totalBytes));
    }
    batch->lines.append('\n');
    batch->endOffsets.append(end);
}
