target_sources(wharf_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/databasesecretstore.h ${CMAKE_CURRENT_LIST_DIR}/databasesecretstore.cpp
    ${CMAKE_CURRENT_LIST_DIR}/keychainsecretstore.h ${CMAKE_CURRENT_LIST_DIR}/keychainsecretstore.cpp
    ${CMAKE_CURRENT_LIST_DIR}/memorysecretstore.h ${CMAKE_CURRENT_LIST_DIR}/memorysecretstore.cpp
    ${CMAKE_CURRENT_LIST_DIR}/secretkey.h ${CMAKE_CURRENT_LIST_DIR}/secretkey.cpp
    ${CMAKE_CURRENT_LIST_DIR}/secretkeys.h
    ${CMAKE_CURRENT_LIST_DIR}/secretresult.h
    ${CMAKE_CURRENT_LIST_DIR}/secretsentences.h ${CMAKE_CURRENT_LIST_DIR}/secretsentences.cpp
    ${CMAKE_CURRENT_LIST_DIR}/secretstore.h
)

# Server mode's secrets are sealed by libsodium (XChaCha20-Poly1305), a well-kept library: no
# cryptography of our own.
find_package(PkgConfig REQUIRED)
pkg_check_modules(SODIUM REQUIRED IMPORTED_TARGET GLOBAL libsodium)
target_link_libraries(wharf_core PRIVATE PkgConfig::SODIUM)
