#pragma once

#include "core/domain/actioncatalogue.h"
#include "core/launch/inputdraft.h"

#include <QByteArray>
#include <QList>
#include <QString>

// What the tests of launch inputs share: catalogue actions by slug, and
// LinkedIn profile inputs numbered so that their order can be checked.
namespace LaunchInputs {

inline const QString kProfileUrl = QStringLiteral("linkedin_profile_url");

inline const ActionSpec &action(const char *slug)
{
    const ActionSpec *spec = ActionCatalogue::find(QString::fromLatin1(slug));
    Q_ASSERT(spec);
    return *spec;
}

inline QString profileUrl(int n)
{
    return QStringLiteral("https://www.linkedin.com/in/person-%1").arg(n);
}

inline InputDraft profileInput(const QString &url)
{
    InputDraft draft;
    draft.fields.insert(kProfileUrl, url);
    return draft;
}

// `count` profile inputs, numbered from 1.
inline QList<InputDraft> profileInputs(int count)
{
    QList<InputDraft> inputs;
    inputs.reserve(count);
    for (int i = 1; i <= count; ++i)
        inputs.append(profileInput(profileUrl(i)));
    return inputs;
}

// The rows of thousandRowsCsv() that are bad, and how.
constexpr int kMissingRow = 250;
constexpr int kNotLinkedInRow = 500;
constexpr int kRaggedRow = 750;

// A spreadsheet's export of 1,000 people with a Segment column (which goes
// to custom_data), three of the rows bad: an empty URL, a URL that is not
// LinkedIn's and a row with a cell beyond the header.
inline QByteArray thousandRowsCsv()
{
    QByteArray csv = "LinkedIn Profile URL,Segment\r\n";
    for (int i = 1; i <= 1000; ++i) {
        const QByteArray segment = "seg-" + QByteArray::number(i);
        if (i == kMissingRow)
            csv += "," + segment + "\r\n";
        else if (i == kNotLinkedInRow)
            csv += "https://example.com/in/p" + QByteArray::number(i) + ',' + segment + "\r\n";
        else if (i == kRaggedRow)
            csv += profileUrl(i).toUtf8() + ',' + segment + ",extra\r\n";
        else
            csv += profileUrl(i).toUtf8() + ',' + segment + "\r\n";
    }
    return csv;
}

} // namespace LaunchInputs
