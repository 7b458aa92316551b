target_sources(wharf_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/consignmenttracking.h ${CMAKE_CURRENT_LIST_DIR}/consignmenttracking.cpp
    ${CMAKE_CURRENT_LIST_DIR}/createoutcome.h
    ${CMAKE_CURRENT_LIST_DIR}/outboundorder.h ${CMAKE_CURRENT_LIST_DIR}/outboundorder.cpp
    ${CMAKE_CURRENT_LIST_DIR}/outboundorderchanges.h
    ${CMAKE_CURRENT_LIST_DIR}/searchcondition.h ${CMAKE_CURRENT_LIST_DIR}/searchcondition.cpp
    ${CMAKE_CURRENT_LIST_DIR}/stockonhand.h
    ${CMAKE_CURRENT_LIST_DIR}/stockreportrun.h ${CMAKE_CURRENT_LIST_DIR}/stockreportrun.cpp
    ${CMAKE_CURRENT_LIST_DIR}/warehousechoice.h
    ${CMAKE_CURRENT_LIST_DIR}/wmsclient.h ${CMAKE_CURRENT_LIST_DIR}/wmsclient.cpp
    ${CMAKE_CURRENT_LIST_DIR}/wmsconnection.h
    ${CMAKE_CURRENT_LIST_DIR}/wmscustomer.h
    ${CMAKE_CURRENT_LIST_DIR}/wmserrors.h ${CMAKE_CURRENT_LIST_DIR}/wmserrors.cpp
    ${CMAKE_CURRENT_LIST_DIR}/wmsproduct.h
    ${CMAKE_CURRENT_LIST_DIR}/wmstenant.h
)
