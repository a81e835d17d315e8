// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/licensediff.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace {

using Fields = QList<LicenseFieldChange>;

QString text(const std::optional<QString> &value)
{
    return value ? value->trimmed() : QString();
}

template<typename T> QString number(const std::optional<T> &value, const QString &unit = {})
{
    return value ? QString::number(*value) + unit : QString();
}

QString dateText(const QDateTime &date)
{
    return date.isValid() ? date.toUTC().toString(u"yyyy-MM-dd HH:mm:ss") + u" UTC"_s : QString();
}

void add(Fields *out, const QString &field, const QString &before, const QString &after)
{
    if (before != after)
        out->append({field, before, after});
}

// Unknown keys: changed, added and removed ones, in the order they appear (old first).
void addExtra(Fields *out, const QList<KeyValue> &before, const QList<KeyValue> &after)
{
    QHash<QString, QString> old, now;
    QStringList order;
    for (const KeyValue &kv : before) {
        if (!old.contains(kv.key))
            order.append(kv.key);
        old.insert(kv.key, kv.value);
    }
    for (const KeyValue &kv : after) {
        if (!old.contains(kv.key) && !now.contains(kv.key))
            order.append(kv.key);
        now.insert(kv.key, kv.value);
    }
    for (const QString &key : std::as_const(order))
        add(out, u"extra:"_s + key, old.value(key), now.value(key));
}

QString passphraseState(const std::optional<QString> &value)
{
    return value && !value->isEmpty() ? u"set"_s : u"not set"_s;
}

// Every field of one section; an empty section stands for "absent" (added/removed sections).
Fields sectionFields(const ProductSection &before, const ProductSection &after)
{
    Fields out;
    add(&out, u"name"_s, text(before.name), text(after.name));
    add(&out, u"virtualHardware"_s, before.virtualHardware.join(u", "_s),
        after.virtualHardware.join(u", "_s));
    add(&out, u"productCodes"_s, before.productCodes.join(u", "_s), after.productCodes.join(u", "_s));
    add(&out, u"code"_s, text(before.code), text(after.code));
    add(&out, u"expiration"_s, LicenseDiff::expirationText(before.expiration),
        LicenseDiff::expirationText(after.expiration));
    add(&out, u"majorVersion"_s, number(before.majorVersion), number(after.majorVersion));
    add(&out, u"minorVersion"_s, number(before.minorVersion), number(after.minorVersion));
    add(&out, u"maxCpu"_s, number(before.maxCpu), number(after.maxCpu));
    add(&out, u"maxMemory"_s, number(before.maxMemoryMB, u" MB"_s), number(after.maxMemoryMB, u" MB"_s));
    add(&out, u"instances"_s, number(before.instances), number(after.instances));
    if (before.passphrase != after.passphrase) {
        const QString was = passphraseState(before.passphrase);
        const QString now = passphraseState(after.passphrase);
        out.append({u"passphrase"_s, was, was == now ? u"changed"_s : now});
    }
    addExtra(&out, before.extra, after.extra);
    return out;
}

// Only what is present: an added or removed section lists its own fields.
Fields presentFields(const ProductSection &section, bool asBefore)
{
    Fields out = asBefore ? sectionFields(section, {}) : sectionFields({}, section);
    out.removeIf([](const LicenseFieldChange &c) { return c.before.isEmpty() && c.after.isEmpty(); });
    out.removeIf([](const LicenseFieldChange &c) {
        return c.field == "passphrase"_L1 && (c.before == "not set"_L1 || c.after == "not set"_L1);
    });
    return out;
}

QString conflict(const QString &label, const std::optional<QString> &installed,
    const std::optional<QString> &update, Qt::CaseSensitivity cs)
{
    const QString was = text(installed);
    const QString now = text(update);
    if (was.isEmpty() || was.compare(now, cs) == 0)
        return {};
    if (now.isEmpty())
        return u"The update names no %1; the installed license's is \"%2\", and an update cannot change it."_s
            .arg(label, was);
    return u"The update's %1 is \"%2\", the installed license's is \"%3\": an update cannot change the %1."_s
        .arg(label, now, was);
}

} // namespace

QString LicenseDiff::expirationText(const Expiration &expiration)
{
    switch (expiration.kind) {
    case Expiration::Kind::Hours:
        return QString::number(expiration.hours) + u" hours"_s;
    case Expiration::Kind::Date:
        return dateText(expiration.date);
    case Expiration::Kind::Permanent:
        return u"permanent"_s;
    case Expiration::Kind::None:
        break;
    }
    return {};
}

