using FsCheck.Xunit;
using ReverseMentoring.Matching.Solving;
using Xunit;

namespace ReverseMentoring.Matching.Tests.SideConstraints;

/// <summary>CP-SAT against the brute-force oracle on small instances with random groups and quotas.</summary>
public sealed class CpSatOracleProperties
{
    private const double Tolerance = 1e-4; // CP-SAT scales scores to about 2^20 steps of the largest one

    [Property(MaxTest = 120)]
    public void CpSat_matches_brute_force_under_side_constraints(int a, int b)
    {
        var instance = SideInstance.Random(Seed(a, b));
        var best = BruteForce.Solve(instance);
        var result = PairingSolvers.CpSat.Solve(instance.Problem());

        Assert.True((best is null) == (result.Status == SolverStatus.Infeasible), $"{instance}: oracle {best}, status {result.Status}");
        if (best is null)
        {
            Assert.Empty(result.Pairs);
            Assert.NotEmpty(result.InfeasibleConstraints);
            return;
        }

        Assert.Equal(SolverStatus.Optimal, result.Status);
        AssertValid(instance, result.Pairs);
        var found = BruteForce.Measure(instance, result.Pairs.ToArray());
        if (instance.Priority == PairingPriority.CoverageFirst)
        {
            Assert.Equal(best.Pairs, found.Pairs);
            if (instance.Constraints.BalanceMentorLoad)
            {
                Assert.Equal(best.MaxLoad, found.MaxLoad);
            }
        }

        Assert.True(Math.Abs(best.Total - found.Total) <= Tolerance, $"{instance}: oracle {best}, CP-SAT {found}");
        Assert.Equal(result.Objective, result.ObjectiveBound);
        Assert.Equal(0, result.Gap);
    }

    [Property(MaxTest = 80)]
    public void Max_min_over_cp_sat_matches_brute_force_under_side_constraints(int a, int b)
    {
        var instance = SideInstance.Random(Seed(a, b) ^ 0x5A5A5A);
        var best = BruteForce.Solve(instance, maxMin: true);
        var result = PairingSolvers.Automatic.Solve(instance.Problem(PairingObjective.MaxMin));

        Assert.True((best is null) == (result.Status == SolverStatus.Infeasible), $"{instance}: oracle {best}, status {result.Status}");
        if (best is not null)
        {
            Assert.Equal(SolverStatus.Optimal, result.Status);
            AssertValid(instance, result.Pairs);
            var found = BruteForce.Measure(instance, result.Pairs.ToArray());
            Assert.True(
                best.Pairs == found.Pairs && best.Worst == found.Worst && Math.Abs(best.Total - found.Total) <= Tolerance
                && (!instance.Constraints.BalanceMentorLoad || best.MaxLoad == found.MaxLoad),
                $"{instance}: oracle {best}, found {found} by {result.SolverName}");
        }
    }

    [Property(MaxTest = 60)]
    public void Automatic_runs_cp_sat_exactly_when_there_are_side_constraints(int a, int b, bool constrained)
    {
        var instance = SideInstance.Random(Seed(a, b), withSideConstraints: constrained);
        var result = PairingSolvers.Automatic.Solve(instance.Problem());

        Assert.Equal(instance.Constraints.HasConstraints, result.SolverName == "CP-SAT");
    }

    internal static int Seed(int a, int b) => unchecked((a * 1_000_003) + b);

    internal static void AssertValid(SideInstance instance, IReadOnlyList<SolvedPair> pairs)
    {
        Assert.Equal(pairs.Count, pairs.Distinct().Count());
        Assert.All(instance.Pinned, p => Assert.Contains(p, pairs));
        Assert.All(pairs.Except(instance.Pinned), p => Assert.True(BruteForce.IsOpen(instance, p.Mentee, p.Mentor), $"{p} is not open"));
        Assert.All(pairs.GroupBy(p => p.Mentee), g => Assert.True(g.Count() <= instance.MenteeCapacities[g.Key]));
        Assert.All(pairs.GroupBy(p => p.Mentor), g => Assert.True(g.Count() <= instance.MentorCapacities[g.Key]));
        Assert.True(BruteForce.Meets(instance, [.. pairs]), $"{instance}: side constraints broken by [{string.Join(",", pairs)}]");
    }
}
