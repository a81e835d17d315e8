// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agent/historystore.h"

#include <QObject>
#include <QString>
#include <QTimer>

class Backend;

// Samples a backend into its HistoryStore once per minute of the backend's clock (Backend::now():
// the host's, or the simulated one, so a time-scaled simulator records history as fast as its
// clock runs). The clock is looked at every TickMs of real time and at most one sample is taken
// per look, so the work per real second stays capped however fast the clock runs; minutes the
// clock jumped over get no sample (a gap, never invented data).
//
// A write error (disk full) is logged once on stderr and shown in the backend's status warnings
// ("history: …") until a write succeeds again, which is logged too; sampling never stops.
// The backend must outlive the sampler. Single thread.
class HistorySampler : public QObject
{
    Q_OBJECT

public:
    static constexpr int TickMs = 250; // at most 4 samples per real second
    static constexpr auto WarningSource = "history";

    HistorySampler(Backend *backend, const QString &path, QObject *parent = nullptr);

    // Opens the store and starts sampling (the first sample at once). Without a usable file it
    // still samples into memory, and says why in *error and the status warnings.
    bool start(QString *error);

    const HistoryStore &store() const { return m_store; }
    Backend *backend() const { return m_backend; }
    QString writeError() const { return m_writeError; }

    void sampleNow(); // takes a sample if the backend's clock is in a new minute

private:
    void setWriteError(const QString &error);

    Backend *m_backend;
    HistoryStore m_store;
    QTimer m_timer;
    qint64 m_lastMinute = 0;
    bool m_sampled = false;
    QString m_writeError;
};
