// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QFrame>
#include <QList>
#include <QStringList>

class QLabel;

// A red banner over the server pages while an emulator runs in its grace period: a live countdown
// and, in plain words, the time before which the guest must be shut down cleanly.
class GraceBanner : public QFrame
{
    Q_OBJECT

public:
    struct Grace
    {
        QStringList emulators;
        QDateTime deadline; // UTC, the agent's clock
        qint64 clockSkewMs = 0; // the agent's clock minus the local clock
    };

    explicit GraceBanner(QWidget *parent = nullptr);

    void setGraces(const QList<Grace> &graces); // empty hides the banner
    void refresh(); // the countdown, from the local clock; call each second
    QString text() const;

    // "1:04:09", "0:00:00" once past
    static QString countdownText(qint64 seconds);

private:
    QList<Grace> m_graces;
    QLabel *m_title;
    QLabel *m_text;
};
