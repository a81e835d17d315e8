// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/logline.h"

#include <QDateTime>
#include <QFile>
#include <QString>
#include <QStringList>

// One log file of the simulator, written in a documented format:
//   VE format   "YYYY-MM-DD HH:MM:SS LEVEL CATEGORY message" (level padded to 5, category to 6),
//               for license.log and the emulators' logs; times are simulated UTC wall time;
//   error.log   "[epoch] [level] [client addr] message".
// Lines are queued with addVe()/addErrorLog() and reach the file on flush(): the whole batch in
// one unbuffered write of complete lines, so a tailer never sees half a line. rotate() moves
// path → path.1 (path.1 → path.2 …, keeping `keep` old files) by renames, after flushing, so
// nothing written is lost. Not thread-safe; lives with its owner.
class SimLogWriter
{
public:
    explicit SimLogWriter(const QString &path);

    QString path() const { return m_path; }

    void addVe(qint64 timeMs, LogLine::Level level, const QString &message);
    void addErrorLog(qint64 timeMs, const QString &level, const QString &client, const QString &message);
    bool hasPending() const { return !m_pending.isEmpty(); }

    // Appends the queued lines (creating the file and its folder as needed). On success the lines
    // move to *written (without line breaks); on failure they are dropped and *error says why.
    bool flush(QStringList *written, QString *error);

    // Flushes, then renames path.(keep-1) → path.keep … path → path.1; the next flush creates a
    // new file. keep >= 1.
    bool rotate(int keep, QString *error);

    static QString veLine(qint64 timeMs, LogLine::Level level, const QString &message);

private:
    QString m_path;
    QStringList m_pending;
};
