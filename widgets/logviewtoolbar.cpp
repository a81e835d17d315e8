// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/logviewtoolbar.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QToolButton>

using namespace Qt::StringLiterals;

LogViewToolBar::LogViewToolBar(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QHBoxLayout(this))
    , m_find(new QLineEdit(this))
    , m_zone(new QComboBox(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_find->setObjectName(u"logFind"_s);
    m_find->setPlaceholderText(tr("Find (Ctrl+F)"));
    m_find->setClearButtonEnabled(true);
    m_find->setAccessibleName(tr("Find text"));
    m_find->setToolTip(tr("Find lines containing this text (no case); F3 next, Shift+F3 previous"));
    m_find->setMaximumWidth(260);
    m_zone->setObjectName(u"logTimeZone"_s);
    m_zone->addItem(tr("Server time"));
    m_zone->addItem(tr("Your time"));
    m_zone->setAccessibleName(tr("Time column clock"));
    m_zone->setToolTip(tr("Show times as the server wrote them, or in your time zone corrected for the "
                          "server's clock difference"));
    connect(m_zone, &QComboBox::currentIndexChanged, this, [this](int index) {
        Q_EMIT zoneChosen(index == 1 ? LogClock::Zone::Local : LogClock::Zone::Server);
    });
    m_layout->addStretch(1);
    m_layout->addWidget(m_find);
    m_layout->addWidget(m_zone);
}

void LogViewToolBar::addLeading(QWidget *widget)
{
    m_layout->insertWidget(m_leading++, widget);
}

void LogViewToolBar::addButton(const QString &objectName, QStyle::StandardPixmap icon, QAction *action)
{
    auto *button = new QToolButton(this);
    button->setObjectName(objectName);
    button->setDefaultAction(action);
    button->setIcon(style()->standardIcon(icon));
    button->setAutoRaise(true);
    button->setAccessibleName(action->text().remove(u'&'));
    m_layout->insertWidget(m_layout->count() - 1, button);
}

void LogViewToolBar::addTextButton(const QString &objectName, const QString &text, QAction *action)
{
    auto *button = new QToolButton(this);
    button->setObjectName(objectName);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setText(text);
    button->setAutoRaise(true);
    button->setAccessibleName(action->text().remove(u'&'));
    m_layout->insertWidget(m_layout->count() - 1, button);
}

void LogViewToolBar::addSpacing(int pixels)
{
    m_layout->insertSpacing(m_layout->count() - 1, pixels);
}

void LogViewToolBar::setZone(LogClock::Zone zone)
{
    const QSignalBlocker blocker(m_zone);
    m_zone->setCurrentIndex(zone == LogClock::Zone::Local ? 1 : 0);
}
