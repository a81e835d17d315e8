// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/simulator/simulatedsite.h"

#include <QDir>
#include <QRegularExpression>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

struct DefaultEmulator
{
    QString prefix;
    QString product;
};

const DefaultEmulator DefaultEmulators[] = {
    {u"ssp4u"_s, u"Charon-SSP/4U+"_s},
    {u"ssp4m"_s, u"Charon-SSP/4M"_s},
    {u"par"_s, u"Charon-PAR"_s},
    {u"axp"_s, u"Charon-AXP"_s},
};

bool validScale(double scale)
{
    return std::isfinite(scale) && scale > 0 && scale <= 1e6;
}

} // namespace

SimulatedSite::SimulatedSite(const SimSiteConfig &config, QObject *parent)
    : QObject(parent)
    , m_config(config)
{
    if (!m_config.start.isValid()) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        m_config.start = QDateTime::fromSecsSinceEpoch(now.toSecsSinceEpoch(), Qt::UTC);
    }
    m_config.emulatorCount = std::clamp(m_config.emulatorCount, 0, MaxEmulators);
    m_config.staggerSeconds = std::clamp(m_config.staggerSeconds, 0, 3600);
    m_config.keepRotated = std::clamp(m_config.keepRotated, 1, 100);
    m_timeScale = validScale(m_config.timeScale) ? m_config.timeScale : 60;
    m_startMs = m_nowMs = m_config.start.toMSecsSinceEpoch();
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (beginCall())
            endCall();
    });
}

SimulatedSite::~SimulatedSite() = default;

bool SimulatedSite::open(const QString &dir, QString *error)
{
    if (isOpen() || m_busy) {
        if (error)
            *error = u"the simulated site is already open"_s;
        return false;
    }
    const auto fail = [this, error](const QString &message) {
        if (error)
            *error = message;
        m_dir.clear();
        m_primary.reset();
        m_backup.reset();
        m_emulators.clear();
        return false;
    };
    if (dir.isEmpty() || !QDir().mkpath(dir))
        return fail(u"cannot create the directory %1"_s.arg(dir));
    m_dir = QDir(dir).absolutePath();
    const QDateTime start = startTime();
    m_primary
        = std::make_unique<SimulatedServer>(SimRole::Primary, m_config.primaryHost, m_config.primaryAddress,
            m_config.primaryLicense.value_or(SimLicense::defaultPrimary(m_config.primaryHost, start)),
            QDir(m_dir).filePath(u"primary"_s), m_config.keepRotated);
    m_backup = std::make_unique<SimulatedServer>(SimRole::Backup, m_config.backupHost, m_config.backupAddress,
        m_config.backupLicense.value_or(SimLicense::defaultBackup(m_config.backupHost, start)),
        QDir(m_dir).filePath(u"backup"_s), m_config.keepRotated);
    if (!QDir().mkpath(QDir(m_dir).filePath(u"emulators"_s)))
        return fail(u"cannot create the directory %1/emulators"_s.arg(m_dir));
    QString message;
    for (SimulatedServer *server : {m_primary.get(), m_backup.get()}) {
        if (!server->start(m_nowMs, &message))
            return fail(message);
    }
    m_lastError.clear();
    flushLogs();
    if (!m_lastError.isEmpty())
        return fail(m_lastError);

    for (int i = 0; i < m_config.emulatorCount; ++i) {
        const DefaultEmulator &d = DefaultEmulators[i % std::size(DefaultEmulators)];
        const QString name
            = u"%1-%2"_s.arg(d.prefix).arg(i / int(std::size(DefaultEmulators)) + 1, 2, 10, QLatin1Char('0'));
        createEmulator(name, d.product, m_nowMs + qint64(i) * m_config.staggerSeconds * 1000);
    }
    m_busy = true;
    process(m_nowMs + qint64(std::max(m_config.emulatorCount - 1, 0)) * m_config.staggerSeconds * 1000);
    endCall();
    return true;
}

QDateTime SimulatedSite::startTime() const
{
    return QDateTime::fromMSecsSinceEpoch(m_startMs, Qt::UTC);
}

QDateTime SimulatedSite::now() const
{
    return QDateTime::fromMSecsSinceEpoch(m_nowMs, Qt::UTC);
}

bool SimulatedSite::setTimeScale(double scale)
{
    if (!validScale(scale) || m_busy)
        return false;
    syncToClock();
    m_timeScale = scale;
    m_anchorMs = m_nowMs;
    m_elapsed.restart();
    return true;
}

void SimulatedSite::run(int tickMs)
{
    m_anchorMs = m_nowMs;
    m_elapsed.start();
    m_timer.start(std::max(tickMs, 10));
}

void SimulatedSite::pause()
{
    if (!m_busy)
        syncToClock();
    m_timer.stop();
}

