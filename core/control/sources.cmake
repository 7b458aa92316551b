target_sources(wharf_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/ownerrequest.h ${CMAKE_CURRENT_LIST_DIR}/ownerrequest.cpp
)
