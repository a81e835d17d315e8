// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class AlertModel;
class QLabel;
class QPushButton;
class QTreeView;

// The "Alerts" dock's content: the open alerts (severity, server, title, first and last seen,
// acknowledged by), an Acknowledge button, and double-click or Enter to open the page that
// explains the selected alert.
class AlertPanel : public QWidget
{
    Q_OBJECT

public:
    explicit AlertPanel(AlertModel *model, QWidget *parent = nullptr);

    QTreeView *view() const { return m_view; }
    QString currentKey() const; // the selected alert's key, empty when none

Q_SIGNALS:
    void acknowledgeRequested(const QString &key);
    void openRequested(const QString &key);

private:
    void updateButtons();

    AlertModel *m_model;
    QTreeView *m_view;
    QLabel *m_empty;
    QPushButton *m_acknowledge;
    QPushButton *m_open;
};
