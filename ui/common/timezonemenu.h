#pragma once

#include <QMenu>

class QActionGroup;

// View > Time zone: the machine's zone, UTC, a few zones operators often
// work in, and any other IANA zone by name. Choosing one sets TimeDisplay
// for the whole window.
class TimeZoneMenu final : public QMenu
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimeZoneMenu)

public:
    explicit TimeZoneMenu(QWidget *parent = nullptr);

private:
    QAction *addZone(const QString &id, const QString &text);
    void chooseOther();
    void sync();

    QActionGroup *m_group;
    QAction *m_other;
};
