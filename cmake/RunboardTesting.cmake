# runboard_add_test(NAME <name> LABEL <unit|integration|gui|cli|reliability>
#                   SOURCES <files...> LIBS <targets...>)
# Builds one Qt Test executable, registers it with CTest under its label and
# makes it run headless. A unit, integration or reliability test that does not
# link the widgets also gets the label `asan-ci` and joins the target
# `asan_ci_targets`: the sanitizer subset CI runs (runboard_mark_asan_ci).
function(runboard_add_test)
    cmake_parse_arguments(T "" "NAME;LABEL" "SOURCES;LIBS" ${ARGN})
    add_executable(${T_NAME} ${T_SOURCES})
    target_link_libraries(${T_NAME} PRIVATE runboard_options Qt6::Test ${T_LIBS})
    # The one include root: tests include "tests/support/...", "core/...".
    target_include_directories(${T_NAME} PRIVATE ${PROJECT_SOURCE_DIR})
    set_target_properties(${T_NAME} PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/tests)
    add_test(NAME ${T_NAME} COMMAND ${T_NAME})
    set_tests_properties(${T_NAME} PROPERTIES
        LABELS ${T_LABEL}
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;RUNBOARD_BIN_DIR=${CMAKE_BINARY_DIR}/bin")
    if(T_LABEL MATCHES "^(unit|integration|reliability)$" AND NOT runboard_ui IN_LIST T_LIBS)
        runboard_mark_asan_ci(TEST ${T_NAME} TARGET ${T_NAME})
    endif()
endfunction()

# runboard_mark_asan_ci(TEST <ctest name> TARGET <executable>)
# Puts a test in the subset of the suite that CI runs under AddressSanitizer
# and UBSan (`make test-asan-ci`): CTest label `asan-ci`, and its executable
# built by the target `asan_ci_targets`, so CI builds none of the widgets. The
# subset is what reads outside input without a window: parsers, the client,
# the models, the sandbox and the fuzz replays (docs/architecture.md, "Tests").
function(runboard_mark_asan_ci)
    cmake_parse_arguments(A "" "TEST;TARGET" "" ${ARGN})
    set_property(TEST ${A_TEST} APPEND PROPERTY LABELS asan-ci)
    add_dependencies(asan_ci_targets ${A_TARGET})
endfunction()

# runboard_add_soak_variant(NAME <name> TARGET <test executable>)
# Registers the executable of a `reliability` test a second time as its heavy
# variant: label `soak`, RUNBOARD_SOAK=1 in its environment (the test reads it
# for its sizes and durations). The default test preset leaves label `soak`
# out; `make soak` (test preset `soak`) runs only it.
function(runboard_add_soak_variant)
    cmake_parse_arguments(S "" "NAME;TARGET" "" ${ARGN})
    add_test(NAME ${S_NAME} COMMAND ${S_TARGET})
    set_tests_properties(${S_NAME} PROPERTIES
        LABELS soak
        TIMEOUT 3600
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;RUNBOARD_BIN_DIR=${CMAKE_BINARY_DIR}/bin;RUNBOARD_SOAK=1")
endfunction()
