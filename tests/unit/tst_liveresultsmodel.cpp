// LiveResultsModel under QAbstractItemModelTester while live pages arrive:
// columns come from the data (nested objects as dotted names, a key first
// seen on a later page becomes a new last column), rows missing a key show
// an empty cell, ISO-8601 timestamps (contract 1.3) become times, and
// starting over drops every row and column.

#include "models/live/liveresultsmodel.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

#include <memory>

namespace {

QJsonValue parse(const char *json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray(json), &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("bad test JSON: %s", qPrintable(error.errorString()));
    return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
}

QDateTime utc(int hour, int minute, int second = 0, int ms = 0)
{
    return QDateTime(QDate(2026, 3, 1), QTime(hour, minute, second, ms), QTimeZone::utc());
}

// Page 1: two people; keys come out sorted and depth first.
const char *const kPage1 = R"([
  {"full_name": "Ada Lovelace",
   "company": {"name": "Analytical Engines", "size": 50},
   "connected_at": "2026-03-01T10:00:00Z"},
  {"full_name": "Grace Hopper",
   "company": {"name": "US Navy"},
   "connected_at": "2026-03-01T12:30:00+02:00"}
])";
const QStringList kPage1Columns{QStringLiteral("company.name"), QStringLiteral("company.size"),
                                QStringLiteral("connected_at"), QStringLiteral("full_name")};

// Page 2: keys never seen before, one of them two levels deep.
const char *const kPage2 = R"([
  {"full_name": "Linus Torvalds",
   "headline": "Kernel",
   "tags": ["git", "linux"],
   "company": {"name": "OSDL", "address": {"city": "Portland"}},
   "connected_at": "2026-03-01T09:15:00.250Z"}
])";
const QStringList kPage2NewColumns{QStringLiteral("company.address.city"),
                                   QStringLiteral("headline"), QStringLiteral("tags")};

} // namespace

class TestLiveResultsModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void firstPageMakesTheColumns();
    void laterPagesAddColumnsAtTheEnd();
    void isoTimesBecomeTimes();
    void otherStringsStayText();
    void singleObjectPageIsOneRow();
    void emptyPagesAddNothing();
    void clearStartsOver();

private:
    QStringList headers() const;
    QVariant cell(int row, const QString &column) const;

    std::unique_ptr<LiveResultsModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestLiveResultsModel::init()
{
    m_model = std::make_unique<LiveResultsModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestLiveResultsModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
}

QStringList TestLiveResultsModel::headers() const
{
    QStringList names;
    for (int column = 0; column < m_model->columnCount(); ++column)
        names.append(m_model->headerData(column, Qt::Horizontal).toString());
    return names;
}

QVariant TestLiveResultsModel::cell(int row, const QString &column) const
{
    const int index = static_cast<int>(headers().indexOf(column));
    if (index < 0) {
        qWarning("no column %s", qPrintable(column));
        return QVariant(QStringLiteral("<no such column>"));
    }
    return m_model->index(row, index).data(Qt::DisplayRole);
}

void TestLiveResultsModel::firstPageMakesTheColumns()
{
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_model->columnCount(), 0);
    m_model->appendPage(parse(kPage1));
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(headers(), kPage1Columns);
    QCOMPARE(cell(0, QStringLiteral("full_name")).toString(), QStringLiteral("Ada Lovelace"));
    QCOMPARE(cell(0, QStringLiteral("company.name")).toString(),
             QStringLiteral("Analytical Engines"));
    QCOMPARE(cell(0, QStringLiteral("company.size")).toString(), QStringLiteral("50"));
    QCOMPARE(cell(1, QStringLiteral("full_name")).toString(), QStringLiteral("Grace Hopper"));
    QCOMPARE(cell(1, QStringLiteral("company.name")).toString(), QStringLiteral("US Navy"));
    // Grace's company has no size.
    QVERIFY(cell(1, QStringLiteral("company.size")).toString().isEmpty());
}

void TestLiveResultsModel::laterPagesAddColumnsAtTheEnd()
{
    m_model->appendPage(parse(kPage1));
    QSignalSpy columns(m_model.get(), &QAbstractItemModel::columnsInserted);
    QSignalSpy rows(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);

    m_model->appendPage(parse(kPage2));
    QCOMPARE(m_model->rowCount(), 3);
    // Page 1's columns keep their places; the new ones follow in the order
    // they were first seen.
    QCOMPARE(headers(), kPage1Columns + kPage2NewColumns);
    // Appended, not rebuilt.
    QCOMPARE(reset.size(), 0);
    QVERIFY(!columns.isEmpty());
    for (const QList<QVariant> &inserted : std::as_const(columns))
        QVERIFY(inserted.at(1).toInt() >= kPage1Columns.size());
    QVERIFY(!rows.isEmpty());
    QCOMPARE(rows.first().at(1).toInt(), 2);

    QCOMPARE(cell(2, QStringLiteral("full_name")).toString(), QStringLiteral("Linus Torvalds"));
    QCOMPARE(cell(2, QStringLiteral("company.name")).toString(), QStringLiteral("OSDL"));
    QCOMPARE(cell(2, QStringLiteral("company.address.city")).toString(),
             QStringLiteral("Portland"));
    QCOMPARE(cell(2, QStringLiteral("headline")).toString(), QStringLiteral("Kernel"));
    // A list of scalars stays in one cell.
    QCOMPARE(cell(2, QStringLiteral("tags")).toString(), QStringLiteral("git; linux"));
    QVERIFY(cell(2, QStringLiteral("company.size")).toString().isEmpty());
    // Earlier rows are untouched and empty under the new columns.
    QCOMPARE(cell(0, QStringLiteral("full_name")).toString(), QStringLiteral("Ada Lovelace"));
    for (const QString &column : kPage2NewColumns) {
        QVERIFY2(cell(0, column).toString().isEmpty(), qPrintable(column));
        QVERIFY2(cell(1, column).toString().isEmpty(), qPrintable(column));
    }

    // A third page with a known key only: no new column.
    columns.clear();
    m_model->appendPage(parse(R"([{"full_name": "Margaret Hamilton"}])"));
    QCOMPARE(m_model->rowCount(), 4);
    QCOMPARE(columns.size(), 0);
    QCOMPARE(m_model->columnCount(), 7);
    QCOMPARE(cell(3, QStringLiteral("full_name")).toString(), QStringLiteral("Margaret Hamilton"));
}

