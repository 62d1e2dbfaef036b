using System.Globalization;
using nietras.SeparatedValues;

namespace ReverseMentoring.Matching.IO;

/// <summary>
/// The CSV conventions shared by every file the library reads: comma-separated (participant files may also use
/// <c>;</c> or tab, detected from the header line), optional double quotes
/// (with <c>""</c> as an escaped quote), cells trimmed, a UTF-8 byte-order mark tolerated, trailing empty
/// lines ignored. Rows are handed out one at a time with their 1-based line number.
/// </summary>
internal static class CsvInput
{
    private const NumberStyles NumberStyle =
        NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent;

    public delegate void RowHandler(int line, SepReader.Row row);

    /// <summary>Reads every row that is not an empty line at the end of the input.</summary>
    /// <exception cref="CsvFormatException">A quote is never closed, or an empty line is followed by more rows.</exception>
    public static void ForEachRow(TextReader reader, string source, RowHandler handle) =>
        ForEachRow(reader, source, ',', handle);

    /// <summary>Reads every row that is not an empty line at the end of the input, cells separated by <paramref name="separator"/>.</summary>
    /// <exception cref="CsvFormatException">A quote is never closed, or an empty line is followed by more rows.</exception>
    public static void ForEachRow(TextReader reader, string source, char separator, RowHandler handle)
    {
        using var csv = Sep.New(separator)
            .Reader(o => o with
            {
                HasHeader = false,
                Unescape = true,
                Trim = SepTrim.All,
                DisableColCountCheck = true,
                CultureInfo = CultureInfo.InvariantCulture,
            })
            .From(reader, leaveOpen: true);
        int? blankLine = null;
        while (MoveNext(csv, source, blankLine))
        {
            var row = csv.Current;

            // Sep reports the first row's start line one too high; the first row always starts on line 1.
            var line = row.RowIndex == 0 ? 1 : row.LineNumberFrom;
            ThrowOnUnclosedQuote(row.Span, source, line, separator);
            if (row.ColCount == 1 && Cell(row, 0).IsEmpty)
            {
                blankLine ??= line;
                continue;
            }

            if (blankLine is { } blank)
            {
                throw new CsvFormatException(source, blank, 1, InputText.Format("CsvEmptyLine"));
            }

            handle(line, row);
        }
    }

    /// <summary>A cell's text, trimmed of white space, without a leading byte-order mark.</summary>
    public static ReadOnlySpan<char> Cell(SepReader.Row row, int index)
    {
        var span = row[index].Span;
        if (index == 0 && row.RowIndex == 0 && span.StartsWith('\uFEFF'))
        {
            span = span[1..];
        }

        return span.Trim();
    }

    /// <summary>A cell's text as a string, or null when the cell is empty.</summary>
    public static string? OptionalText(SepReader.Row row, int index)
    {
        var cell = Cell(row, index);
        return cell.IsEmpty ? null : cell.ToString();
    }

    /// <summary>Parses a number written in the invariant culture: optional sign, '.' as decimal point, optional exponent.</summary>
    /// <remarks>NaN and infinities parse; callers decide whether they are allowed.</remarks>
    public static bool TryParseNumber(ReadOnlySpan<char> text, out double value) =>
        double.TryParse(text, NumberStyle, CultureInfo.InvariantCulture, out value);

    /// <summary>Why a cell is not a number, as a sentence.</summary>
    public static string NotANumber(string what, ReadOnlySpan<char> text) =>
        text.Contains(',')
            ? InputText.Format("NotANumberDecimalComma", what, text.ToString())
            : InputText.Format("NotANumber", what, text.ToString());

    /// <summary>Explains a row whose number of cells is wrong, at the first missing or extra cell.</summary>
    public static CsvFormatException WrongCellCount(string source, int line, int found, int expected, string layout) =>
        new(
            source,
            line,
            found < expected ? found + 1 : expected + 1,
            InputText.Format(
                found == 1 ? "WrongCellCountOne" : "WrongCellCountOther",
                found.ToString(CultureInfo.InvariantCulture),
                expected.ToString(CultureInfo.InvariantCulture),
                layout));

    /// <summary>
    /// The separator of a delimited text: whichever of <c>,</c>, <c>;</c> and tab occurs most often outside quotes on
    /// its first line; <c>,</c> when none does or on a tie with <c>,</c>.
    /// </summary>
    /// <remarks>
    /// Not Sep's own detection: it also considers spaces, and HR headers such as <c>Employee ID</c> are full of them.
    /// European spreadsheets write <c>;</c> because <c>,</c> is their decimal point.
    /// </remarks>
    public static char DetectSeparator(ReadOnlySpan<char> text)
    {
        int commas = 0, semicolons = 0, tabs = 0;
        var inQuotes = false;
        foreach (var c in text)
        {
            if (c == '"')
            {
                inQuotes = !inQuotes;
            }
            else if (!inQuotes && c is '\n' or '\r')
            {
                break;
            }
            else if (!inQuotes)
            {
                commas += c == ',' ? 1 : 0;
                semicolons += c == ';' ? 1 : 0;
                tabs += c == '\t' ? 1 : 0;
            }
        }

        return semicolons > commas && semicolons >= tabs ? ';'
            : tabs > commas && tabs > semicolons ? '\t'
            : ',';
    }

    private static bool MoveNext(SepReader csv, string source, int? blankLine)
    {
        try
        {
            return csv.MoveNext();
        }
        catch (InvalidDataException e)
        {
            throw new CsvFormatException(source, blankLine ?? 1, 1, InputText.Format("CsvNotReadable", e.Message), e);
        }
    }

    /// <summary>
    /// Sep reads an unclosed quote up to the end of the input as one cell; catch that here, on the raw row,
    /// and name the cell where the quote opens.
    /// </summary>
    private static void ThrowOnUnclosedQuote(ReadOnlySpan<char> raw, string source, int line, char separator)
    {
        var inQuotes = false;
        var column = 1;
        var openedAt = 0;
        foreach (var c in raw)
        {
            if (c == '"')
            {
                inQuotes = !inQuotes;
                if (inQuotes)
                {
                    openedAt = column;
                }
            }
            else if (c == separator && !inQuotes)
            {
                column++;
            }
        }

        if (inQuotes)
        {
            throw new CsvFormatException(source, line, openedAt, InputText.Format("CsvQuoteNotClosed"));
        }
    }
}
