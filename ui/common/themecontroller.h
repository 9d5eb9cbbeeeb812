#pragma once

#include <QObject>
#include <QPalette>
#include <QString>

class QEvent;

// The application's light or dark look. System keeps the platform's own
// style and palette and only reports whether they are dark (Qt 6.4 has no
// QStyleHints::colorScheme, so "dark" means a Window colour with lightness
// below 128); Light and Dark switch to the Fusion style with a hand-tuned
// palette. The choice is not stored here: the caller persists themeId().
class ThemeController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ThemeController)

public:
    enum class Theme
    {
        System,
        Light,
        Dark,
    };
    Q_ENUM(Theme)

    // Needs a QApplication; remembers its style and tooltip palette as the
    // system's, so System can go back to them. Applies nothing until
    // setTheme() is called.
    explicit ThemeController(QObject *parent = nullptr);
    ~ThemeController() override;

    Theme theme() const { return m_theme; }
    void setTheme(Theme theme);
    // "system", "light" or "dark"; anything else reads as "system", so a
    // settings file from a newer build never leaves the window unreadable.
    QString themeId() const;
    void setThemeId(const QString &id);
    static QString themeId(Theme theme);
    static Theme themeFromId(const QString &id);

    // Whether what is on screen now is dark, whichever theme applied it.
    bool isDark() const { return m_dark; }
    static bool isDarkPalette(const QPalette &palette);

    static QPalette lightPalette();
    static QPalette darkPalette();

signals:
    // The look changed: another theme was chosen, or under System the
    // platform switched between light and dark.
    void themeChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void apply();
    void recheckSystem();

    Theme m_theme = Theme::System;
    bool m_dark = false;
    bool m_applied = false;
    bool m_applying = false;
    bool m_recheckQueued = false;
    QString m_systemStyle;
    QPalette m_systemToolTipPalette;
};
