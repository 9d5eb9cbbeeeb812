#include "core/export/xlsxexportwriter.h"

#include <QFile>
#include <QFileInfo>

#include <charconv>
#include <string>
#include <string_view>
#include <xlsxwriter.h>

namespace {

// A decimal number as sign, significant digits (no leading or trailing
// zeros) and the power of ten of the first digit, so that "1.50", "1.5"
// and "15e-1" compare equal.
struct Decimal
{
    bool negative = false;
    std::string digits;
    long exponent = 0;

    bool operator==(const Decimal &) const = default;
};

bool toDecimal(std::string_view text, Decimal &out)
{
    out = Decimal{};
    std::size_t i = 0;
    if (i < text.size() && text[i] == '-') {
        out.negative = true;
        ++i;
    }
    long pointAt = -1;
    long count = 0;
    for (; i < text.size() && text[i] != 'e' && text[i] != 'E'; ++i) {
        const char c = text[i];
        if (c == '.') {
            pointAt = count;
            continue;
        }
        if (c < '0' || c > '9')
            return false;
        out.digits.push_back(c);
        ++count;
    }
    if (pointAt < 0)
        pointAt = count;
    long exponent = 0;
    if (i < text.size()) {
        const char *first = text.data() + i + 1;
        const char *last = text.data() + text.size();
        if (first < last && *first == '+')
            ++first;
        const auto [end, ec] = std::from_chars(first, last, exponent);
        // An exponent past a long is no double anyway.
        if (ec != std::errc() || end != last)
            return false;
    }
    std::size_t leading = 0;
    while (leading < out.digits.size() && out.digits[leading] == '0')
        ++leading;
    out.digits.erase(0, leading);
    while (!out.digits.empty() && out.digits.back() == '0')
        out.digits.pop_back();
    if (out.digits.empty()) {
        out.exponent = 0;
        return true;
    }
    out.exponent = pointAt - static_cast<long>(leading) + exponent;
    return true;
}

// The double a JSON number's text stands for, only when the double is that
// number exactly as written (1.5, 0.1, 2^53) rather than a neighbour of it
// (12345678901234567890, 2^53 + 1): otherwise the sheet would show a number
// the server never sent.
bool exactDouble(QByteArrayView text, double *value)
{
    const char *first = text.data();
    const char *last = first + text.size();
    const auto [end, ec] = std::from_chars(first, last, *value);
    if (ec != std::errc() || end != last)
        return false;
    char printed[64];
    const auto written = std::to_chars(printed, printed + sizeof printed, *value);
    if (written.ec != std::errc())
        return false;
    Decimal sent;
    Decimal back;
    return toDecimal(std::string_view(first, static_cast<std::size_t>(text.size())), sent) &&
           toDecimal(std::string_view(printed, written.ptr), back) && sent == back;
}

QString lxwMessage(lxw_error error)
{
    return QString::fromUtf8(lxw_strerror(error));
}

} // namespace

struct XlsxExportWriter::Workbook
{
    lxw_workbook *book = nullptr;
    lxw_worksheet *sheet = nullptr;
    lxw_format *bold = nullptr;
    QByteArray tmpdir;
    // A NUL-terminated copy of the cell for the C API.
    QByteArray text;

    ~Workbook()
    {
        // Not closed: an error or an abandoned export. Drop it unwritten.
        if (book)
            lxw_workbook_free(book);
    }
};

QString XlsxExportWriter::libraryVersion()
{
    return QStringLiteral(LXW_VERSION);
}

XlsxExportWriter::XlsxExportWriter() = default;
XlsxExportWriter::~XlsxExportWriter() = default;

bool XlsxExportWriter::open(const QString &path, const QStringList &header, QString *error)
{
    m_book.reset();
    m_rows = 0;
    m_rowInSheet = 0;
    m_sheets = 0;
    m_header = header;
    if (header.size() > LXW_COL_MAX) {
        *error = QStringLiteral("%1 columns: a sheet holds at most %2")
                     .arg(header.size())
                     .arg(LXW_COL_MAX);
        return false;
    }
    // libxlsxwriter opens the file only when it closes the workbook: find
    // out now, not after the whole export, that the path cannot be written.
    QFile probe(path);
    if (!probe.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("%1: %2").arg(path, probe.errorString());
        return false;
    }
    probe.close();

    auto book = std::make_unique<Workbook>();
    // Its temporary files go next to the output: the place that has to
    // have room for the result anyway, where /tmp may be small or in memory.
    book->tmpdir = QFile::encodeName(QFileInfo(path).absolutePath());
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;
    options.tmpdir = book->tmpdir.data();
    book->book = workbook_new_opt(QFile::encodeName(path).constData(), &options);
    if (!book->book) {
        *error = QStringLiteral("%1: libxlsxwriter could not create the workbook").arg(path);
        return false;
    }
    book->bold = workbook_add_format(book->book);
    format_set_bold(book->bold);
    m_book = std::move(book);
    return startSheet(error);
}

