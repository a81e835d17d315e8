// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/demo.h"
#include "app/mainwindow.h"
#include "app/screenshot.h"
#include "core/version.h"
#include "core/workspace.h"
#include "widgets/uilanguage.h"

#include <QApplication>
#include <QByteArrayView>
#include <QCommandLineParser>
#include <QIcon>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

// The console's and Qt's catalogues for the chosen language, else the system locale's.
void loadTranslations(QCoreApplication &app)
{
    const QLocale locale = UiLanguage::effectiveLocale();
    if (!UiLanguage::install(app, locale) && !UiLanguage::setting().isEmpty())
        std::fprintf(
            stderr, "ve-console: no translation for %s, showing English\n", qPrintable(locale.name()));
}

// Selects the server to show: the one the window restored, else the first in the list.
void selectSomeServer(MainWindow &window)
{
    if (!window.currentServer().isNull() || window.workspace()->servers().isEmpty())
        return;
    window.selectServer(window.workspace()->servers().constFirst().id);
}

// --help and --version print and exit: no display needed for them.
bool onlyPrints(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView arg(argv[i]);
        if (arg == "--version" || arg == "-v" || arg == "--help" || arg == "-h" || arg == "--help-all")
            return true;
    }
    return false;
}

struct Arguments
{
    QCommandLineOption demo {u"demo"_s,
        QCoreApplication::translate("main",
            "Start the simulated primary/backup pair and show "
            "it (nothing is saved).")};
    QCommandLineOption screenshot {u"screenshot"_s,
        QCoreApplication::translate("main",
            "Save a PNG of the window once the data has "
            "loaded (at most 10 s), then exit."),
        u"file"_s};
    QCommandLineOption page {u"page"_s,
        QCoreApplication::translate("main",
            "Page to show: overview, license, sessions, hours "
            "or logs."),
        u"page"_s, u"overview"_s};
    QCommandLineOption open {u"open"_s,
        QCoreApplication::translate("main", "With --screenshot: open this window and save it instead: %1.")
            .arg(Screenshot::windowNames().join(u", "_s)),
        u"window"_s};
    QCommandLineParser parser;

    Arguments()
    {
        parser.setApplicationDescription(
            QCoreApplication::translate("main", "Watches the VE license servers of Charon emulators."));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOptions({demo, screenshot, page, open});
    }
};

void describeApplication()
{
    QCoreApplication::setOrganizationName(u"VE License Console"_s);
    QCoreApplication::setApplicationName(u"ve-console"_s);
    QCoreApplication::setApplicationVersion(veVersion());
}

} // namespace

int main(int argc, char **argv)
{
    if (onlyPrints(argc, argv)) {
        QCoreApplication app(argc, argv);
        describeApplication();
        loadTranslations(app);
        Arguments arguments;
        arguments.parser.process(app); // prints and exits
        return 0;
    }

    QApplication app(argc, argv);
    describeApplication();
    QApplication::setApplicationDisplayName(u"VE License Console"_s);
    QApplication::setDesktopFileName(u"ve-console"_s);
    QApplication::setWindowIcon(QIcon(u":/icons/ve-console.svg"_s));
    loadTranslations(app);
    Arguments arguments;
    arguments.parser.process(app);
    const QCommandLineParser &parser = arguments.parser;

    MainWindow::Page startPage = MainWindow::Page::Overview;
    const QString pageName = parser.value(arguments.page);
    if (!MainWindow::pageFromName(pageName, &startPage)) {
        std::fprintf(stderr, "ve-console: unknown page \"%s\" (overview, license, sessions, hours, logs)\n",
            qPrintable(pageName));
        return 2;
    }

    const bool demoMode = parser.isSet(arguments.demo);
    const bool screenshotMode = parser.isSet(arguments.screenshot);
    const QString openName = parser.value(arguments.open);
    if (parser.isSet(arguments.open) && (!screenshotMode || !Screenshot::windowNames().contains(openName))) {
        std::fprintf(stderr, "ve-console: --open needs --screenshot and one of: %s\n",
            qPrintable(Screenshot::windowNames().join(u", "_s)));
        return 2;
    }
    MainWindow::Options options;
    options.workspacePath = demoMode ? QString() : Workspace::defaultPath();
    options.restoreState = !demoMode && !screenshotMode;
    // A screenshot shows no question, unless the question is what it is of.
    options.automaticPrompts = !screenshotMode || openName == QLatin1String(Screenshot::PromptWindow);
    MainWindow window(options);
    if (screenshotMode)
        window.resize(1280, 800);
    window.show();
    window.start();
    if (demoMode)
        startDemo(window);
    selectSomeServer(window);
    if (parser.isSet(arguments.page) || screenshotMode)
        window.showPage(startPage);

    if (screenshotMode) {
        auto *shot = new Screenshot(&window, parser.value(arguments.screenshot), 10000, &app);
        shot->setWindowToOpen(openName);
        shot->start();
    }
    return QApplication::exec();
}
