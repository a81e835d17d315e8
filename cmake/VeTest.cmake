# SPDX-FileCopyrightText: VE License Console authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# ve_add_test(NAME <unit> SOURCES <files…> LIBS <targets…> [GUI] [LABELS <labels…>])
# One executable per test class: tests/tst_<unit>.cpp with class Test<Unit>.
function(ve_add_test)
    cmake_parse_arguments(T "GUI" "NAME" "SOURCES;LIBS;LABELS" ${ARGN})
    set(target tst_${T_NAME})
    qt_add_executable(${target} ${T_SOURCES})
    target_link_libraries(${target} PRIVATE Qt6::Test ve_options ${T_LIBS})
    target_compile_definitions(${target} PRIVATE
        VE_TEST_DATA_DIR="${PROJECT_SOURCE_DIR}/tests/data"
        VE_AGENT_BINARY="$<TARGET_FILE:ve-agent>"
        VE_VECTL_BINARY="$<TARGET_FILE:vectl>"
        VE_CONSOLE_BINARY="$<TARGET_FILE:ve-console>")
    add_test(NAME ${T_NAME} COMMAND ${target})
    set(env "QT_QPA_PLATFORM=offscreen")
    set_tests_properties(${T_NAME} PROPERTIES ENVIRONMENT "${env}" TIMEOUT 300)
    if(T_LABELS)
        set_tests_properties(${T_NAME} PROPERTIES LABELS "${T_LABELS}")
    endif()
endfunction()
