// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class MainWindow;

// `ve-console --demo`: starts the in-process simulator pair and puts it into the window's
// (unsaved) workspace, pre-trusted.
void startDemo(MainWindow &window);