bool SimulatedSite::advanceTo(const QDateTime &time)
{
    if (!time.isValid() || !beginCall())
        return false;
    const qint64 target = time.toMSecsSinceEpoch();
    if (target < m_nowMs || target - m_nowMs > MaxStepSeconds * 1000) {
        m_busy = false;
        return false;
    }
    process(target);
    m_anchorMs = m_nowMs; // a running clock continues from here
    m_elapsed.restart();
    endCall();
    return true;
}

bool SimulatedSite::advanceBy(qint64 seconds)
{
    if (seconds < 0 || seconds > MaxStepSeconds)
        return false;
    return advanceTo(QDateTime::fromMSecsSinceEpoch(m_nowMs + seconds * 1000, Qt::UTC));
}

bool SimulatedSite::beginCall()
{
    if (m_busy || !isOpen())
        return false;
    m_busy = true;
    syncToClock();
    return true;
}

void SimulatedSite::endCall()
{
    m_busy = false;
    Q_EMIT changed();
}

void SimulatedSite::syncToClock()
{
    if (!m_timer.isActive() || !isOpen())
        return;
    qint64 target = m_anchorMs + qint64(double(m_elapsed.elapsed()) * m_timeScale);
    if (target - m_nowMs > MaxStepSeconds * 1000) { // e.g. after a suspend: skip, never stall
        target = m_nowMs + MaxStepSeconds * 1000;
        m_anchorMs = target;
        m_elapsed.restart();
    }
    process(std::max(target, m_nowMs));
}

qint64 SimulatedSite::nextEventMs() const
{
    qint64 next = std::min(m_primary->nextEventMs(m_nowMs), m_backup->nextEventMs(m_nowMs));
    for (const auto &e : m_emulators)
        next = std::min({next, e->nextCheckMs(), e->graceDeadlineMs()});
    return std::max(next, m_nowMs);
}

void SimulatedSite::process(qint64 targetMs)
{
    int sameInstant = 0;
    for (qint64 t = nextEventMs(); t <= targetMs; t = nextEventMs()) {
        // Every event moves its own next time past t; this guard only keeps a model bug from
        // turning into a hang.
        sameInstant = t == m_nowMs ? sameInstant + 1 : 0;
        if (sameInstant > 4) {
            m_lastError = u"simulator: events at %1 did not settle"_s.arg(now().toString(Qt::ISODate));
            break;
        }
        m_primary->accrue(t - m_nowMs);
        m_backup->accrue(t - m_nowMs);
        m_nowMs = t;
        processInstant(t);
    }
    m_primary->accrue(targetMs - m_nowMs);
    m_backup->accrue(targetMs - m_nowMs);
    m_nowMs = std::max(m_nowMs, targetMs);
}

void SimulatedSite::processInstant(qint64 t)
{
    std::vector<SimEmulatorState> before;
    before.reserve(m_emulators.size());
    for (const auto &e : m_emulators)
        before.push_back(e->state());
    m_primary->processEvents(t);
    m_backup->processEvents(t);
    for (const auto &e : m_emulators) {
        if (e->nextCheckMs() <= t)
            e->check(t, *m_primary, *m_backup);
    }
    for (const auto &e : m_emulators) {
        if (e->graceDeadlineMs() <= t)
            e->expireGrace(t);
    }
    flushLogs();
    for (size_t i = 0; i < m_emulators.size(); ++i) {
        if (m_emulators[i]->state() != before[i])
            Q_EMIT emulatorStateChanged(m_emulators[i]->name());
    }
}

void SimulatedSite::flushLogs()
{
    std::vector<SimLogWriter *> writers
        = {&m_primary->licenseLog(), &m_primary->errorLog(), &m_backup->licenseLog(), &m_backup->errorLog()};
    for (const auto &e : m_emulators)
        writers.push_back(&e->log());
    for (SimLogWriter *writer : writers) {
        if (!writer->hasPending())
            continue;
        QStringList written;
        QString error;
        if (writer->flush(&written, &error))
            Q_EMIT linesLogged(writer->path(), written);
        else
            m_lastError = error;
    }
}

SimulatedServer *SimulatedSite::mutableServer(SimRole role) const
{
    return role == SimRole::Primary ? m_primary.get() : m_backup.get();
}

const SimulatedServer *SimulatedSite::server(SimRole role) const
{
    return mutableServer(role);
}

SimulatedEmulator *SimulatedSite::findEmulator(const QString &name) const
{
    for (const auto &e : m_emulators) {
        if (e->name() == name)
            return e.get();
    }
    return nullptr;
}

SimulatedEmulator *SimulatedSite::createEmulator(
    const QString &name, const QString &product, qint64 firstCheckMs)
{
    const QString address = u"10.1.%1.%2"_s.arg(m_addressCounter / 200).arg(21 + m_addressCounter % 200);
    ++m_addressCounter;
    const SimLicense &license = m_primary->license();
    m_emulators.push_back(std::make_unique<SimulatedEmulator>(name, address, product,
        QDir(m_dir).filePath(u"emulators/"_s + name + u".log"_s), firstCheckMs, license.graceMinutes,
        license.checkIntervalMinutes));
    return m_emulators.back().get();
}

