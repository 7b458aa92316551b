target_sources(wharf_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/carriermatcher.h ${CMAKE_CURRENT_LIST_DIR}/carriermatcher.cpp
    ${CMAKE_CURRENT_LIST_DIR}/actionoutcome.h
    ${CMAKE_CURRENT_LIST_DIR}/commandkinds.h ${CMAKE_CURRENT_LIST_DIR}/commandkinds.cpp
    ${CMAKE_CURRENT_LIST_DIR}/enginecontrol.h
    ${CMAKE_CURRENT_LIST_DIR}/cyclereport.h
    ${CMAKE_CURRENT_LIST_DIR}/cyclereportjson.h ${CMAKE_CURRENT_LIST_DIR}/cyclereportjson.cpp
    ${CMAKE_CURRENT_LIST_DIR}/fairshare.h ${CMAKE_CURRENT_LIST_DIR}/fairshare.cpp
    ${CMAKE_CURRENT_LIST_DIR}/integrationsetup.h
    ${CMAKE_CURRENT_LIST_DIR}/integrationpipeline.h ${CMAKE_CURRENT_LIST_DIR}/integrationpipeline.cpp
    ${CMAKE_CURRENT_LIST_DIR}/integrationstatus.h
    ${CMAKE_CURRENT_LIST_DIR}/ordermapper.h ${CMAKE_CURRENT_LIST_DIR}/ordermapper.cpp
    ${CMAKE_CURRENT_LIST_DIR}/syncengine.h ${CMAKE_CURRENT_LIST_DIR}/syncengine.cpp
    ${CMAKE_CURRENT_LIST_DIR}/syncenginehost.h ${CMAKE_CURRENT_LIST_DIR}/syncenginehost.cpp
)
