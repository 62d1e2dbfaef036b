using FsCheck.Xunit;
using ReverseMentoring.Matching.Solving;
using Xunit;

namespace ReverseMentoring.Matching.Tests.SideConstraints;

/// <summary>Without side constraints CP-SAT solves the same problem as the flow solvers.</summary>
public sealed class CpSatAgreementProperties
{
    [Property(MaxTest = 80)]
    public void Without_side_constraints_cp_sat_agrees_with_automatic(int a, int b, bool maxMin)
    {
        var instance = SideInstance.Random(CpSatOracleProperties.Seed(a, b), size: 7, withSideConstraints: false);
        var objective = maxMin ? PairingObjective.MaxMin : PairingObjective.MaxTotal;

        var expected = PairingSolvers.Automatic.Solve(instance.Problem(objective));
        var actual = PairingSolvers.CpSat.Solve(instance.Problem(objective));

        Assert.Equal(SolverStatus.Optimal, actual.Status);
        Assert.StartsWith("CP-SAT", actual.SolverName, StringComparison.Ordinal);
        CpSatOracleProperties.AssertValid(instance, actual.Pairs);
        if (maxMin || instance.Priority == PairingPriority.CoverageFirst)
        {
            Assert.Equal(expected.Pairs.Count, actual.Pairs.Count); // quality first, equal totals may differ in count
        }

        Assert.Equal(Total(instance, expected.Pairs), Total(instance, actual.Pairs), 4);
        if (maxMin && expected.Pairs.Count > 0)
        {
            Assert.Equal(Worst(instance, expected.Pairs), Worst(instance, actual.Pairs), 9);
        }
    }

    private static double Total(SideInstance instance, IEnumerable<SolvedPair> pairs) =>
        pairs.Sum(p => instance.Scores[p.Mentee, p.Mentor]!.Value);

    private static double Worst(SideInstance instance, IEnumerable<SolvedPair> pairs) =>
        pairs.Min(p => instance.Scores[p.Mentee, p.Mentor]!.Value);
}
