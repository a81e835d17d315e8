// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/gracebanner.h"

#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

GraceBanner::GraceBanner(QWidget *parent)
    : QFrame(parent)
    , m_title(new QLabel(this))
    , m_text(new QLabel(this))
{
    setObjectName(u"graceBanner"_s);
    setAutoFillBackground(true);
    QPalette palette = this->palette();
    palette.setColor(QPalette::Window, QColor(0xc6, 0x28, 0x28));
    palette.setColor(QPalette::WindowText, Qt::white);
    setPalette(palette);
    m_title->setObjectName(u"graceBannerTitle"_s);
    m_text->setObjectName(u"graceBannerText"_s);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.25);
    m_title->setFont(bold);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->addWidget(m_title);
    layout->addWidget(m_text);
    setAccessibleName(tr("Grace period"));
    hide();
}

QString GraceBanner::countdownText(qint64 seconds)
{
    seconds = std::max<qint64>(seconds, 0);
    return u"%1:%2:%3"_s.arg(seconds / 3600)
        .arg((seconds % 3600) / 60, 2, 10, QLatin1Char('0'))
        .arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

void GraceBanner::setGraces(const QList<Grace> &graces)
{
    m_graces = graces;
    std::sort(m_graces.begin(), m_graces.end(),
        [](const Grace &a, const Grace &b) { return a.deadline < b.deadline; });
    setVisible(!m_graces.isEmpty());
    refresh();
}

void GraceBanner::refresh()
{
    if (m_graces.isEmpty()) {
        m_title->clear();
        m_text->clear();
        return;
    }
    const Grace &first = m_graces.constFirst(); // the earliest stop decides
    const QDateTime agentNow = QDateTime::currentDateTimeUtc().addMSecs(first.clockSkewMs);
    const QString stopTime = QLocale().toString(first.deadline.toLocalTime().time(), u"HH:mm"_s);
    m_title->setText(tr("Shut the guest down cleanly before %1").arg(stopTime));
    QStringList emulators;
    for (const Grace &grace : std::as_const(m_graces))
        emulators += grace.emulators;
    emulators.removeDuplicates();
    m_text->setText(tr("No license server serves %1: the emulator stops in %2 (at %3), killing a guest "
                       "that is still running. Bring a license server back or shut the guest down now.")
                        .arg(emulators.isEmpty() ? tr("an emulator") : emulators.join(u", "_s),
                            countdownText(agentNow.secsTo(first.deadline)), stopTime));
}

QString GraceBanner::text() const
{
    return m_title->text() + u'\n' + m_text->text();
}
