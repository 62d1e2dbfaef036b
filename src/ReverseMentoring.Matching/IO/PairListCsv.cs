using ReverseMentoring.Matching.Model;

namespace ReverseMentoring.Matching.IO;

/// <summary>
/// Reads a list of mentor–mentee pairs from CSV, for example the pairs of earlier cohorts for the history rule.
/// </summary>
/// <remarks>
/// The header must have a <c>mentor</c> and a <c>mentee</c> column (case-insensitive); other columns (a cohort name,
/// a year) are ignored. Each further row is one pair of ids, neither empty. Separators <c>,</c>, <c>;</c> or tab
/// are detected from the header line.
/// </remarks>
public static class PairListCsv
{
    /// <summary>Reads the pairs; the reader is left open.</summary>
    /// <param name="reader">The CSV text.</param>
    /// <param name="source">The file name or a label, used in error messages.</param>
    /// <returns>The pairs in file order.</returns>
    /// <exception cref="CsvFormatException">A column or an id is missing; the error names line and cell.</exception>
    public static IReadOnlyList<ParticipantPair> Read(TextReader reader, string source)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(source);
        var text = reader.ReadToEnd().TrimStart('\uFEFF');
        using var rows = new StringReader(text);
        int? mentor = null, mentee = null;
        var headerRead = false;
        var pairs = new List<ParticipantPair>();
        CsvInput.ForEachRow(rows, source, CsvInput.DetectSeparator(text), (line, row) =>
        {
            if (!headerRead)
            {
                headerRead = true;
                for (var c = 0; c < row.ColCount; c++)
                {
                    var name = CsvInput.Cell(row, c);
                    mentor ??= name.Equals("mentor", StringComparison.OrdinalIgnoreCase) ? c : null;
                    mentee ??= name.Equals("mentee", StringComparison.OrdinalIgnoreCase) ? c : null;
                }

                if (mentor is null || mentee is null)
                {
                    throw new CsvFormatException(source, line, 1, InputText.Format("PairListNoColumns"));
                }

                return;
            }

            var ids = new string?[2];
            foreach (var (k, column, role) in (ReadOnlySpan<(int, int, string)>)[(0, mentor!.Value, "mentor"), (1, mentee!.Value, "mentee")])
            {
                ids[k] = column < row.ColCount ? CsvInput.OptionalText(row, column) : null;
                if (ids[k] is null)
                {
                    throw new CsvFormatException(source, line, column + 1, InputText.Format("PairIdEmpty", role));
                }
            }

            pairs.Add(new ParticipantPair(ids[0]!, ids[1]!));
        });

        if (!headerRead)
        {
            throw new CsvFormatException(source, 1, 1, InputText.Format("PairListEmpty"));
        }

        return pairs.AsReadOnly();
    }
}
