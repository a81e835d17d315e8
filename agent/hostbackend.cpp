// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "agent/hostbackend.h"

#include "agent/esxibindservice.h"
#include "agent/hostlicenseadmin.h"
#include "agent/processrunner.h"
#include "agent/systemctlshow.h"
#include "core/licenseparser.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QSysInfo>

using namespace Qt::StringLiterals;

namespace {

const QStringList CandidateUnits {u"CharonLicenseServer"_s, u"licensed"_s};

QString programName(const QStringList &command)
{
    return command.isEmpty() ? u"(no command)"_s : QFileInfo(command.first()).fileName();
}

ProcessRunner::Options toolOptions(int timeoutMs)
{
    ProcessRunner::Options o;
    o.timeoutMs = timeoutMs;
    // Fixed, parseable output: UTC timestamps, untranslated messages.
    o.environment = {{u"TZ"_s, u"UTC"_s}, {u"LC_ALL"_s, u"C"_s}, {u"SYSTEMD_PAGER"_s, QString()}};
    return o;
}

} // namespace

HostBackend::HostBackend(const AgentConfig &config, QObject *parent)
    : Backend(parent)
    , m_config(config)
    , m_hostName(QSysInfo::machineHostName())
{
    EsxiBindService::Options esxi;
    esxi.command = m_config.esxiBind;
    esxi.answers = m_config.esxiBindAnswers;
    esxi.bindingFile = m_config.esxiBindingFile;
    esxi.timeoutMs = m_config.esxiBindTimeoutMs;
    esxi.preflight.stepTimeoutMs = m_config.preflightTimeoutMs;
    m_esxiBind = new EsxiBindService(esxi, this);
    m_licenseError = {0, u"not-ready"_s, u"The license has not been read yet; try again in a moment."_s};
    m_rotationDebounce.setSingleShot(true);
    m_rotationDebounce.setInterval(2000);
    connect(&m_rotationDebounce, &QTimer::timeout, this, &HostBackend::readLicense);
    const QString logDir = QFileInfo(m_config.licenseLog).absolutePath();
    if (QFileInfo(logDir).isDir())
        m_watcher.addPath(logDir);
    connect(
        &m_watcher, &QFileSystemWatcher::directoryChanged, &m_rotationDebounce, qOverload<>(&QTimer::start));
    m_admin = new HostLicenseAdmin(m_config, this);
    // After a license update (installed or rolled back) the license is read again at once.
    connect(m_admin, &HostLicenseAdmin::licenseInstallFinished, this, [this] {
        if (m_licenseRunning)
            m_licenseRereadPending = true;
        else
            readLicense();
    });
    updateCapabilities();
}

LicenseAdmin *HostBackend::licenseAdmin()
{
    return m_admin;
}

QString HostBackend::kind() const
{
    return u"host"_s;
}

QString HostBackend::role() const
{
    return m_config.role;
}

QString HostBackend::hostName() const
{
    return m_hostName;
}

QStringList HostBackend::capabilities() const
{
    return m_capabilities;
}

ServiceState HostBackend::serviceState() const
{
    return m_service;
}

LicenseDocument HostBackend::license(ApiError *error) const
{
    if (error)
        *error = m_licenseError;
    return m_license;
}

QList<Session> HostBackend::sessions() const
{
    return m_sessions;
}

QString HostBackend::unitName() const
{
    return m_config.serviceUnit.isEmpty() ? m_detectedUnit : m_config.serviceUnit;
}

QList<LogSourceInfo> HostBackend::logSources() const
{
    QList<LogSourceInfo> sources {
        {u"license"_s, u"file"_s, m_config.licenseLog,
            u"License server log (a new file at every server start; older ones are license.log.1, .2, …)"_s},
        {u"error"_s, u"file"_s, m_config.errorLog, u"Management web server's error log"_s},
    };
    if (m_capabilities.contains(Capability::Journal))
        sources.append(
            {u"journal"_s, u"journal"_s, QString(), u"systemd journal of the %1 unit"_s.arg(unitName()),
                m_config.journalctl + QStringList {u"-u"_s, unitName()}});
    return sources;
}

