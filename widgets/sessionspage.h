// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "widgets/serverpage.h"

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class SessionsModel;

// The emulator sessions the selected server knows, with the license server serving each;
// sortable by any column, filtered by a text that matches any column.
class SessionsPage : public ServerPage
{
    Q_OBJECT

public:
    explicit SessionsPage(QWidget *parent = nullptr);

    bool hasData() const override;

protected:
    void connectTo(ServerConnection *connection) override;
    void refresh() override;

private:
    void updateCount();

    SessionsModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QLabel *m_count;
    QTableView *m_view;
};
