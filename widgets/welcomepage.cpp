// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/welcomepage.h"

#include <QAction>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

WelcomePage::WelcomePage(const QList<QAction *> &actions, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"welcomePage"_s);
    auto *logo = new QLabel(this);
    logo->setPixmap(QIcon(u":/icons/ve-console.svg"_s).pixmap(96, 96));
    logo->setAlignment(Qt::AlignCenter);
    auto *title = new QLabel(tr("VE License Console"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    title->setFont(big);
    title->setAlignment(Qt::AlignCenter);
    auto *text
        = new QLabel(tr("Watch every VE license server of your Charon emulators in one window: the installed "
                        "license, the emulator sessions, remaining COUNTDOWN hours and the state of each "
                        "primary/backup pair.\n\nSelect a server in the Servers panel, or start here:"),
            this);
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);

    // A column of readable width, centred: word-wrapped labels get their height from its width.
    auto *content = new QWidget(this);
    content->setMaximumWidth(560);
    auto *column = new QVBoxLayout(content);
    column->addWidget(logo);
    column->addWidget(title);
    column->addSpacing(8);
    column->addWidget(text);
    column->addSpacing(16);
    for (QAction *action : actions) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setIconSize(QSize(22, 22));
        button->setMinimumWidth(260);
        button->setAutoRaise(false);
        column->addWidget(button, 0, Qt::AlignHCenter);
    }
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(content, 4);
    row->addStretch(1);
    auto *outer = new QVBoxLayout(this);
    outer->addStretch(2);
    outer->addLayout(row);
    outer->addStretch(3);
}
