// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/alertconditions.h"

#include <QCoreApplication>
#include <QMap>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

// The translation context of the alert texts (lupdate reads it from the macro).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(AlertConditions)
};

using Kind = Alert::Kind;
using Severity = Alert::Severity;

bool isLost(const QString &state)
{
    return state == "grace"_L1 || state == "stopped"_L1;
}

const ServerSnapshot *find(const QList<ServerSnapshot> &servers, const QString &id)
{
    if (id.isEmpty())
        return nullptr;
    for (const ServerSnapshot &s : servers) {
        if (s.id == id)
            return &s;
    }
    return nullptr;
}

bool hasSessions(const ServerSnapshot *s)
{
    return s && s->isObservable() && s->sessions.has_value();
}

// A primary/backup pair as the snapshots describe it; either side may be missing.
struct Pair
{
    const ServerSnapshot *primary = nullptr;
    const ServerSnapshot *backup = nullptr;
    QString primaryId;
    QString backupId;
    QString alertServer() const { return backupId.isEmpty() ? primaryId : backupId; }
    QString name(const ServerSnapshot *s, const QString &id) const { return s ? s->displayName() : id; }
};

QList<Pair> pairs(const QList<ServerSnapshot> &servers)
{
    QList<Pair> out;
    for (const ServerSnapshot &s : servers) {
        if (s.isBackup()) {
            const ServerSnapshot *p = find(servers, s.partnerId);
            out.append({p, &s, s.partnerId, s.id});
        }
    }
    for (const ServerSnapshot &s : servers) {
        const ServerSnapshot *b = find(servers, s.partnerId);
        if (s.isPrimary() && !(b && b->isBackup()))
            out.append({&s, nullptr, s.id, s.partnerId});
    }
    return out;
}

// How good a placement's source is: a server serving the emulator beats one that only lists it.
int rank(const EmulatorPlacement &p, const ServerSnapshot &lister)
{
    const QString host = lister.status ? lister.status->hostName : QString();
    if (!isLost(p.state) && (p.servedBy.isEmpty() || p.servedBy == host))
        return 3;
    if (!isLost(p.state))
        return 2;
    return p.state == "grace"_L1 ? 1 : 0;
}

QString hoursText(double hours)
{
    return QString::number(hours, 'f', hours < 10 ? 2 : 1);
}

QString durationText(qint64 seconds)
{
    const qint64 minutes = std::max<qint64>(seconds, 0) / 60;
    if (minutes < 60)
        return Text::tr("%1 min").arg(minutes);
    const qint64 hours = minutes / 60;
    if (minutes % 60 == 0)
        return Text::tr("%1 h").arg(hours);
    return Text::tr("%1 h %2 min").arg(hours).arg(minutes % 60);
}

Alert draft(const QString &serverId, Kind kind, const QString &subject, Severity severity)
{
    Alert a;
    a.key = Alert::makeKey(serverId, kind, subject);
    a.serverId = serverId;
    a.kind = kind;
    a.subject = subject;
    a.severity = severity;
    return a;
}

