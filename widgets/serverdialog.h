// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/serverentry.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class Workspace;

// Add or edit one server: name, address, folder, group, environment, primary/backup partner,
// notes and the access token. The token is handed to the caller (which stores it in the
// keychain), never to the workspace. Validates before it closes: a bad address or a name
// missing keeps the dialog open with the reason shown.
class ServerDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { Add, Edit };

    // workspace: for folders, groups, partners and duplicate checks (not modified).
    ServerDialog(Mode mode, const Workspace *workspace, QWidget *parent = nullptr);

    void setEntry(const ServerEntry &entry); // Edit: the server as it is; Add: defaults (folder)
    ServerEntry entry() const; // the edited entry (pair fields: see below)
    QString token() const; // empty: leave the stored token as it is
    QUuid partnerId() const; // null: no pair
    ServerEntry::PairRole pairRole() const; // this server's role in the pair

    void accept() override;

private:
    bool validate(QString *error) const;

    Mode m_mode;
    const Workspace *m_workspace;
    ServerEntry m_entry;
    QLineEdit *m_name;
    QLineEdit *m_address;
    QComboBox *m_folder;
    QComboBox *m_group;
    QComboBox *m_environment;
    QComboBox *m_partner;
    QComboBox *m_role;
    QLineEdit *m_token;
    QPlainTextEdit *m_notes;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};
