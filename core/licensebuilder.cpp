// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/licensebuilder.h"

#include "core/licensevalues.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

using Field = LicenseBuilder::Field;
using Value = LicenseBuilder::Value;

constexpr int MaxDiagnostics = 100;

struct KeySpec
{
    QLatin1StringView key; // legacy: upper case; readable: lower case, blanks simplified
    Field field;
};

constexpr KeySpec LegacyKeys[] = {
    {"K_FINGER"_L1, Field::Fingerprint},
    {"K_LICENSE_ID"_L1, Field::LicenseId},
    {"K_TYPE"_L1, Field::KeyType},
    {"K_EXPIRED"_L1, Field::Expiration},
    {"K_CUSTOMER"_L1, Field::Customer},
    {"K_PLATFORM"_L1, Field::Platform},
    {"K_R_DATE"_L1, Field::ReleaseDate},
    {"K_INTERVAL"_L1, Field::CheckInterval},
    {"P_NAME"_L1, Field::Name},
    {"P_CODE"_L1, Field::Code},
    {"P_MAJV"_L1, Field::MajorVersion},
    {"P_MINV"_L1, Field::MinorVersion},
    {"P_CPU_NUM"_L1, Field::MaxCpu},
    {"P_MAX_MEM"_L1, Field::MaxMemory},
    {"P_INSTANCE"_L1, Field::Instances},
};

constexpr KeySpec ReadableKeys[] = {
    {"license fingerprint"_L1, Field::Fingerprint},
    {"customer name"_L1, Field::Customer},
    {"license id"_L1, Field::LicenseId},
    {"key type"_L1, Field::KeyType},
    {"expiration date"_L1, Field::Expiration}, // or ProductExpiration, by context
    {"platform"_L1, Field::Platform},
    {"release date"_L1, Field::ReleaseDate},
    {"grace period"_L1, Field::GracePeriod},
    {"license check interval"_L1, Field::CheckInterval},
    {"virtual hardware"_L1, Field::VirtualHardware},
    {"product code"_L1, Field::ProductCodes},
    {"major version"_L1, Field::MajorVersion},
    {"minor version"_L1, Field::MinorVersion},
    {"maximum cpu"_L1, Field::MaxCpu},
    {"maximum virtual memory"_L1, Field::MaxMemory},
    {"instances allowed"_L1, Field::Instances},
};

template<size_t N> std::optional<Field> lookup(const KeySpec (&table)[N], QStringView key)
{
    for (const KeySpec &spec : table) {
        if (key == spec.key)
            return spec.field;
    }
    return std::nullopt;
}

bool isHeaderField(Field field)
{
    return field <= Field::CheckInterval;
}

