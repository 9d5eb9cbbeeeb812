#pragma once

#include <QAbstractScrollArea>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QRadioButton>
#include <QStringList>
#include <QTest>
#include <QWidget>

// What a screen reader and a keyboard user need from a window, checked
// through Qt's own QAccessibleInterface and real Tab key presses.
namespace AccessibilityChecks {

// Can take focus by Tab now; a scroll area's viewport is presented as its
// view, and a widget with a focus proxy by that proxy.
inline bool tabReachable(QWidget *widget)
{
    if (!widget->isVisible() || !widget->isEnabled() || !(widget->focusPolicy() & Qt::TabFocus) ||
        widget->focusProxy())
        return false;
    auto *area = qobject_cast<QAbstractScrollArea *>(widget->parentWidget());
    return !(area && area->viewport() == widget);
}

inline QString describe(const QWidget *widget)
{
    QString what = QString::fromLatin1(widget->metaObject()->className()) + QLatin1Char(' ') +
                   widget->objectName();
    if (widget->objectName().isEmpty() && widget->parentWidget())
        what += QStringLiteral("(in ") + widget->parentWidget()->objectName() + QLatin1Char(')');
    return what;
}

// The reachable controls under `root` without a name (a combo box also
// needs a label tied to it or a description: Qt names it by its value).
inline QStringList unnamedControls(QWidget *root)
{
    QStringList unnamed;
    const QList<QWidget *> widgets = root->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (!tabReachable(widget))
            continue;
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(widget);
        const QString name = iface ? iface->text(QAccessible::Name).trimmed() : QString();
        const bool namedByValue = qobject_cast<QComboBox *>(widget) && iface &&
                                  iface->relations(QAccessible::Label).isEmpty() &&
                                  iface->text(QAccessible::Description).trimmed().isEmpty();
        if ((name.isEmpty() || namedByValue) && !unnamed.contains(describe(widget)))
            unnamed.append(describe(widget));
    }
    return unnamed;
}

// Presses Tab from the first reachable control under `root` until focus
// comes back; the controls never reached (empty when all were), or a
// note that focus never came back.
inline QStringList missedByTab(QWidget *root)
{
    QList<QWidget *> expected;
    const QList<QWidget *> widgets = root->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        // Tab enters a group of radio buttons at the checked one; the
        // arrows move inside it.
        const auto *radio = qobject_cast<QRadioButton *>(widget);
        if (radio && radio->autoExclusive() && !radio->isChecked())
            continue;
        if (tabReachable(widget))
            expected.append(widget);
    }
    if (expected.isEmpty())
        return {QStringLiteral("nothing reachable")};
    QWidget *start = expected.first();
    start->setFocus(Qt::TabFocusReason);
    if (!QTest::qWaitFor([start] { return QApplication::focusWidget() == start; }))
        return {QStringLiteral("could not focus ") + describe(start)};
    QList<QWidget *> visited{start};
    bool cameBack = false;
    for (qsizetype step = 0; step < 4 * expected.size() && !cameBack; ++step) {
        QWidget *now = QApplication::focusWidget();
        if (!now)
            return {QStringLiteral("focus was lost")};
        QTest::keyClick(now, Qt::Key_Tab);
        now = QApplication::focusWidget();
        cameBack = now == start;
        if (now && !visited.contains(now))
            visited.append(now);
    }
    QStringList missed;
    for (QWidget *widget : std::as_const(expected)) {
        if (!visited.contains(widget))
            missed.append(describe(widget));
    }
    if (!cameBack)
        missed.append(QStringLiteral("(Tab never came back to ") + describe(start) +
                      QLatin1Char(')'));
    return missed;
}

} // namespace AccessibilityChecks
