// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/logfilter.h"

#include <QDateTime>
#include <QTimer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QToolButton;

// The filter controls above a log view: minimum level, text or regular expression (with case),
// and a time range. Emits filterChanged() when any of them changed (typing is coalesced for a
// moment). The time range is in shown time (MergedLogModel::setFilter() converts per server).
// An invalid regular expression is shown under the bar (setError()) and marks the text field.
class LogFilterBar : public QWidget
{
    Q_OBJECT

public:
    static constexpr int TypingDelayMs = 250;

    explicit LogFilterBar(QWidget *parent = nullptr);

    LogFilter filter() const;
    void setError(const QString &error);
    QString error() const;
    // The span of the lines held, proposed as the range when the time range is switched on.
    void setTimeHint(const QDateTime &first, const QDateTime &last);
    void focusText();
    void clear();

Q_SIGNALS:
    void filterChanged(const LogFilter &filter);

private:
    void emitChanged();
    void onTimeRangeToggled(bool on);

    QComboBox *m_level;
    QLineEdit *m_text;
    QCheckBox *m_regex;
    QCheckBox *m_case;
    QToolButton *m_timeRange;
    QWidget *m_timeRow;
    QDateTimeEdit *m_from;
    QDateTimeEdit *m_to;
    QLabel *m_error;
    QTimer m_typing;
    QDateTime m_hintFirst;
    QDateTime m_hintLast;
};