void detectFailover(const QList<ServerSnapshot> &servers, const QList<EmulatorPlacement> &placed,
    const AlertThresholds &t, QList<Alert> *out)
{
    for (const Pair &pair : pairs(servers)) {
        QStringList names;
        QDateTime since;
        for (const EmulatorPlacement &p : placed) {
            const bool fromPair = (pair.backup && p.serverId == pair.backupId)
                || (pair.primary && p.serverId == pair.primaryId);
            if (!fromPair || !p.onBackup)
                continue;
            names.append(p.emulator);
            const QDateTime lost = p.lostSince.isValid() ? p.lostSince : p.since;
            if (lost.isValid() && (!since.isValid() || lost < since))
                since = lost;
        }
        if (names.isEmpty() || pair.alertServer().isEmpty())
            continue;
        names.sort();
        Alert a = draft(pair.alertServer(), Kind::Failover, pair.primaryId, Severity::Warning);
        a.title = Text::tr("Failover to the backup");
        a.emulators = names;
        a.since = since;
        const QString backup = pair.name(pair.backup, pair.backupId);
        const QDateTime clock = pair.backup ? pair.backup->clock() : QDateTime();
        const QString emulators = names.join(u", "_s);
        // Whole sentences without a count, so that they read right for one emulator and for many.
        if (pair.primaryId.isEmpty()) {
            a.text = since.isValid()
                ? Text::tr("Served by the backup %1 since %2 instead of the primary: %3.")
                      .arg(backup, AlertConditions::timeText(since, clock, t.timeZone), emulators)
                : Text::tr("Served by the backup %1 instead of the primary: %2.").arg(backup, emulators);
        } else {
            const QString primary = pair.name(pair.primary, pair.primaryId);
            a.text = since.isValid()
                ? Text::tr("Served by the backup %1 since %2 instead of the primary %3: %4.")
                      .arg(backup, AlertConditions::timeText(since, clock, t.timeZone), primary, emulators)
                : Text::tr("Served by the backup %1 instead of the primary %2: %3.")
                      .arg(backup, primary, emulators);
        }
        if (pair.backup && since.isValid())
            a.hoursBurnt = AlertConditions::hoursBurnt(pair.backup->hours, since);
        if (a.hoursBurnt)
            a.text += u' '
                + Text::tr("%1 hours of the backup's license burnt so far.").arg(hoursText(*a.hoursBurnt));
        if (pair.backup && pair.backup->status && pair.backup->status->remainingHours)
            a.text += u' ' + Text::tr("%1 hours left.").arg(hoursText(*pair.backup->status->remainingHours));
        a.text += u' ' + Text::tr("Bring the primary back: the backup's hours are meant for failover only.");
        out->append(a);
    }
}

void detectLostEmulators(const QList<ServerSnapshot> &servers, const QList<EmulatorPlacement> &placed,
    const AlertThresholds &t, QList<Alert> *out)
{
    for (const EmulatorPlacement &p : placed) {
        const ServerSnapshot *s = find(servers, p.serverId);
        if (!s || !isLost(p.state))
            continue;
        if (p.state == "stopped"_L1) {
            Alert a = draft(s->id, Kind::EmulatorStopped, p.emulator, Severity::Critical);
            a.title = Text::tr("Emulator stopped");
            a.emulators = {p.emulator};
            a.since = p.since;
            a.text
                = Text::tr("%1 stopped: no license server served it within its grace period. Start it again "
                           "once a license server serves it, and check its guest for damage.")
                      .arg(p.emulator);
            out->append(a);
            continue;
        }
        const QDateTime lost = p.lostSince.isValid() ? p.lostSince : p.since;
        // A plain int, not std::optional: GCC 12 warns maybe-uninitialized on the optional here.
        const int licenseGraceMinutes = s->license ? s->license->license.gracePeriodMinutes.value_or(-1) : -1;
        QDateTime deadline;
        if (lost.isValid() && licenseGraceMinutes >= 0)
            deadline = lost.addSecs(qint64(licenseGraceMinutes) * 60);
        else if (p.graceDeadline.isValid())
            deadline = p.graceDeadline;
        else if (lost.isValid())
            deadline = lost.addSecs(qint64(t.defaultGraceMinutes) * 60);
        Alert a = draft(s->id, Kind::GracePeriod, p.emulator, Severity::Critical);
        a.title = Text::tr("Grace period running");
        a.emulators = {p.emulator};
        a.since = lost;
        a.deadline = deadline.toUTC();
        const QDateTime clock = s->clock();
        // Whole sentences, so that every language can order its words.
        a.text = lost.isValid() ? Text::tr("%1 has had no license server since %2.")
                                      .arg(p.emulator, AlertConditions::timeText(lost, clock, t.timeZone))
                                : Text::tr("%1 has no license server.").arg(p.emulator);
        if (!deadline.isValid()) {
            a.text
                += u' ' + Text::tr("It stops when its grace period ends. Shut the guest down cleanly now.");
            out->append(a);
            continue;
        }
        const QString stop = AlertConditions::timeText(deadline, clock, t.timeZone);
        a.text += u' '
            + (clock.isValid() && clock < deadline
                    ? Text::tr("It stops at %1 (%2 left).").arg(stop, durationText(clock.secsTo(deadline)))
                    : Text::tr("It stops at %1.").arg(stop));
        a.text += u' ' + Text::tr("Shut the guest down cleanly before %1.").arg(stop);
        out->append(a);
    }
}

