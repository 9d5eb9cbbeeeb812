#pragma once

#include <QAction>
#include <QList>
#include <QObject>
#include <QString>
#include <QTest>

// Driving a window's actions in a GUI test as a user would: through a menu
// item or a shortcut, which only work on an action that exists, is shown
// and is enabled. Calling trigger() on whatever findChild() returns would
// pass on a disabled action (and crash on a missing one), so a test could
// do what no user can. The functions say what stands in the way; the
// macros below fail the test with that, at the test's own line.
namespace GuiTest {

// The one action named `name` under `root`; null, and `problem` set, when
// there is none, more than one, or it cannot be reached by a user.
inline QAction *reachableAction(const QObject *root, const char *name, QString &problem)
{
    const QString objectName = QString::fromUtf8(name);
    const QList<QAction *> found = root->findChildren<QAction *>(objectName);
    const QString where =
        QString::fromLatin1(root->metaObject()->className()) +
        (root->objectName().isEmpty() ? QString()
                                      : QStringLiteral(" \"%1\"").arg(root->objectName()));
    if (found.isEmpty()) {
        problem = QStringLiteral("no action \"%1\" under %2").arg(objectName, where);
        return nullptr;
    }
    if (found.size() > 1) {
        problem = QStringLiteral("%1 actions \"%2\" under %3: which one a test triggers is luck")
                      .arg(found.size())
                      .arg(objectName, where);
        return nullptr;
    }
    QAction *action = found.first();
    if (!action->isVisible()) {
        problem = QStringLiteral("action \"%1\" is hidden").arg(objectName);
        return nullptr;
    }
    if (!action->isEnabled()) {
        problem = QStringLiteral("action \"%1\" is disabled").arg(objectName);
        return nullptr;
    }
    return action;
}

// Triggers the action; empty when it was, else why not.
inline QString triggerAction(const QObject *root, const char *name)
{
    QString problem;
    if (QAction *action = reachableAction(root, name, problem))
        action->trigger();
    return problem;
}

// Checks or unchecks a checkable action by triggering it when it is not in
// that state already, so its triggered() signal fires as on a click; empty
// when it ends in that state, else why not (an exclusive group's checked
// member, for one, cannot be unchecked).
inline QString setActionChecked(const QObject *root, const char *name, bool checked)
{
    QString problem;
    QAction *action = reachableAction(root, name, problem);
    if (!action)
        return problem;
    if (!action->isCheckable())
        return QStringLiteral("action \"%1\" is not checkable").arg(QString::fromUtf8(name));
    if (action->isChecked() != checked)
        action->trigger();
    if (action->isChecked() != checked) {
        return QStringLiteral("action \"%1\" stayed %2")
            .arg(QString::fromUtf8(name),
                 action->isChecked() ? QStringLiteral("checked") : QStringLiteral("unchecked"));
    }
    return {};
}

// The child of `parent` with that object name; a missing one ends the
// test run at once (object names are the widgets' API, STYLE 14), so a
// test never goes on with a null pointer.
template <typename T>
T *namedChild(const QObject *parent, const char *name)
{
    T *found = parent->findChild<T *>(QString::fromLatin1(name));
    if (!found)
        qFatal("no %s named %s", T::staticMetaObject.className(), name);
    return found;
}

} // namespace GuiTest

// Fails the test unless the action named `name` (a string literal) under
// `root` exists once, is visible and enabled; then triggers it.
#define TRIGGER_ACTION(root, name)                                                                 \
    do {                                                                                           \
        const QString problem_ = GuiTest::triggerAction(root, name);                               \
        QVERIFY2(problem_.isEmpty(), qPrintable(problem_));                                        \
    } while (false)

// The same for a checkable action, left in the `checked` state.
#define SET_ACTION_CHECKED(root, name, checked)                                                    \
    do {                                                                                           \
        const QString problem_ = GuiTest::setActionChecked(root, name, checked);                   \
        QVERIFY2(problem_.isEmpty(), qPrintable(problem_));                                        \
    } while (false)
