// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/logexporter.h"

#include <QObject>
#include <QPointer>

class MergedLogModel;
class QWidget;

// Saves the rows of a log view to a file through a LogExporter (written off the GUI thread),
// with a window-modal progress dialog over `parent` that appears when saving takes more than a
// moment and can cancel it. One save at a time; finished() once per save().
class LogSaver : public QObject
{
    Q_OBJECT

public:
    explicit LogSaver(QWidget *parent);

    bool isSaving() const { return m_exporter != nullptr; }
    void save(MergedLogModel *model, const QString &path);

Q_SIGNALS:
    void finished(bool ok, const QString &message); // message: what to tell the user

private:
    QWidget *m_parent;
    QPointer<LogExporter> m_exporter;
};
