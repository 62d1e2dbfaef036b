using FsCheck.Xunit;
using ReverseMentoring.Matching.Explaining;
using ReverseMentoring.Matching.Model;
using ReverseMentoring.Matching.Scoring;
using ReverseMentoring.Matching.Solving;
using Xunit;

namespace ReverseMentoring.Matching.Tests.Stable;

/// <summary>The stability report against brute force, on stable and unstable pairings.</summary>
public sealed class StabilityReportTests
{
    // Stable: A–X (both first choices), B alone. Optimal (most pairs first): A–Y and B–X.
    private static readonly ScoreMatrix Crossed = new(["A", "B"], ["X", "Y"], new double?[,] { { 10, 1 }, { 1, null } });

    [Property(Arbitrary = [typeof(StableArbitraries)], MaxTest = 300)]
    public void The_blocking_pairs_are_exactly_those_brute_force_finds(PairedInstance p)
    {
        var x = p.Instance;
        var report = StabilityReport.Analyze(x.Problem, p.Pairing);
        var expected = BruteForce.BlockingByScores(x, p.Pairing);
        Assert.Equal(expected, report.BlockingPairs.ToHashSet());
        Assert.Equal(expected.Count, report.BlockingPairCount);
        Assert.Equal(expected.Count == 0, report.IsStable);
        Assert.Equal(p.Pairing.Length, report.PairCount);
        Assert.Equal(p.Pairing.Sum(c => x.Score(c.Mentee, c.Mentor)), report.Total, 9);
        Assert.Equal(
            report.BlockingPairs.OrderBy(c => x.MenteeIds[c.Mentee], StringComparer.Ordinal).ThenBy(c => x.MentorIds[c.Mentor], StringComparer.Ordinal),
            report.BlockingPairs);
    }

    [Property(Arbitrary = [typeof(SmallArbitraries)], MaxTest = 150)]
    public void Gale_Shapley_is_stable_and_the_price_of_stability_is_the_brute_force_optimum_minus_its_total(StableInstance x)
    {
        var (optimalPairs, optimalTotal) = BruteForce.OptimalCoverageFirst(x);
        foreach (var solver in new[] { PairingSolvers.StableMenteeProposing, PairingSolvers.StableMentorProposing })
        {
            var stable = solver.Solve(x.Problem);
            var stableTotal = stable.Pairs.Sum(c => x.Score(c.Mentee, c.Mentor));
            var report = StabilityReport.Analyze(x.Problem, stable);
            Assert.True(report.IsStable);
            Assert.Equal(optimalPairs, report.OptimalPairCount);
            Assert.Equal(optimalTotal, report.OptimalTotal!.Value, 9);
            Assert.Equal(stableTotal, report.Total, 9);
            Assert.Equal(optimalTotal - stableTotal, report.PriceOfStability!.Value, 9);
            Assert.Equal(optimalTotal > 0 && stableTotal > 0 ? optimalTotal / stableTotal : null, report.PriceOfStabilityRatio);
        }
    }

    [Property(Arbitrary = [typeof(StableArbitraries)], MaxTest = 300)]
    public void On_the_engines_float32_matrix_the_blocking_pairs_are_exactly_those_brute_force_finds(PairedInstance p)
    {
        // The engine's matrices hold float32 cells (NaN: not allowed) and the scan reads them in place; the small
        // integer scores of the instances are exact in float32, so brute force on the doubles is the answer.
        var x = p.Instance;
        var cells = new float[x.Rows * x.Columns];
        for (var i = 0; i < x.Rows; i++)
        {
            for (var j = 0; j < x.Columns; j++)
            {
                cells[(i * x.Columns) + j] = x.Scores[i, j] is { } s ? (float)s : float.NaN;
            }
        }

        var matrix = new ScoreMatrix(x.MenteeIds, x.MentorIds, cells);
        foreach (var floor in new double?[] { null, 2 })
        {
            var problem = new PairingProblem(matrix, x.MenteeCapacities, x.MentorCapacities, minimumScore: floor);
            var report = StabilityReport.Analyze(problem, p.Pairing, withOptimum: false);

            // A pair below the floor can never be made, so it never blocks.
            var expected = BruteForce.BlockingByScores(x, p.Pairing).Where(c => floor is null || x.Score(c.Mentee, c.Mentor) >= floor);
            Assert.Equal(expected.ToHashSet(), report.BlockingPairs.ToHashSet());
            Assert.Equal(p.Pairing.Sum(c => x.Score(c.Mentee, c.Mentor)), report.Total, 9);
        }
    }

