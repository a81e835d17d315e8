// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/logexporter.h"

#include "models/mergedlogmodel.h"

#include <QSaveFile>
#include <QThread>
#include <QTimer>

#include <memory>

namespace {

constexpr int MaxSlicesInFlight = 3; // at most ~12 MiB gathered ahead of the disk

} // namespace

// Lives in the worker thread; every method runs there (queued calls), reports go back queued.
class LogExporter::Writer : public QObject
{
public:
    explicit Writer(LogExporter *exporter)
        : m_exporter(exporter)
    { }

    void open(const QString &path)
    {
        m_file = std::make_unique<QSaveFile>(path);
        if (!m_file->open(QIODevice::WriteOnly))
            fail(m_file->errorString());
    }
    void write(const QByteArray &bytes, qint64 lines)
    {
        if (!m_error.isEmpty())
            return;
        if (m_file->write(bytes) != bytes.size()) {
            fail(m_file->errorString());
            return;
        }
        LogExporter *exporter = m_exporter;
        QMetaObject::invokeMethod(
            exporter, [exporter, lines] { exporter->onWritten(lines); }, Qt::QueuedConnection);
    }
    void commit()
    {
        if (!m_error.isEmpty())
            return;
        if (!m_file->commit()) {
            fail(m_file->errorString());
            return;
        }
        report(true, QString());
    }
    void discard()
    {
        if (m_file)
            m_file->cancelWriting();
        m_file.reset();
    }

private:
    void fail(const QString &error)
    {
        m_error = error.isEmpty() ? QStringLiteral("write error") : error;
        discard();
        report(false, m_error);
    }
    void report(bool ok, const QString &error)
    {
        LogExporter *exporter = m_exporter;
        QMetaObject::invokeMethod(
            exporter, [exporter, ok, error] { exporter->onWriterFinished(ok, error); }, Qt::QueuedConnection);
    }

    LogExporter *m_exporter;
    std::unique_ptr<QSaveFile> m_file;
    QString m_error;
};

LogExporter::LogExporter(MergedLogModel *model, QObject *parent)
    : QObject(parent)
    , m_model(model)
{ }

LogExporter::~LogExporter()
{
    if (!m_thread)
        return;
    // Waits for at most the slice being written; the file is discarded unless committed.
    m_thread->quit();
    m_thread->wait();
    m_writer->discard();
    delete m_writer;
}

void LogExporter::start(const QString &path)
{
    Q_ASSERT(!m_running && !m_thread);
    if (!m_model) {
        finish(false, tr("There is no log to save."));
        return;
    }
    m_running = true;
    m_end = m_model->rowCount();
    m_total = m_end;
    connect(m_model, &QAbstractItemModel::rowsRemoved, this,
        [this](const QModelIndex &, int first, int last) { onRowsRemoved(first, last); });
    connect(m_model, &QAbstractItemModel::rowsInserted, this,
        [this](const QModelIndex &, int first, int last) { onRowsInserted(first, last); });
    connect(m_model, &QAbstractItemModel::modelReset, this,
        [this] { finish(false, tr("The log was cleared or refiltered while it was being saved.")); });
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("LogExporter"));
    m_writer = new Writer(this);
    m_writer->moveToThread(m_thread);
    m_thread->start();
    Writer *writer = m_writer;
    QMetaObject::invokeMethod(
        writer, [writer, path] { writer->open(path); }, Qt::QueuedConnection);
    QTimer::singleShot(0, this, &LogExporter::gatherSlice);
}

void LogExporter::gatherSlice()
{
    if (!m_running || m_committing || m_inFlight >= MaxSlicesInFlight || !m_model)
        return;
    if (m_next >= m_end) {
        if (m_inFlight == 0) {
            m_committing = true;
            Writer *writer = m_writer;
            QMetaObject::invokeMethod(
                writer, [writer] { writer->commit(); }, Qt::QueuedConnection);
        }
        return;
    }
    QByteArray slice;
    slice.reserve(SliceBytes + 4096);
    qint64 lines = 0;
    while (m_next < m_end && slice.size() < SliceBytes) {
        slice += m_model->rawLine(int(m_next++));
        slice += '\n';
        ++lines;
    }
    ++m_inFlight;
    Writer *writer = m_writer;
    QMetaObject::invokeMethod(
        writer, [writer, slice, lines] { writer->write(slice, lines); }, Qt::QueuedConnection);
    QTimer::singleShot(0, this, &LogExporter::gatherSlice);
}

void LogExporter::onWritten(qint64 lines)
{
    if (!m_running)
        return;
    --m_inFlight;
    m_written += lines;
    Q_EMIT progressed(m_written + m_skipped, m_total);
    gatherSlice();
}

void LogExporter::onWriterFinished(bool ok, const QString &error)
{
    if (!m_running)
        return;
    if (ok) {
        finish(true, QString());
        return;
    }
    finish(false, tr("Cannot write the file: %1").arg(error));
}

void LogExporter::cancel()
{
    if (m_running)
        finish(false, tr("Saving was cancelled; no file was written."));
}

void LogExporter::finish(bool ok, const QString &message)
{
    if (!m_running && m_thread)
        return;
    m_running = false;
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    if (!ok && m_writer) {
        Writer *writer = m_writer;
        QMetaObject::invokeMethod(
            writer, [writer] { writer->discard(); }, Qt::QueuedConnection);
    }
    Q_EMIT finished(ok, message);
}

void LogExporter::onRowsRemoved(int first, int last)
{
    const qint64 count = last - first + 1;
    if (first >= m_end)
        return;
    // Removed rows not gathered yet are lost to the file; rows before m_next were written.
    const qint64 lostFrom = std::max<qint64>(first, m_next);
    const qint64 lostTo = std::min<qint64>(last, m_end - 1);
    if (lostTo >= lostFrom)
        m_skipped += lostTo - lostFrom + 1;
    m_end -= std::min<qint64>(last, m_end - 1) - first + 1;
    m_next = first < m_next ? std::max<qint64>(first, m_next - count) : m_next;
}

void LogExporter::onRowsInserted(int first, int last)
{
    const qint64 count = last - first + 1;
    if (first < m_next) {
        m_next += count; // a late line merged above what was gathered: not in this file
        m_end += count;
    } else if (first < m_end) {
        m_end += count;
        m_total += count;
    }
}
