#include "ui/common/timezonemenu.h"

#include "ui/common/timedisplay.h"

#include <QActionGroup>
#include <QInputDialog>
#include <QTimeZone>

namespace {

const char *const kCommonZones[] = {"Europe/London",   "Europe/Paris",        "America/New_York",
                                    "America/Chicago", "America/Los_Angeles", "Asia/Singapore",
                                    "Asia/Tokyo",      "Australia/Sydney"};

} // namespace

TimeZoneMenu::TimeZoneMenu(QWidget *parent)
    : QMenu(tr("Time &zone"), parent)
    , m_group(new QActionGroup(this))
{
    setObjectName(QStringLiteral("timeZoneMenu"));
    addZone(QStringLiteral("local"),
            tr("This computer's zone (%1)").arg(QString::fromUtf8(QTimeZone::systemTimeZoneId())));
    addZone(QStringLiteral("UTC"), tr("UTC"));
    addSeparator();
    for (const char *zone : kCommonZones)
        addZone(QString::fromLatin1(zone), QString::fromLatin1(zone));
    addSeparator();
    m_other = addAction(tr("Other zone…"));
    m_other->setObjectName(QStringLiteral("actionOtherTimeZone"));
    m_other->setCheckable(true);
    m_group->addAction(m_other);
    connect(m_other, &QAction::triggered, this, &TimeZoneMenu::chooseOther);
    connect(TimeDisplay::instance(), &TimeDisplay::zoneChanged, this, &TimeZoneMenu::sync);
    sync();
}

QAction *TimeZoneMenu::addZone(const QString &id, const QString &text)
{
    QAction *action = addAction(text);
    action->setObjectName(QStringLiteral("actionTimeZone_") + id);
    action->setCheckable(true);
    action->setData(id);
    m_group->addAction(action);
    connect(action, &QAction::triggered, this, [id] { TimeDisplay::instance()->setZoneId(id); });
    return action;
}

void TimeZoneMenu::chooseOther()
{
    QStringList zones;
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        zones.append(QString::fromUtf8(id));
    auto *dialog = new QInputDialog(parentWidget());
    dialog->setObjectName(QStringLiteral("timeZoneDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Time zone"));
    dialog->setLabelText(tr("Show every time in:"));
    dialog->setComboBoxItems(zones);
    dialog->setComboBoxEditable(true);
    dialog->setTextValue(TimeDisplay::instance()->zoneId());
    connect(dialog, &QInputDialog::textValueSelected, this, [zones](const QString &zone) {
        if (zones.contains(zone))
            TimeDisplay::instance()->setZoneId(zone);
    });
    // Whatever was chosen (or not), the checked entry follows the zone.
    connect(dialog, &QDialog::finished, this, &TimeZoneMenu::sync);
    dialog->open();
}

void TimeZoneMenu::sync()
{
    const QString id = TimeDisplay::instance()->zoneId();
    for (QAction *action : m_group->actions()) {
        if (action != m_other && action->data().toString() == id) {
            action->setChecked(true);
            m_other->setText(tr("Other zone…"));
            return;
        }
    }
    m_other->setChecked(true);
    m_other->setText(tr("Other zone… (%1)").arg(id));
}
