target_sources(wharf_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/credentialscheck.h ${CMAKE_CURRENT_LIST_DIR}/credentialscheck.cpp
    ${CMAKE_CURRENT_LIST_DIR}/credentialscheckresult.h
    ${CMAKE_CURRENT_LIST_DIR}/oauth1signer.h ${CMAKE_CURRENT_LIST_DIR}/oauth1signer.cpp
    ${CMAKE_CURRENT_LIST_DIR}/storediscovery.h
    ${CMAKE_CURRENT_LIST_DIR}/storeidentity.h ${CMAKE_CURRENT_LIST_DIR}/storeidentity.cpp
    ${CMAKE_CURRENT_LIST_DIR}/storeurl.h ${CMAKE_CURRENT_LIST_DIR}/storeurl.cpp
    ${CMAKE_CURRENT_LIST_DIR}/trackingitem.h ${CMAKE_CURRENT_LIST_DIR}/trackingitem.cpp
    ${CMAKE_CURRENT_LIST_DIR}/trackingplugin.h
    ${CMAKE_CURRENT_LIST_DIR}/trackingprovider.h
    ${CMAKE_CURRENT_LIST_DIR}/wooaddress.h ${CMAKE_CURRENT_LIST_DIR}/wooaddress.cpp
    ${CMAKE_CURRENT_LIST_DIR}/woobatchitemresult.h
    ${CMAKE_CURRENT_LIST_DIR}/woocatalogue.h
    ${CMAKE_CURRENT_LIST_DIR}/woocatalogueprogress.h
    ${CMAKE_CURRENT_LIST_DIR}/wooclient.h ${CMAKE_CURRENT_LIST_DIR}/wooclient.cpp
    ${CMAKE_CURRENT_LIST_DIR}/wooconnection.h
    ${CMAKE_CURRENT_LIST_DIR}/wooerrors.h ${CMAKE_CURRENT_LIST_DIR}/wooerrors.cpp
    ${CMAKE_CURRENT_LIST_DIR}/woolineitem.h ${CMAKE_CURRENT_LIST_DIR}/woolineitem.cpp
    ${CMAKE_CURRENT_LIST_DIR}/wooorder.h ${CMAKE_CURRENT_LIST_DIR}/wooorder.cpp
    ${CMAKE_CURRENT_LIST_DIR}/wooorderlisting.h
    ${CMAKE_CURRENT_LIST_DIR}/wooorderpage.h
    ${CMAKE_CURRENT_LIST_DIR}/wooproduct.h ${CMAKE_CURRENT_LIST_DIR}/wooproduct.cpp
    ${CMAKE_CURRENT_LIST_DIR}/wooproductpage.h
    ${CMAKE_CURRENT_LIST_DIR}/woorefund.h ${CMAKE_CURRENT_LIST_DIR}/woorefund.cpp
    ${CMAKE_CURRENT_LIST_DIR}/wooshippingline.h ${CMAKE_CURRENT_LIST_DIR}/wooshippingline.cpp
    ${CMAKE_CURRENT_LIST_DIR}/woostockupdate.h
    ${CMAKE_CURRENT_LIST_DIR}/woostockwriter.h ${CMAKE_CURRENT_LIST_DIR}/woostockwriter.cpp
)
