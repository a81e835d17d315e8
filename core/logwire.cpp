// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/logwire.h"

#include <cstring>

using namespace Qt::StringLiterals;

namespace {

constexpr char Replacement[] = "\xEF\xBF\xBD"; // U+FFFD in UTF-8
constexpr int MaxDepth = 32;

// The length of the valid UTF-8 sequence at `p` (1–4), or 0 when it is invalid; then `*skip` is
// the length of its maximal invalid subpart (replaced by one U+FFFD, as Unicode recommends).
int validSequence(const uchar *p, const uchar *end, int *skip)
{
    const uchar c = *p;
    if (c < 0x80)
        return 1;
    int length = 0;
    uchar low = 0x80, high = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) {
        length = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
        length = 3;
        low = c == 0xE0 ? 0xA0 : 0x80;
        high = c == 0xED ? 0x9F : 0xBF;
    } else if (c >= 0xF0 && c <= 0xF4) {
        length = 4;
        low = c == 0xF0 ? 0x90 : 0x80;
        high = c == 0xF4 ? 0x8F : 0xBF;
    } else {
        *skip = 1;
        return 0;
    }
    int i = 1;
    for (; i < length && p + i < end; ++i) {
        const uchar b = p[i];
        if (i == 1 ? (b < low || b > high) : (b < 0x80 || b > 0xBF))
            break;
    }
    if (i == length)
        return length;
    *skip = i;
    return 0;
}

void appendCodePoint(QByteArray *out, char32_t c)
{
    if (c < 0x80) {
        out->append(char(c));
    } else if (c < 0x800) {
        out->append(char(0xC0 | (c >> 6)));
        out->append(char(0x80 | (c & 0x3F)));
    } else if (c < 0x10000) {
        out->append(char(0xE0 | (c >> 12)));
        out->append(char(0x80 | ((c >> 6) & 0x3F)));
        out->append(char(0x80 | (c & 0x3F)));
    } else {
        out->append(char(0xF0 | (c >> 18)));
        out->append(char(0x80 | ((c >> 12) & 0x3F)));
        out->append(char(0x80 | ((c >> 6) & 0x3F)));
        out->append(char(0x80 | (c & 0x3F)));
    }
}

// Skips the bytes that need no attention: with `Json` no control character, quote or backslash;
// with `Ascii` nothing from 0x80 up. Eight bytes at a time (the has-less-than and has-zero-byte
// tricks, which never miss a byte; a false alarm only means a closer look), so plain text costs
// about what memchr does.
template<bool Json, bool Ascii> const uchar *skipPlain(const uchar *p, const uchar *end)
{
    constexpr quint64 Ones = 0x0101010101010101ULL;
    constexpr quint64 High = 0x8080808080808080ULL;
    while (end - p >= 8) {
        quint64 w;
        std::memcpy(&w, p, 8);
        quint64 special = Ascii ? (w & High) : 0;
        if (Json) {
            special |= (w - Ones * 0x20) & ~w & High; // a byte below 0x20
            const quint64 quote = w ^ (Ones * '"');
            special |= (quote - Ones) & ~quote & High;
            const quint64 backslash = w ^ (Ones * '\\');
            special |= (backslash - Ones) & ~backslash & High;
        }
        if (special)
            break;
        p += 8;
    }
    while (p < end && (!Ascii || *p < 0x80) && (!Json || (*p >= 0x20 && *p != '"' && *p != '\\')))
        ++p;
    return p;
}

// Shared by the writer (JSON escapes) and appendValidUtf8 (none).
template<bool Escape> void appendChecked(QByteArray *out, QByteArrayView text)
{
    static constexpr char Hex[] = "0123456789abcdef";
    const auto *p = reinterpret_cast<const uchar *>(text.data());
    const uchar *end = p + text.size();
    const uchar *run = p; // bytes to copy as they are, up to p
    const auto flush = [&] {
        if (p > run)
            out->append(reinterpret_cast<const char *>(run), p - run);
    };
    while (p < end) {
        p = skipPlain<Escape, true>(p, end);
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
        bool haveLine = false, haveEvent = false;
        record->cursor.resize(0);
        record->line.resize(0);
        record->event.resize(0);
        record->message.resize(0);
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
                QByteArray *target = nullptr;
                if (key == "line") {
                    target = &record->line;
                    haveLine = true;
                } else if (key == "cursor") {
                    target = &record->cursor;
                } else if (key == "event") {
                    target = &record->event;
                    haveEvent = true;
                } else if (key == "message") {
                    target = &record->message;
                }
                if (target) {
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
                appendChecked<false>(out, QByteArrayView(run, m_p - run));
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
                    appendCodePoint(out, code);
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
    appendChecked<true>(out, text);
    out->append('"');
}

void appendValidUtf8(QByteArray *out, QByteArrayView text)
{
    appendChecked<false>(out, text);
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
