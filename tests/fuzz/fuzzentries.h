// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QList>

// The fuzzed surfaces, one entry per libFuzzer target (tests/fuzz/CMakeLists.txt). Each takes
// arbitrary bytes, drives the code under test and checks properties that must hold for every
// input (FUZZ_CHECK aborts with a message, which libFuzzer reports as a crash). The same
// entries replay the seed corpora and every reproducer kept in tests/fuzz/regressions/ in the
// ordinary test run (tst_securityfuzz), so a fixed crash stays fixed under gcc and the sanitizers.
namespace FuzzEntries {

using Entry = void (*)(QByteArrayView data);

// LicenseParser::parse, and licenseToJson/licenseFromJson of what it gave.
void licenseParser(QByteArrayView data);
// LogParser on the whole input and on each of its lines, every format; logLineToJsonLine against
// QJsonDocument.
void logParser(QByteArrayView data);
// The client's decoding of agent answers: JSON → status, license document, sessions, history,
// service state; error documents with any status.
void protocolJson(QByteArrayView data);
// LogCursor::fromString/toString and the log stream's NDJSON reader (LogWireReader), fed in
// chunks chosen by the input.
void logStream(QByteArrayView data);
// LogLineSplitter fed in chunks chosen by the input, against the same bytes fed at once.
void logLineSplitter(QByteArrayView data);
// The agent's request path: RouteTable matching of a percent-decoded target, and RequestFramer
// on the raw bytes of a connection, in chunks and at once.
void agentRequest(QByteArrayView data);

struct Target
{
    const char *name; // the directory name under tests/fuzz/corpus and tests/fuzz/regressions
    Entry entry;
};
QList<Target> targets();

[[noreturn]] void fail(const char *what, const char *file, int line);

} // namespace FuzzEntries

#define FUZZ_CHECK(condition)                                                                                \
    do {                                                                                                     \
        if (!(condition))                                                                                    \
            FuzzEntries::fail(#condition, __FILE__, __LINE__);                                               \
    } while (false)
