# One INTERFACE target carries the compile settings every Wharf target shares, so that a flag is
# decided once and a target cannot drift from the others.
add_library(wharf_settings INTERFACE)
add_library(Wharf::Settings ALIAS wharf_settings)

target_compile_features(wharf_settings INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)

target_compile_definitions(wharf_settings INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    WHARF_VERSION="${PROJECT_VERSION}")

if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(wharf_settings INTERFACE
        -Wall -Wextra -Wpedantic -Wnon-virtual-dtor -Woverloaded-virtual
        -Wcast-qual -Wformat=2 -Wimplicit-fallthrough)
    # GCC's spelling; clang's -Wshadow family has no "local" level.
    if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
        target_compile_options(wharf_settings INTERFACE -Wshadow=local)
    endif()
    if(WHARF_WERROR)
        target_compile_options(wharf_settings INTERFACE -Werror)
    endif()
endif()

if(WHARF_SANITIZE STREQUAL "address")
    target_compile_options(wharf_settings INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer)
    target_link_options(wharf_settings INTERFACE -fsanitize=address,undefined)
elseif(WHARF_SANITIZE STREQUAL "thread")
    target_compile_options(wharf_settings INTERFACE -fsanitize=thread -fno-omit-frame-pointer)
    target_link_options(wharf_settings INTERFACE -fsanitize=thread)
elseif(NOT WHARF_SANITIZE STREQUAL "")
    message(FATAL_ERROR "WHARF_SANITIZE must be empty, 'address' or 'thread', not '${WHARF_SANITIZE}'")
endif()
