// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/logfeed.h"

#include "core/serverconnection.h"
#include "models/logmodel.h"

#include <QLocale>
#include <QSettings>
#include <QTime>

using namespace Qt::StringLiterals;

LogFeed::LogFeed(ServerConnection *connection, const QString &source, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_source(source)
    , m_model(new LogModel(LogStore::DefaultMaxLines, this))
{
    LogClock clock;
    clock.zone = LogDisplay::preferredZone();
    m_model->setClock(clock);
    if (!connection)
        return;
    updateSkew();
    connect(connection, &ServerConnection::statusUpdated, this, &LogFeed::updateSkew);
    LogStream::Options options;
    options.backfillLines = backfillLines();
    m_stream = new LogStream(connection->client(), source, options, this);
    connect(m_stream, &LogStream::linesReceived, m_model,
        [this](const QByteArray &lines, qsizetype) { m_model->appendLines(lines); });
    connect(m_stream, &LogStream::caughtUp, this, [this] {
        m_live = true;
        Q_EMIT stateChanged();
    });
    connect(m_stream, &LogStream::stateChanged, this, [this](LogStream::State state) {
        if (state != LogStream::State::Streaming)
            m_live = false;
        Q_EMIT stateChanged();
    });
    const auto note = [this](const QString &text) {
        m_note = text;
        Q_EMIT stateChanged();
    };
    const auto now = [] { return QTime::currentTime().toString(u"HH:mm:ss"_s); };
    connect(m_stream, &LogStream::rotated, this,
        [note, now] { note(tr("The log was rotated at %1; following the new file.").arg(now())); });
    connect(m_stream, &LogStream::truncated, this,
        [note, now] { note(tr("The log was truncated at %1; following its new content.").arg(now())); });
    connect(m_stream, &LogStream::cursorExpired, this, [note, now] {
        note(tr("Lines written while the console was disconnected were rotated away (at %1): some are "
                "missing.")
                 .arg(now()));
    });
    connect(m_stream, &LogStream::agentErrorReported, this,
        [note](const QString &message) { note(tr("The agent reported: %1").arg(message)); });
    m_stream->start();
}

LogFeed::~LogFeed() = default;

qint64 LogFeed::backfillLines()
{
    const qint64 lines = QSettings().value(u"logs/backfillLines"_s, DefaultBackfillLines).toLongLong();
    return qBound(qint64(0), lines, qint64(LogStore::DefaultMaxLines));
}

void LogFeed::updateSkew()
{
    if (!m_connection)
        return;
    // The measured skew jitters with the network: follow it only when it moved by a second.
    LogClock clock = m_model->clock();
    const qint64 skew = m_connection->clockSkewMs();
    if (qAbs(skew - clock.skewMs) < 1000)
        return;
    clock.skewMs = skew;
    m_model->setClock(clock);
}

bool LogFeed::hasFailed() const
{
    return !m_stream || m_stream->state() == LogStream::State::Failed;
}

QString LogFeed::stateText() const
{
    if (!m_stream)
        return tr("No connection to this server.");
    const QString error = m_stream->lastError().message;
    switch (m_stream->state()) {
    case LogStream::State::Idle:
        return tr("Stopped.");
    case LogStream::State::Connecting:
        return tr("Connecting…");
    case LogStream::State::Streaming:
        return m_live ? tr("Live")
                      : tr("Loading the last %1 lines…").arg(QLocale().toString(backfillLines()));
    case LogStream::State::Reconnecting: {
        const int seconds = (qMax(0, m_stream->retryInMs()) + 999) / 1000;
        return error.isEmpty() ? tr("Reconnecting in %n s…", nullptr, seconds)
                               : tr("Reconnecting in %n s (%1)…", nullptr, seconds).arg(error);
    }
    case LogStream::State::Failed:
        return error.isEmpty() ? tr("Cannot follow this log.") : tr("Cannot follow this log: %1").arg(error);
    }
    return QString();
}