bool isIdentifier(QStringView key)
{
    if (key.isEmpty() || key.front().isDigit())
        return false;
    return std::all_of(key.begin(), key.end(), [](QChar c) {
        return (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'_';
    });
}

QString excerpt(QStringView text)
{
    constexpr qsizetype Max = 80;
    return text.size() <= Max ? text.toString() : text.first(Max).toString() + u"…";
}

// Parses `raw` by the syntax of `field`; nullopt with `what` naming the expected syntax.
std::optional<Value> parseValue(Field field, QStringView raw, QString *what)
{
    switch (field) {
    case Field::Fingerprint:
    case Field::Customer:
    case Field::LicenseId:
    case Field::Platform:
    case Field::Name:
    case Field::Code:
    case Field::Passphrase:
        return Value(raw.toString());
    case Field::KeyType:
        *what = u"key type (NORMAL or COUNTDOWN)"_s;
        if (const auto type = LicenseValues::parseKeyType(raw))
            return Value(*type);
        return std::nullopt;
    case Field::Expiration:
    case Field::ProductExpiration:
        *what = u"expiration (hours, a date or a permanent word)"_s;
        if (const auto expiration = LicenseValues::parseExpiration(raw, License::KeyType::Unknown))
            return Value(*expiration);
        return std::nullopt;
    case Field::ReleaseDate: {
        *what = u"date"_s;
        const QDateTime date = LicenseValues::parseDateTime(raw);
        return date.isValid() ? std::optional<Value>(date) : std::nullopt;
    }
    case Field::GracePeriod:
    case Field::CheckInterval:
        *what = u"duration in minutes or hours"_s;
        if (const auto minutes = LicenseValues::parseMinutes(raw))
            return Value(qint64(*minutes));
        return std::nullopt;
    case Field::VirtualHardware:
    case Field::ProductCodes:
        return Value(LicenseValues::splitList(raw));
    case Field::MajorVersion:
    case Field::MinorVersion:
    case Field::MaxCpu:
    case Field::Instances:
        *what = u"whole number"_s;
        if (const auto number = LicenseValues::parseInteger(raw); number && *number <= INT_MAX)
            return Value(*number);
        return std::nullopt;
    case Field::MaxMemory:
        *what = u"memory size (MB or GB)"_s;
        if (const auto megabytes = LicenseValues::parseMemoryMB(raw))
            return Value(*megabytes);
        return std::nullopt;
    }
    return std::nullopt;
}

std::optional<QString> text(const Value &value)
{
    const auto *string = std::get_if<QString>(&value);
    return string ? std::optional<QString>(*string) : std::nullopt;
}

std::optional<int> integer(const Value &value)
{
    const auto *number = std::get_if<qint64>(&value);
    return number ? std::optional<int>(int(*number)) : std::nullopt;
}

void assignHeader(License &license, Field field, const Value &value)
{
    switch (field) {
    case Field::Fingerprint:
        license.fingerprint = text(value);
        break;
    case Field::Customer:
        license.customer = text(value);
        break;
    case Field::LicenseId:
        license.licenseId = text(value);
        break;
    case Field::Platform:
        license.platform = text(value);
        break;
    case Field::KeyType:
        if (const auto *type = std::get_if<License::KeyType>(&value))
            license.keyType = *type;
        break;
    case Field::Expiration:
        if (const auto *expiration = std::get_if<Expiration>(&value))
            license.expiration = *expiration;
        break;
    case Field::ReleaseDate:
        if (const auto *date = std::get_if<QDateTime>(&value))
            license.releaseDate = *date;
        break;
    case Field::GracePeriod:
        license.gracePeriodMinutes = integer(value);
        break;
    case Field::CheckInterval:
        license.checkIntervalMinutes = integer(value);
        break;
    default:
        break;
    }
}

void assignProduct(ProductSection &section, Field field, const Value &value)
{
    switch (field) {
    case Field::Name:
        section.name = text(value);
        break;
    case Field::Code:
        section.code = text(value);
        break;
    case Field::Passphrase:
        section.passphrase = text(value);
        break;
    case Field::VirtualHardware:
    case Field::ProductCodes:
        if (const auto *list = std::get_if<QStringList>(&value))
            (field == Field::VirtualHardware ? section.virtualHardware : section.productCodes) = *list;
        break;
    case Field::MajorVersion:
        section.majorVersion = integer(value);
        break;
    case Field::MinorVersion:
        section.minorVersion = integer(value);
        break;
    case Field::MaxCpu:
        section.maxCpu = integer(value);
        break;
    case Field::Instances:
        section.instances = integer(value);
        break;
    case Field::MaxMemory:
        if (const auto *megabytes = std::get_if<qint64>(&value))
            section.maxMemoryMB = *megabytes;
        break;
    case Field::ProductExpiration:
        if (const auto *expiration = std::get_if<Expiration>(&value))
            section.expiration = *expiration;
        break;
    default:
        break;
    }
}

} // namespace

void LicenseBuilder::diagnose(int line, const QString &message)
{
    if (m_license.diagnostics.size() >= MaxDiagnostics) {
        ++m_suppressed;
        return;
    }
    m_license.diagnostics.append({line, message});
}

