// SPDX-FileCopyrightText: VE License Console authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// libFuzzer's entry point for one target; VE_FUZZ_ENTRY names the FuzzEntries function.
#include "tests/fuzz/fuzzentries.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    FuzzEntries::VE_FUZZ_ENTRY(QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size)));
    return 0;
}
