// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;
class ServerConnection;

// Tools > Export Fingerprint…: the file Stromasys needs to issue a license (the C2V equivalent).
// When a license is installed — or the console cannot tell — it first warns that running the
// fingerprint program now invalidates that license, and the admin must type the server's name
// to go on. Then it asks where to save, has the agent run the program, checks the file's SHA-256
// and saves it whole; the agent's refusal or failure is shown verbatim.
class FingerprintExport
{
    Q_DECLARE_TR_FUNCTIONS(FingerprintExport)

public:
    // Whether the warning with the typed name is needed: a license is installed, or it is
    // unknown whether one is (only an agent answering "no-license" proves there is none).
    static bool needsConfirmation(const ServerConnection *connection);

    // The whole flow, from the main window; modal dialogs, then an asynchronous request.
    static void run(QWidget *parent, ServerConnection *connection, const QString &serverName);

    // The warning text (for the dialog and for tests).
    static QString warningText(const QString &serverName);
};
