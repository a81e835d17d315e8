// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "agent/licenseinstalljob.h"

#include "agent/processrunner.h"
#include "agent/securefile.h"
#include "core/licensediff.h"
#include "core/licenseparser.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

ProcessRunner::Options toolOptions(int timeoutMs)
{
    ProcessRunner::Options o;
    o.timeoutMs = timeoutMs;
    o.environment = {{u"TZ"_s, u"UTC"_s}, {u"LC_ALL"_s, u"C"_s}};
    return o;
}

QString programName(const QStringList &command)
{
    return command.isEmpty() ? u"(no command)"_s : QFileInfo(command.first()).fileName();
}

QString describeLicense(const License &license)
{
    const QString id = license.licenseId.value_or(QString()).trimmed();
    return id.isEmpty() ? licenseKeyTypeName(license.keyType) + u" license"_s : u"license "_s + id;
}

// Whether license_viewer's license is `expected`. A header field the expected text does not name
// may be printed by license_viewer anyway (e.g. the fingerprint): only what both name counts.
bool sameLicense(const License &expected, const License &shown)
{
    const LicenseDiff diff = LicenseDiff::compare(expected, shown);
    for (const LicenseFieldChange &change : diff.header) {
        if (!change.before.isEmpty())
            return false;
    }
    return diff.sections.isEmpty();
}

// Removes all but the newest `keep` files matching `pattern` (names sort by their UTC stamp).
void prune(const QString &dir, const QString &pattern, int keep)
{
    QDir d(dir);
    const QStringList names = d.entryList({pattern}, QDir::Files, QDir::Name | QDir::Reversed);
    for (qsizetype i = keep; i < names.size(); ++i)
        d.remove(names.at(i));
}

} // namespace

QStringList LicenseInstallJob::commandFor(const QStringList &command, const QString &file)
{
    QStringList out = command;
    bool placed = false;
    for (QString &argument : out) {
        if (argument == "{file}"_L1) {
            argument = file;
            placed = true;
        }
    }
    if (!placed)
        out.append(file);
    return out;
}

