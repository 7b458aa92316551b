target_sources(wharf_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/emptystate.h ${CMAKE_CURRENT_LIST_DIR}/emptystate.cpp
    ${CMAKE_CURRENT_LIST_DIR}/healthappearance.h ${CMAKE_CURRENT_LIST_DIR}/healthappearance.cpp
    ${CMAKE_CURRENT_LIST_DIR}/healthlegend.h ${CMAKE_CURRENT_LIST_DIR}/healthlegend.cpp
    ${CMAKE_CURRENT_LIST_DIR}/messagebox.h ${CMAKE_CURRENT_LIST_DIR}/messagebox.cpp
    ${CMAKE_CURRENT_LIST_DIR}/statusdot.h ${CMAKE_CURRENT_LIST_DIR}/statusdot.cpp
    ${CMAKE_CURRENT_LIST_DIR}/wrappingdelegate.h ${CMAKE_CURRENT_LIST_DIR}/wrappingdelegate.cpp
)
