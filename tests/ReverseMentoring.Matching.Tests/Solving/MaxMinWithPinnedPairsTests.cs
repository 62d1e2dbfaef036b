using ReverseMentoring.Matching.Scoring;
using ReverseMentoring.Matching.Solving;
using Xunit;

namespace ReverseMentoring.Matching.Tests.Solving;

/// <summary>
/// Max-min with pinned pairs, as documented on <see cref="PairingObjective.MaxMin"/>: pinned pairs are made first and
/// the search raises the worst pair the solver chooses, not a pinned pair it cannot change.
/// </summary>
public sealed class MaxMinWithPinnedPairsTests
{
    // e0-m0 is pinned at 0.1. Of the rest, {e1-m1, e2-m2} has the better worst pair (0.35) and
    // {e1-m2, e2-m1} the higher total (1.25). Counting the pinned 0.1 as the worst pair would make both
    // pairings tie on it and pick the higher total; the documented behaviour picks the better worst chosen pair.
    private static readonly ScoreMatrix Matrix = new(
        ["e0", "e1", "e2"],
        ["m0", "m1", "m2"],
        new double?[,] { { 0.1, null, null }, { null, 0.35, 0.95 }, { null, 0.3, 0.35 } });

    [Theory]
    [InlineData("Automatic")]
    [InlineData("LinearSumAssignment")]
    [InlineData("MinCostFlow")]
    [InlineData("CandidateFlow")]
    public void The_worst_chosen_pair_is_raised_and_the_pinned_pair_is_kept(string solverName)
    {
        var solver = solverName switch
        {
            "Automatic" => PairingSolvers.Automatic,
            "LinearSumAssignment" => PairingSolvers.LinearSumAssignment,
            "MinCostFlow" => PairingSolvers.MinCostFlow,
            _ => CandidateFlowSolver.Instance,
        };
        var problem = new PairingProblem(Matrix, pinnedPairs: [new SolvedPair(0, 0)], objective: PairingObjective.MaxMin);

        var result = solver.Solve(problem);

        Assert.Equal([new SolvedPair(0, 0), new SolvedPair(1, 1), new SolvedPair(2, 2)], result.Pairs.OrderBy(p => p.Mentee));
    }

    [Fact]
    public void Max_total_takes_the_other_pairing_so_the_case_tells_the_objectives_apart()
    {
        var problem = new PairingProblem(Matrix, pinnedPairs: [new SolvedPair(0, 0)]);

        var result = PairingSolvers.Automatic.Solve(problem);

        Assert.Equal([new SolvedPair(0, 0), new SolvedPair(1, 2), new SolvedPair(2, 1)], result.Pairs.OrderBy(p => p.Mentee));
    }
}
