using System.Globalization;
using nietras.SeparatedValues;
using ReverseMentoring.Matching.Explaining;
using ReverseMentoring.Matching.Model;
using ReverseMentoring.Matching.Reporting;
using Xunit;

namespace ReverseMentoring.Matching.Tests.Reporting;

public sealed class PairingCsvTests
{
    [Fact]
    public void Header_then_one_row_per_pair_with_components_that_sum_to_the_score()
    {
        var (_, pairing) = ReportCohort.Matched();

        var rows = ReadBack(Write(pairing));

        Assert.Equal(["mentee", "mentor", "score", "SkillGap", "Reciprocal", "NetworkReach"], rows[0]);
        Assert.Equal(3, rows.Count);
        Assert.Equal(["m1", "ana"], rows[1][..2]);
        Assert.Equal(["m2", "bo"], rows[2][..2]);
        foreach (var row in rows.Skip(1))
        {
            var numbers = row[2..].Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray();
            Assert.Equal(numbers[0], numbers[1..].Sum(), 1e-12);
        }

        Assert.Equal(0.675, double.Parse(rows[1][2], CultureInfo.InvariantCulture), 1e-12);
        Assert.Equal(pairing.Pairs[1].Score, double.Parse(rows[2][2], CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Ids_with_commas_quotes_and_line_breaks_are_quoted_and_read_back_whole()
    {
        string[] hostile = ["exec, \"the boss\"", "ana\nlima", "x=1+1"];
        Participant[] people =
        [
            new(hostile[0], ParticipantRole.Mentee, seniority: 5, goals: new Dictionary<string, double> { [SkillAreas.Technology] = 1 }),
            new(hostile[1], ParticipantRole.Mentor, seniority: 1, skills: new Dictionary<string, double> { [SkillAreas.Technology] = 5 }),
            new(hostile[2], ParticipantRole.Mentee, seniority: 5),
            new("plain", ParticipantRole.Mentor, seniority: 1),
        ];
        var pairing = new MatchingEngine().Match(people);

        var text = Write(pairing);
        var rows = ReadBack(text);

        Assert.Contains("\"exec, \"\"the boss\"\"\"", text, StringComparison.Ordinal);
        Assert.Contains("\"ana\nlima\"", text, StringComparison.Ordinal);
        Assert.Equal(
            pairing.Pairs.Select(p => (p.MenteeId, p.MentorId)).Order(),
            rows.Skip(1).Select(r => (r[0], r[1])).Order());
        Assert.Contains((hostile[0], hostile[1]), rows.Skip(1).Select(r => (r[0], r[1])));
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://x\",\"y\")")]
    [InlineData("+1+1")]
    [InlineData("-2+3")]
    [InlineData("@SUM(A1)")]
    public void Text_a_spreadsheet_would_run_as_a_formula_is_written_with_a_leading_quote(string id)
    {
        Participant[] people =
        [
            new(id, ParticipantRole.Mentee, seniority: 5, goals: new Dictionary<string, double> { [SkillAreas.Technology] = 1 }),
            new("ana", ParticipantRole.Mentor, seniority: 1, skills: new Dictionary<string, double> { [SkillAreas.Technology] = 5 }),
        ];
        var pairing = new MatchingEngine().Match(people);

        var rows = ReadBack(Write(pairing));

        Assert.Equal("'" + id, rows[1][0]);
        Assert.Equal("ana", rows[1][1]);
        Assert.StartsWith("0.", rows[1][2], StringComparison.Ordinal); // numbers are never changed
    }

    [Fact]
    public void No_pairs_writes_the_header_only()
    {
        var pairing = new MatchingEngine().Match([ReportCohort.People()[4]]);

        Assert.Equal(["mentee,mentor,score"], Write(pairing).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')));
    }

    private static string Write(Pairing pairing)
    {
        using var writer = new StringWriter();
        PairingCsv.Write(pairing, writer);
        return writer.ToString();
    }

    private static List<string[]> ReadBack(string text)
    {
        using var reader = Sep.New(',').Reader(o => o with { HasHeader = false, Unescape = true, DisableColCountCheck = true }).FromText(text);
        var rows = new List<string[]>();
        foreach (var row in reader)
        {
            var cells = new string[row.ColCount];
            for (var c = 0; c < cells.Length; c++)
            {
                cells[c] = row[c].ToString();
            }

            rows.Add(cells);
        }

        return rows;
    }
}
