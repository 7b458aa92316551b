target_sources(wharf_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/accountregistry.h ${CMAKE_CURRENT_LIST_DIR}/accountregistry.cpp
    ${CMAKE_CURRENT_LIST_DIR}/accountrepository.h ${CMAKE_CURRENT_LIST_DIR}/accountrepository.cpp
    ${CMAKE_CURRENT_LIST_DIR}/cursorrepository.h ${CMAKE_CURRENT_LIST_DIR}/cursorrepository.cpp
    ${CMAKE_CURRENT_LIST_DIR}/commandrepository.h ${CMAKE_CURRENT_LIST_DIR}/commandrepository.cpp
    ${CMAKE_CURRENT_LIST_DIR}/customerrepository.h ${CMAKE_CURRENT_LIST_DIR}/customerrepository.cpp
    ${CMAKE_CURRENT_LIST_DIR}/database.h ${CMAKE_CURRENT_LIST_DIR}/database.cpp
    ${CMAKE_CURRENT_LIST_DIR}/eventrepository.h ${CMAKE_CURRENT_LIST_DIR}/eventrepository.cpp
    ${CMAKE_CURRENT_LIST_DIR}/integrationregistry.h ${CMAKE_CURRENT_LIST_DIR}/integrationregistry.cpp
    ${CMAKE_CURRENT_LIST_DIR}/integrationrepository.h ${CMAKE_CURRENT_LIST_DIR}/integrationrepository.cpp
    ${CMAKE_CURRENT_LIST_DIR}/leaserepository.h ${CMAKE_CURRENT_LIST_DIR}/leaserepository.cpp
    ${CMAKE_CURRENT_LIST_DIR}/orderlinkrepository.h ${CMAKE_CURRENT_LIST_DIR}/orderlinkrepository.cpp
    ${CMAKE_CURRENT_LIST_DIR}/repository.h ${CMAKE_CURRENT_LIST_DIR}/repository.cpp
    ${CMAKE_CURRENT_LIST_DIR}/schema.h ${CMAKE_CURRENT_LIST_DIR}/schema.cpp
    ${CMAKE_CURRENT_LIST_DIR}/sqldialect.h ${CMAKE_CURRENT_LIST_DIR}/sqldialect.cpp
    ${CMAKE_CURRENT_LIST_DIR}/sharedcreatebudget.h ${CMAKE_CURRENT_LIST_DIR}/sharedcreatebudget.cpp
)
