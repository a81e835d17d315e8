// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/logwire.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <functional>

// Cuts a byte stream (pieces of a log route's answer as they arrive) into records, in either form
// (core/logwire.h): line and event records, and blocks, whose header record is followed by the
// raw text of its lines. A record or block split across pieces is held until complete; one longer
// than maxRecordBytes is an error, so memory stays bounded whatever the peer sends. After an error
// every feed() fails until reset().
//
// A block is handed out once its text is complete, as one Record of Kind::Block: `line` holds the
// text (invalid UTF-8 replaced by U+FFFD and a CR by a blank, as a line record would read), and
// the text must hold exactly the header's number of lines, the last one ending in '\n'; anything
// else is not this protocol. The Record's buffers are reused for the next record: a handler that
// keeps `line` copies it (a QByteArray copy is cheap, the reader then allocates anew).
class LogWireReader
{
public:
    // A 1 MiB log line (the agent's cap) escaped as \u00XX throughout is 6 MiB; as a block, with
    // every byte replaced by U+FFFD, 3 MiB.
    static constexpr qsizetype DefaultMaxRecordBytes = 8 << 20;
    // Returns false to stop at this record (the rest of the piece is dropped).
    using Handler = std::function<bool(const LogWire::Record &record)>;

    explicit LogWireReader(qsizetype maxRecordBytes = DefaultMaxRecordBytes);

    // False on a malformed or oversized record (errorString()) or when `handle` stopped.
    bool feed(QByteArrayView data, const Handler &handle);
    void reset();
    bool hasPartial() const { return !m_partial.isEmpty() || m_blockMissing > 0; }
    bool hasFailed() const { return !m_error.isEmpty(); }
    QString errorString() const { return m_error; }

private:
    bool handleRecord(QByteArrayView json, const Handler &handle);
    bool finishBlock(const Handler &handle);
    bool failWith(const QString &message);

    QByteArray m_partial;
    QByteArray m_scratch; // a block's text with replacements
    LogWire::Record m_record;
    QString m_error;
    qsizetype m_maxRecordBytes;
    qsizetype m_blockMissing = 0; // bytes of the current block's text still to come
};
