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
// Cursors are opaque ASCII to clients (a file cursor, LogCursor's wire form, or a journal cursor).
// Line text is UTF-8: invalid bytes become U+FFFD when written and again when read, so a hostile
// peer cannot hand a reader anything else. Readers ignore members they do not know.
namespace LogWire {

struct Record
{
    enum class Kind { Line, Event };
    Kind kind = Kind::Line;
    QByteArray cursor; // empty when absent
    QByteArray line; // Kind::Line: the text, valid UTF-8, without line breaks
    QByteArray event; // Kind::Event: its name
    QByteArray message; // "error" events
};

// Appends `text` as a JSON string: quotes, backslashes and control characters escaped, valid
// UTF-8 copied, every invalid sequence replaced by U+FFFD.
void appendJsonString(QByteArray *out, QByteArrayView text);
// Appends `text` with every invalid UTF-8 sequence replaced by U+FFFD.
void appendValidUtf8(QByteArray *out, QByteArrayView text);

// One record, with its terminating '\n'.
void appendLine(QByteArray *out, QByteArrayView line, QByteArrayView cursor);
void appendEvent(QByteArray *out, QByteArrayView event, QByteArrayView cursor = {});
void appendError(QByteArray *out, const QString &message);

// Parses one record (without its '\n'). False with *error for anything that is not a JSON
// object of this protocol. `record`'s buffers are reused: parse many records into one.
bool parseRecord(QByteArrayView json, Record *record, QString *error);

} // namespace LogWire
