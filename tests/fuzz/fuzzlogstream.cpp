// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The live-log wire: resume cursors (LogCursor's text form) and the records of the log routes in
// both forms, NDJSON line records and blocks of raw lines (LogWire, LogWireReader), as a client
// reads them from a hostile or broken peer; and the writer's two forms of the same lines, which
// must read back as the same text.
#include "core/logcursor.h"
#include "core/logwire.h"
#include "core/logwirereader.h"
#include "tests/fuzz/fuzzchunks.h"
#include "tests/fuzz/fuzzentries.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace {

bool isValidUtf8(const QByteArray &bytes)
{
    return QString::fromUtf8(bytes).toUtf8() == bytes;
}

void checkCursorText(QByteArrayView text)
{
    const LogCursor cursor = LogCursor::fromString(QString::fromLatin1(text));
    if (!cursor.isValid())
        return;
    // The wire form is canonical: what parses is exactly what toString() writes.
    FUZZ_CHECK(cursor.toString() == QString::fromLatin1(text));
    FUZZ_CHECK(LogCursor::fromString(cursor.toString()) == cursor);
    FUZZ_CHECK(
        cursor.offset() >= 0 && cursor.headLength() >= 0 && cursor.headLength() <= LogCursor::HeadBytes);
}

struct Seen
{
    QList<LogWire::Record> records;
    bool ok = true;
    QString error;
};

Seen readAll(QByteArrayView data, quint32 seed, int maxChunk, qsizetype maxRecord)
{
    LogWireReader reader(maxRecord);
    Seen seen;
    const auto handle = [&seen, maxRecord](const LogWire::Record &record) {
        // What a reader hands out: valid UTF-8, and a log line never holds a line break.
        FUZZ_CHECK(isValidUtf8(record.line) && isValidUtf8(record.cursor));
        FUZZ_CHECK(isValidUtf8(record.event) && isValidUtf8(record.message));
        FUZZ_CHECK(!record.line.contains('\r'));
        if (record.kind == LogWire::Record::Kind::Block) {
            // Whole lines, as many as the header said, within the reader's cap.
            FUZZ_CHECK(!record.cursor.isEmpty() && record.line.endsWith('\n'));
            FUZZ_CHECK(record.line.count('\n') == record.blockLines);
            FUZZ_CHECK(record.blockBytes <= maxRecord);
        } else {
            FUZZ_CHECK(!record.line.contains('\n'));
        }
        if (record.kind == LogWire::Record::Kind::Line)
            FUZZ_CHECK(!record.cursor.isEmpty());
        else if (record.kind == LogWire::Record::Kind::Event)
            FUZZ_CHECK(!record.event.isEmpty());
        checkCursorText(record.cursor);
        seen.records.append(record);
        return true;
    };
    FuzzChunks chunks(data, seed, maxChunk);
    while (seen.ok && !chunks.atEnd())
        seen.ok = reader.feed(chunks.next(), handle);
    FUZZ_CHECK(seen.ok != reader.hasFailed());
    seen.error = reader.errorString();
    return seen;
}

bool sameRecords(const QList<LogWire::Record> &a, const QList<LogWire::Record> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a[i].kind != b[i].kind || a[i].cursor != b[i].cursor || a[i].line != b[i].line
            || a[i].event != b[i].event || a[i].message != b[i].message || a[i].blockLines != b[i].blockLines)
            return false;
    }
    return true;
}

// Whatever bytes a log line and a cursor hold, the writer's record reads back as the same text
// (invalid UTF-8 replaced; line breaks in a line become blanks), with LogWire and QJsonDocument.
void checkWriter(QByteArrayView bytes)
{
    if (bytes.isEmpty())
        return; // a line record needs a cursor
    QByteArray record;
    LogWire::appendLine(&record, bytes, bytes);
    FUZZ_CHECK(record.endsWith('\n') && record.count('\n') == 1);
    QByteArray valid;
    LogWire::appendValidUtf8(&valid, bytes);
    FUZZ_CHECK(isValidUtf8(valid));
    LogWire::Record read;
    QString error;
    FUZZ_CHECK(LogWire::parseRecord(QByteArrayView(record).chopped(1), &read, &error));
    FUZZ_CHECK(read.kind == LogWire::Record::Kind::Line);
    FUZZ_CHECK(read.cursor == valid);
    QByteArray blanked = valid;
    blanked.replace('\n', ' ').replace('\r', ' ');
    FUZZ_CHECK(read.line == blanked);
    const QJsonObject object = QJsonDocument::fromJson(record).object();
    FUZZ_CHECK(object.value(QLatin1String("line")).toString() == QString::fromUtf8(valid));
}

// The same lines (the bytes cut at each '\n') written as line records and as one block read back
// as the same text, cut into pieces anywhere.
void checkBlockWriter(QByteArrayView bytes, quint32 seed)
{
    QByteArray lines = bytes.toByteArray();
    if (!lines.endsWith('\n'))
        lines.append('\n');
    const LogWire::BlockScan scan = LogWire::scanBlock(lines);
    FUZZ_CHECK(scan.lines == lines.count('\n'));
    QByteArray block;
    LogWire::appendBlock(&block, lines, scan, "c");
    QByteArray records;
    for (const QByteArray &line : lines.chopped(1).split('\n'))
        LogWire::appendLine(&records, line, "c");
    const Seen fromBlock = readAll(block, seed, 1 + int(seed % 23), LogWireReader::DefaultMaxRecordBytes);
    const Seen fromRecords = readAll(records, seed, 1 + int(seed % 29), LogWireReader::DefaultMaxRecordBytes);
    FUZZ_CHECK(fromBlock.ok && fromRecords.ok && fromBlock.records.size() == 1);
    FUZZ_CHECK(fromBlock.records.first().blockLines == scan.lines);
    QByteArray text;
    for (const LogWire::Record &record : fromRecords.records)
        text += record.line + '\n';
    FUZZ_CHECK(fromBlock.records.first().line == text);
    FUZZ_CHECK(scan.clean == (text == lines));
}

} // namespace

namespace FuzzEntries {

void logStream(QByteArrayView data)
{
    checkCursorText(data.first(qMin<qsizetype>(data.size(), LogCursor::MaxTextLength + 1)));
    checkWriter(data.first(qMin<qsizetype>(data.size(), 4096)));
    if (data.size() < 2)
        return;
    const quint32 seed = quint8(data[0]);
    checkBlockWriter(data.sliced(2).first(qMin<qsizetype>(data.size() - 2, 4096)), seed);
    const qsizetype maxRecord = 16 + quint8(data[1]) * 8; // small caps reach the limit path
    const QByteArrayView stream = data.sliced(2);
    const Seen whole = readAll(stream, 0, int(stream.size()) + 1, maxRecord);
    const Seen pieces = readAll(stream, seed, 1 + int(seed % 17), maxRecord);
    // The way the bytes were cut must not change what is read.
    FUZZ_CHECK(whole.ok == pieces.ok);
    FUZZ_CHECK(sameRecords(whole.records, pieces.records));
}

} // namespace FuzzEntries
