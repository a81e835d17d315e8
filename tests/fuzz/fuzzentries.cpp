// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/fuzz/fuzzentries.h"

#include <cstdio>
#include <cstdlib>

namespace FuzzEntries {

QList<Target> targets()
{
    return {
        {"licenseparser", &licenseParser},
        {"logparser", &logParser},
        {"protocoljson", &protocolJson},
        {"logstream", &logStream},
        {"loglinesplitter", &logLineSplitter},
        {"agentrequest", &agentRequest},
    };
}

void fail(const char *what, const char *file, int line)
{
    std::fprintf(stderr, "fuzz property violated: %s (%s:%d)\n", what, file, line);
    std::fflush(stderr);
    std::abort();
}

} // namespace FuzzEntries
