// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/license.h"

#include <QHash>

#include <variant>

// The state machine behind LicenseParser: gets decoded, trimmed lines one by one and builds the
// License. Rules (documented once, here):
// - KEYSEC…KEYEND and PRODSEC…PRODEND delimit legacy blocks; K_* keys belong to the header, P_*
//   keys to the open PRODSEC section. Readable "Key: value" lines go by their key: header keys to
//   the header wherever they stand (the vendor's mixed output interleaves them), product keys to
//   the current product section, which a blank line outside a PRODSEC block closes.
// - "Expiration date" exists in both scopes: it belongs to the current product section unless no
//   section is open or the key just before it was a header key.
// - The first value of a field wins. A later, different value for the same field is reported
//   (with both values); the same key repeated is reported even with an equal value.
// - Empty values ("K_LICENSE_ID=") leave the field null. Values that do not parse are reported
//   and kept in `extra` under their key. Unknown keys go to `extra` silently, unknown lines with
//   a diagnostic, both in input order.
// Not thread-affine, single use: addLine()… then finish() once.
class LicenseBuilder
{
public:
    void addLine(int number, QStringView line);
    void diagnose(int line, const QString &message);
    License finish();
    License finishEmpty();

    enum class Field {
        // header
        Fingerprint,
        Customer,
        LicenseId,
        KeyType,
        Expiration,
        Platform,
        ReleaseDate,
        GracePeriod,
        CheckInterval,
        // product section
        Name,
        VirtualHardware,
        ProductCodes,
        Code,
        MajorVersion,
        MinorVersion,
        MaxCpu,
        MaxMemory,
        Instances,
        ProductExpiration,
        Passphrase,
    };
    using Value = std::variant<QString, qint64, QStringList, QDateTime, Expiration, License::KeyType>;

private:
    struct Seen
    {
        int line = 0;
        QString key;
        QString raw;
        Value value;
    };
    using Fields = QHash<int, Seen>;
    struct Pending // a plain-number expiration, readable only once the key type is known
    {
        int line = 0;
        QString key;
        QString raw;
        int product = -1; // -1: header
        qsizetype extraIndex = 0;
    };

    void marker(int number, QStringView word);
    void keyValue(int number, const QString &key, QStringView value, bool legacy);
    int openProduct(int number);
    void record(int product, Field field, int number, const QString &key, QStringView raw);
    void store(int product, Field field, int number, const QString &key, QStringView raw, Value value);
    QList<KeyValue> &extraOf(int product);
    void finishFields();

    License m_license;
    QList<Fields> m_productFields;
    Fields m_headerFields;
    QList<Pending> m_pending;
    enum class Block { None, Key, Prod };
    Block m_block = Block::None;
    int m_blockLine = 0;
    int m_current = -1; // index of the product section being filled, -1 when none is open
    bool m_lastKeyWasHeader = false;
    bool m_sawContent = false;
    bool m_sawLegacy = false;
    bool m_sawReadable = false;
    int m_suppressed = 0; // diagnostics over the cap
};
