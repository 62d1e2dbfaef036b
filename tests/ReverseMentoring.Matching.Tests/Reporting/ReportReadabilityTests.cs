using System.Globalization;
using System.Xml.Linq;
using ReverseMentoring.Matching.Model;
using ReverseMentoring.Matching.Reporting;
using Xunit;
using static ReverseMentoring.Matching.Tests.Support.People;

namespace ReverseMentoring.Matching.Tests.Reporting;

/// <summary>What a new HR user tripped over on real data: clipped chart labels, ids sorted as text, hundreds of identical unmatched rows, "1 pairs".</summary>
public sealed class ReportReadabilityTests
{
    private static readonly string[] MessyIds = ["10", "1004", "105", "9", "a2", "a10"];
    private static readonly string[] NaturalOrder = ["9", "10", "105", "1004", "a2", "a10"];

    [Fact]
    public void Coverage_chart_text_stays_inside_the_view_box_with_long_areas_and_large_numbers()
    {
        var areas = new[]
        {
            new SkillCoverage("Cloud Infrastructure and Platform Engineering Excellence", 12345.67, 9876.54, 9999),
            new SkillCoverage("Technology", 8000.5, 100, 500),
            new SkillCoverage("X", 0.5, 0.5, 1),
        };

        AssertTextInside(SvgCharts.Coverage(areas));
    }

    [Fact]
    public void Charts_of_the_sample_cohort_keep_their_text_inside()
    {
        var people = ReverseMentoring.Matching.Cli.ParticipantInput.ReadSample();
        var report = PairingReport.Create(people, new MatchingEngine().Match(people));

        AssertTextInside(SvgCharts.Coverage(report.SkillCoverage));
        AssertTextInside(SvgCharts.Histogram(report.ScoreHistogram));
    }

    [Fact]
    public void Natural_order_compares_digit_runs_as_numbers()
    {
        Assert.Equal(NaturalOrder, MessyIds.Order(ReportText.NaturalComparer));
        Assert.True(ReportText.NaturalComparer.Compare("a01", "a1") != 0); // equal numbers, different text: still a total order
        Assert.Equal(0, ReportText.NaturalComparer.Compare("a1", "a1"));
        Assert.True(ReportText.NaturalComparer.Compare("99999999999999999999", "100000000000000000000") < 0); // beyond long
    }

    [Fact]
    public void Pairs_table_sorts_ids_naturally()
    {
        var people = MessyIds.Select(id => Mentee(id))
            .Concat(MessyIds.Select(id => Mentor("j" + id)))
            .ToArray();
        var pairing = new MatchingEngine().Match(people);
        Assert.Equal(6, pairing.Pairs.Count);

        var tables = new ReportTables(PairingReport.Create(people, pairing));

        Assert.Equal(NaturalOrder, tables.Pairs.Rows.Select(r => r[1].Items[0]));
    }

