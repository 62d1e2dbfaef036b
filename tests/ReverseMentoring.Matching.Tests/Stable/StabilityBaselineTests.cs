using ReverseMentoring.Matching.Explaining;
using ReverseMentoring.Matching.Scoring;
using ReverseMentoring.Matching.Solving;
using Xunit;

namespace ReverseMentoring.Matching.Tests.Stable;

/// <summary>The price of stability is measured against the best pairing the problem itself allows.</summary>
public sealed class StabilityBaselineTests
{
    [Fact]
    public void Quality_first_baseline_makes_no_pair_that_adds_no_value()
    {
        // One allowed pair scoring -1: quality first never makes it, so the best allowed pairing is empty.
        var matrix = new ScoreMatrix(["x"], ["ana"], new double?[,] { { -1 } });
        var problem = new PairingProblem(matrix, priority: PairingPriority.QualityFirst);

        var report = StabilityReport.Analyze(problem, PairingSolvers.StableMenteeProposing.Solve(problem));

        Assert.Equal(0, report.OptimalPairCount);
        Assert.Equal(0, report.OptimalTotal);
        Assert.Equal(0, report.PriceOfStability);
    }
}
