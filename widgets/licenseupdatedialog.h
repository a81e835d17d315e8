// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/license.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;
class ServerConnection;

// Tools > License Update…: the admin picks a license file; it is parsed here and compared with
// the installed license field by field (header fields, product sections added, removed or
// changed; core/licensediff.h). What the agent would refuse (not a license, another Platform,
// Customer name or License ID, too large) is shown and cannot be applied. Apply asks first
// (typing the server's name when `requiredName` is set), sends the file (PUT /api/v1/license)
// and shows the agent's answer verbatim: installed, refused, or rolled back.
class LicenseUpdateDialog : public QDialog
{
    Q_OBJECT

public:
    LicenseUpdateDialog(ServerConnection *connection, const QString &serverName, const QString &requiredName,
        QWidget *parent = nullptr);

    // Reads and compares a file (what "Choose File…" does after the file dialog).
    void loadFile(const QString &path);
    bool canApply() const;
    QString resultText() const;

    // The field's name as license_viewer calls it, translated ("extra:<KEY>" → KEY).
    static QString fieldName(const QString &field);

Q_SIGNALS:
    void applyFinished(bool installed); // after the agent answered Apply

private:
    void chooseFile();
    void apply();
    void showDiff(const License &installed, bool hasInstalled);

    QPointer<ServerConnection> m_connection;
    QString m_serverName;
    QString m_requiredName;
    QByteArray m_data;
    bool m_ok = false;
    QLineEdit *m_path;
    QLabel *m_summary;
    QTreeWidget *m_tree;
    QLabel *m_problems;
    QPushButton *m_apply;
    QPlainTextEdit *m_result;
};
