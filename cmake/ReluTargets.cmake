# Settings shared by every target of our own (never applied to Qt or QCustomPlot).

if(ENABLE_SANITIZERS)
    set(RELU_SANITIZER_FLAGS -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    add_compile_options(${RELU_SANITIZER_FLAGS})
    add_link_options(${RELU_SANITIZER_FLAGS})
endif()

# relu_configure_target(<target>)
#   Warnings, -Werror in CI, and the Qt definitions that keep our code strict.
function(relu_configure_target target)
    target_compile_options(${target} PRIVATE -Wall -Wextra -pedantic)
    if(RELU_WERROR)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_FROM_ASCII
        QT_NO_CAST_TO_ASCII
        QT_NO_URL_CAST_FROM_STRING
        QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
        # QT_NO_FOREACH would be welcome, but qcustomplot.h uses foreach in its inline code.
        QT_USE_QSTRINGBUILDER)
endfunction()
