// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QObject>
#include <QProcess>
#include <QStringList>

// Reads the systemd journal of one unit with journalctl (run without a shell), as log records
// (core/logwire.h) whose resume cursor is the journal's own cursor.
//
// Two phases, so that "caught up" is known: first `COMMAND -o json --no-pager` with `-n N` or
// `--after-cursor C`, which exits at the end of the journal (caughtUp() then); when following,
// then `COMMAND -o json --no-pager --follow --after-cursor LAST` (LAST: the last entry seen, or
// `-n 0` when the journal had none: an entry written in that instant may then be missed).
//
// A line is "<UTC time> <identifier>[<pid>]: <message>", line breaks in the message as blanks; a
// binary MESSAGE (a byte array in journalctl's JSON) is decoded as UTF-8 (invalid bytes are
// replaced on the wire). Entries over MaxEntryBytes of JSON are skipped with an error record.
//
// Flow control: QProcess reads whatever the process prints into memory, so setPaused(true) stops
// journalctl itself (SIGSTOP) and SIGCONT resumes it; what was read already is delivered first.
//
// Signals (from the event loop): recordsRead() with NDJSON line and error records; caughtUp();
// failed() once, when journalctl cannot run, exits with an error, or ends while following.
class JournalFollower : public QObject
{
    Q_OBJECT

public:
    static constexpr qsizetype MaxEntryBytes = 1 << 20;

    explicit JournalFollower(const QStringList &command, QObject *parent = nullptr);
    ~JournalFollower() override;

    // `cursor` empty: the last `lines` entries first.
    void start(const QByteArray &cursor, qint64 lines, bool follow);
    void stop();
    void setPaused(bool paused);

Q_SIGNALS:
    void recordsRead(const QByteArray &records);
    void caughtUp(const QByteArray &cursor);
    void failed(const QString &message);

private:
    void launch(const QStringList &arguments);
    void readOutput();
    void deliver();
    void onFinished(int exitCode, QProcess::ExitStatus status);
    void appendEntry(QByteArrayView json, QByteArray *records);
    void signalProcess(int signal);

    QStringList m_command;
    QProcess *m_process = nullptr;
    QByteArray m_pending; // output not yet cut into entries
    QByteArray m_cursor; // of the last entry delivered
    bool m_follow = false;
    bool m_following = false; // in the second phase
    bool m_skipping = false; // inside an oversized entry
    bool m_paused = false;
    bool m_failed = false;
};
