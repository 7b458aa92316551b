target_sources(wharf_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/enginemetrics.h ${CMAKE_CURRENT_LIST_DIR}/enginemetrics.cpp
    ${CMAKE_CURRENT_LIST_DIR}/metricsexposition.h ${CMAKE_CURRENT_LIST_DIR}/metricsexposition.cpp
)
