// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

class QCoreApplication;

// The language of the console's texts: the system locale's, or the one chosen in the settings.
// The console's catalogues are compiled in at :/i18n/ve-console_<code>.qm; Qt's own catalogue
// (standard buttons, dialogs) comes from Qt's translations folder.
namespace UiLanguage {

// Codes of the languages the console is translated to, English ("en", the source) first.
QStringList available();
// "Deutsch", "français", "日本語": each language named in itself, for a language menu.
QString nativeName(const QString &code);

// The chosen language ("" = follow the system locale); applies at the next start.
QString setting();
void setSetting(const QString &code);

// The locale the texts are shown in: the setting's language, else the system locale.
QLocale effectiveLocale();
// Loads and installs Qt's and the console's catalogues for `locale` (nothing for English).
// Returns false when the console's catalogue for a non-English locale is missing.
bool install(QCoreApplication &app, const QLocale &locale);

} // namespace UiLanguage
