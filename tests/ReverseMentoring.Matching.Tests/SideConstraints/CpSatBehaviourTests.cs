using ReverseMentoring.Matching.Model;
using ReverseMentoring.Matching.Scoring;
using ReverseMentoring.Matching.Solving;
using Xunit;
using Side = ReverseMentoring.Matching.Solving.SideConstraints;

namespace ReverseMentoring.Matching.Tests.SideConstraints;

/// <summary>Infeasibility reports, time limits, cancellation, validation and solver choice.</summary>
public sealed class CpSatBehaviourTests
{
    private static readonly ScoreMatrix TwoByTwo = new(["exec-a", "exec-b"], ["ana", "bo"], new double?[,] { { 0.9, 0.1 }, { 0.2, 0.8 } });

    [Fact]
    public void Every_constraint_has_one_name_in_the_options_the_solver_and_its_infeasibility_report()
    {
        // The engine passes the solver's names to the caller as they are, so each must be a property of both types.
        var families = Enum.GetNames<SideConstraintFamily>().Where(n => n != nameof(SideConstraintFamily.None)).ToArray();

        Assert.NotEmpty(families);
        foreach (var family in families)
        {
            Assert.NotNull(typeof(SideConstraintOptions).GetProperty(family));
            Assert.NotNull(typeof(Side).GetProperty(family));
        }
    }

    [Fact]
    public void A_pinned_same_group_pair_against_a_zero_quota_is_infeasible_and_named()
    {
        var problem = new PairingProblem(
            TwoByTwo,
            pinnedPairs: [new SolvedPair(0, 0)],
            sideConstraints: new Side(["sales", "tech"], ["sales", "tech"], maxSameDepartmentPairs: 0, balanceMentorLoad: true));

        var result = PairingSolvers.CpSat.Solve(problem);

        Assert.Equal(SolverStatus.Infeasible, result.Status);
        Assert.Empty(result.Pairs);
        Assert.Equal(["MaxSameDepartmentPairs"], result.InfeasibleConstraints);
        Assert.Contains("MaxSameDepartmentPairs", result.InfeasibilityReason, StringComparison.Ordinal);
        Assert.Null(result.Objective);
    }

    [Fact]
    public void Only_the_family_that_fails_alone_is_named()
    {
        // Both pinned pairs are same-group: the share of 50 % cannot be met (no other cell), the quota of 2 can.
        var problem = new PairingProblem(
            TwoByTwo,
            pinnedPairs: [new SolvedPair(0, 0), new SolvedPair(1, 1)],
            sideConstraints: new Side(["sales", "tech"], ["sales", "tech"], maxSameDepartmentPairs: 2, minCrossDepartmentShare: 0.5));

        var result = PairingSolvers.Automatic.Solve(problem);

        Assert.Equal(SolverStatus.Infeasible, result.Status);
        Assert.Equal("CP-SAT", result.SolverName);
        Assert.Equal(["MinCrossDepartmentShare"], result.InfeasibleConstraints);
    }

    [Fact]
    public void The_cross_share_makes_same_group_pairs_give_way()
    {
        var problem = new PairingProblem(
            TwoByTwo, sideConstraints: new Side(["sales", "tech"], ["sales", "tech"], minCrossDepartmentShare: 1));

        var result = PairingSolvers.Automatic.Solve(problem);

        Assert.Equal(SolverStatus.Optimal, result.Status);
        Assert.Equal([new SolvedPair(0, 1), new SolvedPair(1, 0)], result.Pairs);
    }

    [Fact]
    public void Balancing_spreads_mentees_before_maximising_the_total()
    {
        // Mentor ana scores best with everyone and can take all three; balanced, bo takes one.
        var matrix = new ScoreMatrix(["e1", "e2", "e3"], ["ana", "bo"], new double?[,] { { 0.9, 0.1 }, { 0.9, 0.1 }, { 0.9, 0.2 } });
        var unbalanced = PairingSolvers.CpSat.Solve(new PairingProblem(matrix, mentorCapacities: [3, 3]));
        var balanced = PairingSolvers.CpSat.Solve(
            new PairingProblem(matrix, mentorCapacities: [3, 3], sideConstraints: new Side(balanceMentorLoad: true)));

        Assert.All(unbalanced.Pairs, p => Assert.Equal(0, p.Mentor));
        Assert.Equal([new SolvedPair(0, 0), new SolvedPair(1, 0), new SolvedPair(2, 1)], balanced.Pairs);
    }

