// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/logsaver.h"

#include "models/logexporter.h"
#include "models/mergedlogmodel.h"

#include <QDir>
#include <QLocale>
#include <QProgressDialog>
#include <QWidget>

using namespace Qt::StringLiterals;

LogSaver::LogSaver(QWidget *parent)
    : QObject(parent)
    , m_parent(parent)
{ }

void LogSaver::save(MergedLogModel *model, const QString &path)
{
    if (!model || m_exporter)
        return;
    m_exporter = new LogExporter(model, this);
    const int rows = model->rowCount();
    auto *progress = new QProgressDialog(
        tr("Saving %1 lines…").arg(QLocale().toString(rows)), tr("Cancel"), 0, std::max(1, rows), m_parent);
    progress->setObjectName(u"logSaveProgress"_s);
    progress->setWindowTitle(tr("Save Shown Lines"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(400);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    connect(progress, &QProgressDialog::canceled, m_exporter, &LogExporter::cancel);
    connect(m_exporter, &LogExporter::progressed, progress,
        [progress](qint64 done, qint64 total) { progress->setValue(int(std::min(done, total))); });
    connect(
        m_exporter, &LogExporter::finished, this, [this, progress, path](bool ok, const QString &message) {
            progress->deleteLater();
            const qint64 skipped = m_exporter->skippedLines();
            const qint64 saved = m_exporter->totalLines() - skipped;
            m_exporter->deleteLater();
            m_exporter = nullptr;
            QString text = message;
            if (ok) {
                text = tr("Saved %1 lines to %2.")
                           .arg(QLocale().toString(saved), QDir::toNativeSeparators(path));
                if (skipped > 0)
                    text += u' ' + tr("Older lines dropped while saving are missing.");
            }
            Q_EMIT finished(ok, text);
        });
    m_exporter->start(path);
}