void TestLiveResultsModel::isoTimesBecomeTimes()
{
    m_model->appendPage(parse(kPage1));
    m_model->appendPage(parse(kPage2));
    m_model->appendPage(parse(R"([{"connected_at": "2026-03-01T08:05:00"}])"));
    const struct
    {
        int row;
        QDateTime expected;
    } cases[] = {
        {0, utc(10, 0)},
        // 12:30 at +02:00.
        {1, utc(10, 30)},
        {2, utc(9, 15, 0, 250)},
        // No offset: UTC, like every timestamp of the API.
        {3, utc(8, 5)},
    };
    for (const auto &expected : cases) {
        const QVariant value = cell(expected.row, QStringLiteral("connected_at"));
        QVERIFY2(value.typeId() == QMetaType::QDateTime,
                 qPrintable(QStringLiteral("row %1: %2 (%3)")
                                .arg(expected.row)
                                .arg(value.toString(), QString::fromLatin1(value.typeName()))));
        const QDateTime time = value.toDateTime();
        QVERIFY(time.isValid());
        QCOMPARE(time.toUTC(), expected.expected);
    }
}

void TestLiveResultsModel::otherStringsStayText()
{
    m_model->appendPage(parse(R"([{
        "a_date": "2026-03-01",
        "not_a_time": "2026-13-45T99:99:99Z",
        "sentence": "met on 2026-03-01T10:00:00Z in Paris",
        "name": "Ada"
    }])"));
    QCOMPARE(m_model->rowCount(), 1);
    const QStringList expected{QStringLiteral("a_date"), QStringLiteral("name"),
                               QStringLiteral("not_a_time"), QStringLiteral("sentence")};
    QCOMPARE(headers(), expected);
    // A value that is not a valid date-time is shown as it came, not lost.
    const QVariant invalid = cell(0, QStringLiteral("not_a_time"));
    QCOMPARE(invalid.typeId(), QMetaType::QString);
    QCOMPARE(invalid.toString(), QStringLiteral("2026-13-45T99:99:99Z"));
    const QVariant sentence = cell(0, QStringLiteral("sentence"));
    QCOMPARE(sentence.typeId(), QMetaType::QString);
    QCOMPARE(sentence.toString(), QStringLiteral("met on 2026-03-01T10:00:00Z in Paris"));
    QCOMPARE(cell(0, QStringLiteral("name")).toString(), QStringLiteral("Ada"));
}

void TestLiveResultsModel::singleObjectPageIsOneRow()
{
    // Contract 2.2: single-record actions answer one object.
    m_model->appendPage(parse(R"({"full_name": "Ada", "contact": {"email": "ada@example.org"}})"));
    QCOMPARE(m_model->rowCount(), 1);
    const QStringList expected{QStringLiteral("contact.email"), QStringLiteral("full_name")};
    QCOMPARE(headers(), expected);
    QCOMPARE(cell(0, QStringLiteral("contact.email")).toString(),
             QStringLiteral("ada@example.org"));
}

void TestLiveResultsModel::emptyPagesAddNothing()
{
    m_model->appendPage(parse(kPage1));
    QSignalSpy rows(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy columns(m_model.get(), &QAbstractItemModel::columnsInserted);
    // A list action with nothing found, and a single-record one ({}).
    m_model->appendPage(QJsonValue(QJsonArray()));
    m_model->appendPage(QJsonValue(QJsonObject()));
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(headers(), kPage1Columns);
    QCOMPARE(rows.size(), 0);
    QCOMPARE(columns.size(), 0);
}

void TestLiveResultsModel::clearStartsOver()
{
    m_model->appendPage(parse(kPage1));
    m_model->appendPage(parse(kPage2));
    QCOMPARE(m_model->columnCount(), 7);
    m_model->clearResults();
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_model->columnCount(), 0);

    // The next query's columns are its own, from column 0.
    m_model->appendPage(parse(kPage2));
    QCOMPARE(m_model->rowCount(), 1);
    const QStringList expected{QStringLiteral("company.address.city"),
                               QStringLiteral("company.name"),
                               QStringLiteral("connected_at"),
                               QStringLiteral("full_name"),
                               QStringLiteral("headline"),
                               QStringLiteral("tags")};
    QCOMPARE(headers(), expected);
    QCOMPARE(cell(0, QStringLiteral("full_name")).toString(), QStringLiteral("Linus Torvalds"));
}

QTEST_MAIN(TestLiveResultsModel)
#include "tst_liveresultsmodel.moc"
