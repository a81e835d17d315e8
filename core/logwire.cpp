// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/logwire.h"

#include "core/logwiretext.h"

#include <cstring>

using namespace Qt::StringLiterals;

namespace {

using LogWireText::Replacement;
using LogWireText::skipPlain;
using LogWireText::validSequence;

constexpr int MaxDepth = 32;
constexpr int MaxCountDigits = 15;

// What appendChecked() does besides replacing invalid UTF-8: escape for JSON, nothing, or turn a
// CR into a blank (a log line as the block form carries it).
enum class Mode { Json, Utf8, Text };

// Shared by the writer (JSON escapes), appendValidUtf8 (none) and appendLogText (CR to blank).
template<Mode M> void appendChecked(QByteArray *out, QByteArrayView text)
{
    static constexpr char Hex[] = "0123456789abcdef";
    const auto *p = reinterpret_cast<const uchar *>(text.data());
    const uchar *end = p + text.size();
    const uchar *run = p; // bytes to copy as they are, up to p
    const auto flush = [&] {
        if (p > run)
            out->append(reinterpret_cast<const char *>(run), p - run);
    };
    constexpr bool Escape = M == Mode::Json;
    while (p < end) {
        p = skipPlain<Escape, true, M == Mode::Text>(p, end);
        if (p >= end)
            break;
        const uchar c = *p;
        if (c >= 0x80) {
            int skip = 1;
            if (const int n = validSequence(p, end, &skip)) {
                p += n;
                continue;
            }
            flush();
            out->append(Replacement, 3);
            p += skip;
            run = p;
            continue;
        }
        if (M == Mode::Text && c == '\r') {
            flush();
            out->append(' ');
            run = ++p;
            continue;
        }
        if (!Escape || (c >= 0x20 && c != '"' && c != '\\')) {
            ++p;
            continue;
        }
        flush();
        switch (c) {
        case '"':
            out->append("\\\"", 2);
            break;
        case '\\':
            out->append("\\\\", 2);
            break;
        case '\n':
            out->append("\\n", 2);
            break;
        case '\r':
            out->append("\\r", 2);
            break;
        case '\t':
            out->append("\\t", 2);
            break;
        default:
            out->append("\\u00", 4);
            out->append(Hex[c >> 4]);
            out->append(Hex[c & 0xF]);
        }
        ++p;
        run = p;
    }
    flush();
}

// A strict reader of one JSON object whose members of interest are strings.
class Parser
{
public:
    Parser(QByteArrayView json, QString *error)
        : m_p(json.data())
        , m_end(json.data() + json.size())
        , m_error(error)
    { }

    bool parse(LogWire::Record *record)
    {
        bool haveLine = false, haveEvent = false, haveBlock = false, haveLines = false;
        record->cursor.resize(0);
        record->line.resize(0);
        record->event.resize(0);
        record->message.resize(0);
        record->blockBytes = 0;
        record->blockLines = 0;
        skipSpace();
        if (!expect('{'))
            return false;
        skipSpace();
        if (m_p < m_end && *m_p == '}') {
            ++m_p;
        } else {
            for (;;) {
                QByteArrayView key;
                if (!parseKey(&key))
                    return false;
                skipSpace();
                if (!expect(':'))
                    return false;
                skipSpace();
                if (key == "block" || key == "lines") {
                    const bool block = key == "block";
                    if (!parseCount(block ? &record->blockBytes : &record->blockLines, key))
                        return false;
                    (block ? haveBlock : haveLines) = true;
                } else if (QByteArray *target = stringMember(record, key)) {
                    haveLine |= target == &record->line;
                    haveEvent |= target == &record->event;
                    target->resize(0);
                    if (m_p >= m_end || *m_p != '"')
                        return fail(u"member \"%1\" is not a string"_s.arg(QString::fromUtf8(key)));
                    if (!parseString(target, target == &record->line))
                        return false;
                } else if (!skipValue(0)) {
                    return false;
                }
                skipSpace();
                if (m_p < m_end && *m_p == ',') {
                    ++m_p;
                    skipSpace();
                    continue;
                }
                if (!expect('}'))
                    return false;
                break;
            }
        }
        skipSpace();
        if (m_p != m_end)
            return fail(u"data after the object"_s);
        if (haveBlock) {
            if (!haveLines || record->cursor.isEmpty() || haveLine)
                return fail(u"a block needs \"lines\" and \"cursor\", and no \"line\""_s);
            if (record->blockLines < 1 || record->blockLines > record->blockBytes)
                return fail(u"a block of %1 bytes cannot hold %2 lines"_s.arg(record->blockBytes)
                                .arg(record->blockLines));
            record->kind = LogWire::Record::Kind::Block;
            return true;
        }
        if (haveLine) {
            if (record->cursor.isEmpty())
                return fail(u"a line without a cursor"_s);
            record->kind = LogWire::Record::Kind::Line;
            return true;
        }
        if (haveEvent && !record->event.isEmpty()) {
            record->kind = LogWire::Record::Kind::Event;
            return true;
        }
        return fail(u"neither a line nor an event"_s);
    }

private:
    static QByteArray *stringMember(LogWire::Record *record, QByteArrayView key)
    {
        if (key == "line")
            return &record->line;
        if (key == "cursor")
            return &record->cursor;
        if (key == "event")
            return &record->event;
        if (key == "message")
            return &record->message;
        return nullptr;
    }

