target_sources(wharf_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/keychainsecretstore.h ${CMAKE_CURRENT_LIST_DIR}/keychainsecretstore.cpp
    ${CMAKE_CURRENT_LIST_DIR}/memorysecretstore.h ${CMAKE_CURRENT_LIST_DIR}/memorysecretstore.cpp
    ${CMAKE_CURRENT_LIST_DIR}/secretkeys.h
    ${CMAKE_CURRENT_LIST_DIR}/secretresult.h
    ${CMAKE_CURRENT_LIST_DIR}/secretstore.h
)
