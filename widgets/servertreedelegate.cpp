// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/servertreedelegate.h"

#include "models/alertmodel.h"
#include "models/serverdisplay.h"
#include "models/servertreemodel.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace {

struct Badge
{
    QString text;
    QColor fill; // invalid: outlined
};

QList<Badge> badgesOf(const QModelIndex &index)
{
    QList<Badge> badges;
    if (index.column() != ServerTreeModel::NameColumn
        || index.data(ServerTreeModel::KindRole).toInt() != int(ServerTreeModel::Kind::Server))
        return badges;
    // The worst open alert first (rightmost): what needs attention must not hide behind tags.
    const int severity = index.data(ServerTreeModel::AlertSeverityRole).toInt();
    if (severity >= 0 && index.data(ServerTreeModel::AlertSeverityRole).isValid()) {
        const auto s = Alert::Severity(severity);
        badges.append({AlertModel::severityText(s).toUpper(), AlertModel::severityColor(s)});
    }
    const auto role = ServerEntry::PairRole(index.data(ServerTreeModel::PairRoleRole).toInt());
    if (role != ServerEntry::PairRole::None)
        badges.append({ServerDisplay::pairRoleName(role).toUpper(), QColor()});
    const auto env = ServerEntry::Environment(index.data(ServerTreeModel::EnvironmentRole).toInt());
    if (env != ServerEntry::Environment::None)
        badges.append({ServerDisplay::environmentTag(env), ServerDisplay::environmentColor(env)});
    return badges;
}

QFont badgeFont(const QFont &base)
{
    QFont font = base;
    font.setBold(true);
    font.setPointSizeF(base.pointSizeF() * 0.75);
    return font;
}

constexpr int BadgePadding = 5;
constexpr int BadgeGap = 4;

} // namespace

void ServerTreeDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QList<Badge> badges = badgesOf(index);
    if (badges.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QFont font = badgeFont(opt.font);
    const QFontMetrics fm(font);
    int badgesWidth = 0;
    for (const Badge &badge : badges)
        badgesWidth += fm.horizontalAdvance(badge.text) + 2 * BadgePadding + BadgeGap;

    const QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, opt.widget);
    opt.text
        = opt.fontMetrics.elidedText(opt.text, Qt::ElideRight, std::max(0, textRect.width() - badgesWidth));
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setFont(font);
    int right = textRect.right() - 2;
    const int height = fm.height() + 2;
    const int top = textRect.center().y() - height / 2;
    for (const Badge &badge : badges) {
        const int width = fm.horizontalAdvance(badge.text) + 2 * BadgePadding;
        const QRectF rect(right - width, top, width, height);
        QPainterPath path;
        path.addRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), 3, 3);
        const bool selected = opt.state & QStyle::State_Selected;
        const QColor text
            = selected ? opt.palette.color(QPalette::HighlightedText) : opt.palette.color(QPalette::Text);
        if (badge.fill.isValid()) {
            painter->fillPath(path, badge.fill);
            painter->setPen(Qt::white);
        } else {
            painter->setPen(QPen(text, 1));
            painter->drawPath(path);
        }
        painter->drawText(rect, Qt::AlignCenter, badge.text);
        right -= width + BadgeGap;
    }
    painter->restore();
}

QSize ServerTreeDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setHeight(std::max(size.height(), option.fontMetrics.height() + 8));
    const QList<Badge> badges = badgesOf(index);
    const QFontMetrics fm(badgeFont(option.font));
    for (const Badge &badge : badges)
        size.rwidth() += fm.horizontalAdvance(badge.text) + 2 * BadgePadding + BadgeGap;
    return size;
}
