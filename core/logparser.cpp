// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/logparser.h"

using namespace Qt::StringLiterals;

// The formats, recognised by their first bytes (no regular expressions: this runs per line of
// logs with a million lines):
//   VE       "2020-06-29 18:08:25 ERROR VE     Failed to connect with the license server!"
//            YYYY-MM-DD HH:MM:SS[.fff] LEVEL CATEGORY message; blanks of any width between the
//            fields; LEVEL is a level word (single letters are not accepted here).
//   error.log "[1636551531] [error] [client 192.168.2.80] SSL syscall error 104"
//            [epoch] [level] [client addr] message; the client part may be empty or missing.
//   AXP/VAX  "20210810:170342:INFO:0:000003A5:hexane.cxx(5340): message"
//            YYYYMMDD:HHMMSS:LEVEL:n:HEXCODE:module(line): text; LEVEL a word or I/W/E/F.
//   PAR      "20210810:170342.123456:error:message"  YYYYMMDD:HHMMSS.micro:level:text
// A line that breaks any rule of its format is kept verbatim (message = raw, Level::Unknown).

namespace {

struct Fields
{
    LogLine::Format format = LogLine::Format::Unknown;
    LogLine::Level level = LogLine::Level::Unknown;
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0, msec = 0;
    qint64 epoch = -1; // error.log: seconds since the epoch instead of a wall clock
    QByteArrayView category;
    QByteArrayView message;
};

bool isBlank(char c)
{
    return c == ' ' || c == '\t';
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// Reads a line left to right; every method fails (returns false / empty) instead of overrunning.
class Cursor
{
public:
    explicit Cursor(QByteArrayView text)
        : m_text(text)
    { }

    char peek() const { return m_pos < m_text.size() ? m_text[m_pos] : '\0'; }
    bool expect(char c)
    {
        if (m_pos >= m_text.size() || m_text[m_pos] != c)
            return false;
        ++m_pos;
        return true;
    }
    bool number(int digits, int *value)
    {
        if (m_pos + digits > m_text.size())
            return false;
        int result = 0;
        for (int i = 0; i < digits; ++i) {
            const char c = m_text[m_pos + i];
            if (!isDigit(c))
                return false;
            result = result * 10 + (c - '0');
        }
        m_pos += digits;
        *value = result;
        return true;
    }
    // Digits up to maxDigits; returns how many were read (0 when none).
    int digits(int maxDigits, qint64 *value)
    {
        int count = 0;
        qint64 result = 0;
        while (m_pos < m_text.size() && isDigit(m_text[m_pos]) && count < maxDigits) {
            result = result * 10 + (m_text[m_pos++] - '0');
            ++count;
        }
        *value = result;
        return count;
    }
    // Milliseconds from a fraction of any length ("5" = 500 ms, "123456" = 123 ms).
    bool fraction(int *msec)
    {
        qint64 value = 0;
        const int count = digits(9, &value);
        while (isDigit(peek()))
            ++m_pos;
        for (int i = count; i < 3; ++i)
            value *= 10;
        for (int i = 3; i < count; ++i)
            value /= 10;
        *msec = int(value);
        return count > 0;
    }
    int skipBlanks()
    {
        const qsizetype start = m_pos;
        while (m_pos < m_text.size() && isBlank(m_text[m_pos]))
            ++m_pos;
        return int(m_pos - start);
    }
    QByteArrayView word()
    {
        const qsizetype start = m_pos;
        while (m_pos < m_text.size() && !isBlank(m_text[m_pos]))
            ++m_pos;
        return m_text.sliced(start, m_pos - start);
    }
    // Up to (not including) `c`; fails when `c` does not follow.
    bool until(char c, QByteArrayView *field)
    {
        const qsizetype end = m_text.indexOf(c, m_pos);
        if (end < 0)
            return false;
        *field = m_text.sliced(m_pos, end - m_pos);
        m_pos = end;
        return true;
    }
    QByteArrayView rest() const { return m_text.sliced(m_pos); }

private:
    QByteArrayView m_text;
    qsizetype m_pos = 0;
};

bool wallClockValid(const Fields &f)
{
    return QDate::isValid(f.year, f.month, f.day) && QTime::isValid(f.hour, f.minute, f.second, f.msec);
}

bool isLevelWord(QByteArrayView word)
{
    if (word.isEmpty() || word.size() > 10)
        return false;
    for (const char c : word) {
        if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')))
            return false;
    }
    return true;
}

bool scanVe(QByteArrayView line, Fields *f)
{
    Cursor c(line);
    if (!(c.number(4, &f->year) && c.expect('-') && c.number(2, &f->month) && c.expect('-')
            && c.number(2, &f->day) && (c.expect(' ') || c.expect('T')) && c.number(2, &f->hour)
            && c.expect(':') && c.number(2, &f->minute) && c.expect(':') && c.number(2, &f->second)))
        return false;
    if ((c.expect('.') || c.expect(',')) && !c.fraction(&f->msec))
        return false;
    if (c.skipBlanks() == 0 || !wallClockValid(*f))
        return false;
    const QByteArrayView level = c.word();
    f->level = level.size() > 1 ? logLevelFromBytes(level) : LogLine::Level::Unknown;
    if (f->level == LogLine::Level::Unknown)
        return false;
    c.skipBlanks();
    f->category = c.word();
    c.skipBlanks();
    f->message = c.rest();
    f->format = LogLine::Format::Ve;
    return true;
}

bool scanErrorLog(QByteArrayView line, Fields *f)
{
    Cursor c(line);
    QByteArrayView level;
    if (!(c.expect('[') && c.digits(12, &f->epoch) > 0 && c.expect(']')))
        return false;
    c.skipBlanks();
    if (!(c.expect('[') && c.until(']', &level) && c.expect(']')))
        return false;
    f->level = logLevelFromBytes(level.trimmed());
    c.skipBlanks();
    if (c.peek() == '[') {
        QByteArrayView client;
        c.expect('[');
        if (!(c.until(']', &client) && c.expect(']')))
            return false;
        client = client.trimmed();
        f->category = client.startsWith("client") ? client.sliced(6).trimmed() : client;
        c.skipBlanks();
    }
    f->message = c.rest();
    f->format = LogLine::Format::ErrorLog;
    return true;
}

bool scanEmulator(QByteArrayView line, Fields *f)
{
    Cursor c(line);
    if (!(c.number(4, &f->year) && c.number(2, &f->month) && c.number(2, &f->day) && c.expect(':')
            && c.number(2, &f->hour) && c.number(2, &f->minute) && c.number(2, &f->second)))
        return false;
    const bool par = c.expect('.');
    if (par && !c.fraction(&f->msec))
        return false;
    QByteArrayView level;
    if (!(c.expect(':') && c.until(':', &level) && c.expect(':') && isLevelWord(level) && wallClockValid(*f)))
        return false;
    f->level = logLevelFromBytes(level);
    if (par) {
        c.skipBlanks();
        f->message = c.rest();
        f->format = LogLine::Format::Par;
        return true;
    }
    qint64 ignored = 0;
    QByteArrayView code;
    if (!(c.digits(9, &ignored) > 0 && c.expect(':') && c.until(':', &code) && c.expect(':')
            && !code.isEmpty()))
        return false;
    for (const char h : code) {
        if (!isDigit(h) && !((h >= 'A' && h <= 'F') || (h >= 'a' && h <= 'f')))
            return false;
    }
    QByteArrayView module;
    Cursor probe = c;
    if (probe.until(':', &module) && !module.trimmed().isEmpty() && !module.trimmed().contains(' ')) {
        f->category = module.trimmed();
        probe.expect(':');
        c = probe;
    }
    c.skipBlanks();
    f->message = c.rest();
    f->format = LogLine::Format::AxpVax;
    return true;
}

QByteArrayView withoutLineBreak(QByteArrayView line)
{
    while (!line.isEmpty() && (line.back() == '\n' || line.back() == '\r'))
        line.chop(1);
    return line;
}

bool scan(QByteArrayView line, Fields *f)
{
    if (line.isEmpty())
        return false;
    bool matched = false;
    if (line.front() == '[')
        matched = scanErrorLog(line, f);
    else if (line.size() > 8 && line[4] == '-')
        matched = scanVe(line, f);
    else if (line.size() > 8 && line[8] == ':')
        matched = scanEmulator(line, f);
    if (!matched) {
        *f = Fields();
        return false;
    }
    while (!f->message.isEmpty() && isBlank(f->message.back()))
        f->message.chop(1);
    return true;
}

// Days from 1970-01-01 to a proleptic Gregorian date (Howard Hinnant's days_from_civil): what
// QDate's Julian-day arithmetic gives, without building a QDate per line.
constexpr qint64 daysFromCivil(int year, int month, int day)
{
    year -= month <= 2 ? 1 : 0;
    const int era = (year >= 0 ? year : year - 399) / 400;
    const int yearOfEra = year - era * 400;
    const int dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
    const int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return qint64(era) * 146097 + dayOfEra - 719468;
}
static_assert(daysFromCivil(1970, 1, 1) == 0);
static_assert(daysFromCivil(2000, 3, 1) == 11017);
static_assert(daysFromCivil(2024, 2, 29) == 19782);

std::optional<qint64> msecsFrom(const Fields &f)
{
    if (f.format == LogLine::Format::Unknown)
        return std::nullopt;
    if (f.epoch >= 0)
        return f.epoch * 1000;
    return daysFromCivil(f.year, f.month, f.day) * 86'400'000
        + ((qint64(f.hour) * 60 + f.minute) * 60 + f.second) * 1000 + f.msec;
}

QDateTime timeFrom(const Fields &f)
{
    const std::optional<qint64> msecs = msecsFrom(f);
    return msecs ? QDateTime::fromMSecsSinceEpoch(*msecs, Qt::UTC) : QDateTime();
}

} // namespace

LogLine LogParser::parseLine(QByteArrayView line)
{
    line = withoutLineBreak(line);
    LogLine result;
    result.raw = QString::fromUtf8(line);
    Fields f;
    if (!scan(line, &f)) {
        result.message = result.raw; // shared, not copied
        return result;
    }
    static const QString ve = u"VE"_s; // nearly every VE line: share one string
    result.format = f.format;
    result.level = f.level;
    result.time = timeFrom(f);
    result.category = f.category == "VE" ? ve : QString::fromUtf8(f.category);
    result.message = QString::fromUtf8(f.message);
    return result;
}

QDateTime LogParser::Peek::time() const
{
    return msecsSinceEpoch ? QDateTime::fromMSecsSinceEpoch(*msecsSinceEpoch, Qt::UTC) : QDateTime();
}

LogParser::Peek LogParser::peek(QByteArrayView line)
{
    Fields f;
    scan(withoutLineBreak(line), &f);
    return {f.format, f.level, msecsFrom(f)};
}

LogLine::Level LogParser::levelOf(QByteArrayView line)
{
    Fields f;
    scan(withoutLineBreak(line), &f);
    return f.level;
}

QDateTime LogParser::timeOf(QByteArrayView line)
{
    Fields f;
    scan(withoutLineBreak(line), &f);
    return timeFrom(f);
}
