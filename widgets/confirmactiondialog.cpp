// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/confirmactiondialog.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ConfirmActionDialog::ConfirmActionDialog(const QString &title, const QString &message,
    const QString &confirmText, const QString &requiredName, QWidget *parent)
    : QDialog(parent)
    , m_requiredName(requiredName.trimmed())
{
    setObjectName(u"confirmActionDialog"_s);
    setWindowTitle(title);
    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(u":/icons/alert-warning.svg"_s).pixmap(40, 40));
    auto *text = new QLabel(message, this);
    text->setObjectName(u"confirmMessage"_s);
    text->setWordWrap(true);
    text->setTextFormat(Qt::RichText);
    text->setMinimumWidth(420);
    auto *top = new QHBoxLayout;
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addWidget(text, 1);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(u"confirmCancel"_s);
    m_confirm = buttons->addButton(confirmText, QDialogButtonBox::AcceptRole);
    m_confirm->setObjectName(u"confirmButton"_s);
    m_confirm->setAutoDefault(false);
    cancel->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    if (!m_requiredName.isEmpty()) {
        auto *prompt = new QLabel(
            tr("Type the server's name, <b>%1</b>, to go on:").arg(m_requiredName.toHtmlEscaped()), this);
        m_name = new QLineEdit(this);
        m_name->setObjectName(u"confirmNameEdit"_s);
        m_name->setPlaceholderText(m_requiredName);
        m_name->setAccessibleName(tr("Server name"));
        prompt->setBuddy(m_name);
        layout->addWidget(prompt);
        layout->addWidget(m_name);
        connect(m_name, &QLineEdit::textChanged, this, &ConfirmActionDialog::updateButton);
    }
    layout->addWidget(buttons);
    updateButton();
}

bool ConfirmActionDialog::canConfirm() const
{
    return !m_name || m_name->text().trimmed() == m_requiredName;
}

void ConfirmActionDialog::updateButton()
{
    m_confirm->setEnabled(canConfirm());
}

bool ConfirmActionDialog::ask(QWidget *parent, const QString &title, const QString &message,
    const QString &confirmText, const QString &requiredName)
{
    ConfirmActionDialog dialog(title, message, confirmText, requiredName, parent);
    return dialog.exec() == QDialog::Accepted && dialog.canConfirm();
}
