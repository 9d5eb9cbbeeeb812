#pragma once

#include <QString>
#include <QStringView>

#include <optional>

// What the contract says an action's input field holds (section 7), so a
// value can be checked before it is sent. Field names mean the same in
// every action: a linkedin_..._url field takes a LinkedIn URL, and
// linkedin_thread_url also takes a bare thread id.
namespace InputFieldRules {

enum class Kind
{
    // Free text: anything that is not only blanks.
    Text,
    LinkedInUrl,
    LinkedInUrlOrThreadId,
};

Kind kind(QStringView field);

// An http(s) URL on linkedin.com or one of its subdomains. Which LinkedIn
// page it is, the platform decides when the run works on it (a product
// page blocks the run, section 6.1).
bool isLinkedInUrl(QStringView text);

// A value made only of blanks, or none at all: the field is missing.
bool isBlank(QStringView value);

// Why `value` cannot be given for `field`, as words that follow the
// field's name ("required, but empty", "not a LinkedIn URL: 'acme.com'");
// nullopt when it can. Blanks around a value are allowed: they are sent as
// written and the check reads the text between them, as the sandbox does.
std::optional<QString> problem(QStringView field, QStringView value);

} // namespace InputFieldRules