// The lowest level `value` is under, if any.
std::optional<AlertThresholds::Level> crossed(double value, const QList<AlertThresholds::Level> &levels)
{
    std::optional<AlertThresholds::Level> best;
    for (const AlertThresholds::Level &level : levels) {
        if (value < level.value && (!best || level.value < best->value))
            best = level;
    }
    return best;
}

QString levelText(double value)
{
    return QString::number(value, 'g', 10);
}

} // namespace

QDateTime AlertConditions::expirationDate(const License &license)
{
    QDateTime earliest;
    const auto consider = [&earliest](const Expiration &e) {
        if (e.kind == Expiration::Kind::Date && e.date.isValid()
            && (!earliest.isValid() || e.date < earliest))
            earliest = e.date;
    };
    consider(license.expiration);
    for (const ProductSection &section : license.products)
        consider(section.expiration);
    return earliest;
}

namespace {

void detectServer(const ServerSnapshot &s, const AlertThresholds &t, QList<Alert> *out)
{
    const QString name = s.displayName();
    using State = ServerConnection::State;
    if (s.state == State::Unreachable || s.state == State::AuthFailed
        || s.state == State::CertificateChanged) {
        const Kind kind = s.state == State::Unreachable ? Kind::Unreachable
            : s.state == State::AuthFailed              ? Kind::AuthFailed
                                                        : Kind::CertificateChanged;
        Alert a = draft(s.id, kind, {}, kind == Kind::AuthFailed ? Severity::Warning : Severity::Critical);
        a.title = kind == Kind::Unreachable ? Text::tr("Server unreachable")
            : kind == Kind::AuthFailed      ? Text::tr("Authentication failed")
                                            : Text::tr("Certificate changed");
        a.text = kind == Kind::Unreachable
            ? Text::tr("The agent of %1 does not answer: %2").arg(name, s.errorText)
            : kind == Kind::AuthFailed
            ? Text::tr("The agent of %1 refuses the token: %2").arg(name, s.errorText)
            : Text::tr(
                "The agent of %1 presents another certificate than the pinned one: %2 Nothing is sent to it "
                "until an admin checks the new fingerprint on the host.")
                  .arg(name, s.errorText);
        out->append(a);
    }
    if (!s.isObservable())
        return;
    const AgentStatus &status = *s.status;
    const QDateTime clock = s.clock();
    if (status.service.state == "inactive"_L1 || status.service.state == "failed"_L1) {
        Alert a = draft(s.id, Kind::ServiceDown, {}, Severity::Critical);
        a.title = Text::tr("License server down");
        a.since = status.service.since;
        const QString unit = status.service.unit.isEmpty() ? Text::tr("(unit unknown)") : status.service.unit;
        // systemd's words for the two states, as the sentence needs them
        const QString state = status.service.state == "failed"_L1 ? Text::tr("failed") : Text::tr("stopped");
        a.text = a.since.isValid()
            ? Text::tr("The license server service %1 on %2 is %3 since %4: emulators cannot log in to it.")
                  .arg(unit, name, state, AlertConditions::timeText(a.since, clock, t.timeZone))
            : Text::tr("The license server service %1 on %2 is %3: emulators cannot log in to it.")
                  .arg(unit, name, state);
        out->append(a);
    }
    std::optional<double> hours = status.remainingHours;
    if (!hours && s.license)
        hours = s.license->remainingHours;
    if (hours) {
        if (const auto level = crossed(*hours, t.hours)) {
            Alert a = draft(s.id, Kind::HoursLow, levelText(level->value), level->severity);
            a.title = Text::tr("COUNTDOWN hours low");
            a.value = *hours;
            a.text = *hours <= 0
                ? Text::tr("%1 has no COUNTDOWN hours left: it refuses every emulator.").arg(name)
                : Text::tr("%1 has %2 COUNTDOWN hours left (under %3).")
                      .arg(name, hoursText(*hours), levelText(level->value));
            out->append(a);
        }
    }
    const QDateTime expires = s.license ? AlertConditions::expirationDate(s.license->license) : QDateTime();
    if (expires.isValid() && clock.isValid()) {
        const double days = double(clock.msecsTo(expires)) / 86'400'000.0;
        if (const auto level = crossed(days, t.expiryDays)) {
            Alert a = draft(s.id, Kind::ExpirySoon, levelText(level->value), level->severity);
            a.title = Text::tr("License expires soon");
            a.value = days;
            a.since = expires;
            const QString when = AlertConditions::timeText(expires, clock, t.timeZone);
            a.text = days <= 0 ? Text::tr("The license of %1 expired at %2.").arg(name, when)
                               : Text::tr("The license of %1 expires at %2, in %3 days (under %4).")
                                     .arg(name, when, QString::number(days, 'f', 1), levelText(level->value));
            out->append(a);
        }
    }
}

} // namespace

