// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "agent/historysampler.h"

#include "agent/backend.h"
#include "agent/backendfacts.h"

#include <cstdio>

using namespace Qt::StringLiterals;

HistorySampler::HistorySampler(Backend *backend, const QString &path, QObject *parent)
    : QObject(parent)
    , m_backend(backend)
    , m_store(path)
{
    m_timer.setInterval(TickMs);
    connect(&m_timer, &QTimer::timeout, this, &HistorySampler::sampleNow);
}

bool HistorySampler::start(QString *error)
{
    const bool ok = m_store.open(error);
    if (!ok)
        setWriteError(*error);
    else if (m_store.skipped() > 0)
        std::fprintf(stderr, "ve-agent: history: skipped %lld damaged record(s) in %s\n",
            static_cast<long long>(m_store.skipped()), qPrintable(m_store.path()));
    m_timer.start();
    sampleNow();
    return ok;
}

void HistorySampler::sampleNow()
{
    const qint64 minute = m_backend->now().toSecsSinceEpoch() / 60;
    if (m_sampled && minute == m_lastMinute)
        return;
    m_sampled = true;
    m_lastMinute = minute;
    m_backend->refresh(); // a host backend re-reads what is older than its maximum age
    QString error;
    const bool written = m_store.append(BackendFacts::read(*m_backend).sample(), &error);
    if (!m_store.isOpen())
        return; // memory only: the warning keeps saying why the file could not be opened
    setWriteError(written ? QString() : error);
}

void HistorySampler::setWriteError(const QString &error)
{
    if (error == m_writeError)
        return;
    if (!error.isEmpty() && m_writeError.isEmpty())
        std::fprintf(stderr,
            "ve-agent: history: %s; samples are kept in memory only until a write succeeds again\n",
            qPrintable(error));
    else if (error.isEmpty())
        std::fprintf(stderr, "ve-agent: history: writing %s again\n", qPrintable(m_store.path()));
    m_writeError = error;
    m_backend->setWarning(
        QString::fromLatin1(WarningSource), error.isEmpty() ? QString() : u"history: "_s + error);
}
