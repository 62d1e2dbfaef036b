using System.Xml;
using System.Xml.Linq;
using ReverseMentoring.Matching.Cli;
using ReverseMentoring.Matching.Model;
using ReverseMentoring.Matching.Reporting;
using Xunit;

namespace ReverseMentoring.Matching.Tests.Reporting;

public sealed class PairingReportTests
{
    private const string Hostile = "<script>alert(\"x\")</script> & 'Co' | *bold* [link](javascript:x)";

    private static PairingReport Report(string m2Name = "Exec Two", string m2Department = "Sales")
    {
        var (people, pairing) = ReportCohort.Matched(m2Name, m2Department);
        return PairingReport.Create(people, pairing);
    }

    [Fact]
    public void Summary_numbers_are_those_of_the_pairing()
    {
        var report = Report();

        Assert.Equal((2, 3), (report.MentorCount, report.MenteeCount));
        Assert.Equal(2, report.Pairing.Pairs.Count);
        Assert.Equal(1.075, report.Pairing.TotalScore, 1e-12);
        Assert.Equal(0.5375, report.Pairing.MeanScore!.Value, 1e-12);
        Assert.Equal(0.4, report.Pairing.MinimumScore!.Value, 1e-12);
    }

    [Fact]
    public void Histogram_has_ten_tenths_and_counts_each_pair_once()
    {
        var buckets = Report().ScoreHistogram;

        Assert.Equal(10, buckets.Count);
        Assert.Equal(Enumerable.Range(0, 10).Select(k => k / 10.0), buckets.Select(b => b.From));
        Assert.Equal(Enumerable.Range(1, 10).Select(k => k / 10.0), buckets.Select(b => b.To));

        // 0.675 -> 0.6–0.7; 0.4 (computed as 0.6 · 2/3, a hair under 0.4) -> 0.4–0.5, the band its printed value names.
        Assert.Equal([0, 0, 0, 0, 1, 0, 1, 0, 0, 0], buckets.Select(b => b.Count));
    }

    [Fact]
    public void Histogram_keeps_a_perfect_score_and_widens_for_scores_outside_0_to_1()
    {
        Assert.Equal(1, ScoreBucket.Histogram([1.0])[9].Count);

        var wide = ScoreBucket.Histogram([-0.25, 1.5]);

        Assert.Equal((-0.3, 1.5), (wide[0].From, wide[^1].To));
        Assert.Equal(18, wide.Length);
        Assert.Equal(1, wide[0].Count);
        Assert.Equal(1, wide[^1].Count);
    }

    [Fact]
    public void Coverage_before_and_after_matches_the_hand_computation()
    {
        var coverage = Report().SkillCoverage;

        Assert.Equal([SkillAreas.Technology, SkillAreas.SocialMedia, SkillAreas.Trends], coverage.Select(c => c.Area));

        // Technology need: m1 1·(5−1)/5 = 0.8, m2 0.5·(5−2)/5 = 0.3, m3 1·5/5 = 1.0. Covered: m1 by ana (5): 0.8;
        // m2 by bo (2, no gap): 0; m3 unmatched: 0.
        var technology = coverage[0];
        Assert.Equal(3, technology.Learners);
        Assert.Equal(2.1, technology.Need, 1e-12);
        Assert.Equal(0.8, technology.Covered, 1e-12);
        Assert.Equal(1.3, technology.Remaining, 1e-12);
        Assert.Equal(0.8 / 2.1, technology.Share!.Value, 1e-12);

        // SocialMedia: m1 0.5·(5−2)/5 = 0.3; ana (4) covers 0.5·(4−2)/5 = 0.2.
        Assert.Equal((1, 0.3, 0.2), (coverage[1].Learners, Math.Round(coverage[1].Need, 12), Math.Round(coverage[1].Covered, 12)));

        // Trends: m2 1·5/5 = 1.0, all covered by bo (5).
        Assert.Equal((1, 1.0, 1.0, 1.0), (coverage[2].Learners, coverage[2].Need, coverage[2].Covered, coverage[2].Share));
    }

