target_sources(wharf_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/carriermatcher.h ${CMAKE_CURRENT_LIST_DIR}/carriermatcher.cpp
    ${CMAKE_CURRENT_LIST_DIR}/enginecontrol.h
    ${CMAKE_CURRENT_LIST_DIR}/integrationstatus.h
    ${CMAKE_CURRENT_LIST_DIR}/ordermapper.h ${CMAKE_CURRENT_LIST_DIR}/ordermapper.cpp
)
