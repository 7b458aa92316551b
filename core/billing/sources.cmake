target_sources(wharf_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/weeklybilling.h ${CMAKE_CURRENT_LIST_DIR}/weeklybilling.cpp
)