LicenseInstallJob::LicenseInstallJob(const Options &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_stamp(QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd'T'HHmmsszzz'Z'"))
{ }

void LicenseInstallJob::start(const Options &options, const QByteArray &text, const License &update,
    const License &installed, QObject *parent, LicenseAdmin::InstallDone done)
{
    auto *job = new LicenseInstallJob(options, parent);
    job->m_update = update;
    job->m_installed = installed;
    job->m_done = std::move(done);
    // Never answer from inside start(): the first step runs from the event loop.
    QTimer::singleShot(0, job, [job, text] { job->run(text); });
}

void LicenseInstallJob::run(const QByteArray &text)
{
    QString error;
    if (!SecureFile::makePrivateDirectory(m_options.backupDir, &error)) {
        finish({{500, u"backup-failed"_s, u"Nothing was changed: "_s + error}, {}, {}, false});
        return;
    }
    if (!backUp(&error)) {
        finish({{409, u"no-backup"_s, u"Nothing was changed: "_s + error}, {}, {}, false});
        return;
    }
    m_updateFile = QDir(m_options.backupDir).filePath(u"update-%1.lic"_s.arg(m_stamp));
    if (!SecureFile::writeNew(m_updateFile, text, 0600, &error)) {
        finish({{500, u"backup-failed"_s, u"Nothing was changed: "_s + error}, {}, m_backupFile, false});
        return;
    }
    install(m_updateFile, [this](bool ok, const QString &detail) {
        if (!ok) {
            rollBack(u"install-failed"_s, u"The installer failed: "_s + detail + u'.', true);
            return;
        }
        verify(m_update, 1, [this](bool verified, const QString &shown) {
            if (!verified) {
                rollBack(u"verify-failed"_s,
                    u"The installer succeeded, but license_viewer does not show the update (%1)."_s.arg(
                        shown),
                    false);
                return;
            }
            QString keepError;
            const QString kept = QDir(m_options.backupDir).filePath(u"installed.lic"_s);
            QFile update(m_updateFile);
            if (!update.open(QIODevice::ReadOnly)
                || !SecureFile::writeAtomic(kept, update.readAll(), 0600, &keepError))
                qWarning("ve-agent: cannot keep a copy of the installed license: %s", qPrintable(keepError));
            prune(m_options.backupDir, u"license-*.lic"_s, KeepFiles);
            prune(m_options.backupDir, u"update-*.lic"_s, KeepFiles);
            QString message = u"Installed %1; license_viewer shows it."_s.arg(describeLicense(m_update));
            if (!m_backupFile.isEmpty())
                message += u" The previous license was saved as %1."_s.arg(m_backupFile);
            finish({{}, message, m_backupFile, false});
        });
    });
}

bool LicenseInstallJob::backUp(QString *error)
{
    if (!m_installed.recognised)
        return true; // nothing installed: nothing to back up, nothing to roll back to
    QByteArray previous;
    if (!m_options.licenseFile.isEmpty()) {
        QFile file(m_options.licenseFile);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = u"the installed license file %1 cannot be read for a backup: %2"_s.arg(
                m_options.licenseFile, file.errorString());
            return false;
        }
        previous = file.read(16 * 1024 * 1024);
    } else {
        QFile copy(QDir(m_options.backupDir).filePath(u"installed.lic"_s));
        if (copy.open(QIODevice::ReadOnly))
            previous = copy.read(16 * 1024 * 1024);
        if (previous.isEmpty() || !sameLicense(m_installed, LicenseParser::parse(previous))) {
            *error
                = u"the installed %1 cannot be backed up: it was not installed through this agent, and "
                  "no license file is configured (set server/license_file to the file the installer "
                  "writes), so a failed update could not be rolled back"_s.arg(describeLicense(m_installed));
            return false;
        }
    }
    m_backupFile = QDir(m_options.backupDir).filePath(u"license-%1.lic"_s.arg(m_stamp));
    return SecureFile::writeNew(m_backupFile, previous, 0600, error);
}

void LicenseInstallJob::install(const QString &file, std::function<void(bool, const QString &)> then)
{
    const QString name = programName(m_options.installer);
    const int timeoutMs = m_options.installerTimeoutMs;
    ProcessRunner::run(commandFor(m_options.installer, file), toolOptions(timeoutMs), this,
        [then, name, timeoutMs](
            const ProcessResult &r) { then(r.succeeded(), r.describe(name, timeoutMs)); });
}

void LicenseInstallJob::verify(
    const License &expected, int attempt, std::function<void(bool, const QString &)> then)
{
    const QString name = programName(m_options.licenseViewer);
    const int timeoutMs = m_options.viewerTimeoutMs;
    ProcessRunner::run(m_options.licenseViewer, toolOptions(timeoutMs), this,
        [this, expected, attempt, then, name, timeoutMs](const ProcessResult &r) {
            QString shown;
            if (!r.succeeded()) {
                shown = r.describe(name, timeoutMs);
            } else {
                const License license = LicenseParser::parse(r.standardOutput);
                if (license.recognised && sameLicense(expected, license)) {
                    then(true, describeLicense(license));
                    return;
                }
                shown = license.recognised ? u"it shows "_s + describeLicense(license)
                                           : u"it shows no license"_s;
            }
            if (attempt >= m_options.verifyAttempts) {
                then(false, shown);
                return;
            }
            QTimer::singleShot(m_options.verifyDelayMs, this,
                [this, expected, attempt, then] { verify(expected, attempt + 1, then); });
        });
}

void LicenseInstallJob::rollBack(const QString &code, const QString &reason, bool checkFirst)
{
    if (checkFirst && m_installed.recognised) {
        // A failed installer usually changed nothing: then the previous license is still in force.
        verify(m_installed, m_options.verifyAttempts, [this, code, reason](bool unchanged, const QString &) {
            if (!unchanged) {
                rollBack(code, reason, false);
                return;
            }
            finish(
                {{502, code,
                     reason
                         + u" Nothing changed: the previous %1 is still in force (license_viewer shows it)."_s
                               .arg(describeLicense(m_installed))},
                    {}, m_backupFile, false});
        });
        return;
    }
    if (!m_installed.recognised) {
        finish({{502, code, reason + u" No license was installed before, so there was nothing to restore."_s},
            {}, {}, false});
        return;
    }
    const QString previous = describeLicense(m_installed);
    install(m_backupFile, [this, code, reason, previous](bool ok, const QString &detail) {
        const QString byHand
            = u" The previous %1 is saved as %2: install it by hand."_s.arg(previous, m_backupFile);
        if (!ok) {
            finish({{500, u"rollback-failed"_s,
                        reason + u" Rolling back failed too: "_s + detail + u'.' + byHand},
                {}, m_backupFile, false});
            return;
        }
        verify(m_installed, 1, [this, code, reason, previous, byHand](bool verified, const QString &shown) {
            if (!verified) {
                finish({{500, u"rollback-failed"_s,
                            reason
                                + u" The previous license was installed again, but license_viewer does not "
                                  "show it (%1)."_s.arg(shown)
                                + byHand},
                    {}, m_backupFile, false});
                return;
            }
            finish(
                {{502, code,
                     reason
                         + u" Rolled back: the previous %1 is installed again and license_viewer shows it."_s
                               .arg(previous)},
                    {}, m_backupFile, true});
        });
    });
}

void LicenseInstallJob::finish(const LicenseAdmin::InstallResult &resultIn)
{
    LicenseAdmin::InstallResult result = resultIn;
    if (result.message.isEmpty())
        result.message = result.error.message;
    if (m_done)
        m_done(result);
    m_done = nullptr;
    deleteLater();
}
