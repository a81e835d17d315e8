// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The block form of the log wire (core/logwire.h): the writer's header and the scan both ends run
// over a block's text.
#include "core/logwire.h"
#include "core/logwiretext.h"

#include <charconv>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace {

using namespace LogWireText;

#if defined(__SSE2__)
constexpr qsizetype Word = 16;

// Skips whole 16-byte words of ASCII without CR, counting their line feeds; stops at the first
// word that holds anything else, or with less than a word left.
const uchar *countPlain(const uchar *p, const uchar *end, qsizetype *lines)
{
    const __m128i lf = _mm_set1_epi8('\n');
    const __m128i cr = _mm_set1_epi8('\r');
    const __m128i zero = _mm_setzero_si128();
    __m128i counts = zero; // per byte lane, up to 255 words
    int words = 0;
    const auto add = [&] {
        const __m128i sums = _mm_sad_epu8(counts, zero);
        *lines += qsizetype(_mm_cvtsi128_si64(sums) + _mm_cvtsi128_si64(_mm_unpackhi_epi64(sums, sums)));
        counts = zero;
        words = 0;
    };
    while (end - p >= Word) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
        if (_mm_movemask_epi8(_mm_or_si128(v, _mm_cmpeq_epi8(v, cr))))
            break; // a byte from 0x80 up, or a CR
        counts = _mm_sub_epi8(counts, _mm_cmpeq_epi8(v, lf));
        if (++words == 255)
            add();
        p += Word;
    }
    add();
    return p;
}
#else
constexpr qsizetype Word = 8;

// The same eight bytes at a time: the line feeds are counted exactly (zeroBytes), each summed
// into the top byte by a multiplication.
const uchar *countPlain(const uchar *p, const uchar *end, qsizetype *lines)
{
    while (end - p >= Word) {
        quint64 w;
        std::memcpy(&w, p, 8);
        if ((w & High) | zeroBytes(w ^ (Ones * '\r')))
            break;
        *lines += qsizetype(((zeroBytes(w ^ (Ones * '\n')) >> 7) * Ones) >> 56);
        p += Word;
    }
    return p;
}
#endif

} // namespace

namespace LogWire {

// Plain words in bulk; a word with a byte from 0x80 up or a CR byte by byte (a UTF-8 sequence may
// run into the next word), then back to the bulk.
BlockScan scanBlock(QByteArrayView text)
{
    BlockScan scan;
    const auto *p = reinterpret_cast<const uchar *>(text.data());
    const uchar *end = p + text.size();
    while (p < end) {
        p = countPlain(p, end, &scan.lines);
        const uchar *stop = qMin(end, p + Word);
        while (p < stop) {
            const uchar c = *p;
            if (c < 0x80) {
                scan.lines += c == '\n';
                scan.clean &= c != '\r';
                ++p;
                continue;
            }
            int skip = 1;
            if (const int n = validSequence(p, end, &skip)) {
                p += n;
            } else {
                scan.clean = false;
                p += skip;
            }
        }
    }
    return scan;
}

void appendBlock(QByteArray *out, QByteArrayView lines, const BlockScan &scan, QByteArrayView cursor)
{
    Q_ASSERT(scan.lines > 0 && lines.endsWith('\n'));
    QByteArray replaced;
    if (!scan.clean) {
        appendLogText(&replaced, lines); // a line feed ends any invalid sequence: none is lost
        lines = replaced;
    }
    appendBlockHeader(out, lines.size(), scan.lines, cursor);
    out->append(lines);
}

void appendBlockHeader(QByteArray *out, qsizetype bytes, qsizetype lines, QByteArrayView cursor)
{
    char digits[24];
    out->append("{\"block\":", 9);
    out->append(digits, std::to_chars(digits, digits + sizeof digits, bytes).ptr - digits);
    out->append(",\"lines\":", 9);
    out->append(digits, std::to_chars(digits, digits + sizeof digits, lines).ptr - digits);
    out->append(",\"cursor\":", 10);
    appendJsonString(out, cursor);
    out->append("}\n", 2);
}

} // namespace LogWire
