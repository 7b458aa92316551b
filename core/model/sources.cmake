target_sources(wharf_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/customer.h
    ${CMAKE_CURRENT_LIST_DIR}/enginecommand.h ${CMAKE_CURRENT_LIST_DIR}/enginecommand.cpp
    ${CMAKE_CURRENT_LIST_DIR}/health.h ${CMAKE_CURRENT_LIST_DIR}/health.cpp
    ${CMAKE_CURRENT_LIST_DIR}/integration.h ${CMAKE_CURRENT_LIST_DIR}/integration.cpp
    ${CMAKE_CURRENT_LIST_DIR}/lease.h ${CMAKE_CURRENT_LIST_DIR}/lease.cpp
    ${CMAKE_CURRENT_LIST_DIR}/orderlink.h ${CMAKE_CURRENT_LIST_DIR}/orderlink.cpp
    ${CMAKE_CURRENT_LIST_DIR}/syncevent.h ${CMAKE_CURRENT_LIST_DIR}/syncevent.cpp
    ${CMAKE_CURRENT_LIST_DIR}/trackingentry.h
    ${CMAKE_CURRENT_LIST_DIR}/wmsaccount.h ${CMAKE_CURRENT_LIST_DIR}/wmsaccount.cpp
)
