// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QRegularExpression>
#include <QString>

#include <vector>

// The text condition of a log filter, matched on the UTF-8 bytes of one line at a time
// (matches()) or, faster, over a whole block of '\n'-separated lines (Scanner).
//
// Plain text is searched as bytes (memmem; case-insensitive compares ASCII letters without
// case, a non-ASCII needle goes through the regular-expression path with Unicode case folding).
// A regular expression (PCRE2 via QRegularExpression, JIT-optimised once) is matched on a line
// decoded to UTF-16; invalid UTF-8 decodes to U+FFFD. To avoid decoding every line, the pattern
// is read for the literal text each of its top-level alternatives must contain ("ERROR|FATAL"
// -> ERROR, FATAL; "Client 10\.1\.\d+" -> "Client 10.1."): only lines holding one of those are
// decoded and matched; when the pattern is nothing but those literals, not even that
// (prefilterIsExact()). Patterns this reading does not follow (lookaround, inline options other
// than a leading (?i), \Q…\E, …) simply get no prefilter: still correct, only slower.
// Case-insensitive prefilters fold ASCII only (a line whose only match needs a non-ASCII fold
// such as U+017F for "s" may be missed by a case-insensitive regular expression filter).
//
// Not thread-safe (matches() reuses a decode buffer); copy per thread.
class LogTextMatcher
{
public:
    LogTextMatcher() = default; // matches every line
    LogTextMatcher(const QString &text, bool regularExpression, bool caseSensitive);

    bool isValid() const { return m_error.isEmpty(); }
    QString errorString() const { return m_error; } // why the regular expression is invalid
    bool matchesEverything() const { return m_everything; }
    bool matches(QByteArrayView line) const;

    bool hasPrefilter() const { return !m_literals.isEmpty(); }
    bool prefilterIsExact() const { return m_exact; } // a literal hit is a match

    // Walks the literal hits in `text` (lines separated by '\n', no literal contains one):
    // next(from) is the first position >= from where a literal starts, or -1. Lines without a
    // hit cannot match. `text` must outlive the scanner. Only with hasPrefilter().
    class Scanner
    {
    public:
        Scanner(const LogTextMatcher &matcher, QByteArrayView text);
        qsizetype next(qsizetype from);

    private:
        const LogTextMatcher &m_matcher;
        QByteArrayView m_text;
        QByteArray m_folded; // the text in ASCII lower case, for a case-insensitive search
        std::vector<qsizetype> m_hits; // per literal: next known hit, -1 none left
        std::vector<qsizetype> m_searchedFrom;
    };

    // Required literals of a regular expression, one per top-level alternative; empty when an
    // alternative requires none or the syntax is not followed. `exact`: the pattern is only
    // these literals. `caseInsensitive` is set by a leading "(?i)". For tests and the store.
    static QStringList requiredLiterals(QStringView pattern, bool *exact, bool *caseInsensitive);

private:
    qsizetype find(qsizetype literal, QByteArrayView text, qsizetype from) const;

    QList<QByteArray> m_literals; // UTF-8; lower-case ASCII when m_foldCase
    QRegularExpression m_regex; // set when lines must be matched by it
    QString m_error;
    mutable QList<QChar> m_decoded;
    bool m_everything = true;
    bool m_exact = false;
    bool m_foldCase = false;
    bool m_useRegex = false;
};
