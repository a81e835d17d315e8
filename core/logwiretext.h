// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QtGlobal>

#include <cstring>

// Byte-level pieces shared by the log wire's writer, parser and block framing (core/logwire.h):
// UTF-8 validation as Unicode recommends it, and skipping eight bytes at a time over text that
// needs no attention. Internal to LogWire.
namespace LogWireText {

inline constexpr char Replacement[] = "\xEF\xBF\xBD"; // U+FFFD in UTF-8
inline constexpr quint64 Ones = 0x0101010101010101ULL;
inline constexpr quint64 High = 0x8080808080808080ULL;
inline constexpr quint64 Low7 = 0x7F7F7F7F7F7F7F7FULL;

// 0x80 in every byte of `w` that is zero, exactly (no false alarm: it is used for counting).
constexpr quint64 zeroBytes(quint64 w)
{
    return ~(((w & Low7) + Low7) | w | Low7);
}

// The length of the valid UTF-8 sequence at `p` (1–4), or 0 when it is invalid; then `*skip` is
// the length of its maximal invalid subpart (replaced by one U+FFFD, as Unicode recommends).
inline int validSequence(const uchar *p, const uchar *end, int *skip)
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

inline void appendCodePoint(QByteArray *out, char32_t c)
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
// with `Ascii` nothing from 0x80 up; with `Cr` no carriage return. Eight bytes at a time (the
// has-less-than and has-zero-byte tricks, which never miss a byte; a false alarm only means a
// closer look), so plain text costs about what memchr does.
template<bool Json, bool Ascii, bool Cr = false> const uchar *skipPlain(const uchar *p, const uchar *end)
{
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
        if (Cr && !Json) {
            const quint64 cr = w ^ (Ones * '\r');
            special |= (cr - Ones) & ~cr & High;
        }
        if (special)
            break;
        p += 8;
    }
    while (p < end && (!Ascii || *p < 0x80) && (!Json || (*p >= 0x20 && *p != '"' && *p != '\\'))
        && (!Cr || *p != '\r'))
        ++p;
    return p;
}

} // namespace LogWireText
