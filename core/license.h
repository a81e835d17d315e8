// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// The installed license as license_viewer prints it, in either output style. Plain values; the
// parser (licenseparser.h) fills them, licensejson.h converts to and from the JSON contract of
// docs/protocol.md. Unknown keys are kept in order in `extra`, never dropped.

struct Diagnostic
{
    int line = 0; // 1-based line of the input, 0 when the message is about the whole input
    QString message;
    friend bool operator==(const Diagnostic &a, const Diagnostic &b)
    {
        return a.line == b.line && a.message == b.message;
    }
};

struct KeyValue
{
    QString key;
    QString value;
    friend bool operator==(const KeyValue &a, const KeyValue &b)
    {
        return a.key == b.key && a.value == b.value;
    }
};

struct Expiration
{
    enum class Kind { None, Hours, Date, Permanent };
    Kind kind = Kind::None;
    double hours = 0; // Kind::Hours
    QDateTime date; // Kind::Date, UTC
    bool isSet() const { return kind != Kind::None; }
    friend bool operator==(const Expiration &a, const Expiration &b)
    {
        return a.kind == b.kind && a.hours == b.hours && a.date == b.date;
    }
};

struct ProductSection
{
    std::optional<QString> name;
    QStringList virtualHardware;
    QStringList productCodes;
    std::optional<QString> code;
    std::optional<int> majorVersion;
    std::optional<int> minorVersion;
    std::optional<int> maxCpu;
    std::optional<qint64> maxMemoryMB;
    std::optional<int> instances;
    Expiration expiration;
    std::optional<QString> passphrase;
    QList<KeyValue> extra;
    int firstLine = 0; // where the section starts in the input, for diagnostics and diffs
    friend bool operator==(const ProductSection &a, const ProductSection &b);
};

struct License
{
    enum class Style { Legacy, Readable, Mixed };
    enum class KeyType { Normal, Countdown, Unknown };

    Style style = Style::Readable;
    KeyType keyType = KeyType::Unknown;
    std::optional<QString> fingerprint;
    std::optional<QString> customer;
    std::optional<QString> licenseId;
    std::optional<QString> platform;
    QDateTime releaseDate; // UTC; invalid when absent
    Expiration expiration;
    std::optional<int> gracePeriodMinutes;
    std::optional<int> checkIntervalMinutes;
    QList<ProductSection> products;
    QList<KeyValue> extra;
    QList<Diagnostic> diagnostics;

    // True when the input looked like a license at all (some header key or product section was
    // recognised). vectl exits 2 and the agent answers "no-license" when this is false.
    bool recognised = false;
};

QString licenseStyleName(License::Style style);
QString licenseKeyTypeName(License::KeyType type);
