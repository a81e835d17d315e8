// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agent/esxibindanswers.h"
#include "agent/esxibindpreflight.h"
#include "core/esxibind.h"

#include <QDateTime>
#include <QObject>
#include <QStringList>

#include <functional>

class EsxiBindTool;

// What a backend offers for esxi_bind (routes in esxibindroutes.h): the pre-flight, the tool to
// run (the configured command on a real host, a stand-in in the simulator), the answer script,
// the timeouts, the binding record, and the rule that only one run happens at a time.
class EsxiBindService : public QObject
{
    Q_OBJECT

public:
    using ToolFactory = std::function<EsxiBindTool *(QObject *parent)>;

    struct Options
    {
        QStringList command; // the esxi_bind command (host); ignored with a toolFactory
        ToolFactory toolFactory; // simulator: an in-process stand-in
        QStringList answers = EsxiBindAnswers::defaultScript(); // must pass EsxiBindAnswers::check
        QString bindingFile; // written by the tool, read for GET; empty: not reported
        int timeoutMs = 120000;
        int terminateGraceMs = 3000;
        EsxiBindPreflight::Options preflight;
    };

    explicit EsxiBindService(const Options &options, QObject *parent = nullptr);

    const Options &options() const { return m_options; }
    // Names the pre-flight maps to local endpoints (the simulator's vSphere stand-ins).
    void setPreflightEndpoints(const QHash<QString, QPair<QHostAddress, quint16>> &endpoints)
    {
        m_options.preflight.endpoints = endpoints;
    }

    // Whether a run can start at all (the command exists and is executable). False with *reason.
    bool canRun(QString *reason = nullptr) const;
    EsxiBinding binding() const; // read now from bindingFile
    EsxiBindTool *createTool(QObject *parent) const;

    void preflight(const QString &host, quint16 port, QObject *context,
        std::function<void(const EsxiPreflight &)> done) const;

    // One run at a time: begin() claims the slot for `who` (false while another run holds it:
    // runningFor() and runningSince() describe that one), end() releases it.
    bool begin(const QString &who);
    void end();
    bool isRunning() const { return m_running; }
    QString runningFor() const { return m_runningFor; }
    QDateTime runningSince() const { return m_runningSince; }

private:
    Options m_options;
    bool m_running = false;
    QString m_runningFor;
    QDateTime m_runningSince;
};

// Reads a binding record: "key = value" or "key: value" lines ('#' and ';' start comments).
// Recognised keys (any case): type, host (address, server), port, user (username), time (bound,
// date). Every other key is kept in fields, except any whose name suggests a secret (pass,
// secret, token, key), which is never returned. Capped at 64 KiB; a missing or unreadable file
// is "not reported" with the reason.
EsxiBinding readEsxiBindingFile(const QString &path);
