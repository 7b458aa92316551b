target_sources(wharf_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/cancellationstage.h ${CMAKE_CURRENT_LIST_DIR}/cancellationstage.cpp
    ${CMAKE_CURRENT_LIST_DIR}/carriermatcher.h ${CMAKE_CURRENT_LIST_DIR}/carriermatcher.cpp
    ${CMAKE_CURRENT_LIST_DIR}/actionoutcome.h
    ${CMAKE_CURRENT_LIST_DIR}/commandkinds.h ${CMAKE_CURRENT_LIST_DIR}/commandkinds.cpp
    ${CMAKE_CURRENT_LIST_DIR}/enginecontrol.h
    ${CMAKE_CURRENT_LIST_DIR}/completionstage.h ${CMAKE_CURRENT_LIST_DIR}/completionstage.cpp
    ${CMAKE_CURRENT_LIST_DIR}/creationstage.h ${CMAKE_CURRENT_LIST_DIR}/creationstage.cpp
    ${CMAKE_CURRENT_LIST_DIR}/cyclereport.h
    ${CMAKE_CURRENT_LIST_DIR}/cycleslots.h ${CMAKE_CURRENT_LIST_DIR}/cycleslots.cpp
    ${CMAKE_CURRENT_LIST_DIR}/cyclereportjson.h ${CMAKE_CURRENT_LIST_DIR}/cyclereportjson.cpp
    ${CMAKE_CURRENT_LIST_DIR}/deletionwatchstage.h ${CMAKE_CURRENT_LIST_DIR}/deletionwatchstage.cpp
    ${CMAKE_CURRENT_LIST_DIR}/fairshare.h ${CMAKE_CURRENT_LIST_DIR}/fairshare.cpp
    ${CMAKE_CURRENT_LIST_DIR}/handoffsnapshot.h ${CMAKE_CURRENT_LIST_DIR}/handoffsnapshot.cpp
    ${CMAKE_CURRENT_LIST_DIR}/intakestage.h ${CMAKE_CURRENT_LIST_DIR}/intakestage.cpp
    ${CMAKE_CURRENT_LIST_DIR}/integrationsetup.h
    ${CMAKE_CURRENT_LIST_DIR}/integrationpipeline.h ${CMAKE_CURRENT_LIST_DIR}/integrationpipeline.cpp
    ${CMAKE_CURRENT_LIST_DIR}/integrationstatus.h
    ${CMAKE_CURRENT_LIST_DIR}/ordermapper.h ${CMAKE_CURRENT_LIST_DIR}/ordermapper.cpp
    ${CMAKE_CURRENT_LIST_DIR}/pipelinecontext.h ${CMAKE_CURRENT_LIST_DIR}/pipelinecontext.cpp
    ${CMAKE_CURRENT_LIST_DIR}/pipelinecursors.h
    ${CMAKE_CURRENT_LIST_DIR}/pipelineoptions.h
    ${CMAKE_CURRENT_LIST_DIR}/stageoutcome.h
    ${CMAKE_CURRENT_LIST_DIR}/statuswatchstage.h ${CMAKE_CURRENT_LIST_DIR}/statuswatchstage.cpp
    ${CMAKE_CURRENT_LIST_DIR}/syncengine.h ${CMAKE_CURRENT_LIST_DIR}/syncengine.cpp
    ${CMAKE_CURRENT_LIST_DIR}/syncenginehost.h ${CMAKE_CURRENT_LIST_DIR}/syncenginehost.cpp
    ${CMAKE_CURRENT_LIST_DIR}/trackingstage.h ${CMAKE_CURRENT_LIST_DIR}/trackingstage.cpp
)
