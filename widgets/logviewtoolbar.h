// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/logdisplay.h"

#include <QStyle>
#include <QWidget>

class QAction;
class QComboBox;
class QHBoxLayout;
class QLineEdit;

// The row above a log view: leading widgets (a source or server chooser), then on the right the
// find field, buttons for the view's actions and the time column's clock (server or local).
class LogViewToolBar : public QWidget
{
    Q_OBJECT

public:
    explicit LogViewToolBar(QWidget *parent = nullptr);

    void addLeading(QWidget *widget); // in call order, at the left
    void addButton(const QString &objectName, QStyle::StandardPixmap icon, QAction *action);
    void addTextButton(const QString &objectName, const QString &text, QAction *action);
    void addSpacing(int pixels);
    QLineEdit *findEdit() const { return m_find; }
    void setZone(LogClock::Zone zone); // without zoneChosen()

Q_SIGNALS:
    void zoneChosen(LogClock::Zone zone);

private:
    QHBoxLayout *m_layout;
    QLineEdit *m_find;
    QComboBox *m_zone;
    int m_leading = 0;
};
