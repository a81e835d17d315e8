// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// LogLineSplitter (the framing of a followed log file into lines) against a reference model of
// its contract (loglinesplitter.h), fed at once and in pieces.
#include "core/logbatch.h"
#include "core/loglinesplitter.h"
#include "tests/fuzz/fuzzchunks.h"
#include "tests/fuzz/fuzzentries.h"

namespace {

// The contract, written plainly: every line without its "\n" (and a CR before it); a line longer
// than the cap keeps its first bytes, not ending inside a UTF-8 sequence, plus the cut marker.
LogBatch model(QByteArrayView data, qsizetype cap, qint64 base)
{
    LogBatch batch;
    qsizetype start = 0;
    while (start <= data.size()) {
        qsizetype end = data.indexOf('\n', start);
        const bool last = end < 0;
        if (last) {
            end = data.size();
            if (end == start)
                break;
        }
        QByteArrayView line = data.sliced(start, end - start);
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.size() <= cap) {
            batch.lines.append(line);
        } else {
            qsizetype keep = cap;
            for (int i = 0; i < 3 && keep > 0 && (quint8(line[keep]) & 0xC0) == 0x80; ++i)
                --keep;
            batch.lines.append(line.first(keep));
            batch.lines.append(LogLineSplitter::cutMarker(line.size()));
        }
        batch.lines.append('\n');
        batch.endOffsets.append(base + (last ? end : end + 1));
        start = end + 1;
    }
    return batch;
}

LogBatch split(QByteArrayView data, qsizetype cap, qint64 base, quint32 seed, int maxChunk)
{
    LogLineSplitter splitter(cap);
    LogBatch batch;
    FuzzChunks chunks(data, seed, maxChunk);
    qint64 offset = base;
    while (!chunks.atEnd()) {
        const QByteArrayView piece = chunks.next();
        offset += piece.size();
        splitter.feed(piece, offset, &batch);
        // What is held back is bounded by the cap, whatever the line's length.
        FUZZ_CHECK(batch.lineCount() == batch.lines.count('\n'));
    }
    splitter.flush(offset, &batch);
    FUZZ_CHECK(!splitter.hasPartial());
    return batch;
}

} // namespace

namespace FuzzEntries {

void logLineSplitter(QByteArrayView data)
{
    if (data.size() < 3)
        return;
    const qsizetype cap = 16 + quint8(data[0]); // the splitter's minimum cap is 16
    const quint32 seed = quint8(data[1]);
    const qint64 base = qint64(quint8(data[2])) << 20; // the file offset the bytes start at
    const QByteArrayView file = data.sliced(3);

    const LogBatch expected = model(file, cap, base);
    const LogBatch whole = split(file, cap, base, 0, int(file.size()) + 1);
    const LogBatch pieces = split(file, cap, base, seed, 1 + int(seed % 40));
    for (const LogBatch *got : {&whole, &pieces}) {
        FUZZ_CHECK(got->endOffsets == expected.endOffsets);
        FUZZ_CHECK(got->lines == expected.lines);
    }
    for (qsizetype i = 1; i < whole.endOffsets.size(); ++i)
        FUZZ_CHECK(whole.endOffsets[i] > whole.endOffsets[i - 1]);
}

} // namespace FuzzEntries
