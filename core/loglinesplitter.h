// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/logbatch.h"

#include <QByteArrayView>

// Cuts the bytes of a file, fed in chunks in file order, into complete lines appended to a
// LogBatch. A line without its line feed yet is held back (partial) until the rest arrives. A
// line longer than `maxLineBytes` keeps its first bytes (never ending inside a UTF-8 sequence)
// followed by cutMarker(); the rest of it is skipped as it arrives, so memory stays bounded by
// the cap whatever the file holds. "\r\n" ends a line like "\n".
class LogLineSplitter
{
public:
    static constexpr qsizetype DefaultMaxLineBytes = 1 << 20;

    explicit LogLineSplitter(qsizetype maxLineBytes = DefaultMaxLineBytes);

    qsizetype maxLineBytes() const { return m_maxLineBytes; }
    // `chunk` ends at file offset `chunkEnd`; complete lines go to `batch`.
    void feed(QByteArrayView chunk, qint64 chunkEnd, LogBatch *batch);
    // The held partial line as a complete one ending at `end`: for a file that will not grow
    // any more (it was rotated away). No-op without a partial line.
    void flush(qint64 end, LogBatch *batch);
    void reset(); // forgets the partial line
    bool hasPartial() const { return m_partialBytes > 0; }

    // " [line cut: <total> bytes]", appended to a cut line.
    static QByteArray cutMarker(qint64 totalBytes);

private:
    void holdPartial(QByteArrayView piece);
    void appendLine(
        QByteArrayView line, qint64 totalBytes, bool endsWithCr, qint64 end, LogBatch *batch) const;

    QByteArray m_partial; // at most m_maxLineBytes + 1 bytes of the partial line
    qint64 m_partialBytes = 0; // its full length so far
    char m_partialLast = 0; // its last byte: a CR there ends the line with the LF that follows
    qsizetype m_maxLineBytes;
};
