// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/alertengine.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// The translation context of the alert texts (lupdate reads it from the macro).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(AlertConditions)
};

bool byKey(const Alert &a, const Alert &b)
{
    return a.key < b.key;
}

// Copies what the condition says into the open alert; true when something changed.
bool refresh(Alert *open, const Alert &current, const QDateTime &now)
{
    const bool changed = open->severity != current.severity || open->title != current.title
        || open->text != current.text || open->since != current.since || open->deadline != current.deadline
        || open->emulators != current.emulators || open->hoursBurnt != current.hoursBurnt
        || open->value != current.value || open->lastSeen != now;
    open->severity = current.severity;
    open->title = current.title;
    open->text = current.text;
    open->since = current.since;
    open->deadline = current.deadline;
    open->emulators = current.emulators;
    open->hoursBurnt = current.hoursBurnt;
    open->value = current.value;
    open->lastSeen = now;
    return changed;
}

} // namespace

AlertEngine::AlertEngine(QObject *parent)
    : QObject(parent)
{ }

void AlertEngine::setThresholds(const AlertThresholds &thresholds)
{
    m_thresholds = thresholds;
}

void AlertEngine::update(const ServerSnapshot &snapshot, const QDateTime &now)
{
    update(QList<ServerSnapshot> {snapshot}, now);
}

void AlertEngine::update(const QList<ServerSnapshot> &snapshots, const QDateTime &now)
{
    for (const ServerSnapshot &snapshot : snapshots) {
        const auto it = std::find_if(m_servers.begin(), m_servers.end(),
            [&snapshot](const ServerSnapshot &s) { return s.id == snapshot.id; });
        if (it == m_servers.end())
            m_servers.append(snapshot);
        else
            *it = snapshot;
    }
    evaluate(now);
}

void AlertEngine::removeServer(const QString &serverId, const QDateTime &now)
{
    m_servers.removeIf([&serverId](const ServerSnapshot &s) { return s.id == serverId; });
    m_drift.remove(serverId);
    m_now = now;
    QList<Alert> cleared;
    QStringList keys = m_open.keys();
    keys.sort();
    for (const QString &key : std::as_const(keys)) {
        if (m_open.value(key).serverId == serverId)
            close(m_open.take(key), now, &cleared);
    }
    for (const Alert &a : std::as_const(cleared))
        Q_EMIT alertCleared(a);
    evaluate(now); // a partner's pair conditions may have changed
}

void AlertEngine::setHostFactDrift(const QString &serverId, const QStringList &messages, const QDateTime &now)
{
    if (messages.isEmpty())
        m_drift.remove(serverId);
    else
        m_drift.insert(serverId, messages);
    evaluate(now);
}

void AlertEngine::evaluate(const QDateTime &now)
{
    m_now = now;
    const QList<Alert> current = AlertConditions::detect(m_servers, m_drift, m_thresholds);
    QList<Alert> raised;
    QList<Alert> updated;
    QList<Alert> cleared;
    QSet<QString> holding;
    for (const Alert &condition : current) {
        holding.insert(condition.key);
        const auto it = m_open.find(condition.key);
        if (it != m_open.end()) {
            if (refresh(&*it, condition, now))
                updated.append(*it);
            continue;
        }
        Alert a = condition;
        a.firstSeen = a.lastSeen = now;
        a.open = true;
        m_open.insert(a.key, a);
        raised.append(a);
    }

    QStringList keys = m_open.keys();
    keys.sort();
    for (const QString &key : std::as_const(keys)) {
        if (holding.contains(key) || !m_open.contains(key))
            continue;
        const Alert &a = m_open[key];
        if (a.kind == Alert::Kind::SwitchBack) {
            if (a.firstSeen.secsTo(now) >= m_thresholds.eventLifetimeSeconds)
                close(m_open.take(key), now, &cleared);
            continue;
        }
        if (!AlertConditions::decides(a, m_servers))
            continue;
        const std::optional<Alert> event = a.kind == Alert::Kind::Failover ? switchBack(a) : std::nullopt;
        close(m_open.take(key), now, &cleared);
        if (event) {
            if (m_open.contains(event->key)) // an earlier switch-back of this pair
                close(m_open.take(event->key), now, &cleared);
            m_open.insert(event->key, *event);
            raised.append(*event);
        }
    }

    std::sort(raised.begin(), raised.end(), byKey);
    std::sort(updated.begin(), updated.end(), byKey);
    std::sort(cleared.begin(), cleared.end(), byKey);
    for (const Alert &a : std::as_const(raised))
        Q_EMIT alertRaised(a);
    for (const Alert &a : std::as_const(updated))
        Q_EMIT alertUpdated(a);
    for (const Alert &a : std::as_const(cleared))
        Q_EMIT alertCleared(a);
}

