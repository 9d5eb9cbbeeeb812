#include "ui/common/fieldmessage.h"

FieldMessage::FieldMessage(QWidget *field, QWidget *parent)
    : QLabel(parent)
    , m_field(field)
    , m_fieldDescription(field ? field->accessibleDescription() : QString())
{
    // Red like the Failed status; the text itself says what is wrong.
    setStyleSheet(QStringLiteral("color: #d03a3a;"));
    setWordWrap(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    hide();
}

void FieldMessage::showMessage(const QString &text)
{
    setText(text);
    setVisible(!text.isEmpty());
    if (!m_field)
        return;
    // Qt announces the change (DescriptionChanged) to assistive technology.
    m_field->setAccessibleDescription(text.isEmpty() ? m_fieldDescription : text);
}
