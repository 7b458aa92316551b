target_sources(wharf_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/accountwidget.h ${CMAKE_CURRENT_LIST_DIR}/accountwidget.cpp
)
