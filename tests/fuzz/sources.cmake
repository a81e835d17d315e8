# SPDX-FileCopyrightText: VE License Console authors
# SPDX-License-Identifier: GPL-3.0-or-later
# The fuzz entries, shared by the libFuzzer targets (tests/fuzz/CMakeLists.txt, clang only) and
# tst_securityfuzz (tests/CMakeLists.txt, every build), which replays corpora and reproducers.
set(VE_FUZZ_ENTRY_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/fuzzentries.h ${CMAKE_CURRENT_LIST_DIR}/fuzzentries.cpp
    ${CMAKE_CURRENT_LIST_DIR}/fuzzchunks.h
    ${CMAKE_CURRENT_LIST_DIR}/fuzzparsers.cpp
    ${CMAKE_CURRENT_LIST_DIR}/fuzzprotocol.cpp
    ${CMAKE_CURRENT_LIST_DIR}/fuzzlogstream.cpp
    ${CMAKE_CURRENT_LIST_DIR}/fuzzsplitter.cpp
    ${CMAKE_CURRENT_LIST_DIR}/fuzzagent.cpp)
