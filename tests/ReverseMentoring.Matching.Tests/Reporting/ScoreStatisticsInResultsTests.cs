using ReverseMentoring.Matching.Model;
using System.Text.Json;
using ReverseMentoring.Matching.Reporting;
using Xunit;

namespace ReverseMentoring.Matching.Tests.Reporting;

/// <summary>The result JSON and the report carry the distribution of the pair scores.</summary>
public sealed class ScoreStatisticsInResultsTests
{
    [Fact]
    public void Result_json_has_the_hand_computed_statistics_of_the_two_pair_scores()
    {
        var (_, pairing) = ReportCohort.Matched();

        var stats = JsonDocument.Parse(PairingJson.Serialize(pairing)).RootElement.GetProperty("scoreStatistics");

        // ReportCohort's pairs score 0.675 and 0.4: quartiles at positions 1.25, 1.5 and 1.75 between them.
        Assert.Equal(
            ["count", "mean", "median", "lowerQuartile", "upperQuartile", "standardDeviation", "minimum", "maximum"],
            stats.EnumerateObject().Select(p => p.Name));
        Assert.Equal(2, stats.GetProperty("count").GetInt32());
        Assert.Equal(0.5375, stats.GetProperty("mean").GetDouble(), 1e-9);
        Assert.Equal(0.5375, stats.GetProperty("median").GetDouble(), 1e-9);
        Assert.Equal(0.4 + (0.25 * 0.275), stats.GetProperty("lowerQuartile").GetDouble(), 1e-9);
        Assert.Equal(0.4 + (0.75 * 0.275), stats.GetProperty("upperQuartile").GetDouble(), 1e-9);
        Assert.Equal(0.1375, stats.GetProperty("standardDeviation").GetDouble(), 1e-9);
        Assert.Equal(0.4, stats.GetProperty("minimum").GetDouble(), 1e-9);
        Assert.Equal(0.675, stats.GetProperty("maximum").GetDouble(), 1e-9);
    }

    [Fact]
    public void A_pairing_without_pairs_has_null_statistics()
    {
        var pairing = new MatchingEngine().Match([Participant.Mentor("alone", 1)]);

        var json = JsonDocument.Parse(PairingJson.Serialize(pairing)).RootElement;

        Assert.Equal(JsonValueKind.Null, json.GetProperty("scoreStatistics").ValueKind);
    }

    [Fact]
    public void Report_summary_shows_median_middle_half_and_spread()
    {
        var (people, pairing) = ReportCohort.Matched();
        using var markdown = new StringWriter();

        PairingReport.Create(people, pairing).WriteMarkdown(markdown);

        var text = markdown.ToString();
        Assert.Contains("| Median score | 0.538 |", text, StringComparison.Ordinal);
        Assert.Contains("| Middle half of scores | 0.469 to 0.606 |", text, StringComparison.Ordinal);
        Assert.Contains("| Score standard deviation | 0.138 |", text, StringComparison.Ordinal);
    }
}
