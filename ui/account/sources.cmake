target_sources(wharf_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/accountdialog.h ${CMAKE_CURRENT_LIST_DIR}/accountdialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/accountwidget.h ${CMAKE_CURRENT_LIST_DIR}/accountwidget.cpp
    ${CMAKE_CURRENT_LIST_DIR}/keychainprogress.h ${CMAKE_CURRENT_LIST_DIR}/keychainprogress.cpp
    ${CMAKE_CURRENT_LIST_DIR}/firstrunpage.h ${CMAKE_CURRENT_LIST_DIR}/firstrunpage.cpp
)
