# wharf_add_test(<source> LIBS <targets...> [LABELS <labels...>] [TIMEOUT <seconds>] [ENV <VAR=value...>])
#
# One test executable per test file: tests/unit/tst_database.cpp becomes the executable and the
# ctest test "tst_database". Every test runs offscreen in a UTF-8 locale, so a display or the
# developer's locale never changes a result.
function(wharf_add_test source)
    cmake_parse_arguments(ARG "" "TIMEOUT" "LIBS;LABELS;ENV" ${ARGN})
    get_filename_component(name "${source}" NAME_WE)
    add_executable(${name} "${source}")
    target_link_libraries(${name} PRIVATE Qt6::Test Wharf::Settings ${ARG_LIBS})
    add_test(NAME ${name} COMMAND ${name})
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 120)
    endif()
    set_tests_properties(${name} PROPERTIES
        TIMEOUT ${ARG_TIMEOUT}
        LABELS "${ARG_LABELS}"
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LANG=C.UTF-8;LC_ALL=C.UTF-8;${ARG_ENV}")
endfunction()
