// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/alertpanel.h"

#include "models/alertmodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

AlertPanel::AlertPanel(AlertModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_view(new QTreeView(this))
    , m_empty(new QLabel(tr("No open alerts."), this))
    , m_acknowledge(new QPushButton(tr("&Acknowledge"), this))
    , m_open(new QPushButton(tr("&Show"), this))
{
    setObjectName(u"alertPanel"_s);
    m_view->setObjectName(u"alertView"_s);
    m_view->setModel(model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAccessibleName(tr("Open alerts"));
    m_view->header()->setSectionResizeMode(AlertModel::TitleColumn, QHeaderView::Stretch);
    m_view->header()->setStretchLastSection(false);
    m_empty->setObjectName(u"alertEmptyLabel"_s);
    m_acknowledge->setObjectName(u"acknowledgeAlertButton"_s);
    m_acknowledge->setToolTip(tr("Mark the selected alert as seen, under your user name"));
    m_open->setObjectName(u"showAlertButton"_s);
    m_open->setToolTip(tr("Open the page that explains the selected alert"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_empty, 1);
    buttons->addWidget(m_open);
    buttons->addWidget(m_acknowledge);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT openRequested(index.data(AlertModel::KeyRole).toString());
    });
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (const QString key = currentKey(); !key.isEmpty())
            Q_EMIT openRequested(key);
    });
    connect(m_acknowledge, &QPushButton::clicked, this, [this] {
        if (const QString key = currentKey(); !key.isEmpty())
            Q_EMIT acknowledgeRequested(key);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &AlertPanel::updateButtons);
    connect(model, &QAbstractItemModel::rowsInserted, this, &AlertPanel::updateButtons);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &AlertPanel::updateButtons);
    connect(model, &QAbstractItemModel::dataChanged, this, &AlertPanel::updateButtons);
    connect(model, &QAbstractItemModel::modelReset, this, &AlertPanel::updateButtons);
    updateButtons();
}

QString AlertPanel::currentKey() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(AlertModel::KeyRole).toString() : QString();
}

void AlertPanel::updateButtons()
{
    const Alert *alert
        = m_model->alertAt(m_view->currentIndex().isValid() ? m_view->currentIndex().row() : -1);
    m_open->setEnabled(alert);
    m_acknowledge->setEnabled(alert && !alert->isAcknowledged());
    m_empty->setText(m_model->rowCount() == 0 ? tr("No open alerts.")
                                              : tr("%n open alert(s)", nullptr, m_model->rowCount()));
}