    bool fail(const QString &message)
    {
        *m_error = message;
        return false;
    }

    bool expect(char c)
    {
        if (m_p < m_end && *m_p == c) {
            ++m_p;
            return true;
        }
        return fail(m_p < m_end ? u"expected '%1'"_s.arg(QLatin1Char(c)) : u"the record ends early"_s);
    }

    void skipSpace()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\t' || *m_p == '\r' || *m_p == '\n'))
            ++m_p;
    }

    // A key without escapes is looked at in place; one with escapes is decoded.
    bool parseKey(QByteArrayView *key)
    {
        if (m_p >= m_end || *m_p != '"')
            return fail(u"expected a member name"_s);
        const char *start = m_p + 1;
        const char *q = start;
        while (q < m_end && *q != '"' && *q != '\\' && uchar(*q) >= 0x20)
            ++q;
        if (q < m_end && *q == '"') {
            *key = QByteArrayView(start, q - start);
            m_p = q + 1;
            return true;
        }
        m_key.resize(0);
        if (!parseString(&m_key, false))
            return false;
        *key = m_key;
        return true;
    }

    // A count: a non-negative integer without sign, fraction or exponent.
    bool parseCount(qint64 *value, QByteArrayView key)
    {
        const char *start = m_p;
        qint64 v = 0;
        while (m_p < m_end && *m_p >= '0' && *m_p <= '9' && m_p - start < MaxCountDigits)
            v = v * 10 + (*m_p++ - '0');
        if (m_p == start || (m_p < m_end && isNumberChar(*m_p)) || (*start == '0' && m_p - start > 1))
            return fail(u"member \"%1\" is not a count"_s.arg(QString::fromUtf8(key)));
        *value = v;
        return true;
    }