bool ServerSnapshot::isObservable() const
{
    return status.has_value()
        && (state == ServerConnection::State::Connected || state == ServerConnection::State::Degraded);
}

bool ServerSnapshot::isPrimary() const
{
    if (pairRole != ServerEntry::PairRole::None)
        return pairRole == ServerEntry::PairRole::Primary;
    return status && status->role == "primary"_L1;
}

bool ServerSnapshot::isBackup() const
{
    if (pairRole != ServerEntry::PairRole::None)
        return pairRole == ServerEntry::PairRole::Backup;
    return status && status->role == "backup"_L1;
}

QString ServerSnapshot::displayName() const
{
    if (!name.isEmpty())
        return name;
    if (status && !status->hostName.isEmpty())
        return status->hostName;
    return id;
}

QDateTime ServerSnapshot::clock() const
{
    return status ? status->hostClock : QDateTime();
}

ServerSnapshot ServerSnapshot::fromConnection(const ServerConnection &connection, const QString &id)
{
    ServerSnapshot s;
    s.id = id;
    s.state = connection.state();
    s.errorText = connection.errorText();
    if (connection.status().protocol > 0)
        s.status = connection.status();
    if (connection.hasLicense())
        s.license = connection.license();
    if (s.status && s.status->has(Capability::Sessions)
        && !connection.failingCapabilities().contains(QStringView(Capability::Sessions)))
        s.sessions = connection.sessions();
    s.hours = connection.hoursHistory();
    return s;
}

QList<EmulatorPlacement> AlertConditions::placements(const QList<ServerSnapshot> &servers)
{
    QMap<QString, std::pair<EmulatorPlacement, int>> best; // emulator → placement, rank
    for (const ServerSnapshot &s : servers) {
        if (!hasSessions(&s))
            continue;
        for (const Session &session : *s.sessions) {
            EmulatorPlacement p;
            p.emulator = session.emulatorHost.isEmpty() ? session.id : session.emulatorHost;
            if (p.emulator.isEmpty())
                continue;
            p.serverId = s.id;
            p.servedBy = session.servedBy;
            p.state = session.state;
            p.since = session.since;
            p.lostSince = session.lostSince;
            p.graceDeadline = session.graceDeadline;
            const int r = rank(p, s);
            p.onBackup = !isLost(p.state) && (p.state == "failover"_L1 || (s.isBackup() && r == 3));
            const auto it = best.constFind(p.emulator);
            if (it == best.cend() || r > it->second)
                best.insert(p.emulator, {p, r});
        }
    }
    QList<EmulatorPlacement> out;
    for (const auto &entry : std::as_const(best))
        out.append(entry.first);
    return out;
}