bool XlsxExportWriter::startSheet(QString *error)
{
    ++m_sheets;
    const QString name =
        m_sheets == 1 ? QStringLiteral("Outputs") : QStringLiteral("Outputs %1").arg(m_sheets);
    m_book->sheet = workbook_add_worksheet(m_book->book, name.toUtf8().constData());
    if (!m_book->sheet) {
        *error = QStringLiteral("could not add the sheet \"%1\"").arg(name);
        return false;
    }
    for (qsizetype c = 0; c < m_header.size(); ++c) {
        const QByteArray text = m_header.at(c).toUtf8();
        const lxw_error result = worksheet_write_string(m_book->sheet, 0, static_cast<lxw_col_t>(c),
                                                        text.constData(), m_book->bold);
        if (result != LXW_NO_ERROR) {
            *error = QStringLiteral("sheet \"%1\", header of column %2: %3")
                         .arg(name)
                         .arg(c + 1)
                         .arg(lxwMessage(result));
            return false;
        }
    }
    worksheet_freeze_panes(m_book->sheet, 1, 0);
    m_rowInSheet = 0;
    return true;
}

bool XlsxExportWriter::addRow(const QList<QByteArrayView> &cells, const QList<CellKind> &kinds,
                              QString *error)
{
    if (!m_book) {
        *error = QStringLiteral("the workbook is not open");
        return false;
    }
    if (cells.size() > LXW_COL_MAX) {
        *error = QStringLiteral("row %1: %2 cells, a sheet holds at most %3 columns")
                     .arg(m_rows + 1)
                     .arg(cells.size())
                     .arg(LXW_COL_MAX);
        return false;
    }
    if (m_rowInSheet >= m_rowsPerSheet && !startSheet(error))
        return false;
    const auto row = static_cast<lxw_row_t>(m_rowInSheet + 1);
    for (qsizetype c = 0; c < cells.size(); ++c) {
        const QByteArrayView cell = cells.at(c);
        if (cell.isEmpty())
            continue;
        const CellKind kind = c < kinds.size() ? kinds.at(c) : CellKind::String;
        const auto column = static_cast<lxw_col_t>(c);
        lxw_error result = LXW_NO_ERROR;
        double number = 0;
        if (kind == CellKind::Number && exactDouble(cell, &number)) {
            result = worksheet_write_number(m_book->sheet, row, column, number, nullptr);
        } else if (kind == CellKind::Bool && (cell == "true" || cell == "false")) {
            result = worksheet_write_boolean(m_book->sheet, row, column, cell == "true", nullptr);
        } else {
            // The C API stops at a NUL: refuse rather than cut the text.
            if (cell.contains('\0')) {
                *error = QStringLiteral("row %1, column %2: the text holds a NUL character, "
                                        "which XLSX cannot store; export to CSV or JSON Lines")
                             .arg(m_rows + 1)
                             .arg(columnName(c));
                return false;
            }
            m_book->text.resize(0);
            m_book->text.append(cell);
            result = worksheet_write_string(m_book->sheet, row, column, m_book->text.constData(),
                                            nullptr);
        }
        if (result == LXW_ERROR_MAX_STRING_LENGTH_EXCEEDED) {
            *error = QStringLiteral("row %1, column %2: a text of more than 32,767 characters, "
                                    "more than a spreadsheet cell holds; export to CSV or "
                                    "JSON Lines to keep it whole")
                         .arg(m_rows + 1)
                         .arg(columnName(c));
            return false;
        }
        if (result != LXW_NO_ERROR) {
            *error = QStringLiteral("row %1, column %2: %3")
                         .arg(m_rows + 1)
                         .arg(columnName(c), lxwMessage(result));
            return false;
        }
    }
    ++m_rows;
    ++m_rowInSheet;
    return true;
}

QString XlsxExportWriter::columnName(qsizetype column) const
{
    if (column < m_header.size())
        return QLatin1Char('"') + m_header.at(column) + QLatin1Char('"');
    return QString::number(column + 1);
}

bool XlsxExportWriter::close(QString *error)
{
    if (!m_book) {
        *error = QStringLiteral("the workbook is not open");
        return false;
    }
    lxw_workbook *book = m_book->book;
    // workbook_close frees the workbook whatever happens.
    m_book->book = nullptr;
    m_book.reset();
    const lxw_error result = workbook_close(book);
    if (result != LXW_NO_ERROR) {
        *error = lxwMessage(result);
        return false;
    }
    return true;
}
