#include "ui/common/zonepicker.h"

#include "core/time/ianazone.h"
#include "ui/common/fieldmessage.h"

#include <QComboBox>
#include <QCompleter>
#include <QDateTime>
#include <QGridLayout>
#include <QLabel>

ZonePicker::ZonePicker(QWidget *parent)
    : QWidget(parent)
    , m_names(new QComboBox(this))
    , m_offset(new QLabel(this))
    , m_message(new FieldMessage(m_names, this))
{
    setObjectName(QStringLiteral("zonePicker"));
    m_names->setObjectName(QStringLiteral("zonePickerNames"));
    m_names->setAccessibleName(tr("Time zone"));
    // Read with the name, since a combo box is otherwise named by its value.
    m_names->setAccessibleDescription(tr("An IANA time zone; type any part of its name"));
    m_names->setEditable(true);
    m_names->setInsertPolicy(QComboBox::NoInsert);
    m_names->addItems(IanaZone::names());
    // 600 names: a part of the name is enough to find one.
    m_names->completer()->setFilterMode(Qt::MatchContains);
    m_names->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_names->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_offset->setObjectName(QStringLiteral("zonePickerOffset"));
    m_message->setObjectName(QStringLiteral("zonePickerMessage"));

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_names, 0, 0);
    layout->addWidget(m_offset, 0, 1);
    layout->addWidget(m_message, 1, 0, 1, 2);
    layout->setColumnStretch(0, 1);
    setFocusProxy(m_names);

    connect(m_names, &QComboBox::currentTextChanged, this, [this] {
        update();
        emit changed();
    });
    const QString system = QString::fromLatin1(QTimeZone::systemTimeZoneId());
    setZoneName(IanaZone::isKnown(system) ? system : QStringLiteral("UTC"));
}

QString ZonePicker::zoneName() const
{
    return m_names->currentText().trimmed();
}

void ZonePicker::setZoneName(const QString &name)
{
    m_names->setCurrentText(name);
    update();
}

bool ZonePicker::isValid() const
{
    return IanaZone::isKnown(zoneName());
}

QTimeZone ZonePicker::zone() const
{
    return isValid() ? QTimeZone(zoneName().toUtf8()) : QTimeZone::utc();
}

void ZonePicker::update()
{
    if (const auto error = IanaZone::check(zoneName())) {
        m_message->showMessage(error->message());
        m_offset->clear();
        return;
    }
    m_message->clearMessage();
    const int seconds = zone().offsetFromUtc(QDateTime::currentDateTimeUtc());
    const int minutes = std::abs(seconds) / 60;
    m_offset->setText(tr("now UTC%1%2:%3")
                          .arg(seconds < 0 ? QLatin1Char('-') : QLatin1Char('+'))
                          .arg(minutes / 60, 2, 10, QLatin1Char('0'))
                          .arg(minutes % 60, 2, 10, QLatin1Char('0')));
}
