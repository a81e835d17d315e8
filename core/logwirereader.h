// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/logwire.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <functional>

// Cuts a byte stream (pieces of an NDJSON answer as they arrive) into records. A record split
// across pieces is held until complete; one longer than maxRecordBytes is an error, so memory
// stays bounded whatever the peer sends. After an error every feed() fails until reset().
class LogWireReader
{
public:
    // A 1 MiB log line (the agent's cap) escaped as \u00XX throughout is 6 MiB.
    static constexpr qsizetype DefaultMaxRecordBytes = 8 << 20;
    // Returns false to stop at this record (the rest of the piece is dropped).
    using Handler = std::function<bool(const LogWire::Record &record)>;

    explicit LogWireReader(qsizetype maxRecordBytes = DefaultMaxRecordBytes);

    // False on a malformed or oversized record (errorString()) or when `handle` stopped.
    bool feed(QByteArrayView data, const Handler &handle);
    void reset();
    bool hasPartial() const { return !m_partial.isEmpty(); }
    bool hasFailed() const { return !m_error.isEmpty(); }
    QString errorString() const { return m_error; }

private:
    bool handleRecord(QByteArrayView json, const Handler &handle);

    QByteArray m_partial;
    LogWire::Record m_record;
    QString m_error;
    qsizetype m_maxRecordBytes;
};