QList<Alert> AlertConditions::detect(const QList<ServerSnapshot> &servers,
    const QHash<QString, QStringList> &drift, const AlertThresholds &thresholds)
{
    QList<Alert> out;
    const QList<EmulatorPlacement> placed = placements(servers);
    detectFailover(servers, placed, thresholds, &out);
    detectLostEmulators(servers, placed, thresholds, &out);
    for (const ServerSnapshot &s : servers)
        detectServer(s, thresholds, &out);
    for (auto it = drift.cbegin(); it != drift.cend(); ++it) {
        if (it.value().isEmpty())
            continue;
        // Critical: a changed host (CPU cores, instance type, clone …) invalidates the license.
        Alert a = draft(it.key(), Kind::HostFactDrift, {}, Severity::Critical);
        a.title = Text::tr("Host facts changed");
        a.text = it.value().join(u'\n');
        out.append(a);
    }
    std::sort(out.begin(), out.end(), [](const Alert &a, const Alert &b) { return a.key < b.key; });
    out.erase(
        std::unique(out.begin(), out.end(), [](const Alert &a, const Alert &b) { return a.key == b.key; }),
        out.end());
    return out;
}

bool AlertConditions::decides(const Alert &alert, const QList<ServerSnapshot> &servers)
{
    const ServerSnapshot *s = find(servers, alert.serverId);
    switch (alert.kind) {
    case Kind::Failover: {
        if (!s && alert.subject.isEmpty())
            return true; // the pair is gone
        const ServerSnapshot *primary = find(servers, alert.subject);
        if (!s && !primary)
            return true;
        return hasSessions(s) || hasSessions(primary);
    }
    case Kind::GracePeriod:
    case Kind::EmulatorStopped:
        return !s || hasSessions(s);
    case Kind::ServiceDown:
    case Kind::HoursLow:
    case Kind::ExpirySoon:
        return !s || s->isObservable();
    case Kind::SwitchBack: // an event: it closes after its lifetime
        return false;
    case Kind::Unreachable:
    case Kind::CertificateChanged:
    case Kind::AuthFailed:
    case Kind::HostFactDrift:
        break;
    }
    return true;
}

std::optional<double> AlertConditions::hoursBurnt(
    const QList<ServerConnection::HoursSample> &samples, const QDateTime &since)
{
    QList<ServerConnection::HoursSample> sorted;
    for (const auto &sample : samples) {
        if (sample.time.isValid() && std::isfinite(sample.hours))
            sorted.append(sample);
    }
    std::stable_sort(
        sorted.begin(), sorted.end(), [](const auto &a, const auto &b) { return a.time < b.time; });
    double burnt = 0;
    bool measured = false;
    for (qsizetype i = 1; i < sorted.size(); ++i) {
        if (sorted[i].time <= since)
            continue;
        measured = true;
        burnt += std::max(0.0, sorted[i - 1].hours - sorted[i].hours);
    }
    if (!measured)
        return std::nullopt;
    return burnt;
}

QString AlertConditions::timeText(const QDateTime &time, const QDateTime &reference, const QTimeZone &zone)
{
    const QDateTime local = time.toTimeZone(zone);
    QString text = local.toString(u"HH:mm"_s);
    if (!reference.isValid() || reference.toTimeZone(zone).date() != local.date())
        text = local.toString(u"yyyy-MM-dd "_s) + text;
    const QString abbreviation = zone.abbreviation(time);
    return abbreviation.isEmpty() ? text : text + u' ' + abbreviation;
}