void LicenseBuilder::addLine(int number, QStringView line)
{
    if (line.isEmpty()) {
        if (m_block != Block::Prod)
            m_current = -1; // readable style: a blank line ends the product section
        return;
    }
    if (line.startsWith(u"<<License Viewer>>", Qt::CaseInsensitive)) {
        if (m_sawContent)
            diagnose(number, u"another license_viewer header line: two licenses in one input?"_s);
        return;
    }
    m_sawContent = true;
    for (const QStringView word : {u"KEYSEC", u"KEYEND", u"PRODSEC", u"PRODEND"}) {
        if (line.compare(word, Qt::CaseInsensitive) == 0)
            return marker(number, word);
    }
    const qsizetype equals = line.indexOf(u'=');
    const qsizetype colon = line.indexOf(u':');
    if (equals > 0 && (colon < 0 || equals < colon) && isIdentifier(line.first(equals).trimmed()))
        return keyValue(
            number, line.first(equals).trimmed().toString(), line.sliced(equals + 1).trimmed(), true);
    if (colon > 0)
        return keyValue(
            number, line.first(colon).trimmed().toString(), line.sliced(colon + 1).trimmed(), false);
    diagnose(number, u"line not understood, kept as is: \"%1\""_s.arg(excerpt(line)));
    extraOf(m_current).append({line.toString(), QString()});
}

void LicenseBuilder::marker(int number, QStringView word)
{
    m_sawLegacy = true;
    const QString open = m_block == Block::Key ? u"KEYSEC"_s : u"PRODSEC"_s;
    const QString close = m_block == Block::Key ? u"KEYEND"_s : u"PRODEND"_s;
    const bool opens = word == u"KEYSEC" || word == u"PRODSEC";
    if (opens && m_block != Block::None)
        diagnose(number, u"%1 before the %2 of the %3 on line %4"_s.arg(word, close, open).arg(m_blockLine));
    if (word == u"KEYSEC") {
        m_block = Block::Key;
        m_current = -1;
    } else if (word == u"PRODSEC") {
        m_block = Block::Prod;
        m_current = openProduct(number);
        m_lastKeyWasHeader = false;
    } else {
        const Block expected = word == u"KEYEND" ? Block::Key : Block::Prod;
        if (m_block != expected)
            diagnose(
                number, u"%1 without %2"_s.arg(word, expected == Block::Key ? u"KEYSEC"_s : u"PRODSEC"_s));
        m_block = Block::None;
        m_current = -1;
    }
    if (opens)
        m_blockLine = number;
}

void LicenseBuilder::keyValue(int number, const QString &key, QStringView value, bool legacy)
{
    std::optional<Field> field;
    if (legacy) {
        field = lookup(LegacyKeys, key.toUpper());
    } else {
        const QString normalised = key.simplified().toLower();
        field = lookup(ReadableKeys, normalised);
        if (!field && normalised.contains(u"passphrase"))
            field = Field::Passphrase;
        if (field == Field::Expiration && m_current >= 0 && !m_lastKeyWasHeader)
            field = Field::ProductExpiration;
    }
    if (!field) {
        extraOf(m_block == Block::Key ? -1 : m_current).append({key, value.toString()});
        return;
    }
    (legacy ? m_sawLegacy : m_sawReadable) = true;
    if (isHeaderField(*field)) {
        if (legacy && m_block != Block::Key)
            diagnose(number, u"%1 outside a KEYSEC…KEYEND block"_s.arg(key));
        m_lastKeyWasHeader = true;
        return record(-1, *field, number, key, value);
    }
    if (legacy && m_block != Block::Prod)
        diagnose(number, u"%1 outside a PRODSEC…PRODEND block"_s.arg(key));
    if (m_current < 0)
        m_current = openProduct(number);
    m_lastKeyWasHeader = false;
    record(m_current, *field, number, key, value);
}

int LicenseBuilder::openProduct(int number)
{
    ProductSection section;
    section.firstLine = number;
    m_license.products.append(section);
    m_productFields.append(Fields());
    return int(m_license.products.size() - 1);
}

QList<KeyValue> &LicenseBuilder::extraOf(int product)
{
    return product < 0 ? m_license.extra : m_license.products[product].extra;
}

void LicenseBuilder::record(int product, Field field, int number, const QString &key, QStringView raw)
{
    if (raw.isEmpty())
        return; // "K_LICENSE_ID=": not given
    const bool expiration = field == Field::Expiration || field == Field::ProductExpiration;
    if (expiration && LicenseValues::parseInteger(raw)) {
        m_pending.append({number, key, raw.toString(), product, extraOf(product).size()});
        return;
    }
    QString what;
    std::optional<Value> value = parseValue(field, raw, &what);
    if (!value) {
        diagnose(number, u"%1: \"%2\" is not a %3; kept as an unknown key"_s.arg(key, excerpt(raw), what));
        extraOf(product).append({key, raw.toString()});
        return;
    }
    store(product, field, number, key, raw, std::move(*value));
}