bool HostBackend::isStale(const QElapsedTimer &timer, int maxAgeMs)
{
    return !timer.isValid() || timer.hasExpired(maxAgeMs);
}

void HostBackend::refresh()
{
    if (!m_licenseRunning && isStale(m_licenseRead, m_config.licenseMaxAgeMs))
        readLicense();
    if (!m_serviceRunning && isStale(m_serviceRead, m_config.serviceMaxAgeMs))
        readService();
    if (isStale(m_extrasRead, m_config.serviceMaxAgeMs)) {
        m_extrasRead.start();
        readSessions();
        readRemainingHours();
    }
}

void HostBackend::updateCapabilities()
{
    QStringList caps;
    if (ProcessRunner::isRunnable(m_config.licenseViewer))
        caps.append(QStringView(Capability::License).toString());
    if (!m_config.remainingHoursCommand.isEmpty()
        && ProcessRunner::isRunnable(m_config.remainingHoursCommand))
        caps.append(QStringView(Capability::RemainingHours).toString());
    if (!m_config.sessionsCommand.isEmpty() && ProcessRunner::isRunnable(m_config.sessionsCommand))
        caps.append(QStringView(Capability::Sessions).toString());
    if (QFileInfo::exists(m_config.licenseLog) || QFileInfo::exists(m_config.errorLog))
        caps.append(QStringView(Capability::Logs).toString());
    const bool haveUnit = !unitName().isEmpty() && m_service.state != "unknown"_L1;
    if (haveUnit && ProcessRunner::isRunnable(m_config.journalctl))
        caps.append(QStringView(Capability::Journal).toString());
    if (haveUnit && ProcessRunner::isRunnable(m_config.systemctl))
        caps.append(QStringView(Capability::Service).toString());
    if (m_esxiBind->canRun())
        caps.append(QStringView(Capability::EsxiBind).toString());
    if (m_admin)
        caps += m_admin->capabilities();
    m_capabilities = caps;
}

EsxiBindService *HostBackend::esxiBind()
{
    return m_esxiBind;
}

void HostBackend::readLicense()
{
    if (m_licenseRunning)
        return;
    m_licenseRunning = true;
    m_licenseRead.start();
    const QString name = programName(m_config.licenseViewer);
    const int timeoutMs = m_config.toolTimeoutMs;
    ProcessRunner::run(m_config.licenseViewer, toolOptions(timeoutMs), this,
        [this, name, timeoutMs](const ProcessResult &r) {
            m_licenseRunning = false;
            m_licenseRead.start(); // the age counts from the answer
            if (std::exchange(m_licenseRereadPending, false))
                QTimer::singleShot(0, this, &HostBackend::readLicense); // this answer may predate an update
            ApiError error;
            LicenseDocument doc;
            if (r.outcome == ProcessResult::Outcome::TimedOut) {
                error = {0, u"tool-timeout"_s, r.describe(name, timeoutMs)};
            } else if (!r.succeeded()) {
                error = {0, u"tool-failed"_s, r.describe(name, timeoutMs)};
            } else {
                doc.license = LicenseParser::parse(r.standardOutput);
                doc.raw = QString::fromUtf8(r.standardOutput);
                doc.remainingHours = m_remainingHours;
                if (!doc.license.recognised)
                    error = {0, u"no-license"_s,
                        u"%1 ran but printed no license: no license is installed"_s.arg(name)};
            }
            const bool changed = error.code != m_licenseError.code || doc.raw != m_license.raw;
            m_licenseError = error;
            m_license = error.isSet() ? LicenseDocument() : doc;
            updateCapabilities();
            if (changed)
                Q_EMIT licenseChanged();
        });
}

