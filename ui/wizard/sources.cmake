# ui/wizard: the setup wizard and Reconfigure (issue 6).
target_sources(wharf_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/authenticationform.h ${CMAKE_CURRENT_LIST_DIR}/authenticationform.cpp
    ${CMAKE_CURRENT_LIST_DIR}/authenticationpage.h ${CMAKE_CURRENT_LIST_DIR}/authenticationpage.cpp
    ${CMAKE_CURRENT_LIST_DIR}/busyindicator.h ${CMAKE_CURRENT_LIST_DIR}/busyindicator.cpp
    ${CMAKE_CURRENT_LIST_DIR}/customerdirectory.h
    ${CMAKE_CURRENT_LIST_DIR}/fieldmessage.h ${CMAKE_CURRENT_LIST_DIR}/fieldmessage.cpp
    ${CMAKE_CURRENT_LIST_DIR}/finishpage.h ${CMAKE_CURRENT_LIST_DIR}/finishpage.cpp
    ${CMAKE_CURRENT_LIST_DIR}/fulfilmentform.h ${CMAKE_CURRENT_LIST_DIR}/fulfilmentform.cpp
    ${CMAKE_CURRENT_LIST_DIR}/fulfilmentpage.h ${CMAKE_CURRENT_LIST_DIR}/fulfilmentpage.cpp
    ${CMAKE_CURRENT_LIST_DIR}/integrationwizard.h ${CMAKE_CURRENT_LIST_DIR}/integrationwizard.cpp
    ${CMAKE_CURRENT_LIST_DIR}/localcustomerdirectory.h ${CMAKE_CURRENT_LIST_DIR}/localcustomerdirectory.cpp
    ${CMAKE_CURRENT_LIST_DIR}/nameform.h ${CMAKE_CURRENT_LIST_DIR}/nameform.cpp
    ${CMAKE_CURRENT_LIST_DIR}/namepage.h ${CMAKE_CURRENT_LIST_DIR}/namepage.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ordercreationform.h ${CMAKE_CURRENT_LIST_DIR}/ordercreationform.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ordercreationpage.h ${CMAKE_CURRENT_LIST_DIR}/ordercreationpage.cpp
    ${CMAKE_CURRENT_LIST_DIR}/stockpreviewdialog.h ${CMAKE_CURRENT_LIST_DIR}/stockpreviewdialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/storecheck.h ${CMAKE_CURRENT_LIST_DIR}/storecheck.cpp
    ${CMAKE_CURRENT_LIST_DIR}/wizardpage.h ${CMAKE_CURRENT_LIST_DIR}/wizardpage.cpp
    ${CMAKE_CURRENT_LIST_DIR}/wizardservices.h
    ${CMAKE_CURRENT_LIST_DIR}/wmscustomerdirectory.h ${CMAKE_CURRENT_LIST_DIR}/wmscustomerdirectory.cpp
)
