// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "agent/journalfollower.h"

#include "core/logwire.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <csignal>

using namespace Qt::StringLiterals;

namespace {

// MESSAGE is a string, or an array of byte values when it is not valid UTF-8, or null.
QByteArray messageBytes(const QJsonValue &value)
{
    if (value.isString())
        return value.toString().toUtf8();
    QByteArray bytes;
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        bytes.reserve(array.size());
        for (const QJsonValue &b : array)
            bytes.append(char(b.toInt() & 0xff));
    }
    return bytes;
}

} // namespace

JournalFollower::JournalFollower(const QStringList &command, QObject *parent)
    : QObject(parent)
    , m_command(command)
{ }

JournalFollower::~JournalFollower()
{
    stop();
}

void JournalFollower::start(const QByteArray &cursor, qint64 lines, bool follow)
{
    m_follow = follow;
    m_following = false;
    m_cursor = cursor;
    QStringList arguments {u"-o"_s, u"json"_s, u"--no-pager"_s};
    if (!cursor.isEmpty())
        arguments << u"--after-cursor"_s << QString::fromUtf8(cursor);
    else
        arguments << u"-n"_s << QString::number(qMax<qint64>(0, lines));
    launch(arguments);
}

void JournalFollower::launch(const QStringList &arguments)
{
    if (m_command.isEmpty()) {
        m_failed = true;
        QMetaObject::invokeMethod(
            this, [this] { Q_EMIT failed(u"no journalctl command is configured"_s); }, Qt::QueuedConnection);
        return;
    }
    m_process = new QProcess(this);
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"SYSTEMD_PAGER"_s, QString());
    environment.insert(u"LC_ALL"_s, u"C"_s);
    m_process->setProcessEnvironment(environment);
    connect(m_process, &QProcess::readyReadStandardOutput, this, &JournalFollower::readOutput);
    connect(m_process, &QProcess::finished, this, &JournalFollower::onFinished);
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart && !std::exchange(m_failed, true))
            Q_EMIT failed(u"%1 cannot run: %2"_s.arg(m_command.first(), m_process->errorString()));
    });
    m_process->start(m_command.first(), m_command.mid(1) + arguments);
}

void JournalFollower::stop()
{
    if (!m_process)
        return;
    QProcess *process = std::exchange(m_process, nullptr);
    process->disconnect(this);
    if (process->state() != QProcess::NotRunning) {
        if (m_paused)
            ::kill(pid_t(process->processId()), SIGCONT);
        process->kill();
        process->waitForFinished(1000); // SIGKILL: returns at once; reaps the child
    }
    process->deleteLater();
}

void JournalFollower::signalProcess(int signal)
{
    if (m_process && m_process->state() == QProcess::Running && m_process->processId() > 0)
        ::kill(pid_t(m_process->processId()), signal);
}

void JournalFollower::setPaused(bool paused)
{
    if (paused == m_paused)
        return;
    m_paused = paused;
    signalProcess(paused ? SIGSTOP : SIGCONT);
    if (!paused)
        QMetaObject::invokeMethod(this, &JournalFollower::readOutput, Qt::QueuedConnection);
}

void JournalFollower::readOutput()
{
    if (m_process && !m_paused)
        deliver();
}

void JournalFollower::deliver()
{
    m_pending += m_process->readAllStandardOutput();
    QByteArray records;
    qsizetype start = 0;
    for (;;) {
        const qsizetype end = m_pending.indexOf('\n', start);
        if (end < 0)
            break;
        const QByteArrayView entry(m_pending.constData() + start, end - start);
        if (!std::exchange(m_skipping, false))
            appendEntry(entry, &records);
        start = end + 1;
    }
    m_pending.remove(0, start);
    if (m_pending.size() > MaxEntryBytes) {
        m_pending.clear();
        if (!std::exchange(m_skipping, true))
            LogWire::appendError(&records, u"a journal entry over %1 bytes was skipped"_s.arg(MaxEntryBytes));
    }
    if (!records.isEmpty())
        Q_EMIT recordsRead(records);
}

void JournalFollower::appendEntry(QByteArrayView json, QByteArray *records)
{
    const QJsonObject entry = QJsonDocument::fromJson(json.toByteArray()).object();
    const QByteArray cursor = entry.value("__CURSOR"_L1).toString().toUtf8();
    if (cursor.isEmpty())
        return; // not an entry (journalctl prints nothing else on stdout with -o json)
    const qint64 micros = entry.value("__REALTIME_TIMESTAMP"_L1).toString().toLongLong();
    QString identifier = entry.value("SYSLOG_IDENTIFIER"_L1).toString();
    if (identifier.isEmpty())
        identifier = entry.value("_COMM"_L1).toString();
    const QString pid = entry.value("_PID"_L1).toString();
    QByteArray line
        = QDateTime::fromMSecsSinceEpoch(micros / 1000, Qt::UTC).toString(Qt::ISODateWithMs).toUtf8();
    line += ' ' + identifier.toUtf8();
    if (!pid.isEmpty())
        line += '[' + pid.toUtf8() + ']';
    line += ": " + messageBytes(entry.value("MESSAGE"_L1)).replace('\n', ' ').replace('\r', ' ');
    LogWire::appendLine(records, line, cursor);
    m_cursor = cursor;
}

void JournalFollower::onFinished(int exitCode, QProcess::ExitStatus status)
{
    deliver(); // paused or not: the process is gone, nothing more comes
    const QString errors
        = QString::fromUtf8(m_process->readAllStandardError()).trimmed().section(u'\n', 0, 0);
    m_process->deleteLater();
    m_process = nullptr;
    if (m_failed)
        return;
    if (status != QProcess::NormalExit || exitCode != 0 || m_following) {
        m_failed = true;
        Q_EMIT failed(m_following && status == QProcess::NormalExit && exitCode == 0
                ? u"journalctl stopped following"_s
                : u"journalctl failed (exit code %1)%2"_s.arg(exitCode).arg(
                    errors.isEmpty() ? QString() : u": "_s + errors.left(300)));
        return;
    }
    Q_EMIT caughtUp(m_cursor);
    if (!m_follow || m_process)
        return; // done, or a slot restarted us
    m_following = true;
    QStringList arguments {u"-o"_s, u"json"_s, u"--no-pager"_s, u"--follow"_s};
    if (!m_cursor.isEmpty())
        arguments << u"--after-cursor"_s << QString::fromUtf8(m_cursor);
    else
        arguments << u"-n"_s << u"0"_s;
    launch(arguments);
}
