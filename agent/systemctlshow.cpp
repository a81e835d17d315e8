// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "agent/systemctlshow.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

void finishUnit(SystemctlShow::Unit &unit, const QHash<QString, QString> &values)
{
    unit.id = values.value(u"Id"_s);
    unit.loadState = values.value(u"LoadState"_s);
    QString active = values.value(u"ActiveState"_s);
    if (active == "reloading"_L1)
        active = u"active"_s;
    static const QStringList known {
        u"active"_s, u"inactive"_s, u"failed"_s, u"activating"_s, u"deactivating"_s};
    unit.state.state = known.contains(active) ? active : u"unknown"_s;
    if (active == "active"_L1 || active == "deactivating"_L1)
        unit.state.since = SystemctlShow::parseTimestamp(values.value(u"ActiveEnterTimestamp"_s));
    else if (active == "inactive"_L1 || active == "failed"_L1 || active == "activating"_L1)
        unit.state.since = SystemctlShow::parseTimestamp(values.value(u"InactiveEnterTimestamp"_s));
    bool ok = false;
    const qint64 pid = values.value(u"MainPID"_s).toLongLong(&ok);
    unit.state.mainPid = ok && pid > 0 ? pid : 0;
}

} // namespace

QStringList SystemctlShow::arguments(const QStringList &units)
{
    return QStringList {u"show"_s, u"-p"_s,
               u"Id,LoadState,ActiveState,ActiveEnterTimestamp,InactiveEnterTimestamp,MainPID"_s}
    + units;
}

QDateTime SystemctlShow::parseTimestamp(const QString &text)
{
    const QString t = text.trimmed();
    if (t.startsWith(u'@')) {
        bool ok = false;
        const qint64 epoch = t.mid(1).toLongLong(&ok);
        return ok ? QDateTime::fromSecsSinceEpoch(epoch, Qt::UTC) : QDateTime();
    }
    static const QRegularExpression re(u"(\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2})(?: UTC)?$"_s);
    const QRegularExpressionMatch m = re.match(t);
    if (!m.hasMatch())
        return {};
    QDateTime dt = QDateTime::fromString(m.captured(1), u"yyyy-MM-dd HH:mm:ss"_s);
    dt.setTimeSpec(Qt::UTC);
    return dt;
}

QList<SystemctlShow::Unit> SystemctlShow::parse(const QByteArray &output)
{
    QList<Unit> units;
    QHash<QString, QString> values;
    const auto flush = [&] {
        if (values.isEmpty())
            return;
        Unit unit;
        finishUnit(unit, values);
        units.append(unit);
        values.clear();
    };
    const QList<QByteArray> lines = output.split('\n');
    for (const QByteArray &raw : lines) {
        const QByteArray line = raw.trimmed();
        if (line.isEmpty()) {
            flush();
            continue;
        }
        const qsizetype eq = line.indexOf('=');
        if (eq <= 0)
            continue;
        values.insert(QString::fromUtf8(line.first(eq)), QString::fromUtf8(line.sliced(eq + 1)));
    }
    flush();
    return units;
}
