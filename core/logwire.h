// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

// The records of the agent's log routes (docs/protocol.md "Live logs"): NDJSON, one compact JSON
// object per line, written by the agent and read by LogStream and vectl.
//
//   {"cursor":"<resume cursor>","line":"<text>"}       one log line; the cursor is after it
//   {"event":"rotated","cursor":"…"}                    also "truncated", "cursor-expired",
//   {"event":"caught-up","cursor":"…"}                  "caught-up"; the cursor is where the
//   {"event":"heartbeat"}                               stream stands (resume from it)
//   {"event":"error","message":"…"}                     a non-fatal problem of the agent
//
// The block form, which a client asks for (format=blocks) and an agent may then send instead of
// line records: a header record, then exactly `block` bytes of raw text, `lines` whole lines each
// ending in '\n'; the cursor is after the last of them:
//
//   {"block":<bytes>,"lines":<count>,"cursor":"<resume cursor>"}
//   <bytes of text: line '\n' line '\n' …>
//
// Cursors are opaque ASCII to clients (a file cursor, LogCursor's wire form, or a journal cursor).
// Line text is UTF-8: invalid bytes become U+FFFD when written and again when read, so a hostile
// peer cannot hand a reader anything else; a CR inside a line reads as a blank in both forms (a
// line record's escaped CR or LF, a block's raw CR), so both forms give a reader the same text.
// Readers ignore members they do not know.
namespace LogWire {

struct Record
{
    enum class Kind { Line, Event, Block };
    Kind kind = Kind::Line;
    QByteArray cursor; // empty when absent
    // Kind::Line: the text, valid UTF-8, without line breaks. Kind::Block, as LogWireReader hands
    // it out: the block's lines, each ending in '\n', valid UTF-8 without CR.
    QByteArray line;
    QByteArray event; // Kind::Event: its name
    QByteArray message; // "error" events
    qint64 blockBytes = 0; // Kind::Block: the header's byte count of the text that follows it
    qint64 blockLines = 0; // Kind::Block: its lines (1 … blockBytes)
};

// What a block's text holds.
struct BlockScan
{
    qsizetype lines = 0; // line feeds
    bool clean = true; // valid UTF-8 without a CR: the block form carries it as it is
};

// The size a writer aims at for one block: whole lines up to this many bytes (a single longer
// line is a block of its own).
inline constexpr qsizetype BlockBytes = 1 << 20;

// Appends `text` as a JSON string: quotes, backslashes and control characters escaped, valid
// UTF-8 copied, every invalid sequence replaced by U+FFFD.
void appendJsonString(QByteArray *out, QByteArrayView text);
// Appends `text` with every invalid UTF-8 sequence replaced by U+FFFD.
void appendValidUtf8(QByteArray *out, QByteArrayView text);

// Appends `text` with every invalid UTF-8 sequence replaced by U+FFFD and every CR by a blank: a
// line's text as both forms deliver it.
void appendLogText(QByteArray *out, QByteArrayView text);
BlockScan scanBlock(QByteArrayView text);

// One record, with its terminating '\n'.
void appendLine(QByteArray *out, QByteArrayView line, QByteArrayView cursor);
void appendEvent(QByteArray *out, QByteArrayView event, QByteArrayView cursor = {});
void appendError(QByteArray *out, const QString &message);
// One block: its header, then `lines` (whole lines, each ending in '\n': a LogBatch's bytes) as
// appendLogText() gives them; `scan` is scanBlock(lines), `cursor` the one after the last line.
void appendBlock(QByteArray *out, QByteArrayView lines, const BlockScan &scan, QByteArrayView cursor);
// A block's header alone, for a writer that sends the text as it is (scanBlock() found it clean).
void appendBlockHeader(QByteArray *out, qsizetype bytes, qsizetype lines, QByteArrayView cursor);

// Parses one record (without its '\n'). False with *error for anything that is not a JSON
// object of this protocol. `record`'s buffers are reused: parse many records into one.
bool parseRecord(QByteArrayView json, Record *record, QString *error);

} // namespace LogWire
