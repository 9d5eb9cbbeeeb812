#pragma once

#include "core/json/textposition.h"
#include "core/launch/inputdraft.h"

#include <QByteArray>
#include <QJsonArray>
#include <QList>
#include <QString>

#include <variant>

// The inputs of a launch as JSON text (contract 2.3, `inputs`), for the
// input editor's JSON tab and for --json files. Written and read with the
// user's key order, so switching between the table and the text loses
// nothing; a read error says where: line, column and input.
class InputsJson final
{
public:
    struct Error
    {
        TextPosition position;
        // The input the error lies in, from 0; -1 when outside any.
        qsizetype input = -1;
        QString reason;

        // "line 3, column 7, inputs[1]: a ',' is missing between two values"
        QString message() const;
    };

    using Result = std::variant<QList<InputDraft>, Error>;

    // An indented array; each input's keys in order, custom_data last with
    // its pairs in order.
    static QString write(const QList<InputDraft> &inputs);
    // An array of input objects, or one input object alone (the live form
    // of a single input). Blank text holds no inputs. A key given twice in
    // one object is an error, since one of its values would be lost.
    static Result read(const QString &text);
    static Result read(QByteArrayView utf8);

    // The array as the request body carries it.
    static QJsonArray toJsonArray(const QList<InputDraft> &inputs);
};
