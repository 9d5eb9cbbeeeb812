# cmake -DROOT=<source dir> -P CheckLayers.cmake
#
# The layer rule as a test. Debian installs every Qt module under one include
# root, so <QtWidgets/QWidget> would compile in core, and our own single
# include root lets any file name any layer's header; the link line catches
# only what is linked. This check catches the rest: each layer includes only
# the layers below it and the Qt modules it links, widgets never see the API
# client or parse JSON, and the sandbox keeps its SQL in its store.

cmake_policy(SET CMP0007 NEW)
set(violations "")

# check_layer(<folder> ALLOW <our folders> QT <Qt modules> [FORBID <regex>...])
function(check_layer folder)
    cmake_parse_arguments(L "" "" "ALLOW;QT;FORBID" ${ARGN})
    file(GLOB_RECURSE sources RELATIVE "${ROOT}" "${ROOT}/${folder}/*.h" "${ROOT}/${folder}/*.cpp")
    set(found "")
    foreach(source IN LISTS sources)
        file(STRINGS "${ROOT}/${source}" lines)
        set(number 0)
        foreach(line IN LISTS lines)
            math(EXPR number "${number} + 1")
            if(line MATCHES "^[ \t]*#[ \t]*include[ \t]+\"([a-z]+)/")
                list(FIND L_ALLOW "${CMAKE_MATCH_1}" at)
                if(at EQUAL -1)
                    list(APPEND found "${source}:${number}: ${folder} may not include ${CMAKE_MATCH_1}/: ${line}")
                endif()
            endif()
            if(line MATCHES "^[ \t]*#[ \t]*include[ \t]+<(Qt[A-Za-z]+)/")
                string(REGEX REPLACE "^Qt" "" module "${CMAKE_MATCH_1}")
                list(FIND L_QT "${module}" at)
                if(at EQUAL -1)
                    list(APPEND found "${source}:${number}: ${folder} does not link Qt ${module}: ${line}")
                endif()
            endif()
            foreach(pattern IN LISTS L_FORBID)
                if(line MATCHES "${pattern}")
                    list(APPEND found "${source}:${number}: ${folder} may not have '${pattern}': ${line}")
                endif()
            endforeach()
        endforeach()
    endforeach()
    set(violations "${violations};${found}" PARENT_SCOPE)
endfunction()

check_layer(core ALLOW core QT Core)
check_layer(models ALLOW core models QT Core Network Sql)
check_layer(ui ALLOW core models ui QT Core Gui Widgets Charts Svg Network
    FORBID "models/client/edgesclient\\.h"
           "(Run|RunInput|Schedule|Callback|Identity|ErrorBody|ActionSpec)::fromJson\\(")
check_layer(sandbox ALLOW core sandbox QT Core Network HttpServer Sql)
check_layer(app ALLOW core models ui sandbox app QT Core Gui Widgets Network)

list(REMOVE_ITEM violations "")
if(violations)
    list(LENGTH violations count)
    string(REPLACE ";" "\n" text "${violations}")
    message(FATAL_ERROR "${count} layer violation(s):\n${text}")
endif()
message(STATUS "Layers hold")