void LicenseBuilder::store(
    int product, Field field, int number, const QString &key, QStringView raw, Value value)
{
    Fields &fields = product < 0 ? m_headerFields : m_productFields[product];
    const auto it = fields.find(int(field));
    Seen incoming {number, key, raw.toString(), std::move(value)};
    if (it == fields.end()) {
        fields.insert(int(field), std::move(incoming));
        return;
    }
    Seen kept = *it;
    Seen dropped = std::move(incoming);
    if (dropped.line < kept.line)
        std::swap(kept, dropped); // values resolved late still obey "first line wins"
    if (kept.key.compare(dropped.key, Qt::CaseInsensitive) == 0) {
        diagnose(dropped.line,
            u"%1 repeated (first on line %2); the first value \"%3\" is kept"_s.arg(dropped.key)
                .arg(kept.line)
                .arg(excerpt(kept.raw)));
    } else if (!(kept.value == dropped.value)) {
        diagnose(dropped.line,
            u"%1 \"%2\" conflicts with %3 \"%4\" on line %5; the first value is kept"_s
                .arg(dropped.key, excerpt(dropped.raw), kept.key, excerpt(kept.raw))
                .arg(kept.line));
    }
    *it = std::move(kept);
}

License LicenseBuilder::finish()
{
    if (m_block != Block::None) {
        diagnose(
            m_blockLine, m_block == Block::Key ? u"KEYSEC without KEYEND"_s : u"PRODSEC without PRODEND"_s);
    }
    finishFields();
    if (m_sawLegacy && m_sawReadable)
        m_license.style = License::Style::Mixed;
    else if (m_sawLegacy)
        m_license.style = License::Style::Legacy;
    m_license.recognised = m_sawLegacy || m_sawReadable;
    if (!m_license.recognised)
        diagnose(0, u"no license_viewer keys found: this is not a license"_s);
    // By line; remarks on the whole input (line 0) close the list.
    std::stable_sort(m_license.diagnostics.begin(), m_license.diagnostics.end(),
        [](const Diagnostic &a, const Diagnostic &b) { return uint(a.line - 1) < uint(b.line - 1); });
    if (m_suppressed > 0)
        m_license.diagnostics.append({0, u"%1 more problems not listed"_s.arg(m_suppressed)});
    return std::move(m_license);
}

License LicenseBuilder::finishEmpty()
{
    m_license.diagnostics.append({0, u"empty input: no license"_s});
    return std::move(m_license);
}

void LicenseBuilder::finishFields()
{
    // The key type decides what a plain-number expiration means, so it is settled first.
    const auto type = m_headerFields.constFind(int(Field::KeyType));
    if (type != m_headerFields.cend())
        assignHeader(m_license, Field::KeyType, type->value);
    // Reverse order: inserting a later entry first keeps the indexes of earlier ones valid.
    for (auto it = m_pending.crbegin(); it != m_pending.crend(); ++it) {
        const Field field = it->product < 0 ? Field::Expiration : Field::ProductExpiration;
        if (const auto expiration = LicenseValues::parseExpiration(it->raw, m_license.keyType)) {
            store(it->product, field, it->line, it->key, it->raw, *expiration);
            continue;
        }
        diagnose(it->line,
            u"%1: \"%2\" is not an expiration for a %3 key; kept as an unknown key"_s.arg(
                it->key, excerpt(it->raw), licenseKeyTypeName(m_license.keyType)));
        QList<KeyValue> &extra = extraOf(it->product);
        extra.insert(std::min(it->extraIndex, extra.size()), {it->key, it->raw});
    }
    for (auto it = m_headerFields.cbegin(); it != m_headerFields.cend(); ++it)
        assignHeader(m_license, Field(it.key()), it->value);
    for (qsizetype i = 0; i < m_productFields.size(); ++i) {
        const Fields &fields = m_productFields.at(i);
        for (auto it = fields.cbegin(); it != fields.cend(); ++it)
            assignProduct(m_license.products[i], Field(it.key()), it->value);
    }
}
