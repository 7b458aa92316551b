target_sources(wharf_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/apierror.h ${CMAKE_CURRENT_LIST_DIR}/apierror.cpp
    ${CMAKE_CURRENT_LIST_DIR}/backoff.h ${CMAKE_CURRENT_LIST_DIR}/backoff.cpp
    ${CMAKE_CURRENT_LIST_DIR}/callawaiter.h
    ${CMAKE_CURRENT_LIST_DIR}/createbudget.h ${CMAKE_CURRENT_LIST_DIR}/createbudget.cpp
    ${CMAKE_CURRENT_LIST_DIR}/clock.h ${CMAKE_CURRENT_LIST_DIR}/clock.cpp
    ${CMAKE_CURRENT_LIST_DIR}/httpclient.h ${CMAKE_CURRENT_LIST_DIR}/httpclient.cpp
    ${CMAKE_CURRENT_LIST_DIR}/httprequest.h
    ${CMAKE_CURRENT_LIST_DIR}/httpresult.h ${CMAKE_CURRENT_LIST_DIR}/httpresult.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ratelimiter.h ${CMAKE_CURRENT_LIST_DIR}/ratelimiter.cpp
    ${CMAKE_CURRENT_LIST_DIR}/result.h
    ${CMAKE_CURRENT_LIST_DIR}/retrypolicy.h ${CMAKE_CURRENT_LIST_DIR}/retrypolicy.cpp
)
