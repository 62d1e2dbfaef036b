using ReverseMentoring.Matching.Scoring;
using static System.FormattableString;

namespace ReverseMentoring.Matching.IO;

/// <summary>
/// Reads a score matrix from CSV: the input of <c>rmatch assign</c>.
/// </summary>
/// <remarks>
/// <para>Layout (UTF-8, comma-separated):</para>
/// <code>
/// ,ana,bo,chen
/// exec-1,0.9,0.2,
/// exec-2,0.4,,0.7
/// </code>
/// <para>
/// The first row holds a first cell that is ignored (normally empty), then one mentor id per column. Each further
/// row holds a mentee id, then one score per mentor. An empty score cell means the pair is not allowed. Scores are
/// finite decimal numbers (magnitude at most 1e300, so totals stay finite) in the invariant culture (<c>.</c> as decimal point); they may be negative and may use an
/// exponent (<c>1.5e-3</c>). Ids must be unique per side and not empty. Cells are trimmed and may be quoted; a
/// UTF-8 byte-order mark and empty lines at the end are ignored.
/// </para>
/// </remarks>
public static class ScoreMatrixCsv
{

    /// <summary>Reads a score matrix; the reader is left open.</summary>
    /// <param name="reader">The CSV text.</param>
    /// <param name="source">The file name or a label, used in error messages.</param>
    /// <returns>The matrix, with rows and columns in the order of the file.</returns>
    /// <exception cref="CsvFormatException">The input does not fit the layout; the error names line and column.</exception>
    public static ScoreMatrix Read(TextReader reader, string source)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(source);
        List<string>? mentorIds = null;
        var mentorColumns = new Dictionary<string, int>(StringComparer.Ordinal);
        var menteeIds = new List<string>();
        var menteeLines = new Dictionary<string, int>(StringComparer.Ordinal);
        var rows = new List<double?[]>();

        CsvInput.ForEachRow(reader, source, (line, row) =>
        {
            if (mentorIds is null)
            {
                mentorIds = ReadHeader(row, source, line, mentorColumns);
                return;
            }

            var id = CsvInput.Cell(row, 0);
            if (id.IsEmpty)
            {
                throw new CsvFormatException(source, line, 1, InputText.Format("ScoreMenteeIdEmpty"));
            }

            var menteeId = id.ToString();
            if (!menteeLines.TryAdd(menteeId, line))
            {
                throw new CsvFormatException(
                    source, line, 1, InputText.Format("ScoreMenteeIdUsed", menteeId, Invariant($"{menteeLines[menteeId]}")));
            }

            if (row.ColCount != mentorIds.Count + 1)
            {
                throw CsvInput.WrongCellCount(source, line, row.ColCount, mentorIds.Count + 1, InputText.Format("ScoreLayout"));
            }

            var scores = new double?[mentorIds.Count];
            for (var j = 0; j < scores.Length; j++)
            {
                var cell = CsvInput.Cell(row, j + 1);
                if (cell.IsEmpty)
                {
                    continue;
                }

                var what = InputText.Format("TheScore", menteeId, mentorIds[j]);
                if (!CsvInput.TryParseNumber(cell, out var score))
                {
                    throw new CsvFormatException(source, line, j + 2, CsvInput.NotANumber(what, cell));
                }

                if (!double.IsFinite(score) || Math.Abs(score) > ScoreMatrix.MaxMagnitude)
                {
                    throw new CsvFormatException(
                        source, line, j + 2, InputText.Format("ScoreTooLarge", what, cell.ToString()));
                }

                scores[j] = score;
            }

            menteeIds.Add(menteeId);
            rows.Add(scores);
        });

        if (mentorIds is null)
        {
            throw new CsvFormatException(
                source, 1, 1, InputText.Format("ScoresEmpty"));
        }

        var matrix = new double?[menteeIds.Count, mentorIds.Count];
        for (var i = 0; i < rows.Count; i++)
        {
            for (var j = 0; j < mentorIds.Count; j++)
            {
                matrix[i, j] = rows[i][j];
            }
        }

        return new ScoreMatrix(menteeIds, mentorIds, matrix);
    }

    private static List<string> ReadHeader(
        nietras.SeparatedValues.SepReader.Row row, string source, int line, Dictionary<string, int> columns)
    {
        if (row.ColCount < 2)
        {
            throw new CsvFormatException(
                source, line, 2, InputText.Format("ScoresNoMentors"));
        }

        var ids = new List<string>(row.ColCount - 1);
        for (var c = 1; c < row.ColCount; c++)
        {
            var cell = CsvInput.Cell(row, c);
            if (cell.IsEmpty)
            {
                throw new CsvFormatException(source, line, c + 1, InputText.Format("ScoreMentorIdEmpty"));
            }

            var id = cell.ToString();
            if (!columns.TryAdd(id, c + 1))
            {
                throw new CsvFormatException(
                    source, line, c + 1, InputText.Format("ScoreMentorIdUsed", id, Invariant($"{columns[id]}")));
            }

            ids.Add(id);
        }

        return ids;
    }
}
