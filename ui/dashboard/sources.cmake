target_sources(wharf_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/activityfiltermodel.h ${CMAKE_CURRENT_LIST_DIR}/activityfiltermodel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/activitymodel.h ${CMAKE_CURRENT_LIST_DIR}/activitymodel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/attentionmodel.h ${CMAKE_CURRENT_LIST_DIR}/attentionmodel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/billingmodel.h ${CMAKE_CURRENT_LIST_DIR}/billingmodel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/billingpage.h ${CMAKE_CURRENT_LIST_DIR}/billingpage.cpp
    ${CMAKE_CURRENT_LIST_DIR}/customerdelegate.h ${CMAKE_CURRENT_LIST_DIR}/customerdelegate.cpp
    ${CMAKE_CURRENT_LIST_DIR}/customerlistmodel.h ${CMAKE_CURRENT_LIST_DIR}/customerlistmodel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/dashboardwidget.h ${CMAKE_CURRENT_LIST_DIR}/dashboardwidget.cpp
    ${CMAKE_CURRENT_LIST_DIR}/integrationboard.h ${CMAKE_CURRENT_LIST_DIR}/integrationboard.cpp
    ${CMAKE_CURRENT_LIST_DIR}/integrationdetail.h ${CMAKE_CURRENT_LIST_DIR}/integrationdetail.cpp
    ${CMAKE_CURRENT_LIST_DIR}/integrationpanel.h ${CMAKE_CURRENT_LIST_DIR}/integrationpanel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/integrationtablemodel.h ${CMAKE_CURRENT_LIST_DIR}/integrationtablemodel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/traycontroller.h ${CMAKE_CURRENT_LIST_DIR}/traycontroller.cpp
)
