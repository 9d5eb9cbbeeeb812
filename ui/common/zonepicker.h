#pragma once

#include <QTimeZone>
#include <QWidget>

class FieldMessage;
class QComboBox;
class QLabel;

// An IANA time zone, typed or picked: the zone database's names
// (IanaZone) in an editable list that completes on any part of the name
// ("paris" finds Europe/Paris), the zone's UTC offset now beside it, and
// under it why a typed name is not a zone, with the name it probably means.
class ZonePicker final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ZonePicker)

public:
    explicit ZonePicker(QWidget *parent = nullptr);

    // The name as typed, trimmed.
    QString zoneName() const;
    void setZoneName(const QString &name);
    bool isValid() const;
    // The zone, or UTC while the name is not a known one.
    QTimeZone zone() const;
    // Where the zone's problems (and the server's refusals) are shown.
    FieldMessage *message() const { return m_message; }
    QComboBox *comboBox() const { return m_names; }

signals:
    void changed();

private:
    void update();

    QComboBox *m_names;
    QLabel *m_offset;
    FieldMessage *m_message;
};
