// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLineEdit;
class QPushButton;

// Asks before an action that cannot be undone or may invalidate a license. With a required
// name (the server's), the confirm button stays disabled until exactly that name is typed
// (surrounding blanks ignored, case counts); Cancel is the default button either way.
class ConfirmActionDialog : public QDialog
{
    Q_OBJECT

public:
    ConfirmActionDialog(const QString &title, const QString &message, const QString &confirmText,
        const QString &requiredName, QWidget *parent = nullptr);

    bool canConfirm() const;

    // exec() and the answer; a typed name is required when requiredName is not empty.
    static bool ask(QWidget *parent, const QString &title, const QString &message, const QString &confirmText,
        const QString &requiredName = {});

private:
    void updateButton();

    QString m_requiredName;
    QLineEdit *m_name = nullptr;
    QPushButton *m_confirm;
};
