// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/pageheader.h"

#include "models/serverdisplay.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
constexpr int EdgeWidth = 5;
}

PageHeader::PageHeader(QWidget *parent)
    : QFrame(parent)
    , m_name(new QLabel(this))
    , m_badge(new QLabel(this))
    , m_details(new QLabel(this))
    , m_stateIcon(new QLabel(this))
    , m_state(new QLabel(this))
    , m_problem(new QLabel(this))
{
    setObjectName(u"pageHeader"_s);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    m_name->setObjectName(u"headerServerName"_s);
    m_badge->setObjectName(u"headerEnvironment"_s);
    m_state->setObjectName(u"headerState"_s);
    m_details->setObjectName(u"headerDetails"_s);
    QFont big = m_name->font();
    big.setPointSizeF(big.pointSizeF() * 1.45);
    big.setBold(true);
    m_name->setFont(big);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setForegroundRole(QPalette::PlaceholderText);
    m_state->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_problem->setObjectName(u"headerProblem"_s);
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_badge->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);

    auto *titleRow = new QHBoxLayout;
    titleRow->setSpacing(10);
    titleRow->addWidget(m_name);
    titleRow->addWidget(m_badge);
    titleRow->addStretch(1);
    titleRow->addWidget(m_stateIcon);
    titleRow->addWidget(m_state);
    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(EdgeWidth + 14, 10, 14, 10);
    column->setSpacing(2);
    column->addLayout(titleRow);
    column->addWidget(m_details);
    column->addWidget(m_problem);
    clear();
}

void PageHeader::setServer(const ServerEntry &entry, const QString &partnerName)
{
    m_name->setText(entry.name);
    m_environment = entry.environment;
    m_color = ServerDisplay::environmentColor(entry.environment);
    QStringList details {entry.url.toString()};
    if (!entry.folder.isEmpty())
        details.append(entry.folder);
    if (!entry.group.isEmpty())
        details.append(tr("group %1").arg(entry.group));
    if (entry.pairRole == ServerEntry::PairRole::Primary)
        details.append(tr("primary, backup: %1").arg(partnerName));
    else if (entry.pairRole == ServerEntry::PairRole::Backup)
        details.append(tr("backup of %1").arg(partnerName));
    m_details->setText(details.join(u"  ·  "_s));
    m_details->show();
    updateBadge();
    setAccessibleName(tr("Server %1").arg(entry.name));
    update();
}

void PageHeader::setState(ServerConnection::State state, const QString &errorText, const QDateTime &nextRetry)
{
    m_stateIcon->setPixmap(ServerDisplay::stateIcon(state).pixmap(18, 18));
    m_stateIcon->show();
    m_state->setText(ServerDisplay::stateText(state));
    // The reason and the next try get a line of their own: they can be long.
    QStringList problem;
    if (!errorText.isEmpty())
        problem.append(errorText);
    const QString retry = ServerDisplay::retryText(state, nextRetry);
    if (!retry.isEmpty())
        problem.append(retry);
    m_problem->setVisible(!problem.isEmpty());
    m_problem->setText(problem.join(u' '));
    m_state->setToolTip(ServerDisplay::stateDescription(state, errorText, nextRetry));
}

void PageHeader::clear()
{
    m_name->setText(tr("No server selected"));
    m_details->setText(
        tr("Choose a license server in the Servers panel, or add one with Server › Add Server."));
    m_environment = ServerEntry::Environment::None;
    m_color = QColor();
    m_stateIcon->hide();
    m_state->clear();
    m_problem->hide();
    updateBadge();
    update();
}

void PageHeader::updateBadge()
{
    const QString tag = ServerDisplay::environmentName(m_environment);
    m_badge->setVisible(!tag.isEmpty());
    if (tag.isEmpty())
        return;
    m_badge->setText(tag.toUpper());
    m_badge->setAccessibleName(tr("Environment: %1").arg(tag));
    m_badge->setStyleSheet(u"QLabel { background: %1; color: white; border-radius: 4px; padding: 2px 8px;"
                           " font-weight: bold; }"_s.arg(m_color.name()));
}

void PageHeader::paintEvent(QPaintEvent *event)
{
    QFrame::paintEvent(event);
    QPainter painter(this);
    painter.fillRect(
        QRect(0, 0, EdgeWidth, height()), m_color.isValid() ? m_color : palette().color(QPalette::Mid));
    painter.setPen(palette().color(QPalette::Mid));
    painter.drawLine(0, height() - 1, width(), height() - 1);
}

void PageHeader::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        update();
}
