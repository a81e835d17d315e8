// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

// The license of a simulated license server: the values the model works with, and the text
// license_viewer would print for them, in either output style (see the samples of the domain
// brief). The model never parses its own text: it uses these values, so the text can exercise
// the real parsers. Plain value type.
struct SimLicense
{
    enum class Style { Readable, Legacy };

    struct Product
    {
        QString name; // legacy P_NAME; the readable style prints no name
        QStringList virtualHardware; // emulator products allowed to take a slot ("ALL" = any)
        QStringList productCodes;
        int majorVersion = 0;
        int minorVersion = 0;
        int maxCpu = 0;
        qint64 maxMemoryMB = 0;
        int instances = 1; // "Instances allowed" / P_INSTANCE
        QDateTime expires; // readable style only: per-section expiration; invalid = none

        // True when an emulator running `product` may hold a slot of this section.
        bool matches(QStringView product) const;
    };

    Style style = Style::Readable;
    bool countdown = false; // COUNTDOWN (runtime hours) or NORMAL (date or permanent)
    int countdownHours = 100; // COUNTDOWN: hours the license was issued with
    QDateTime expires; // NORMAL: expiration (UTC); invalid = permanent
    QString fingerprint;
    QString customer;
    QString licenseId;
    QString platform;
    QDateTime released; // UTC
    int graceMinutes = 120;
    int checkIntervalMinutes = 60;
    QList<Product> products;

    // license_viewer's output for this license in `style`, lines ending in '\n'. The legacy style
    // has no grace-period key (the documented samples carry none).
    QString text() const;

    // Human name of the key type as license_viewer prints it: "NORMAL" or "COUNTDOWN".
    QString keyTypeName() const;

    // Defaults of the demo site: the primary's NORMAL license (readable style, one year from
    // `start`) and the backup's COUNTDOWN license of 100 hours (legacy style).
    static SimLicense defaultPrimary(const QString &hostName, const QDateTime &start);
    static SimLicense defaultBackup(const QString &hostName, const QDateTime &start);
};

// A duration in the emulator's words: 120 → "2 hours", 60 → "1 hour", 90 → "90 minutes".
QString simDurationInWords(int minutes);