    [Fact]
    public void Department_mix_counts_pairs_by_mentor_and_mentee_department()
    {
        var mix = Report().DepartmentMix;

        Assert.Equal(["IT", "Sales"], mix.MentorDepartments);
        Assert.Equal(["Board", "Finance", "Sales"], mix.MenteeDepartments);
        Assert.Equal(1, mix.Count("IT", "Finance"));
        Assert.Equal(1, mix.Count("sales", "SALES"));
        Assert.Equal(0, mix.Count("IT", "Board"));
        Assert.Equal(0, mix.Count("Nowhere", "Board"));
        Assert.Equal(2, Enumerable.Range(0, 2).Sum(r => Enumerable.Range(0, 3).Sum(c => mix[r, c])));
        Assert.Equal(1, mix.SameDepartmentPairs);
        Assert.True(mix.IsSameDepartment(1, 2));
        Assert.Equal(1, mix.Max);
    }

    [Fact]
    public void Pair_briefs_name_both_sides_the_top_components_and_why()
    {
        var pairs = Report().Pairs;

        Assert.Equal(("ana", "Ana", "m1", "Exec One"), (pairs[0].MentorId, pairs[0].MentorName, pairs[0].MenteeId, pairs[0].MenteeName));
        Assert.Equal(["SkillGap", "Reciprocal", "NetworkReach"], pairs[0].TopComponents.Select(c => c.Name));
        Assert.Equal(0.4, pairs[0].TopComponents[0].Value, 1e-12);
        Assert.Equal(
            "Teaches Technology (5 vs 1) and SocialMedia (4 vs 2); gets back Leadership (4 vs 0); different department.",
            pairs[0].Why);
        Assert.Equal("Teaches Trends (5 vs 0).", pairs[1].Why);
    }

    [Fact]
    public void Unmatched_are_listed_with_name_and_cause()
    {
        var unmatched = Assert.Single(Report().Unmatched);

        Assert.Equal(("m3", "Exec Three", "Board", ParticipantRole.Mentee), (unmatched.Id, unmatched.Name, unmatched.Department, unmatched.Role));
        Assert.Equal("no allowed mentor: 2 excluded by reporting line", unmatched.Reason);
    }

