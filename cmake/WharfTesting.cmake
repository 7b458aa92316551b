# wharf_add_test(<source> LIBS <targets...> [LABELS <labels...>] [TIMEOUT <seconds>] [ENV <VAR=value...>])
#
# One test executable per test file: tests/unit/tst_database.cpp becomes the executable and the
# ctest test "tst_database". Every test runs offscreen in a UTF-8 locale, so a display or the
# developer's locale never changes a result.
#
# Sanitized builds run the same tests several times slower (ThreadSanitizer most, and most in the
# tests that run many processes: tst_serverworkers, tst_syncengine, tst_restarts): their timeouts
# are multiplied, never the tests shortened. WHARF_TEST_TIMEOUT_FACTOR overrides the factor.
if(WHARF_SANITIZE STREQUAL "thread")
    set(wharf_default_timeout_factor 5)
elseif(WHARF_SANITIZE STREQUAL "address")
    set(wharf_default_timeout_factor 3)
else()
    set(wharf_default_timeout_factor 1)
endif()
set(WHARF_TEST_TIMEOUT_FACTOR ${wharf_default_timeout_factor} CACHE STRING
    "Test timeouts are multiplied by this (default: 5 under ThreadSanitizer, 3 under AddressSanitizer, else 1)")

# wharf_scaled_timeout(<out-var> <seconds>): `seconds` times WHARF_TEST_TIMEOUT_FACTOR, for tests
# added with add_test() directly.
function(wharf_scaled_timeout out seconds)
    math(EXPR scaled "${seconds} * ${WHARF_TEST_TIMEOUT_FACTOR}")
    set(${out} ${scaled} PARENT_SCOPE)
endfunction()

function(wharf_add_test source)
    cmake_parse_arguments(ARG "" "TIMEOUT" "LIBS;LABELS;ENV" ${ARGN})
    get_filename_component(name "${source}" NAME_WE)
    add_executable(${name} "${source}")
    target_link_libraries(${name} PRIVATE Qt6::Test Wharf::Settings ${ARG_LIBS})
    add_test(NAME ${name} COMMAND ${name})
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 120)
    endif()
    wharf_scaled_timeout(ARG_TIMEOUT ${ARG_TIMEOUT})
    set_tests_properties(${name} PROPERTIES
        TIMEOUT ${ARG_TIMEOUT}
        LABELS "${ARG_LABELS}"
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LANG=C.UTF-8;LC_ALL=C.UTF-8;${ARG_ENV}")
endfunction()
