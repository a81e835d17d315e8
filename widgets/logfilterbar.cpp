// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/logfilterbar.h"

#include "models/logdisplay.h"
#include "models/mergedlogmodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

// The time edits hold the shown wall clock; UTC as their spec keeps them free of DST gaps.
QDateTime wall(const QDateTime &shown)
{
    return QDateTime(shown.date(), shown.time(), Qt::UTC);
}

} // namespace

LogFilterBar::LogFilterBar(QWidget *parent)
    : QWidget(parent)
    , m_level(new QComboBox(this))
    , m_text(new QLineEdit(this))
    , m_regex(new QCheckBox(tr("Regular e&xpression"), this))
    , m_case(new QCheckBox(tr("Match c&ase"), this))
    , m_timeRange(new QToolButton(this))
    , m_timeRow(new QWidget(this))
    , m_from(new QDateTimeEdit(m_timeRow))
    , m_to(new QDateTimeEdit(m_timeRow))
    , m_error(new QLabel(this))
{
    m_level->setObjectName(u"logLevelFilter"_s);
    m_text->setObjectName(u"logTextFilter"_s);
    m_regex->setObjectName(u"logRegexFilter"_s);
    m_case->setObjectName(u"logCaseFilter"_s);
    m_timeRange->setObjectName(u"logTimeRange"_s);
    m_from->setObjectName(u"logFromTime"_s);
    m_to->setObjectName(u"logToTime"_s);
    m_error->setObjectName(u"logFilterError"_s);

    for (const LogLine::Level level : {LogLine::Level::Unknown, LogLine::Level::Debug, LogLine::Level::Info,
             LogLine::Level::Warning, LogLine::Level::Error, LogLine::Level::Fatal})
        m_level->addItem(LogDisplay::levelTitle(level), int(level));
    m_level->setAccessibleName(tr("Minimum level"));
    m_level->setToolTip(tr("Show only lines at this level or above"));
    m_text->setPlaceholderText(tr("Filter lines…"));
    m_text->setClearButtonEnabled(true);
    m_text->setAccessibleName(tr("Filter text"));
    m_text->setToolTip(tr("Show only lines containing this text (or matching this regular expression)"));
    m_text->setMinimumWidth(200);
    m_regex->setToolTip(tr("Read the filter text as a regular expression (Perl syntax)"));
    m_case->setToolTip(tr("Tell upper and lower case apart"));
    m_timeRange->setText(tr("&Time range"));
    m_timeRange->setCheckable(true);
    m_timeRange->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_timeRange->setAccessibleName(tr("Filter by time range"));
    m_timeRange->setToolTip(tr("Show only lines between two times (in the time column's clock)"));
    for (QDateTimeEdit *edit : {m_from, m_to}) {
        edit->setTimeSpec(Qt::UTC);
        edit->setDisplayFormat(u"yyyy-MM-dd HH:mm:ss"_s);
        edit->setCalendarPopup(true);
    }
    m_from->setAccessibleName(tr("From time"));
    m_to->setAccessibleName(tr("To time"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(u"color: #c62828;"_s);
    m_error->hide();

    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_level);
    row->addWidget(m_text, 1);
    row->addWidget(m_regex);
    row->addWidget(m_case);
    row->addWidget(m_timeRange);
    auto *timeLayout = new QHBoxLayout(m_timeRow);
    timeLayout->setContentsMargins(0, 0, 0, 0);
    auto *fromLabel = new QLabel(tr("&From"), m_timeRow);
    fromLabel->setBuddy(m_from);
    auto *toLabel = new QLabel(tr("t&o"), m_timeRow);
    toLabel->setBuddy(m_to);
    timeLayout->addWidget(fromLabel);
    timeLayout->addWidget(m_from);
    timeLayout->addWidget(toLabel);
    timeLayout->addWidget(m_to);
    timeLayout->addStretch(1);
    m_timeRow->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(row);
    layout->addWidget(m_timeRow);
    layout->addWidget(m_error);

    m_typing.setSingleShot(true);
    m_typing.setInterval(TypingDelayMs);
    connect(&m_typing, &QTimer::timeout, this, &LogFilterBar::emitChanged);
    connect(m_text, &QLineEdit::textChanged, &m_typing, qOverload<>(&QTimer::start));
    connect(m_text, &QLineEdit::returnPressed, this, &LogFilterBar::emitChanged);
    connect(m_level, &QComboBox::currentIndexChanged, this, &LogFilterBar::emitChanged);
    connect(m_regex, &QCheckBox::toggled, this, &LogFilterBar::emitChanged);
    connect(m_case, &QCheckBox::toggled, this, &LogFilterBar::emitChanged);
    connect(m_timeRange, &QToolButton::toggled, this, &LogFilterBar::onTimeRangeToggled);
    connect(m_from, &QDateTimeEdit::dateTimeChanged, &m_typing, qOverload<>(&QTimer::start));
    connect(m_to, &QDateTimeEdit::dateTimeChanged, &m_typing, qOverload<>(&QTimer::start));
}

LogFilter LogFilterBar::filter() const
{
    LogFilter filter;
    filter.minLevel = LogLine::Level(m_level->currentData().toInt());
    filter.text = m_text->text();
    filter.regularExpression = m_regex->isChecked();
    filter.caseSensitive = m_case->isChecked();
    if (m_timeRange->isChecked()) {
        filter.fromMs = MergedLogModel::shownToFilterMs(m_from->dateTime());
        // The edits show whole seconds: "to 10:00:05" includes 10:00:05.999.
        filter.toMs = MergedLogModel::shownToFilterMs(m_to->dateTime()) + 999;
    }
    return filter;
}

void LogFilterBar::emitChanged()
{
    m_typing.stop();
    Q_EMIT filterChanged(filter());
}

void LogFilterBar::onTimeRangeToggled(bool on)
{
    if (on && m_hintFirst.isValid()) {
        const QSignalBlocker blockFrom(m_from);
        const QSignalBlocker blockTo(m_to);
        m_from->setDateTime(wall(m_hintFirst));
        m_to->setDateTime(wall(m_hintLast));
    }
    m_timeRow->setVisible(on);
    if (on)
        m_from->setFocus();
    emitChanged();
}

void LogFilterBar::setError(const QString &error)
{
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
    m_text->setStyleSheet(error.isEmpty() ? QString() : u"QLineEdit { border: 1px solid #c62828; }"_s);
}

QString LogFilterBar::error() const
{
    return m_error->text();
}

void LogFilterBar::setTimeHint(const QDateTime &first, const QDateTime &last)
{
    m_hintFirst = first;
    m_hintLast = last.isValid() ? last : first;
}

void LogFilterBar::focusText()
{
    m_text->setFocus(Qt::ShortcutFocusReason);
    m_text->selectAll();
}

void LogFilterBar::clear()
{
    const QSignalBlocker blockers[] {QSignalBlocker(m_level), QSignalBlocker(m_text), QSignalBlocker(m_regex),
        QSignalBlocker(m_case), QSignalBlocker(m_timeRange)};
    m_level->setCurrentIndex(0);
    m_text->clear();
    m_regex->setChecked(false);
    m_case->setChecked(false);
    m_timeRange->setChecked(false);
    m_timeRow->hide();
    emitChanged();
}
