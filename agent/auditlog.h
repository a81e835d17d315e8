// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QString>

// The record of every admin action (and every refused attempt at one): JSON Lines in
// <stateDir>/audit.log, mode 0600, one object per line:
//   {"time":"2024-05-01T10:00:00Z","token":"alice","role":"admin","client":"10.0.0.5",
//    "action":"POST /api/v1/service/restart","status":200,"result":"ok","message":"…"}
// Never a secret: tokens appear by name only, request bodies are not recorded.
class AuditLog
{
public:
    struct Entry
    {
        QString token; // token name, empty when none was accepted
        QString role; // "admin", "viewer" or empty
        QHostAddress client;
        QString action; // "POST /api/v1/service/restart"
        int status = 0; // HTTP status of the answer
        QString result; // "ok", "denied" or "error"
        QString message; // error code and message, or a short outcome
        QJsonObject details; // optional structured facts of the action (never a secret)
    };

    static constexpr auto FileName = "audit.log";

    explicit AuditLog(const QString &file);
    QString file() const { return m_file; }

    // Appends one line; a failure is reported on stderr once per failure streak, never thrown.
    void record(const Entry &entry);

    // The newest line whose "action" is `action`, as written; searched from the end, through at
    // most the last maxScanBytes of the file. Empty when there is none (or the file is unreadable).
    QJsonObject lastEntry(const QString &action, qint64 maxScanBytes = 16 * 1024 * 1024) const;

    // The newest `limit` entries, newest first, as written, from the last maxTailBytes of the file
    // (lines that are not JSON objects are skipped). Empty when the file is missing or unreadable.
    QList<QJsonObject> newest(int limit, qint64 maxTailBytes = 4 * 1024 * 1024) const;

private:
    QString m_file;
    bool m_failing = false;
};
