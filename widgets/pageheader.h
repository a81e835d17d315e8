// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/serverconnection.h"
#include "core/serverentry.h"

#include <QFrame>

class QLabel;

// The strip above every page: the server's name, its environment as a coloured badge and edge,
// its address and pair role, and its connection state. Shows a neutral title without a server.
class PageHeader : public QFrame
{
    Q_OBJECT

public:
    explicit PageHeader(QWidget *parent = nullptr);

    void setServer(const ServerEntry &entry, const QString &partnerName);
    void setState(ServerConnection::State state, const QString &errorText, const QDateTime &nextRetry);
    void clear();

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateBadge();

    QLabel *m_name;
    QLabel *m_badge;
    QLabel *m_details;
    QLabel *m_stateIcon;
    QLabel *m_state;
    QLabel *m_problem;
    QColor m_color;
    ServerEntry::Environment m_environment = ServerEntry::Environment::None;
};
