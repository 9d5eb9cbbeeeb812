#include "ui/common/keyboardnavigation.h"

#include <QAbstractItemView>
#include <QToolBar>
#include <QToolButton>

void KeyboardNavigation::letTabLeave(QAbstractItemView *view)
{
    view->setTabKeyNavigation(false);
    view->setFocusPolicy(Qt::StrongFocus);
}

void KeyboardNavigation::reachByTab(QToolBar *bar)
{
    const QList<QToolButton *> buttons = bar->findChildren<QToolButton *>();
    for (QToolButton *button : buttons) {
        // The extension arrow only shows what does not fit; its actions
        // are reachable through the menus and shortcuts.
        if (button->objectName() != QLatin1String("qt_toolbar_ext_button"))
            button->setFocusPolicy(Qt::TabFocus);
    }
}
