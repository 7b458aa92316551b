# ui/catalogue: the SKU pre-flight (issue 15), in the wizard and from the dashboard.
target_sources(wharf_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/skupreflightdialog.h ${CMAKE_CURRENT_LIST_DIR}/skupreflightdialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/skupreflightmodel.h ${CMAKE_CURRENT_LIST_DIR}/skupreflightmodel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/skupreflightview.h ${CMAKE_CURRENT_LIST_DIR}/skupreflightview.cpp
)
