using ReverseMentoring.Matching.Analytics;
using ReverseMentoring.Matching.Model;

namespace ReverseMentoring.Matching.IO;

/// <summary>
/// Reads past pairs' ratings from CSV, the input of <see cref="WeightCalibration"/>.
/// </summary>
/// <remarks>
/// The header names the columns, in any order and any case: <c>mentee_id</c> (or <c>mentee</c>), <c>mentor_id</c>
/// (or <c>mentor</c>, so a history file with a rating column serves) and <c>rating</c>; other columns (a cohort, a
/// date) are ignored. Each further row is one rated pair: both ids non-empty, the rating a finite decimal written with
/// <c>.</c> on any scale, higher is better. Separators <c>,</c>, <c>;</c> or tab are detected from the header line.
/// </remarks>
public static class PairOutcomeCsv
{
    private static readonly (string Field, string[] Names)[] Columns =
    [
        ("mentee", ["mentee_id", "mentee"]),
        ("mentor", ["mentor_id", "mentor"]),
        ("rating", ["rating"]),
    ];

    /// <summary>Reads the rated pairs; the reader is left open.</summary>
    /// <param name="reader">The CSV text.</param>
    /// <param name="source">The file name or a label, used in error messages.</param>
    /// <param name="cohort">When given, every mentee id must be a mentee and every mentor id a mentor of it.</param>
    /// <returns>The rated pairs in file order.</returns>
    /// <exception cref="CsvFormatException">A column, an id or a rating is missing or wrong; the error names line and cell.</exception>
    public static IReadOnlyList<PairOutcome> Read(TextReader reader, string source, Cohort? cohort = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(source);
        var text = reader.ReadToEnd().TrimStart('\uFEFF');
        using var rows = new StringReader(text);
        int[]? at = null;
        var outcomes = new List<PairOutcome>();
        CsvInput.ForEachRow(rows, source, CsvInput.DetectSeparator(text), (line, row) =>
        {
            if (at is null)
            {
                at = Header(row, source, line);
                return;
            }

            var ids = new string[2];
            for (var k = 0; k < 2; k++)
            {
                ids[k] = (at[k] < row.ColCount ? CsvInput.OptionalText(row, at[k]) : null)
                    ?? throw new CsvFormatException(source, line, at[k] + 1, InputText.Format("PairIdEmpty", Columns[k].Field));
                if (cohort is not null && Unknown(cohort, ids[k], k == 0 ? ParticipantRole.Mentee : ParticipantRole.Mentor) is { } problem)
                {
                    throw new CsvFormatException(source, line, at[k] + 1, problem);
                }
            }

            var cell = at[2] < row.ColCount ? CsvInput.Cell(row, at[2]) : [];
            if (cell.IsEmpty)
            {
                throw new CsvFormatException(source, line, at[2] + 1, InputText.Format("RatingEmpty"));
            }

            if (!CsvInput.TryParseNumber(cell, out var rating))
            {
                throw new CsvFormatException(source, line, at[2] + 1, CsvInput.NotANumber(InputText.Format("TheRating"), cell));
            }

            if (!double.IsFinite(rating))
            {
                throw new CsvFormatException(source, line, at[2] + 1, InputText.Format("RatingNotFinite", cell.ToString()));
            }

            outcomes.Add(new PairOutcome(ids[0], ids[1], rating));
        });

        if (at is null)
        {
            throw new CsvFormatException(source, 1, 1, InputText.Format("OutcomesEmpty"));
        }

        return outcomes.AsReadOnly();
    }

    // The cell index of mentee, mentor and rating; the first header cell that names a field wins.
    private static int[] Header(nietras.SeparatedValues.SepReader.Row row, string source, int line)
    {
        var at = new int[Columns.Length];
        for (var f = 0; f < Columns.Length; f++)
        {
            at[f] = -1;
            for (var c = 0; c < row.ColCount && at[f] < 0; c++)
            {
                if (Columns[f].Names.Contains(CsvInput.Cell(row, c).ToString(), StringComparer.OrdinalIgnoreCase))
                {
                    at[f] = c;
                }
            }

            if (at[f] < 0)
            {
                throw new CsvFormatException(
                    source, line, 1, InputText.Format("OutcomesNoColumn", Columns[f].Names[0]));
            }
        }

        return at;
    }

    private static string? Unknown(Cohort cohort, string id, ParticipantRole role)
    {
        return !cohort.TryGet(id, out var person) ? InputText.Format("NotAmongParticipants", id)
            : person.Role != role ? InputText.Format(role == ParticipantRole.Mentee ? "NotAMenteeOfParticipants" : "NotAMentorOfParticipants", id)
            : null;
    }
}