    static bool isNumberChar(char c)
    {
        return (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E';
    }

    static int hexDigit(char c)
    {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        return -1;
    }

    bool parseHex4(char32_t *value)
    {
        if (m_end - m_p < 4)
            return fail(u"a short \\u escape"_s);
        char32_t v = 0;
        for (int i = 0; i < 4; ++i) {
            const int d = hexDigit(m_p[i]);
            if (d < 0)
                return fail(u"a malformed \\u escape"_s);
            v = (v << 4) | char32_t(d);
        }
        m_p += 4;
        *value = v;
        return true;
    }

    // At the opening quote. `out` null: skip. `breaksToSpace`: an escaped CR or LF becomes a
    // blank (a log line never holds a line break).
    bool parseString(QByteArray *out, bool breaksToSpace)
    {
        ++m_p;
        for (;;) {
            const char *run = m_p;
            m_p = reinterpret_cast<const char *>(skipPlain<true, false>(
                reinterpret_cast<const uchar *>(m_p), reinterpret_cast<const uchar *>(m_end)));
            if (out && m_p > run)
                appendChecked<Mode::Utf8>(out, QByteArrayView(run, m_p - run));
            if (m_p >= m_end)
                return fail(u"an unterminated string"_s);
            const char c = *m_p++;
            if (c == '"')
                return true;
            if (c != '\\')
                return fail(u"a control character in a string"_s);
            if (m_p >= m_end)
                return fail(u"an unterminated string"_s);
            const char e = *m_p++;
            char plain = 0;
            switch (e) {
            case '"':
            case '\\':
            case '/':
                plain = e;
                break;
            case 'b':
                plain = '\b';
                break;
            case 'f':
                plain = '\f';
                break;
            case 'n':
                plain = breaksToSpace ? ' ' : '\n';
                break;
            case 'r':
                plain = breaksToSpace ? ' ' : '\r';
                break;
            case 't':
                plain = '\t';
                break;
            case 'u': {
                char32_t code = 0;
                if (!parseHex4(&code))
                    return false;
                if (code >= 0xD800 && code <= 0xDBFF && m_end - m_p >= 6 && m_p[0] == '\\' && m_p[1] == 'u') {
                    const char *save = m_p;
                    m_p += 2;
                    char32_t low = 0;
                    if (!parseHex4(&low))
                        return false;
                    if (low >= 0xDC00 && low <= 0xDFFF)
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
                    else
                        m_p = save; // a lone high surrogate; the next escape stands alone
                }
                if (code >= 0xD800 && code <= 0xDFFF)
                    code = 0xFFFD;
                if (breaksToSpace && (code == '\n' || code == '\r'))
                    code = ' ';
                if (out)
                    LogWireText::appendCodePoint(out, code);
                continue;
            }
            default:
                return fail(u"an unknown escape \\%1"_s.arg(QLatin1Char(e)));
            }
            if (out)
                out->append(plain);
        }
    }

    bool skipLiteral(const char *word)
    {
        const auto n = qsizetype(std::strlen(word));
        if (m_end - m_p < n || std::memcmp(m_p, word, size_t(n)) != 0)
            return fail(u"an invalid value"_s);
        m_p += n;
        return true;
    }

    bool skipValue(int depth)
    {
        if (depth > MaxDepth)
            return fail(u"values nested too deeply"_s);
        if (m_p >= m_end)
            return fail(u"the record ends early"_s);
        const char c = *m_p;
        if (c == '"')
            return parseString(nullptr, false);
        if (c == 't')
            return skipLiteral("true");
        if (c == 'f')
            return skipLiteral("false");
        if (c == 'n')
            return skipLiteral("null");
        if (c == '{' || c == '[') {
            const char close = c == '{' ? '}' : ']';
            ++m_p;
            skipSpace();
            if (m_p < m_end && *m_p == close) {
                ++m_p;
                return true;
            }
            for (;;) {
                if (c == '{') {
                    QByteArrayView key;
                    if (!parseKey(&key))
                        return false;
                    skipSpace();
                    if (!expect(':'))
                        return false;
                    skipSpace();
                }
                if (!skipValue(depth + 1))
                    return false;
                skipSpace();
                if (m_p < m_end && *m_p == ',') {
                    ++m_p;
                    skipSpace();
                    continue;
                }
                return expect(close);
            }
        }
        const char *start = m_p;
        while (m_p < m_end && isNumberChar(*m_p))
            ++m_p;
        return m_p > start || fail(u"an invalid value"_s);
    }

    const char *m_p;
    const char *m_end;
    QString *m_error;
    QByteArray m_key;
};

} // namespace

namespace LogWire {

void appendJsonString(QByteArray *out, QByteArrayView text)
{
    out->append('"');
    appendChecked<Mode::Json>(out, text);
    out->append('"');
}

void appendValidUtf8(QByteArray *out, QByteArrayView text)
{
    appendChecked<Mode::Utf8>(out, text);
}

void appendLogText(QByteArray *out, QByteArrayView text)
{
    appendChecked<Mode::Text>(out, text);
}

void appendLine(QByteArray *out, QByteArrayView line, QByteArrayView cursor)
{
    out->append("{\"cursor\":", 10);
    appendJsonString(out, cursor);
    out->append(",\"line\":", 8);
    appendJsonString(out, line);
    out->append("}\n", 2);
}

void appendEvent(QByteArray *out, QByteArrayView event, QByteArrayView cursor)
{
    out->append("{\"event\":", 9);
    appendJsonString(out, event);
    if (!cursor.isEmpty()) {
        out->append(",\"cursor\":", 10);
        appendJsonString(out, cursor);
    }
    out->append("}\n", 2);
}

void appendError(QByteArray *out, const QString &message)
{
    out->append("{\"event\":\"error\",\"message\":", 27);
    appendJsonString(out, message.toUtf8());
    out->append("}\n", 2);
}

bool parseRecord(QByteArrayView json, Record *record, QString *error)
{
    return Parser(json, error).parse(record);
}

} // namespace LogWire