    [Fact]
    public void Markdown_shows_the_numbers()
    {
        var markdown = Markdown(Report());

        Assert.StartsWith("# Reverse-mentoring pairing report\n", markdown, StringComparison.Ordinal);
        Assert.Contains("| Pairs | 2 |", markdown, StringComparison.Ordinal);
        Assert.Contains("| Total score | 1.075 |", markdown, StringComparison.Ordinal);
        Assert.Contains("| Mean score | 0.538 |", markdown, StringComparison.Ordinal);
        Assert.Contains("| Minimum score | 0.400 |", markdown, StringComparison.Ordinal);
        Assert.Contains("| 0.4–0.5 | 1 |", markdown, StringComparison.Ordinal);
        Assert.Contains("| 0.5–0.6 | 0 |", markdown, StringComparison.Ordinal);
        Assert.Contains("| Technology | 3 | 2.10 | 0.80 | 1.30 | 38% |", markdown, StringComparison.Ordinal);
        Assert.Contains("| Trends | 1 | 1.00 | 1.00 | 0.00 | 100% |", markdown, StringComparison.Ordinal);
        Assert.Contains("| IT | 0 | 1 | 0 |", markdown, StringComparison.Ordinal);
        Assert.Contains("| Sales | 0 | 0 | **1** |", markdown, StringComparison.Ordinal);
        Assert.Contains("| 1 mentee | no allowed mentor: 2 excluded by reporting line | Exec Three (m3) | Board |", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_is_well_formed_xml_with_the_numbers_and_no_external_reference()
    {
        var html = Html(Report());
        var document = ParseXml(html);

        Assert.Equal("html", document.Root!.Name.LocalName);
        var svgs = document.Descendants("svg").ToArray();
        Assert.Equal(2, svgs.Length);
        Assert.All(svgs, svg => Assert.Equal("img", (string?)svg.Attribute("role")));
        Assert.All(svgs, svg => Assert.NotNull(svg.Element("title")));

        // Histogram: a bar per band, the count printed on each.
        var bars = svgs[0].Elements("rect").ToArray();
        Assert.Equal(10, bars.Length);
        Assert.Equal(["0.4–0.5: 1 pair", "0.6–0.7: 1 pair"], bars.Select(b => b.Element("title")!.Value).Where(t => !t.EndsWith(": 0 pairs", StringComparison.Ordinal)));
        Assert.Contains(svgs[0].Elements("text"), t => t.Value == "Number of pairs");
        Assert.Contains(svgs[0].Elements("text"), t => t.Value == "Pair score (bands of 0.1)");
        Assert.Contains(svgs[1].Elements("text"), t => t.Value == "0.80 of 2.10 covered (38%)");

        var heat = document.Descendants("table").Single(t => (string?)t.Attribute("class") == "heat");
        Assert.Equal(["0", "1", "0", "0", "0", "1"], heat.Descendants("td").Select(td => td.Value));
        Assert.Equal("same", (string?)heat.Descendants("td").Last().Attribute("class"));
        Assert.Contains("1.075", document.Descendants("dd").Select(d => d.Value));

        foreach (var forbidden in new[] { "<script", "<link", "<img", "<iframe", "src=", "href=", "url(", "@import", "http:", "https:" })
        {
            Assert.DoesNotContain(forbidden, html, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public void Html_escapes_participant_text()
    {
        var html = Html(Report(m2Name: Hostile, m2Department: "R&D <b>"));

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;Co&#39;", html, StringComparison.Ordinal);
        var document = ParseXml(html);
        Assert.Contains(document.Descendants("td"), td => td.Value.StartsWith(Hostile, StringComparison.Ordinal));
        Assert.Contains(document.Descendants("th"), th => th.Value == "R&D <b>");
    }

    [Fact]
    public void Markdown_escapes_participant_text()
    {
        var markdown = Markdown(Report(m2Name: Hostile));

        Assert.DoesNotMatch(@"(?<!\\)<", markdown);
        Assert.Contains(@"\<script\>alert(""x"")\</script\> \& 'Co' \| \*bold\* \[link\](javascript:x)", markdown, StringComparison.Ordinal);
        var pairRow = markdown.Split('\n').Single(l => l.StartsWith("| Bo (bo) |", StringComparison.Ordinal));
        Assert.Equal(7, pairRow.Replace(@"\|", string.Empty, StringComparison.Ordinal).Count(c => c == '|'));
    }

    [Fact]
    public void The_sample_cohort_report_is_consistent()
    {
        var people = ParticipantInput.ReadSample();
        var pairing = new MatchingEngine().Match(people);
        var report = PairingReport.Create(new Cohort(people), pairing);

        Assert.Equal(pairing.Pairs.Count, report.ScoreHistogram.Sum(b => b.Count));
        Assert.Equal(pairing.Pairs.Count, report.Pairs.Count);
        Assert.Equal(pairing.Pairs.Count, report.DepartmentMix.MentorDepartments
            .SelectMany((_, r) => report.DepartmentMix.MenteeDepartments.Select((_, c) => report.DepartmentMix[r, c])).Sum());
        Assert.All(report.SkillCoverage, c => Assert.InRange(c.Covered, 0, c.Need + 1e-12));
        Assert.Equal(2, report.Unmatched.Count);
        Assert.All(report.Pairs, p => Assert.EndsWith(".", p.Why, StringComparison.Ordinal));
        ParseXml(Html(report));
    }

    [Fact]
    public void A_pairing_of_other_people_is_refused()
    {
        var (_, pairing) = ReportCohort.Matched();

        var error = Assert.Throws<ArgumentException>(() => PairingReport.Create(ReportCohort.People().Skip(1), pairing));

        Assert.Contains("'ana'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_pairing_still_renders()
    {
        var people = new[] { ReportCohort.People()[4] };
        var report = PairingReport.Create(people, new MatchingEngine().Match(people));

        Assert.Contains("No pairs.", Markdown(report), StringComparison.Ordinal);
        var html = ParseXml(Html(report));
        Assert.Contains(html.Descendants("p"), p => p.Value == "No pairs.");
    }

    private static string Markdown(PairingReport report)
    {
        using var writer = new StringWriter();
        report.WriteMarkdown(writer);
        return writer.ToString();
    }

    private static string Html(PairingReport report)
    {
        using var writer = new StringWriter();
        report.WriteHtml(writer);
        return writer.ToString();
    }

    private static XDocument ParseXml(string html)
    {
        using var reader = XmlReader.Create(new StringReader(html), new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore });
        return XDocument.Load(reader);
    }
}
