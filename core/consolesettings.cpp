// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/consolesettings.h"

#include "core/settingsnotifier.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>
#include <QSettings>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <functional>
#include <iterator>

using namespace Qt::StringLiterals;

namespace {

// A stored list that no longer parses (edited by hand, older version) gives the fallback.
QList<double> readLevels(const QString &key, double max, const QList<double> &fallback)
{
    const QVariant value = QSettings().value(key);
    if (!value.isValid())
        return fallback;
    // An INI file edited by hand (500,100,24 without quotes) reads back as a list.
    const QString text
        = value.typeId() == QMetaType::QStringList ? value.toStringList().join(u',') : value.toString();
    return ConsoleSettings::parseLevels(text, max).value_or(fallback);
}

void writeLevels(const QString &key, const QList<double> &levels)
{
    QList<double> sorted = levels;
    std::sort(sorted.begin(), sorted.end(), std::greater<double>());
    QStringList parts;
    for (double value : std::as_const(sorted))
        parts.append(QString::number(value));
    QSettings().setValue(key, parts.join(u','));
    Q_EMIT SettingsNotifier::instance()->alertThresholdsChanged();
}

QList<AlertThresholds::Level> toLevels(const QList<double> &values)
{
    QList<AlertThresholds::Level> levels;
    for (qsizetype i = 0; i < values.size(); ++i) {
        const Alert::Severity severity = i == 0 ? Alert::Severity::Info
            : i == 1                            ? Alert::Severity::Warning
                                                : Alert::Severity::Critical;
        levels.append({values.at(i), severity});
    }
    return levels;
}

} // namespace

namespace ConsoleSettings {

int pollIntervalSeconds()
{
    const int value = QSettings().value(u"polling/intervalSeconds"_s, DefaultPollSeconds).toInt();
    return std::clamp(value, MinPollSeconds, MaxPollSeconds);
}

void setPollIntervalSeconds(int seconds)
{
    QSettings().setValue(u"polling/intervalSeconds"_s, std::clamp(seconds, MinPollSeconds, MaxPollSeconds));
}

QList<double> defaultHoursThresholds()
{
    return QList<double>(std::begin(DefaultHoursThresholds), std::end(DefaultHoursThresholds));
}

QList<double> defaultExpiryThresholdDays()
{
    return QList<double>(std::begin(DefaultExpiryThresholdDays), std::end(DefaultExpiryThresholdDays));
}

QList<double> hoursThresholds()
{
    return readLevels(u"alerts/hoursThresholds"_s, MaxHoursThreshold, defaultHoursThresholds());
}

void setHoursThresholds(const QList<double> &hours)
{
    writeLevels(u"alerts/hoursThresholds"_s, hours);
}

QList<double> expiryThresholdDays()
{
    return readLevels(u"alerts/expiryThresholdDays"_s, MaxExpiryThresholdDays, defaultExpiryThresholdDays());
}

void setExpiryThresholdDays(const QList<double> &days)
{
    writeLevels(u"alerts/expiryThresholdDays"_s, days);
}

AlertThresholds alertThresholds()
{
    AlertThresholds thresholds;
    thresholds.hours = toLevels(hoursThresholds());
    thresholds.expiryDays = toLevels(expiryThresholdDays());
    return thresholds;
}

std::optional<QList<double>> parseLevels(const QString &text, double max, QString *error)
{
    const auto fail = [error](const QString &message) -> std::optional<QList<double>> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (text.size() > 200)
        return fail(QCoreApplication::translate("ConsoleSettings", "The list is too long."));
    static const QRegularExpression separators(u"[,;\\s]+"_s);
    const QStringList parts = text.split(separators, Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return fail(QCoreApplication::translate("ConsoleSettings", "Enter at least one number."));
    if (parts.size() > MaxLevels)
        return fail(QCoreApplication::translate("ConsoleSettings", "At most %1 levels.").arg(MaxLevels));
    QList<double> levels;
    const QLocale c = QLocale::c();
    for (const QString &part : parts) {
        bool ok = false;
        const double value = c.toDouble(part, &ok);
        if (!ok || !std::isfinite(value))
            return fail(
                QCoreApplication::translate("ConsoleSettings", "\"%1\" is not a number.").arg(part.left(20)));
        if (!(value > 0) || value > max)
            return fail(QCoreApplication::translate("ConsoleSettings", "%1 is not between 0 and %2.")
                            .arg(part.left(20), QLocale().toString(max, 'g', 12)));
        if (levels.contains(value))
            return fail(QCoreApplication::translate("ConsoleSettings", "%1 is given twice.").arg(part));
        levels.append(value);
    }
    std::sort(levels.begin(), levels.end(), std::greater<double>());
    return levels;
}

QString levelsText(const QList<double> &levels)
{
    QStringList parts;
    for (double value : levels)
        parts.append(QString::number(value));
    return parts.join(u", "_s);
}

} // namespace ConsoleSettings
