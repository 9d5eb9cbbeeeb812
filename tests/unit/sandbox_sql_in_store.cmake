# cmake -DSOURCE_DIR=<repo> -P sandbox_sql_in_store.cmake
# The sandbox's SQL lives in sandbox/store/ (its row classes and schema):
# fails, naming each line, when a statement's text starts anywhere else, so
# a schema change keeps touching store/ only.
file(GLOB_RECURSE sources RELATIVE "${SOURCE_DIR}"
    "${SOURCE_DIR}/sandbox/*.cpp" "${SOURCE_DIR}/sandbox/*.h")
set(pattern "\"(SELECT|INSERT|UPDATE|DELETE|CREATE|PRAGMA) ")
set(found "")
foreach(source IN LISTS sources)
    if(source MATCHES "^sandbox/store/")
        continue()
    endif()
    file(STRINGS "${SOURCE_DIR}/${source}" lines REGEX "${pattern}")
    foreach(line IN LISTS lines)
        string(STRIP "${line}" line)
        string(APPEND found "\n  ${source}: ${line}")
    endforeach()
endforeach()
list(LENGTH sources count)
if(count EQUAL 0)
    message(FATAL_ERROR "no sandbox sources under ${SOURCE_DIR}/sandbox")
endif()
if(found)
    message(FATAL_ERROR "SQL outside sandbox/store/; add a method to a row class instead:${found}")
endif()
message(STATUS "${count} sandbox files checked: SQL only in sandbox/store/")
