#pragma once

class QAbstractItemView;
class QToolBar;

// Keeps every control on the Tab chain and Tab out of nobody's trap: item
// views move between cells with the arrows and hand Tab on to the next
// control, and tool bar buttons, which Qt leaves out of the chain, are in
// it.
class KeyboardNavigation final
{
public:
    KeyboardNavigation() = delete;

    static void letTabLeave(QAbstractItemView *view);
    // Call once the bar has its actions: buttons are made as they are added.
    static void reachByTab(QToolBar *bar);
};
