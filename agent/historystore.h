// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/historysample.h"

#include <QByteArray>
#include <QDateTime>
#include <QFile>
#include <QList>
#include <QString>

#include <optional>

// The history of one license server on disk: an append-only file of fixed-size records, bounded,
// surviving restarts and crashes.
//
// Format (little-endian): a 16-byte header "ve-history 1\n" padded with NULs, then one 32-byte
// record per sample: "VR", flags (bit 0 service up, 1 failover active, 2 hours known, 3 sessions
// known), 0, int32 sessions, int64 time (ms since the epoch, UTC), float64 remaining hours,
// 4 zero bytes, CRC-32 of the 28 bytes before it.
//
// Damage: a record whose marker or CRC is wrong is skipped (counted in skipped()); a torn record
// at the end (a crash or a full disk in the middle of a write) is skipped and cut off, so the next
// record starts on a record boundary. What was valid before is never rewritten in place. A file
// that is not a history file at all is moved aside to <path>.bad and a new one started.
//
// Bound: at most maxSamples; past maxSamples + 10 % the newest maxSamples are written to a
// temporary file that replaces the old one by rename (QSaveFile), so a crash leaves either file
// whole. Not thread-safe; one owner.
class HistoryStore
{
public:
    static constexpr int DefaultMaxSamples = 100000;
    static constexpr int HeaderSize = 16;
    static constexpr int RecordSize = 32;

    explicit HistoryStore(const QString &path, int maxSamples = DefaultMaxSamples);

    // Reads what is there (creating the file when missing). False with *error when the file
    // cannot be opened or created; the store then keeps samples in memory only.
    bool open(QString *error);
    bool isOpen() const { return m_file.isOpen(); }

    // Records a sample: in memory always, on disk when possible. False with *error when the
    // write failed (disk full, I/O error); the file stays valid and the next append tries again.
    bool append(const HistorySample &sample, QString *error);

    // Samples with from ≤ time ≤ to, in time order, at most `limit`; *next is the time of the
    // first one left out (invalid when none was).
    QList<HistorySample> samples(
        const QDateTime &from, const QDateTime &to, int limit, QDateTime *next) const;
    std::optional<HistorySample> last() const;
    qsizetype size() const { return m_samples.size(); }
    qint64 skipped() const { return m_skipped; }
    QString path() const { return m_path; }

    static QByteArray encode(const HistorySample &sample); // one record
    static std::optional<HistorySample> decode(const char *record); // RecordSize bytes

private:
    bool createFile(QString *error);
    bool compact(QString *error);

    QString m_path;
    int m_max;
    QFile m_file;
    qint64 m_validEnd = 0; // end of the last whole record on disk
    qint64 m_skipped = 0;
    QList<HistorySample> m_samples; // file order
};