    [Property(Arbitrary = [typeof(StableArbitraries)], MaxTest = 200)]
    public void Without_the_optimum_the_scan_is_the_same_and_the_optimum_members_are_null(PairedInstance p)
    {
        var x = p.Instance;
        var full = StabilityReport.Analyze(x.Problem, p.Pairing);
        var scanOnly = StabilityReport.Analyze(x.Problem, p.Pairing, withOptimum: false);

        Assert.Equal(BruteForce.BlockingByScores(x, p.Pairing), scanOnly.BlockingPairs.ToHashSet());
        Assert.Equal(full.BlockingPairs, scanOnly.BlockingPairs);
        Assert.Equal((full.PairCount, full.Total), (scanOnly.PairCount, scanOnly.Total));
        Assert.NotNull(full.OptimalTotal);
        Assert.Null(scanOnly.OptimalPairCount);
        Assert.Null(scanOnly.OptimalTotal);
        Assert.Null(scanOnly.PriceOfStability);
        Assert.Null(scanOnly.PriceOfStabilityRatio);
    }

    [Fact]
    public void A_stable_pairing_with_fewer_pairs_can_score_more_than_the_coverage_first_optimum()
    {
        var problem = new PairingProblem(Crossed);
        var stable = StabilityReport.Analyze(problem, PairingSolvers.StableMenteeProposing.Solve(problem));
        Assert.True(stable.IsStable);
        Assert.Equal((1, 10.0, 2, 2.0), (stable.PairCount, stable.Total, stable.OptimalPairCount, stable.OptimalTotal));
        Assert.Equal(-8, stable.PriceOfStability);
        Assert.Equal(0.2, stable.PriceOfStabilityRatio);

        var optimal = StabilityReport.Analyze(problem, PairingSolvers.Automatic.Solve(problem));
        Assert.Equal([new SolvedPair(0, 0)], optimal.BlockingPairs); // A and X would both rather be together
        Assert.Equal(0, optimal.PriceOfStability);
        Assert.Equal(1, optimal.PriceOfStabilityRatio);
    }

    [Fact]
    public void A_strict_preference_needs_a_strictly_higher_score()
    {
        // A has X; A scores Y the same as X, so A does not block with Y even though Y is free.
        var matrix = new ScoreMatrix(["A"], ["X", "Y"], new double?[,] { { 0.5, 0.5 } });
        Assert.True(StabilityReport.Analyze(new PairingProblem(matrix), [new SolvedPair(0, 0)]).IsStable);
        Assert.Equal([new SolvedPair(0, 1)], StabilityReport.Analyze(new PairingProblem(matrix, menteeCapacities: [2]), [new SolvedPair(0, 0)]).BlockingPairs);
    }

    [Fact]
    public void Cells_below_the_minimum_score_do_not_block()
    {
        var problem = new PairingProblem(Crossed, minimumScore: 5);
        Assert.True(StabilityReport.Analyze(problem, []).BlockingPairs.SequenceEqual([new SolvedPair(0, 0)]));
        Assert.True(StabilityReport.Analyze(problem, [new SolvedPair(0, 0)]).IsStable);
    }

    [Theory]
    [InlineData(0, 0, 0, 0, "The pairing has mentor 'X' with mentee 'A' more than once.")]
    [InlineData(1, 1, 0, 0, "The pairing has mentor 'Y' with mentee 'B', which is not allowed.")]
    [InlineData(0, 0, 1, 0, "The pairing goes over a capacity with mentor 'X' with mentee 'B'.")]
    [InlineData(0, 0, 2, 0, "The pair (2, 0) is outside the score matrix.")]
    public void Pairings_that_do_not_fit_the_problem_are_rejected(int mentee1, int mentor1, int mentee2, int mentor2, string message)
    {
        var problem = new PairingProblem(Crossed);
        var error = Assert.Throws<MatchingInputException>(
            () => StabilityReport.Analyze(problem, [new SolvedPair(mentee1, mentor1), new SolvedPair(mentee2, mentor2)]));
        Assert.Equal(message, error.Message);
    }
}
