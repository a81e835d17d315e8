// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/licenseparser.h"

#include "core/licensebuilder.h"

#include <QStringDecoder>

using namespace Qt::StringLiterals;

// Line level: splitting (LF, CRLF or a lone CR), decoding, trimming, refusing binary and giant
// lines. What a line means is LicenseBuilder's business.

namespace {

constexpr qsizetype MaxLineBytes = 64 * 1024; // license_viewer lines are short; longer is garbage

bool isBinary(QByteArrayView line)
{
    for (const char c : line) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x20 && c != '\t')
            return true;
        if (u == 0x7f)
            return true;
    }
    return false;
}

} // namespace

License LicenseParser::parse(QByteArrayView text)
{
    LicenseBuilder builder;
    if (text.startsWith("\xef\xbb\xbf"))
        text = text.sliced(3); // UTF-8 byte order mark
    if (text.trimmed().isEmpty())
        return builder.finishEmpty();

    int number = 0;
    qsizetype pos = 0;
    while (pos < text.size()) {
        qsizetype end = pos;
        while (end < text.size() && text.at(end) != '\n' && text.at(end) != '\r')
            ++end;
        const QByteArrayView bytes = text.sliced(pos, end - pos);
        pos = end;
        if (pos < text.size() && text.at(pos) == '\r')
            ++pos;
        if (pos < text.size() && text.at(pos) == '\n' && (pos == end || text.at(pos - 1) == '\r'))
            ++pos;
        ++number;

        if (bytes.size() > MaxLineBytes) {
            builder.diagnose(number,
                u"line is %1 bytes long (more than %2); ignored"_s.arg(bytes.size()).arg(MaxLineBytes));
            continue;
        }
        if (isBinary(bytes)) {
            builder.diagnose(number, u"line contains binary data; ignored"_s);
            continue;
        }
        QStringDecoder decoder(QStringDecoder::Utf8);
        const QString line = decoder(bytes);
        if (decoder.hasError())
            builder.diagnose(number, u"line is not valid UTF-8; invalid bytes replaced"_s);
        builder.addLine(number, QStringView(line).trimmed());
    }
    return builder.finish();
}
