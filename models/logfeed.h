// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/logstream.h"

#include <QObject>
#include <QPointer>
#include <QString>

class LogModel;
class ServerConnection;

// One live log of one server: a LogStream on the server's agent feeding a LogModel (owned). Every
// batch the stream hands out is appended as one insertion; the model trims at its cap. The
// model's clock follows the server's clock skew (ServerConnection::clockSkewMs(), updated when it
// moved by a second or more) and the user's preferred time zone.
//
// The stream starts at construction with a backfill of backfillLines() lines and then follows
// live; it reconnects and resumes by itself (LogStream). stateText() is what a view shows about
// it; stateChanged() when it changes.
class LogFeed : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 DefaultBackfillLines = 100'000;

    LogFeed(ServerConnection *connection, const QString &source, QObject *parent = nullptr);
    ~LogFeed() override;

    QString source() const { return m_source; }
    ServerConnection *connection() const { return m_connection; }
    LogModel *model() const { return m_model; }
    LogStream *stream() const { return m_stream; }
    bool isLive() const { return m_live; } // caught up and streaming
    bool hasFailed() const;
    QString stateText() const;
    // A note about the stream's history a user should know (rotations, lost lines), or empty.
    QString noteText() const { return m_note; }

    static qint64 backfillLines(); // QSettings "logs/backfillLines", default DefaultBackfillLines

Q_SIGNALS:
    void stateChanged();

private:
    void updateSkew();

    QPointer<ServerConnection> m_connection;
    QString m_source;
    LogModel *m_model;
    LogStream *m_stream = nullptr;
    QString m_note;
    bool m_live = false;
};
