target_sources(wharf_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/skupreflight.h ${CMAKE_CURRENT_LIST_DIR}/skupreflight.cpp
    ${CMAKE_CURRENT_LIST_DIR}/skupreflightitem.h
    ${CMAKE_CURRENT_LIST_DIR}/skupreflightresult.h ${CMAKE_CURRENT_LIST_DIR}/skupreflightresult.cpp
)
