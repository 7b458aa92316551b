target_sources(wharf_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/stockchange.h
    ${CMAKE_CURRENT_LIST_DIR}/stockplan.h
    ${CMAKE_CURRENT_LIST_DIR}/stockskip.h
    ${CMAKE_CURRENT_LIST_DIR}/stocksync.h ${CMAKE_CURRENT_LIST_DIR}/stocksync.cpp
    ${CMAKE_CURRENT_LIST_DIR}/stocksyncjob.h ${CMAKE_CURRENT_LIST_DIR}/stocksyncjob.cpp
    ${CMAKE_CURRENT_LIST_DIR}/stocksyncresult.h
)
