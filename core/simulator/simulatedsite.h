// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/protocol.h"
#include "core/simulator/simlicense.h"
#include "core/simulator/simulatedemulator.h"
#include "core/simulator/simulatedserver.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>

#include <memory>
#include <optional>
#include <vector>

struct SimSiteConfig
{
    QDateTime start; // simulated time at open() (UTC); invalid = the current time
    double timeScale = 60; // simulated seconds per real second while running
    int emulatorCount = 4; // default emulators, cycling Charon-SSP/4U+, -SSP/4M, -PAR, -AXP
    int staggerSeconds = 15; // emulator i logs in first at start + i × stagger
    int keepRotated = 5; // license.log.1 … license.log.N
    QString primaryHost = QStringLiteral("ve-primary");
    QString primaryAddress = QStringLiteral("10.0.0.10");
    QString backupHost = QStringLiteral("ve-backup");
    QString backupAddress = QStringLiteral("10.0.0.11");
    std::optional<SimLicense> primaryLicense; // default SimLicense::defaultPrimary()
    std::optional<SimLicense> backupLicense; // default SimLicense::defaultBackup()
};

// A deterministic, time-scaled model of a VE site: a primary license server (NORMAL license), a
// backup (COUNTDOWN, 100 hours) and emulators (see simulatedserver.h, simulatedemulator.h). It
// writes real log files under the directory given to open():
//   <dir>/primary/log/license.log[.N], <dir>/primary/error.log   (same for <dir>/backup/)
//   <dir>/emulators/<name>.log
//
// Time: simulated UTC, millisecond resolution. advanceTo()/advanceBy() step it deterministically;
// run() drives it from a QTimer at now = anchor + elapsed real time × timeScale. Every event
// (emulator checks, grace deadlines, hours running out, missed checks) fires at its exact
// simulated time, in time order, however large the step; events at the same instant run in the
// order: server events, emulator checks (in emulator order), grace deadlines. So a check at the
// very instant of a grace deadline still saves the emulator. The same calls give the same files.
//
// Fault injection (stopServer … setRemainingHours) acts at now(); while running, now() is first
// brought up to the real clock.
//
// Signals: for each instant processed, all lines of that instant are written (one write per
// file) before linesLogged() is emitted for each file, then serverStateChanged() /
// emulatorStateChanged() for what changed at that instant; changed() comes once at the end of
// every public call that changed anything. Slots must not call back into the site's mutating
// functions: such calls are refused (false). Single thread: the thread the site lives in.
class SimulatedSite : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 MaxStepSeconds = 366LL * 24 * 3600; // one call never jumps further
    static constexpr int MaxEmulators = 200;

    explicit SimulatedSite(const SimSiteConfig &config = {}, QObject *parent = nullptr);
    ~SimulatedSite() override;

    // Creates the folders, starts both servers at the start time (rotating logs left by an earlier
    // run) and processes the default emulators' first logins; now() is then start + the last
    // emulator's stagger. Once only; false with *error when the directory is not writable.
    bool open(const QString &dir, QString *error = nullptr);
    bool isOpen() const { return !m_dir.isEmpty(); }
    QString directory() const { return m_dir; }
    QString lastError() const { return m_lastError; } // last failed log write, if any

    QDateTime startTime() const;
    QDateTime now() const;
    double timeScale() const { return m_timeScale; }
    bool setTimeScale(double scale); // 0 < scale ≤ 1e6
    void run(int tickMs = 200);
    void pause();
    bool isRunning() const { return m_timer.isActive(); }
    bool advanceTo(const QDateTime &time); // false: not open, busy, earlier than now, or too far
    bool advanceBy(qint64 seconds);

    const SimulatedServer *server(SimRole role) const; // nullptr before open()
    QList<SimEmulatorInfo> emulators() const;
    std::optional<SimEmulatorInfo> emulator(const QString &name) const;
    // One session per emulator in its own view (state active|failover|grace|stopped), with the
    // hours consumed on the server that serves it.
    QList<Session> emulatorSessions() const;
    QStringList emulatorLogPaths() const;

    bool stopServer(SimRole role);
    bool startServer(SimRole role, QString *error = nullptr); // rotates license.log
    bool restartServer(SimRole role, QString *error = nullptr);
    bool setNetworkDown(SimRole role, bool down = true); // service stays active
    bool setRemainingHours(SimRole role, double hours); // COUNTDOWN servers only
    // name: [A-Za-z0-9][A-Za-z0-9._-]{0,63}, unique; product: a Charon product name. Logs in at
    // once. Emulators get the addresses 10.1.0.21, 10.1.0.22 … in the order they are created.
    bool addEmulator(const QString &name, const QString &product, QString *error = nullptr);
    bool removeEmulator(const QString &name);
    bool restartEmulator(const QString &name); // a stopped emulator starts and logs in at once

    static bool isValidEmulatorName(const QString &name);
    static bool isValidProduct(const QString &product);

Q_SIGNALS:
    void changed();
    void serverStateChanged(SimRole role);
    void emulatorStateChanged(const QString &name);
    void linesLogged(const QString &path, const QStringList &lines);

private:
    SimulatedServer *mutableServer(SimRole role) const;
    SimulatedEmulator *findEmulator(const QString &name) const;
    SimulatedEmulator *createEmulator(const QString &name, const QString &product, qint64 firstCheckMs);
    bool beginCall();
    void endCall();
    void syncToClock();
    void process(qint64 targetMs);
    qint64 nextEventMs() const;
    void processInstant(qint64 t);
    void flushLogs();

    SimSiteConfig m_config;
    QString m_dir;
    QString m_lastError;
    qint64 m_startMs = 0;
    qint64 m_nowMs = 0;
    double m_timeScale = 60;
    QTimer m_timer;
    QElapsedTimer m_elapsed;
    qint64 m_anchorMs = 0; // simulated time when m_elapsed was started
    bool m_busy = false;
    int m_addressCounter = 0;
    std::unique_ptr<SimulatedServer> m_primary;
    std::unique_ptr<SimulatedServer> m_backup;
    std::vector<std::unique_ptr<SimulatedEmulator>> m_emulators;
};