void AlertEngine::close(Alert alert, const QDateTime &now, QList<Alert> *cleared)
{
    alert.open = false;
    alert.closedAt = now;
    m_closed.append(alert);
    if (m_closed.size() > MaxClosedAlerts)
        m_closed.remove(0, m_closed.size() - MaxClosedAlerts);
    cleared->append(alert);
}

// The emulators of a closing failover that a server other than a backup serves again.
std::optional<Alert> AlertEngine::switchBack(const Alert &failover) const
{
    QStringList back;
    QDateTime since;
    for (const EmulatorPlacement &p : placements()) {
        if (!failover.emulators.contains(p.emulator) || p.onBackup || p.servedBy.isEmpty()
            || p.state == "grace"_L1 || p.state == "stopped"_L1)
            continue;
        back.append(p.emulator);
        if (p.since.isValid() && (!since.isValid() || p.since > since))
            since = p.since;
    }
    if (back.isEmpty())
        return std::nullopt;
    back.sort();
    Alert a;
    a.kind = Alert::Kind::SwitchBack;
    a.serverId = failover.serverId;
    a.subject = failover.subject;
    a.key = Alert::makeKey(a.serverId, a.kind, a.subject);
    a.severity = Alert::Severity::Info;
    a.title = Text::tr("Switched back to the primary");
    a.emulators = back;
    a.since = since;
    a.hoursBurnt = failover.hoursBurnt;
    a.text = Text::tr("%1 of %2 failed-over emulators (%3) are served by the primary again.")
                 .arg(back.size())
                 .arg(failover.emulators.size())
                 .arg(back.join(u", "_s));
    if (failover.since.isValid())
        a.text += u' '
            + Text::tr("The failover began at %1.")
                  .arg(AlertConditions::timeText(failover.since, since, m_thresholds.timeZone));
    if (failover.hoursBurnt)
        a.text += u' '
            + Text::tr("It burnt %1 hours of the backup's license.").arg(*failover.hoursBurnt, 0, 'f', 2);
    a.firstSeen = a.lastSeen = m_now;
    return a;
}

bool AlertEngine::acknowledge(const QString &alertKey, const QString &by)
{
    const auto it = m_open.find(alertKey);
    if (it == m_open.end() || by.trimmed().isEmpty())
        return false;
    it->acknowledgedBy = by.trimmed();
    it->acknowledgedAt = m_now;
    Q_EMIT alertUpdated(*it);
    return true;
}

QList<Alert> AlertEngine::openAlerts() const
{
    QList<Alert> out = m_open.values();
    std::sort(out.begin(), out.end(), [](const Alert &a, const Alert &b) {
        if (a.severity != b.severity)
            return a.severity > b.severity;
        if (a.firstSeen != b.firstSeen)
            return a.firstSeen < b.firstSeen;
        return a.key < b.key;
    });
    return out;
}

QList<Alert> AlertEngine::openAlerts(const QString &serverId) const
{
    QList<Alert> out = openAlerts();
    out.removeIf([&serverId](const Alert &a) { return a.serverId != serverId; });
    return out;
}

QList<Alert> AlertEngine::closedAlerts() const
{
    QList<Alert> out = m_closed;
    std::reverse(out.begin(), out.end());
    return out;
}

std::optional<Alert> AlertEngine::alert(const QString &alertKey) const
{
    const auto it = m_open.constFind(alertKey);
    if (it != m_open.cend())
        return *it;
    for (auto closed = m_closed.crbegin(); closed != m_closed.crend(); ++closed) {
        if (closed->key == alertKey)
            return *closed;
    }
    return std::nullopt;
}

std::optional<Alert::Severity> AlertEngine::worstSeverity(const QString &serverId) const
{
    std::optional<Alert::Severity> worst;
    for (const Alert &a : m_open) {
        if (a.serverId == serverId && (!worst || a.severity > *worst))
            worst = a.severity;
    }
    return worst;
}

QList<EmulatorPlacement> AlertEngine::placements() const
{
    return AlertConditions::placements(m_servers);
}