void HostBackend::readService(std::function<void()> then)
{
    const QStringList units
        = m_config.serviceUnit.isEmpty() ? CandidateUnits : QStringList {m_config.serviceUnit};
    if (!ProcessRunner::isRunnable(m_config.systemctl)) {
        m_serviceRead.start();
        if (then)
            then();
        return;
    }
    m_serviceRunning = true;
    m_serviceRead.start();
    ProcessRunner::run(m_config.systemctl + SystemctlShow::arguments(units),
        toolOptions(m_config.toolTimeoutMs), this, [this, units, then](const ProcessResult &r) {
            m_serviceRunning = false;
            m_serviceRead.start();
            ServiceState state;
            QString detected;
            const QList<SystemctlShow::Unit> shown
                = r.succeeded() ? SystemctlShow::parse(r.standardOutput) : QList<SystemctlShow::Unit>();
            for (qsizetype i = 0; i < shown.size() && i < units.size(); ++i) {
                if (shown[i].isLoaded()) {
                    state = shown[i].state;
                    detected = units[i];
                    break;
                }
            }
            state.unit = detected;
            const bool changed = state.state != m_service.state || state.since != m_service.since
                || state.unit != m_service.unit || state.mainPid != m_service.mainPid;
            m_service = state;
            m_detectedUnit = detected;
            updateCapabilities();
            if (changed)
                Q_EMIT serviceStateChanged();
            if (then)
                then();
        });
}

void HostBackend::controlService(const QString &action, std::function<void(bool, const QString &)> done)
{
    static const QStringList actions {u"start"_s, u"stop"_s, u"restart"_s};
    if (!actions.contains(action)) {
        done(false, u"unknown service action \"%1\""_s.arg(action));
        return;
    }
    if (unitName().isEmpty() || !m_capabilities.contains(Capability::Service)) {
        done(false, u"no license server unit was found, so it cannot be controlled"_s);
        return;
    }
    if (m_controlRunning) {
        done(false, u"another service action is still running"_s);
        return;
    }
    m_controlRunning = true;
    const QString unit = unitName();
    const int timeoutMs = m_config.serviceTimeoutMs;
    const QString what = u"systemctl %1 %2"_s.arg(action, unit);
    ProcessRunner::run(m_config.systemctl + QStringList {action, unit}, toolOptions(timeoutMs), this,
        [this, done, what, timeoutMs](const ProcessResult &r) {
            m_controlRunning = false;
            const bool ok = r.succeeded();
            const QString message = ok ? what + u": done"_s : r.describe(what, timeoutMs);
            // Answer with the state that followed the action.
            readService([done, ok, message] { done(ok, message); });
        });
}

void HostBackend::readSessions()
{
    if (m_sessionsRunning || !m_capabilities.contains(Capability::Sessions))
        return;
    m_sessionsRunning = true;
    const QString name = programName(m_config.sessionsCommand);
    ProcessRunner::run(m_config.sessionsCommand, toolOptions(m_config.toolTimeoutMs), this,
        [this, name](const ProcessResult &r) {
            m_sessionsRunning = false;
            QJsonParseError parseError;
            const QJsonDocument doc = QJsonDocument::fromJson(r.standardOutput, &parseError);
            QString error;
            if (r.succeeded() && parseError.error == QJsonParseError::NoError && doc.isObject()) {
                const QList<Session> sessions = sessionsFromJson(doc.object(), &error);
                if (error.isEmpty()) {
                    m_sessions = sessions;
                    return;
                }
            }
            // Keep the last good list rather than invent an empty one.
            qWarning("ve-agent: %s: %s", qPrintable(name),
                qPrintable(!r.succeeded() ? r.describe(name, m_config.toolTimeoutMs)
                        : error.isEmpty() ? u"output is not a JSON object"_s
                                          : error));
        });
}

void HostBackend::readRemainingHours()
{
    if (m_hoursRunning || !m_capabilities.contains(Capability::RemainingHours))
        return;
    m_hoursRunning = true;
    ProcessRunner::run(m_config.remainingHoursCommand, toolOptions(m_config.toolTimeoutMs), this,
        [this](const ProcessResult &r) {
            m_hoursRunning = false;
            bool ok = false;
            const double hours = r.standardOutput.trimmed().toDouble(&ok);
            if (r.succeeded() && ok && hours >= 0 && hours < 1e9) {
                m_remainingHours = hours;
                if (!m_licenseError.isSet())
                    m_license.remainingHours = hours;
            } else {
                qWarning("ve-agent: the remaining-hours command gave no number");
            }
        });
}
