// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/logtextmatcher.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <cstring>

using namespace Qt::StringLiterals;

namespace {

bool isAscii(QStringView text)
{
    for (const QChar c : text) {
        if (c.unicode() > 0x7f)
            return false;
    }
    return true;
}

// ASCII lower case of `in` into `out` (resized); other bytes unchanged. Vectorises.
void asciiLower(QByteArrayView in, QByteArray *out)
{
    out->resize(in.size());
    const auto *src = reinterpret_cast<const unsigned char *>(in.data());
    auto *dst = reinterpret_cast<unsigned char *>(out->data());
    for (qsizetype i = 0; i < in.size(); ++i) {
        const unsigned char c = src[i];
        dst[i] = c + ((unsigned(c - 'A') < 26u) ? 32 : 0);
    }
}

qsizetype memFind(QByteArrayView hay, QByteArrayView needle, qsizetype from)
{
    if (from < 0 || from > hay.size())
        return -1;
    const void *hit
        = memmem(hay.data() + from, size_t(hay.size() - from), needle.data(), size_t(needle.size()));
    return hit ? static_cast<const char *>(hit) - hay.data() : -1;
}

} // namespace

LogTextMatcher::LogTextMatcher(const QString &text, bool regularExpression, bool caseSensitive)
{
    m_everything = text.isEmpty();
    if (m_everything)
        return;
    if (!regularExpression && (caseSensitive || isAscii(text)) && !text.contains(u'\n')) {
        QByteArray literal = text.toUtf8();
        if (!caseSensitive)
            asciiLower(QByteArray(literal), &literal);
        m_literals.append(literal);
        m_foldCase = !caseSensitive;
        m_exact = true;
        return;
    }
    const QString pattern = regularExpression ? text : QRegularExpression::escape(text);
    m_regex = QRegularExpression(pattern,
        caseSensitive ? QRegularExpression::NoPatternOption : QRegularExpression::CaseInsensitiveOption);
    if (!m_regex.isValid()) {
        m_error = QCoreApplication::translate(
            "LogTextMatcher", "Invalid regular expression: %1 (at character %2)")
                      .arg(m_regex.errorString())
                      .arg(m_regex.patternErrorOffset() + 1);
        return;
    }
    m_regex.optimize();
    m_useRegex = true;
    if (!regularExpression)
        return; // a non-ASCII needle without case: no byte prefilter
    bool exact = false, leadingCaseInsensitive = false;
    const QStringList literals = requiredLiterals(pattern, &exact, &leadingCaseInsensitive);
    const bool fold = !caseSensitive || leadingCaseInsensitive;
    for (const QString &literal : literals) {
        if (fold && !isAscii(literal)) {
            m_literals.clear();
            return;
        }
        QByteArray bytes = literal.toUtf8();
        if (fold)
            asciiLower(QByteArray(bytes), &bytes);
        m_literals.append(bytes);
    }
    m_foldCase = fold;
    m_exact = exact && !m_literals.isEmpty();
}

bool LogTextMatcher::matches(QByteArrayView line) const
{
    if (m_everything)
        return true;
    if (!isValid())
        return false;
    if (m_exact || !m_useRegex) {
        QByteArray folded;
        if (m_foldCase)
            asciiLower(line, &folded);
        const QByteArrayView hay = m_foldCase ? QByteArrayView(folded) : line;
        for (const QByteArray &literal : m_literals) {
            if (memFind(hay, literal, 0) >= 0)
                return true;
        }
        return false;
    }
    static thread_local QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    if (m_decoded.size() < line.size())
        m_decoded.resize(line.size());
    const QChar *end = decoder.appendToBuffer(m_decoded.data(), line);
    return m_regex.match(QStringView(m_decoded.constData(), end)).hasMatch();
}

qsizetype LogTextMatcher::find(qsizetype literal, QByteArrayView text, qsizetype from) const
{
    return memFind(text, m_literals.at(literal), from);
}

LogTextMatcher::Scanner::Scanner(const LogTextMatcher &matcher, QByteArrayView text)
    : m_matcher(matcher)
    , m_text(text)
    , m_hits(size_t(matcher.m_literals.size()), -1)
    , m_searchedFrom(size_t(matcher.m_literals.size()), -1)
{
    if (matcher.m_foldCase) {
        asciiLower(text, &m_folded);
        m_text = m_folded;
    }
}

qsizetype LogTextMatcher::Scanner::next(qsizetype from)
{
    qsizetype best = -1;
    for (size_t i = 0; i < m_hits.size(); ++i) {
        // Search again only when the cached hit lies behind `from` (or none was searched yet).
        if (m_searchedFrom[i] < 0 || (m_hits[i] >= 0 && m_hits[i] < from)) {
            m_hits[i] = m_matcher.find(qsizetype(i), m_text, from);
            m_searchedFrom[i] = from;
        }
        if (m_hits[i] >= 0 && (best < 0 || m_hits[i] < best))
            best = m_hits[i];
    }
    return best;
}

namespace {

// Reads the pattern left to right. Every construct it does not follow makes it give up (an
// empty result), never guess: a wrong literal would hide matching lines.
class LiteralReader
{
public:
    explicit LiteralReader(QStringView pattern)
        : m_p(pattern)
    { }