    [Fact]
    public void Unmatched_people_with_the_same_cause_share_one_row()
    {
        // 25 mentors compete for 3 mentees: 22 mentors are left, all for the same reason.
        var people = Enumerable.Range(1, 25).Select(k => Mentor("j" + k.ToString(CultureInfo.InvariantCulture)))
            .Concat(new[] { "10", "9", "a2" }.Select(id => Mentee(id)))
            .ToArray();
        var report = PairingReport.Create(people, new MatchingEngine().Match(people));
        Assert.Equal(22, report.Unmatched.Count);

        var tables = new ReportTables(report);

        var row = Assert.Single(tables.Unmatched.Rows);
        Assert.Equal("22 mentors", row[0].Items[0]);
        Assert.Equal("all 3 allowed mentees were paired with others", row[1].Items[0]);
        Assert.True(row[2].IsInline);
        Assert.Equal("and 12 more", row[2].Items[^1]);
        var shown = row[2].Items.SkipLast(1).ToArray();
        Assert.Equal(10, shown.Length);
        Assert.Equal(shown.Order(ReportText.NaturalComparer), shown); // j4, j5, ... j10 ... not j10, j11, j4

        using var html = new StringWriter();
        using var markdown = new StringWriter();
        report.WriteHtml(html);
        report.WriteMarkdown(markdown);
        Assert.Contains("<td>22 mentors</td>", html.ToString(), StringComparison.Ordinal);
        Assert.Contains($"<span class=\"item\">{shown[0]}</span>, <span class=\"item\">{shown[1]}</span>", html.ToString(), StringComparison.Ordinal);
        Assert.Contains($"| {string.Join(", ", shown)}, and 12 more |", markdown.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_single_unmatched_person_is_named_in_the_singular()
    {
        var (people, pairing) = ReportCohort.Matched();
        var row = Assert.Single(new ReportTables(PairingReport.Create(people, pairing)).Unmatched.Rows);

        Assert.Equal("1 mentee", row[0].Items[0]);
        Assert.Equal(["Exec Three (m3)"], row[2].Items);
        Assert.Equal(["Board"], row[3].Items);
    }

    [Theory]
    [InlineData(0, "pair", "0 pairs")]
    [InlineData(1, "pair", "1 pair")]
    [InlineData(2, "pair", "2 pairs")]
    [InlineData(1, "mentor", "1 mentor")]
    [InlineData(368, "mentor", "368 mentors")]
    [InlineData(1, "department", "1 department")]
    [InlineData(2, "mentee", "2 mentees")]
    public void Counts_agree_with_their_noun(int count, string noun, string expected)
    {
        var s = ReportStrings.English;
        Assert.Equal(expected, noun switch
        {
            "pair" => s.PairCount(count),
            "department" => s.DepartmentCount(count),
            "mentor" => s.RoleCount(count, ParticipantRole.Mentor),
            _ => s.RoleCount(count, ParticipantRole.Mentee),
        });
    }

    [Fact]
    public void One_pair_is_not_one_pairs_anywhere_in_the_report()
    {
        var people = new[] { Mentor("j1"), Mentee("e1") };
        var report = PairingReport.Create(people, new MatchingEngine().Match(people));
        using var html = new StringWriter();
        using var markdown = new StringWriter();

        report.WriteHtml(html);
        report.WriteMarkdown(markdown);

        Assert.Contains("1 pair", html.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("1 pairs", html.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("1 pairs", markdown.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_one_hour_window_says_hour() =>
        Assert.Equal("more than 1 hour apart", new ReverseMentoring.Matching.Rules.TimeZoneWindowRule(1).ExclusionReason);

    private static Participant Mentor(string id) => Participant.Mentor(id, 1, Areas((SkillAreas.Technology, 5)), department: "IT");

    private static Participant Mentee(string id) => Participant.Mentee(id, 6, Areas((SkillAreas.Technology, 1)), department: "Board");

    /// <summary>Every text's estimated extent (a conservative average glyph width) lies within the viewBox.</summary>
    private static void AssertTextInside(string svg)
    {
        var root = XDocument.Parse(svg).Root!;
        var box = root.Attribute("viewBox")!.Value.Split(' ').Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray();
        foreach (var text in root.Elements("text").Where(t => t.Attribute("transform") is null))
        {
            var x = double.Parse(text.Attribute("x")!.Value, CultureInfo.InvariantCulture);
            var size = double.Parse(text.Attribute("font-size")!.Value, CultureInfo.InvariantCulture);
            var width = text.Value.Length * size * (text.Attribute("font-weight") is null ? 0.6 : 0.65);
            var (from, to) = text.Attribute("text-anchor")?.Value switch
            {
                "end" => (x - width, x),
                "middle" => (x - (width / 2), x + (width / 2)),
                _ => (x, x + width),
            };
            Assert.True(from >= box[0] && to <= box[0] + box[2], $"'{text.Value}' spans {from:0} to {to:0}, outside 0 to {box[2]}.");
        }
    }
}
