#include "core/cron/croneditmodel.h"

#include "core/cron/cronexpression.h"

#include <QStringList>

namespace {

constexpr std::array<CronFieldKind, 5> kKinds = {CronFieldKind::Minute, CronFieldKind::Hour,
                                                 CronFieldKind::DayOfMonth, CronFieldKind::Month,
                                                 CronFieldKind::DayOfWeek};

} // namespace

CronEditModel::CronEditModel()
    : m_fields{CronFieldSpec::every(CronFieldKind::Minute),
               CronFieldSpec::every(CronFieldKind::Hour),
               CronFieldSpec::every(CronFieldKind::DayOfMonth),
               CronFieldSpec::every(CronFieldKind::Month),
               CronFieldSpec::every(CronFieldKind::DayOfWeek)}
{}

std::optional<CronEditModel> CronEditModel::fromExpression(const CronExpression &expression,
                                                           CronError *why)
{
    // The parsed text has single spaces between its five fields.
    const QStringList texts = expression.text().split(QLatin1Char(' '));
    CronEditModel model;
    for (std::size_t i = 0; i < kKinds.size(); ++i) {
        auto spec = CronFieldSpec::fromField(expression.field(kKinds[i]),
                                             texts.value(static_cast<qsizetype>(i)), why);
        if (!spec)
            return std::nullopt;
        model.setField(*spec);
    }
    return model;
}

std::optional<CronEditModel> CronEditModel::fromExpression(QStringView text, CronError *why)
{
    auto parsed = CronExpression::parse(text);
    if (const auto *error = std::get_if<CronError>(&parsed)) {
        if (why)
            *why = *error;
        return std::nullopt;
    }
    return fromExpression(std::get<CronExpression>(parsed), why);
}

QString CronEditModel::toExpression() const
{
    QStringList texts;
    for (const CronFieldSpec &spec : m_fields)
        texts.append(spec.toText());
    return texts.join(QLatin1Char(' '));
}

void CronEditModel::setField(const CronFieldSpec &spec)
{
    m_fields[static_cast<std::size_t>(spec.kind())] = spec;
}

std::optional<CronError> CronEditModel::problem() const
{
    for (const CronFieldSpec &spec : m_fields) {
        if (auto problem = spec.problem())
            return problem;
    }
    return std::nullopt;
}

bool CronEditModel::sameSchedule(const CronExpression &a, const CronExpression &b)
{
    for (const CronFieldKind kind : kKinds) {
        if (a.field(kind).values() != b.field(kind).values() ||
            a.field(kind).startsWithStar() != b.field(kind).startsWithStar())
            return false;
    }
    return true;
}
