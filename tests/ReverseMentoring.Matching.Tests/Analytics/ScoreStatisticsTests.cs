using ReverseMentoring.Matching.Model;
using ReverseMentoring.Matching.Analytics;
using Xunit;

namespace ReverseMentoring.Matching.Tests.Analytics;

public sealed class ScoreStatisticsTests
{
    [Fact]
    public void Odd_count_statistics_are_the_hand_computed_ones()
    {
        var s = ScoreStatistics.Of([0.9, 0.2, 0.6, 0.4, 0.5]);

        // Sorted 0.2 0.4 0.5 0.6 0.9. Quartile positions 1 + 4p: 2, 3, 4 -> exact elements.
        Assert.Equal(5, s.Count);
        Assert.Equal(0.52, s.Mean, 1e-12);
        Assert.Equal(0.5, s.Median, 1e-12);
        Assert.Equal(0.4, s.LowerQuartile, 1e-12);
        Assert.Equal(0.6, s.UpperQuartile, 1e-12);
        Assert.Equal((0.2, 0.9), (s.Minimum, s.Maximum));

        // Deviations -0.32 -0.12 -0.02 0.08 0.38; squares sum to 0.268; divided by n = 5.
        Assert.Equal(Math.Sqrt(0.268 / 5), s.StandardDeviation, 1e-12);
    }

    [Fact]
    public void Even_count_quartiles_interpolate_between_neighbours()
    {
        var s = ScoreStatistics.Of([0.8, 0.1, 0.7, 0.3]);

        // Sorted 0.1 0.3 0.7 0.8. Positions 1 + 3p: 1.75, 2.5, 3.25.
        Assert.Equal(0.1 + (0.75 * (0.3 - 0.1)), s.LowerQuartile, 1e-12);
        Assert.Equal((0.3 + 0.7) / 2, s.Median, 1e-12);
        Assert.Equal(0.7 + (0.25 * (0.8 - 0.7)), s.UpperQuartile, 1e-12);
    }

    [Fact]
    public void One_score_has_no_spread_and_no_scores_are_refused()
    {
        var s = ScoreStatistics.Of([0.4]);

        Assert.Equal((0.4, 0.4, 0.4, 0.0), (s.Median, s.LowerQuartile, s.UpperQuartile, s.StandardDeviation));
        Assert.Throws<ArgumentException>(() => ScoreStatistics.Of([]));
        Assert.Throws<ArgumentException>(() => ScoreStatistics.Of([0.1, double.NaN]));
    }

    [Fact]
    public void A_pairing_without_pairs_has_no_statistics_and_one_with_pairs_has_those_of_its_scores()
    {
        Assert.Null(ScoreStatistics.Of(new MatchingEngine().Match([Participant.Mentor("m", 1)])));

        var pairing = new MatchingEngine().Match(Integration.Cohorts.Small());
        var s = ScoreStatistics.Of(pairing)!;
        Assert.Equal(pairing.Pairs.Count, s.Count);
        Assert.Equal(pairing.MeanScore!.Value, s.Mean, 1e-12);
        Assert.Equal(pairing.MinimumScore, s.Minimum);
    }
}