    bool read(QStringList *literals, bool *exact, bool *caseInsensitive)
    {
        *exact = true;
        *caseInsensitive = false;
        if (m_p.contains(u"\\Q"))
            return false;
        if (m_p.startsWith(u"(?i)")) {
            *caseInsensitive = true;
            m_i = 4;
        }
        while (m_i < m_p.size()) {
            const QChar c = m_p[m_i];
            if (c == u'|') {
                if (!endBranch(literals, exact))
                    return false;
                ++m_i;
            } else if (c == u'\\') {
                if (!escape())
                    return false;
            } else if (c == u'[') {
                if (!skipClass())
                    return false;
                other();
            } else if (c == u'(') {
                if (!skipGroup())
                    return false;
                other();
            } else if (c == u'*' || c == u'?' || c == u'+' || c == u'{') {
                if (!quantifier())
                    return false;
            } else if (c == u')' || c.isSurrogate()) {
                return false;
            } else if (c == u'.' || c == u'^' || c == u'$' || c == u'\n') {
                other();
                ++m_i;
            } else {
                literal(c);
                ++m_i;
            }
        }
        return endBranch(literals, exact);
    }

private:
    void literal(QChar c)
    {
        m_run.append(c);
        m_afterLiteral = true;
    }
    void endRun()
    {
        if (m_run.size() > m_best.size())
            m_best = m_run;
        m_run.clear();
        m_afterLiteral = false;
    }
    void other()
    {
        endRun();
        m_branchExact = false;
    }
    bool endBranch(QStringList *literals, bool *exact)
    {
        endRun();
        if (m_best.isEmpty())
            return false; // this alternative matches without any fixed text
        literals->append(m_best);
        *exact = *exact && m_branchExact;
        m_best.clear();
        m_branchExact = true;
        return true;
    }
    bool escape()
    {
        if (m_i + 1 >= m_p.size())
            return false;
        const QChar e = m_p[m_i + 1];
        m_i += 2;
        if (e.unicode() < 0x80 && e.isLetterOrNumber()) {
            // Character types and single-character escapes only: \x, \p, \g, \k, \c, \N{…},
            // back references etc. take arguments this reader does not follow.
            if (!u"dDwWsShHvVbBtnrfeR"_s.contains(e))
                return false;
            other();
            return true;
        }
        if (e.isSurrogate())
            return false;
        literal(e); // an escaped punctuation character is itself
        return true;
    }
    bool skipClass()
    {
        qsizetype j = m_i + 1;
        if (j < m_p.size() && m_p[j] == u'^')
            ++j;
        if (j < m_p.size() && m_p[j] == u']')
            ++j;
        while (j < m_p.size()) {
            if (m_p[j] == u'\\') {
                j += 2;
            } else if (m_p[j] == u'[' && j + 1 < m_p.size() && m_p[j + 1] == u':') {
                const qsizetype close = m_p.indexOf(u":]", j + 2);
                if (close < 0)
                    return false;
                j = close + 2;
            } else if (m_p[j] == u']') {
                m_i = j + 1;
                return true;
            } else {
                ++j;
            }
        }
        return false;
    }
    bool skipGroup()
    {
        // Only plain and (?:…) groups at the top: (?i), (?=…), (?<…), (*VERB) change what
        // follows or look around.
        if (m_i + 1 < m_p.size() && m_p[m_i + 1] == u'*')
            return false;
        if (m_i + 1 < m_p.size() && m_p[m_i + 1] == u'?' && !(m_i + 2 < m_p.size() && m_p[m_i + 2] == u':'))
            return false;
        int depth = 0;
        while (m_i < m_p.size()) {
            const QChar c = m_p[m_i];
            if (c == u'\\') {
                m_i += 2;
                continue;
            }
            if (c == u'[') {
                if (!skipClass())
                    return false;
                continue;
            }
            ++m_i;
            if (c == u'(')
                ++depth;
            else if (c == u')' && --depth == 0)
                return true;
        }
        return false;
    }
    bool quantifier()
    {
        const QChar q = m_p[m_i];
        bool atLeastOnce = q == u'+';
        ++m_i;
        if (q == u'{') {
            // {n}, {n,}, {n,m}; anything else is left to PCRE and to us a reason to give up.
            qsizetype j = m_i;
            qint64 min = 0;
            while (j < m_p.size() && m_p[j].isDigit() && m_p[j].unicode() < 0x80 && min < 100000)
                min = min * 10 + (m_p[j++].unicode() - u'0');
            if (j == m_i)
                return false;
            if (j < m_p.size() && m_p[j] == u',') {
                ++j;
                while (j < m_p.size() && m_p[j].unicode() < 0x80 && m_p[j].isDigit())
                    ++j;
            }
            if (j >= m_p.size() || m_p[j] != u'}')
                return false;
            m_i = j + 1;
            atLeastOnce = min >= 1;
        }
        if (m_i < m_p.size() && (m_p[m_i] == u'?' || m_p[m_i] == u'+'))
            ++m_i; // lazy or possessive
        if (m_afterLiteral && !atLeastOnce)
            m_run.chop(1); // the character before may be absent
        other();
        return true;
    }

    QStringView m_p;
    qsizetype m_i = 0;
    QString m_run;
    QString m_best;
    bool m_afterLiteral = false;
    bool m_branchExact = true;
};

} // namespace

QStringList LogTextMatcher::requiredLiterals(QStringView pattern, bool *exact, bool *caseInsensitive)
{
    QStringList literals;
    LiteralReader reader(pattern);
    if (!reader.read(&literals, exact, caseInsensitive)) {
        *exact = false;
        return {};
    }
    return literals;
}