QString LicenseDiff::sectionLabel(const ProductSection &section, int index)
{
    if (section.name && !section.name->trimmed().isEmpty())
        return section.name->trimmed();
    QStringList parts;
    if (!section.virtualHardware.isEmpty())
        parts.append(section.virtualHardware.join(u", "_s));
    if (!section.productCodes.isEmpty())
        parts.append(u"code "_s + section.productCodes.join(u", "_s));
    else if (section.code && !section.code->isEmpty())
        parts.append(u"code "_s + section.code->trimmed());
    return parts.isEmpty() ? u"section %1"_s.arg(index + 1) : parts.join(u"; "_s);
}

QString LicenseDiff::fieldLabel(const QString &field)
{
    static const QHash<QString, QString> labels {
        {u"fingerprint"_s, u"License fingerprint"_s},
        {u"customer"_s, u"Customer name"_s},
        {u"licenseId"_s, u"License ID"_s},
        {u"platform"_s, u"Platform"_s},
        {u"keyType"_s, u"Key type"_s},
        {u"expiration"_s, u"Expiration date"_s},
        {u"releaseDate"_s, u"Release date"_s},
        {u"gracePeriod"_s, u"Grace period"_s},
        {u"checkInterval"_s, u"License check interval"_s},
        {u"name"_s, u"Name"_s},
        {u"virtualHardware"_s, u"Virtual Hardware"_s},
        {u"productCodes"_s, u"Product code"_s},
        {u"code"_s, u"Code"_s},
        {u"majorVersion"_s, u"Major Version"_s},
        {u"minorVersion"_s, u"Minor Version"_s},
        {u"maxCpu"_s, u"Maximum CPU"_s},
        {u"maxMemory"_s, u"Maximum virtual memory"_s},
        {u"instances"_s, u"Instances allowed"_s},
        {u"passphrase"_s, u"Passphrase"_s},
    };
    if (field.startsWith("extra:"_L1))
        return field.mid(6);
    return labels.value(field, field);
}

LicenseDiff LicenseDiff::compare(const License &installed, const License &update)
{
    LicenseDiff diff;
    Fields &h = diff.header;
    add(&h, u"fingerprint"_s, text(installed.fingerprint), text(update.fingerprint));
    add(&h, u"customer"_s, text(installed.customer), text(update.customer));
    add(&h, u"licenseId"_s, text(installed.licenseId), text(update.licenseId));
    add(&h, u"platform"_s, text(installed.platform), text(update.platform));
    add(&h, u"keyType"_s,
        installed.keyType == License::KeyType::Unknown ? QString() : licenseKeyTypeName(installed.keyType),
        update.keyType == License::KeyType::Unknown ? QString() : licenseKeyTypeName(update.keyType));
    add(&h, u"expiration"_s, expirationText(installed.expiration), expirationText(update.expiration));
    add(&h, u"releaseDate"_s, dateText(installed.releaseDate), dateText(update.releaseDate));
    add(&h, u"gracePeriod"_s, number(installed.gracePeriodMinutes, u" minutes"_s),
        number(update.gracePeriodMinutes, u" minutes"_s));
    add(&h, u"checkInterval"_s, number(installed.checkIntervalMinutes, u" minutes"_s),
        number(update.checkIntervalMinutes, u" minutes"_s));
    addExtra(&h, installed.extra, update.extra);

    // Pair sections by label, in order; what is left over was removed or added.
    QList<QString> updateLabels;
    for (int i = 0; i < update.products.size(); ++i)
        updateLabels.append(sectionLabel(update.products.at(i), i));
    QList<bool> taken(update.products.size(), false);
    for (int i = 0; i < installed.products.size(); ++i) {
        const ProductSection &old = installed.products.at(i);
        const QString label = sectionLabel(old, i);
        int match = -1;
        for (int j = 0; j < updateLabels.size() && match < 0; ++j) {
            if (!taken.at(j) && updateLabels.at(j) == label)
                match = j;
        }
        if (match < 0) {
            diff.sections.append(
                {LicenseSectionChange::Kind::Removed, label, i, -1, presentFields(old, true)});
            continue;
        }
        taken[match] = true;
        if (!(old == update.products.at(match))) {
            diff.sections.append({LicenseSectionChange::Kind::Changed, label, i, match,
                sectionFields(old, update.products.at(match))});
        }
    }
    for (int j = 0; j < update.products.size(); ++j) {
        if (!taken.at(j)) {
            diff.sections.append({LicenseSectionChange::Kind::Added, updateLabels.at(j), -1, j,
                presentFields(update.products.at(j), false)});
        }
    }
    return diff;
}

QStringList LicenseDiff::identityConflicts(const License &installed, const License &update)
{
    QStringList out;
    for (const QString &reason :
        {conflict(u"Platform"_s, installed.platform, update.platform, Qt::CaseInsensitive),
            conflict(u"Customer name"_s, installed.customer, update.customer, Qt::CaseSensitive),
            conflict(u"License ID"_s, installed.licenseId, update.licenseId, Qt::CaseSensitive)}) {
        if (!reason.isEmpty())
            out.append(reason);
    }
    return out;
}
