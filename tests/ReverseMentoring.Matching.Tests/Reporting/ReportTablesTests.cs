using ReverseMentoring.Matching.Reporting;
using Xunit;

namespace ReverseMentoring.Matching.Tests.Reporting;

public sealed class ReportTablesTests
{
    private static PairingReport Report()
    {
        var (people, pairing) = ReportCohort.Matched();
        return PairingReport.Create(people, pairing);
    }

    [Fact]
    public void Tables_hold_the_texts_both_formats_print()
    {
        var tables = new ReportTables(Report());

        Assert.Equal(["Mentor", "Mentee", "Score", "Top components", "Why", "First meeting"], tables.Pairs.Columns.Select(c => c.Header));
        Assert.Equal([false, false, true, false, false, false], tables.Pairs.Columns.Select(c => c.IsNumeric));
        var first = tables.Pairs.Rows[0];
        Assert.Equal(["Ana (ana)"], first[0].Items);
        Assert.Equal(["SkillGap 0.400", "Reciprocal 0.200", "NetworkReach 0.075"], first[3].Items);
        foreach (var table in new[] { tables.Coverage, tables.Departments, tables.Pairs, tables.Unmatched })
        {
            Assert.All(table.Rows, row => Assert.Equal(table.Columns.Count, row.Count));
        }

        Assert.Equal(["Pairs", "Mentors", "Mentees"], tables.Summary.Take(3).Select(s => s.Label));
        Assert.Equal(["Board", "Finance", "Sales"], tables.Departments.Columns.Skip(1).Select(c => c.Header));
        Assert.True(tables.Departments.Rows[1][3].IsHighlighted);
    }

    [Fact]
    public void A_list_cell_is_joined_per_format()
    {
        var report = Report();
        using var markdown = new StringWriter();
        using var html = new StringWriter();

        report.WriteMarkdown(markdown);
        report.WriteHtml(html);

        Assert.Contains("| SkillGap 0.400, Reciprocal 0.200, NetworkReach 0.075 |", markdown.ToString(), StringComparison.Ordinal);
        Assert.Contains(
            "<td><span class=\"item\">SkillGap 0.400</span><br /><span class=\"item\">Reciprocal 0.200</span><br /><span class=\"item\">NetworkReach 0.075</span></td>",
            html.ToString(),
            StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_tables_say_why_in_both_formats()
    {
        var people = new[] { ReportCohort.People()[4] };
        var report = PairingReport.Create(people, new MatchingEngine().Match(people));
        var tables = new ReportTables(report);
        using var markdown = new StringWriter();
        using var html = new StringWriter();

        report.WriteMarkdown(markdown);
        report.WriteHtml(html);

        foreach (var table in new[] { tables.Departments, tables.Pairs })
        {
            Assert.Empty(table.Rows);
            Assert.Contains($"\n{table.EmptyText}\n", markdown.ToString(), StringComparison.Ordinal);
            Assert.Contains($"<p>{table.EmptyText}</p>", html.ToString(), StringComparison.Ordinal);
        }
    }
}
