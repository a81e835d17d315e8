// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/license.h"

#include <QList>
#include <QString>
#include <QStringList>

// What a license update would change, field by field: the header fields, and the product
// sections added, removed or changed. Pure functions over two parsed licenses (LicenseParser),
// safe on any thread. The agent uses identityConflicts() to refuse an update; the console and
// vectl show compare()'s result before an update is applied.
//
// Field keys are machine names the console translates: header "fingerprint", "customer",
// "licenseId", "platform", "keyType", "expiration", "releaseDate", "gracePeriod",
// "checkInterval"; section "name", "virtualHardware", "productCodes", "code", "majorVersion",
// "minorVersion", "maxCpu", "maxMemory", "instances", "expiration", "passphrase"; unknown keys the
// vendor may add are "extra:<KEY>". Values are plain text ("" when the field is absent); a
// passphrase is never shown, only "set" / "not set" / "changed".
struct LicenseFieldChange
{
    QString field;
    QString before;
    QString after;
    friend bool operator==(const LicenseFieldChange &a, const LicenseFieldChange &b)
    {
        return a.field == b.field && a.before == b.before && a.after == b.after;
    }
};

struct LicenseSectionChange
{
    enum class Kind { Added, Removed, Changed };
    Kind kind = Kind::Changed;
    // How an admin recognises the section: its name (legacy), else its virtual hardware and
    // product codes (readable), else "section N".
    QString label;
    int beforeIndex = -1; // index in the installed license's products, -1 when added
    int afterIndex = -1; // index in the update's products, -1 when removed
    // Changed: the fields that differ. Added: every field of the new section (before empty).
    // Removed: every field of the old section (after empty).
    QList<LicenseFieldChange> fields;
};

struct LicenseDiff
{
    QList<LicenseFieldChange> header;
    QList<LicenseSectionChange> sections;

    bool isEmpty() const { return header.isEmpty() && sections.isEmpty(); }

    // Sections are matched by label; several with the same label pair up in order. A section
    // whose label changed therefore shows as removed + added.
    static LicenseDiff compare(const License &installed, const License &update);

    // Why `update` cannot replace `installed`: the vendor says an update never changes the
    // Platform, the Customer name or the License ID. One English sentence per field, empty when
    // none conflicts. A field the installed license does not name (absent or empty) never
    // conflicts; one it names must be the same in the update (Platform compared without case).
    static QStringList identityConflicts(const License &installed, const License &update);

    // "Customer name", "Maximum CPU" …: license_viewer's words for a field key (English).
    static QString fieldLabel(const QString &field);
    // The section's label as compare() uses it.
    static QString sectionLabel(const ProductSection &section, int index);
    // The field values as compare() shows them ("100 hours", "2021-12-22 23:55:00 UTC",
    // "4096 MB", "120 minutes", "permanent").
    static QString expirationText(const Expiration &expiration);
};
