// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// License and log-line parsers: hostile text in, no crash, and the documented equalities hold.
#include "core/licensejson.h"
#include "core/licenseparser.h"
#include "core/logline.h"
#include "core/logparser.h"
#include "tests/fuzz/fuzzentries.h"

#include <QJsonDocument>

namespace {

void checkLine(QByteArrayView line, bool oneLine)
{
    const LogLine parsed = LogParser::parseLine(line);
    const LogParser::Peek peek = LogParser::peek(line);
    // logparser.h: peek() is the same recognition as parseLine(), and levelOf/timeOf are peek's.
    FUZZ_CHECK(peek.level == parsed.level);
    FUZZ_CHECK(peek.format == parsed.format);
    FUZZ_CHECK(peek.time() == parsed.time);
    FUZZ_CHECK(LogParser::levelOf(line) == parsed.level);
    FUZZ_CHECK(LogParser::timeOf(line) == parsed.time);
    FUZZ_CHECK(!oneLine || !parsed.raw.contains(u'\n'));

    // The hand-written JSON Lines writer must produce what QJsonDocument produces, for any text.
    const QByteArray jsonLine = logLineToJsonLine(parsed);
    FUZZ_CHECK(!jsonLine.contains('\n'));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(jsonLine, &error);
    FUZZ_CHECK(error.error == QJsonParseError::NoError);
    FUZZ_CHECK(document.object() == logLineToJson(parsed));
    const LogLine back = logLineFromJson(document.object());
    FUZZ_CHECK(back.raw == parsed.raw && back.level == parsed.level && back.format == parsed.format);
}

} // namespace

namespace FuzzEntries {

void licenseParser(QByteArrayView data)
{
    const License license = LicenseParser::parse(data);
    const QJsonObject json = licenseToJson(license);
    // What the agent sends, the client reads back to the same document.
    QString error;
    const License back = licenseFromJson(json, &error);
    FUZZ_CHECK(error.isEmpty());
    FUZZ_CHECK(licenseToJson(back) == json);
    // A pure function: the same input gives the same answer.
    FUZZ_CHECK(licenseToJson(LicenseParser::parse(data)) == json);
}

void logParser(QByteArrayView data)
{
    checkLine(data.first(qMin<qsizetype>(data.size(), 4096)), false);
    qsizetype start = 0;
    while (start < data.size()) {
        qsizetype end = data.indexOf('\n', start);
        if (end < 0)
            end = data.size();
        checkLine(data.sliced(start, end - start), true);
        start = end + 1;
    }
}

} // namespace FuzzEntries
