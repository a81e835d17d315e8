// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QAction;

// Shown while no server is selected: what the console does and the first steps as buttons for
// the main window's actions.
class WelcomePage : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomePage(const QList<QAction *> &actions, QWidget *parent = nullptr);
};
