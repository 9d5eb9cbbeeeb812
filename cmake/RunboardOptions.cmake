# One INTERFACE target carries the language level, the warnings and the strict
# Qt defines; every library, executable and test links it.
add_library(runboard_options INTERFACE)
target_compile_features(runboard_options INTERFACE cxx_std_20)
set_target_properties(runboard_options PROPERTIES INTERFACE_CXX_EXTENSIONS OFF)
target_compile_options(runboard_options INTERFACE -Wall -Wextra -Wpedantic)
target_compile_definitions(runboard_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    QT_NO_FOREACH
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    # Qt 6.4 spells it _BEFORE (_UP_TO came in 6.5): anything deprecated
    # in or before 6.4 does not compile.
    QT_DISABLE_DEPRECATED_BEFORE=0x060500)
target_compile_definitions(runboard_options INTERFACE RUNBOARD_APP_ID="${RUNBOARD_APP_ID}")
