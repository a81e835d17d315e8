// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/simulator/simlogwriter.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace {

QString veLevel(LogLine::Level level)
{
    switch (level) {
    case LogLine::Level::Debug:
        return u"DEBUG"_s;
    case LogLine::Level::Warning:
        return u"WARN"_s;
    case LogLine::Level::Error:
        return u"ERROR"_s;
    case LogLine::Level::Fatal:
        return u"FATAL"_s;
    case LogLine::Level::Info:
    case LogLine::Level::Unknown:
        break;
    }
    return u"INFO"_s;
}

} // namespace

SimLogWriter::SimLogWriter(const QString &path)
    : m_path(path)
{ }

QString SimLogWriter::veLine(qint64 timeMs, LogLine::Level level, const QString &message)
{
    const QString time = QDateTime::fromMSecsSinceEpoch(timeMs, Qt::UTC).toString(u"yyyy-MM-dd HH:mm:ss"_s);
    return time + u' ' + veLevel(level).leftJustified(5) + u' ' + u"VE"_s.leftJustified(6) + u' ' + message;
}

void SimLogWriter::addVe(qint64 timeMs, LogLine::Level level, const QString &message)
{
    m_pending.append(veLine(timeMs, level, message));
}

void SimLogWriter::addErrorLog(
    qint64 timeMs, const QString &level, const QString &client, const QString &message)
{
    m_pending.append(u"[%1] [%2] [client %3] %4"_s.arg(timeMs / 1000).arg(level, client, message));
}

bool SimLogWriter::flush(QStringList *written, QString *error)
{
    if (m_pending.isEmpty())
        return true;
    const QStringList lines = std::exchange(m_pending, {});
    QByteArray batch;
    for (const QString &line : lines)
        batch += line.toUtf8() + '\n';

    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QFile file(m_path);
    // Unbuffered: the batch of complete lines goes to the file in one write.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered)) {
        if (error)
            *error = u"cannot open %1: %2"_s.arg(m_path, file.errorString());
        return false;
    }
    if (file.write(batch) != batch.size()) {
        if (error)
            *error = u"cannot write %1: %2"_s.arg(m_path, file.errorString());
        return false;
    }
    if (written)
        *written += lines;
    return true;
}

bool SimLogWriter::rotate(int keep, QString *error)
{
    if (!flush(nullptr, error))
        return false;
    keep = std::max(keep, 1);
    const auto numbered = [this](int n) -> QString { return m_path + u'.' + QString::number(n); };
    QFile::remove(numbered(keep));
    for (int n = keep - 1; n >= 1; --n) {
        if (QFile::exists(numbered(n)) && !QFile::rename(numbered(n), numbered(n + 1))) {
            if (error)
                *error = u"cannot rotate %1"_s.arg(numbered(n));
            return false;
        }
    }
    if (QFile::exists(m_path) && !QFile::rename(m_path, numbered(1))) {
        if (error)
            *error = u"cannot rotate %1"_s.arg(m_path);
        return false;
    }
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QFile fresh(m_path); // the new, empty log exists from the start on
    if (!fresh.open(QIODevice::WriteOnly | QIODevice::Append)) {
        if (error)
            *error = u"cannot create %1: %2"_s.arg(m_path, fresh.errorString());
        return false;
    }
    return true;
}
