target_sources(wharf_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/enginecontrol.h
    ${CMAKE_CURRENT_LIST_DIR}/integrationstatus.h
)