QList<SimEmulatorInfo> SimulatedSite::emulators() const
{
    QList<SimEmulatorInfo> out;
    for (const auto &e : m_emulators)
        out.append(e->info());
    return out;
}

std::optional<SimEmulatorInfo> SimulatedSite::emulator(const QString &name) const
{
    if (const SimulatedEmulator *e = findEmulator(name))
        return e->info();
    return std::nullopt;
}

QList<Session> SimulatedSite::emulatorSessions() const
{
    QList<Session> out;
    for (const auto &e : m_emulators) {
        Session s = e->session();
        for (const SimulatedServer *server : {m_primary.get(), m_backup.get()}) {
            for (const Session &served : server->sessions()) {
                if (!s.id.isEmpty() && served.id == s.id)
                    s.hoursConsumed = served.hoursConsumed;
            }
        }
        out.append(s);
    }
    return out;
}

QStringList SimulatedSite::emulatorLogPaths() const
{
    QStringList out;
    for (const auto &e : m_emulators)
        out.append(e->log().path());
    return out;
}

bool SimulatedSite::stopServer(SimRole role)
{
    if (!beginCall())
        return false;
    const bool ok = mutableServer(role)->stop(m_nowMs);
    flushLogs();
    if (ok)
        Q_EMIT serverStateChanged(role);
    endCall();
    return ok;
}

bool SimulatedSite::startServer(SimRole role, QString *error)
{
    if (!beginCall())
        return false;
    const bool ok = mutableServer(role)->start(m_nowMs, error);
    flushLogs();
    if (ok)
        Q_EMIT serverStateChanged(role);
    endCall();
    return ok;
}

bool SimulatedSite::restartServer(SimRole role, QString *error)
{
    if (!beginCall())
        return false;
    SimulatedServer *server = mutableServer(role);
    server->stop(m_nowMs);
    const bool ok = server->start(m_nowMs, error);
    flushLogs();
    Q_EMIT serverStateChanged(role);
    endCall();
    return ok;
}

bool SimulatedSite::setNetworkDown(SimRole role, bool down)
{
    if (!beginCall())
        return false;
    SimulatedServer *server = mutableServer(role);
    const bool changedState = server->isNetworkDown() != down;
    server->setNetworkDown(down);
    if (changedState)
        Q_EMIT serverStateChanged(role);
    endCall();
    return true;
}

bool SimulatedSite::setRemainingHours(SimRole role, double hours)
{
    if (!beginCall())
        return false;
    const bool ok = mutableServer(role)->setRemainingHours(m_nowMs, hours);
    processInstant(m_nowMs); // at 0 hours the server closes its sessions now
    endCall();
    return ok;
}

bool SimulatedSite::isValidEmulatorName(const QString &name)
{
    static const QRegularExpression re(u"\\A[A-Za-z0-9][A-Za-z0-9._-]{0,63}\\z"_s);
    return re.match(name).hasMatch();
}

bool SimulatedSite::isValidProduct(const QString &product)
{
    static const QRegularExpression re(u"\\A[A-Za-z0-9][A-Za-z0-9 ._/+-]{0,63}\\z"_s);
    return re.match(product).hasMatch();
}

bool SimulatedSite::addEmulator(const QString &name, const QString &product, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (!isValidEmulatorName(name))
        return fail(u"invalid emulator name (letters, digits, '.', '_', '-'; at most 64)"_s);
    if (!isValidProduct(product))
        return fail(u"invalid product name"_s);
    if (!isOpen() || m_busy)
        return fail(u"the simulated site is not open"_s);
    if (findEmulator(name))
        return fail(u"an emulator named %1 exists already"_s.arg(name));
    if (int(m_emulators.size()) >= MaxEmulators)
        return fail(u"at most %1 emulators"_s.arg(MaxEmulators));
    if (!beginCall())
        return fail(u"the simulated site is busy"_s);
    createEmulator(name, product, m_nowMs);
    processInstant(m_nowMs);
    endCall();
    return true;
}

bool SimulatedSite::removeEmulator(const QString &name)
{
    SimulatedEmulator *e = findEmulator(name);
    if (!e || !beginCall())
        return false;
    e->shutDown(m_nowMs, *m_primary, *m_backup);
    flushLogs();
    m_emulators.erase(
        std::find_if(m_emulators.begin(), m_emulators.end(), [e](const auto &p) { return p.get() == e; }));
    endCall();
    return true;
}

bool SimulatedSite::restartEmulator(const QString &name)
{
    SimulatedEmulator *e = findEmulator(name);
    if (!e || e->state() != SimEmulatorState::Stopped || !beginCall())
        return false;
    e->restart(m_nowMs);
    processInstant(m_nowMs);
    endCall();
    return true;
}
