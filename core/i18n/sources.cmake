target_sources(wharf_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/translations.h ${CMAKE_CURRENT_LIST_DIR}/translations.cpp
)

# The translations, compiled (lrelease) and embedded under :/i18n, so that every program linking
# wharf_core (the window, the CLI, headless, the tests) finds them without an install step. The
# English one carries the numerus forms of the counted sentences; README "Translations" says how to
# fill them after `cmake --build build --target wharf_lupdate`.
qt_add_lrelease(wharf_core
    TS_FILES ${PROJECT_SOURCE_DIR}/resources/translations/wharf_en.ts
    QM_FILES_OUTPUT_VARIABLE wharf_qm_files
    NO_GLOBAL_TARGET)
qt_add_resources(wharf_core "wharf_translations"
    PREFIX "/i18n"
    BASE ${CMAKE_CURRENT_BINARY_DIR}
    FILES ${wharf_qm_files})
