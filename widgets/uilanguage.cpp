// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/uilanguage.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace {

const QString SettingKey = u"ui/language"_s;

} // namespace

namespace UiLanguage {

QStringList available()
{
    return {u"en"_s, u"de"_s, u"fr"_s, u"ja"_s};
}

QString nativeName(const QString &code)
{
    const QString name = QLocale(code).nativeLanguageName();
    return name.isEmpty() ? code : name;
}

QString setting()
{
    const QString code = QSettings().value(SettingKey).toString();
    return available().contains(code) ? code : QString();
}

void setSetting(const QString &code)
{
    if (code.isEmpty() || !available().contains(code))
        QSettings().remove(SettingKey);
    else
        QSettings().setValue(SettingKey, code);
}

QLocale effectiveLocale()
{
    const QString code = setting();
    return code.isEmpty() ? QLocale() : QLocale(code);
}

bool install(QCoreApplication &app, const QLocale &locale)
{
    const bool english = locale.language() == QLocale::English || locale.language() == QLocale::C;
    if (!english) {
        auto *qt = new QTranslator(&app);
        if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(qt);
        else
            delete qt;
    }
    // English has a catalogue too: the plural forms of the source texts ("1 open alert").
    auto *own = new QTranslator(&app);
    const bool loaded = english ? own->load(u"ve-console_en"_s, u":/i18n"_s)
                                : own->load(locale, u"ve-console"_s, u"_"_s, u":/i18n"_s);
    if (!loaded) {
        delete own;
        return english;
    }
    QCoreApplication::installTranslator(own);
    return true;
}

} // namespace UiLanguage
