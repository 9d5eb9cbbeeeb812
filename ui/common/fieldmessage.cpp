#include "ui/common/fieldmessage.h"

FieldMessage::FieldMessage(QWidget *field, QWidget *parent)
    : QLabel(parent)
    , m_field(field)
{
    // Red like the Failed status; the text itself says what is wrong.
    setStyleSheet(QStringLiteral("color: #d03a3a;"));
    setWordWrap(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    hide();
}

void FieldMessage::showMessage(const QString &text)
{
    const bool wasShown = m_shown;
    m_shown = !text.isEmpty();
    setText(text);
    setVisible(m_shown);
    if (!m_field || (!wasShown && !m_shown))
        return;
    // The field's own description (set after this was made, perhaps) is
    // kept while a message stands in for it, and given back after.
    if (!wasShown)
        m_fieldDescription = m_field->accessibleDescription();
    // Qt announces the change (DescriptionChanged) to assistive technology.
    m_field->setAccessibleDescription(m_shown ? text : m_fieldDescription);
}
