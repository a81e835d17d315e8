// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHostAddress>
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
    };

    static constexpr auto FileName = "audit.log";

    explicit AuditLog(const QString &file);
    QString file() const { return m_file; }

    // Appends one line; a failure is reported on stderr once per failure streak, never thrown.
    void record(const Entry &entry);

private:
    QString m_file;
    bool m_failing = false;
};
