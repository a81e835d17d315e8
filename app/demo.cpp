// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/demo.h"

#include "app/mainwindow.h"

#include <QCoreApplication>
#include <QMessageBox>

using namespace Qt::StringLiterals;

void startDemo(MainWindow &window)
{
    // The simulator backend is not part of this build yet: say so instead of pretending.
    auto *box = new QMessageBox(QMessageBox::Information, QCoreApplication::translate("Demo", "Demo"),
        QCoreApplication::translate("Demo",
            "The demo backend (the in-process simulator pair) is "
            "not built into this version of the console yet."),
        QMessageBox::Ok, &window);
    box->setObjectName(u"demoUnavailableBox"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}
