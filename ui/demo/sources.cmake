target_sources(wharf_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/demopanel.h ${CMAKE_CURRENT_LIST_DIR}/demopanel.cpp
)
