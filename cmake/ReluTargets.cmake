# SPDX-FileCopyrightText: 2026 ReLU Explorer contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Settings shared by every target of our own (never applied to Qt or QCustomPlot).

if(ENABLE_SANITIZERS)
    set(RELU_SANITIZER_FLAGS -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    add_compile_options(${RELU_SANITIZER_FLAGS})
    add_link_options(${RELU_SANITIZER_FLAGS})
endif()

# RELU_BUILD_FUZZERS (clang): libFuzzer's coverage instrumentation, without its main(), in every
# target of ours, so that the fuzzer is guided by the branches of our libraries and not only of
# the fuzz targets; and the sanitizers that turn a bad read or undefined arithmetic into a finding.
# The fuzz executables add -fsanitize=fuzzer themselves (tests/fuzz/CMakeLists.txt).
# Comparison tracing is left out: it made ExpressionActivation's 200,000-cell kink scan six times
# slower (270 ms per expression instead of 45), and the comparisons it would help the fuzzer solve
# (keys, names, JSON and INI syntax) happen inside Qt and muparser, which are not instrumented;
# the dictionaries in tests/fuzz/dictionaries give it those tokens instead.
if(RELU_BUILD_FUZZERS)
    set(RELU_FUZZ_FLAGS -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-coverage=trace-cmp
                        -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    add_compile_options(${RELU_FUZZ_FLAGS})
    add_link_options(${RELU_FUZZ_FLAGS})
endif()

# RELU_HARDENING: what `dpkg-buildflags` gives on Debian 12 with hardening=+all, for every target
# of ours: fortified libc calls, a strong stack protector, format-string checks, a read-only
# relocation table bound at start-up (relro, now), and a position-independent executable.
# _FORTIFY_SOURCE needs an optimised build, and is left out under the sanitizers, whose own
# checks of the same calls it would hide.
if(RELU_HARDENING)
    add_compile_options(-fstack-protector-strong -Wformat -Werror=format-security)
    if(NOT ENABLE_SANITIZERS AND NOT RELU_BUILD_FUZZERS)
        add_compile_definitions($<$<NOT:$<CONFIG:Debug>>:_FORTIFY_SOURCE=2>)
    endif()
    add_link_options(LINKER:-z,relro LINKER:-z,now)
    set(CMAKE_POSITION_INDEPENDENT_CODE ON)
    include(CheckPIESupported)
    check_pie_supported(LANGUAGES CXX)
endif()

# An installed binary finds Qt and the other libraries in the system's directories: no RUNPATH.
set(CMAKE_SKIP_INSTALL_RPATH ON)

# relu_configure_target(<target>)
#   Warnings, -Werror in CI, and the Qt definitions that keep our code strict.
function(relu_configure_target target)
    target_compile_options(${target} PRIVATE -Wall -Wextra -pedantic)
    if(RELU_WERROR)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_FROM_ASCII
        QT_NO_CAST_TO_ASCII
        QT_NO_URL_CAST_FROM_STRING
        QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
        # QT_NO_FOREACH would be welcome, but qcustomplot.h uses foreach in its inline code.
        QT_USE_QSTRINGBUILDER)
endfunction()