    [Fact]
    public void An_already_cancelled_token_throws()
    {
        var problem = SideInstance.Random(7).Problem();
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => PairingSolvers.CpSat.Solve(problem, cancelled.Token));
    }

    [Fact]
    public void A_tiny_time_limit_gives_a_pairing_with_a_bound_at_least_its_objective()
    {
        var random = new Random(11);
        const int size = 40;
        var scores = new double?[size, size];
        for (var i = 0; i < size; i++)
        {
            for (var j = 0; j < size; j++)
            {
                scores[i, j] = Math.Round(random.NextDouble(), 3);
            }
        }

        string?[] groups = [.. Enumerable.Range(0, size).Select(k => $"dept-{k % 4}")];
        var problem = new PairingProblem(
            new ScoreMatrix([.. Enumerable.Range(0, size).Select(i => $"e{i}")], [.. Enumerable.Range(0, size).Select(j => $"m{j}")], scores),
            mentorCapacities: [.. Enumerable.Range(0, size).Select(j => 1 + (j % 2))],
            sideConstraints: new Side(groups, groups, maxSameDepartmentPairs: 3, minCrossDepartmentShare: 0.8, balanceMentorLoad: true,
                maxMenteesPerDepartmentPerMentor: 1, timeLimit: TimeSpan.FromMilliseconds(20)));

        SolverResult result;
        try
        {
            result = PairingSolvers.CpSat.Solve(problem);
        }
        catch (TimeoutException)
        {
            return; // no pairing at all within 20 ms is a documented outcome on a slow machine
        }

        Assert.Contains(result.Status, new[] { SolverStatus.Optimal, SolverStatus.Feasible });
        Assert.NotNull(result.Objective);
        Assert.True(result.ObjectiveBound is null || result.ObjectiveBound >= result.Objective); // null: stopped before its own first pairing
        Assert.True(result.Gap is null || result.Gap >= 0);
        Assert.True(result.Pairs.Count(p => groups[p.Mentee] == groups[p.Mentor]) <= 3);
    }

    [Fact]
    public void The_flow_solvers_refuse_side_constraints()
    {
        var problem = new PairingProblem(TwoByTwo, sideConstraints: new Side(balanceMentorLoad: true));

        Assert.Throws<MatchingInputException>(() => PairingSolvers.MinCostFlow.Solve(problem));
        Assert.Throws<MatchingInputException>(() => PairingSolvers.LinearSumAssignment.Solve(problem));
    }

    [Fact]
    public void Bad_side_constraints_are_rejected()
    {
        Assert.Throws<MatchingInputException>(() => new Side(maxSameDepartmentPairs: -1));
        Assert.Throws<MatchingInputException>(() => new Side(minCrossDepartmentShare: 1.5));
        Assert.Throws<MatchingInputException>(() => new Side(minCrossDepartmentShare: double.NaN));
        Assert.Throws<MatchingInputException>(() => new Side(maxMenteesPerDepartmentPerMentor: -2));
        Assert.Throws<MatchingInputException>(() => new Side(timeLimit: TimeSpan.Zero));
        Assert.Throws<MatchingInputException>(() => new PairingProblem(TwoByTwo, sideConstraints: new Side(menteeDepartments: ["only-one"])));
    }

    [Fact]
    public void No_side_constraints_by_default()
    {
        Assert.False(new PairingProblem(TwoByTwo).SideConstraints.HasConstraints);
        Assert.Equal(TimeSpan.FromSeconds(60), Side.None.TimeLimit);
        Assert.Equal("LinearSumAssignment", PairingSolvers.Automatic.Solve(TwoByTwo).SolverName);
    }
}
