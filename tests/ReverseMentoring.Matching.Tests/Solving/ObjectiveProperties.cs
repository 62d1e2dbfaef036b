using FsCheck.Xunit;
using Xunit;
using ReverseMentoring.Matching.Solving;
using ReverseMentoring.Matching.Tests.Support;

namespace ReverseMentoring.Matching.Tests.Solving;

/// <summary>Capacities, max-min, minimum score and quality first, each checked against brute force.</summary>
public sealed class ObjectiveProperties
{
    [Property(MaxTest = 300, Arbitrary = [typeof(ProblemInstances)])]
    public void Automatic_solver_reaches_the_brute_force_optimum_with_capacities(ProblemInstance instance) =>
        AssertOptimal(instance, PairingSolvers.Automatic);

    [Property(MaxTest = 300, Arbitrary = [typeof(ProblemInstances)])]
    public void Min_cost_flow_reaches_the_brute_force_optimum_with_capacities(ProblemInstance instance) =>
        AssertOptimal(instance, PairingSolvers.MinCostFlow);

    [Property(MaxTest = 200)]
    public FsCheck.Property Automatic_solver_reaches_the_brute_force_optimum_for_mentor_circles_up_to_6x6() =>
        FsCheck.Fluent.Prop.ForAll(ProblemInstances.MentorCircles(), instance => AssertOptimal(instance, PairingSolvers.Automatic));

    [Property(MaxTest = 200)]
    public FsCheck.Property Assignment_reaches_the_brute_force_optimum_one_to_one() =>
        FsCheck.Fluent.Prop.ForAll(ProblemInstances.OneToOne(), instance => AssertOptimal(instance, PairingSolvers.LinearSumAssignment));

    private static void AssertOptimal(ProblemInstance instance, PairingSolver solver)
    {
        var result = solver.Solve(instance.Problem);
        var best = PairingOracle.Solve(
            instance.Scores, instance.MenteeCapacities, instance.MentorCapacities, instance.Objective, instance.Priority, instance.Floor);
        var scores = result.Pairs.Select(p => instance.Scores[p.Mentee, p.Mentor]).ToArray();

        Assert.Equal(SolverStatus.Optimal, result.Status);
        Assert.All(scores, s => Assert.NotNull(s));
        Assert.Equal(result.Pairs.Count, result.Pairs.Distinct().Count());
        Assert.All(result.Pairs.GroupBy(p => p.Mentee), g => Assert.True(g.Count() <= instance.MenteeCapacities[g.Key]));
        Assert.All(result.Pairs.GroupBy(p => p.Mentor), g => Assert.True(g.Count() <= instance.MentorCapacities[g.Key]));
        if (instance.Floor is { } floor)
        {
            Assert.All(scores, s => Assert.True(s >= floor));
        }

        if (instance.Priority == PairingPriority.QualityFirst)
        {
            Assert.All(scores, s => Assert.True(s > 0));
        }

        if (instance.Objective == PairingObjective.MaxMin || instance.Priority == PairingPriority.CoverageFirst)
        {
            Assert.Equal(best.Pairs, result.Pairs.Count);
        }

        if (instance.Objective == PairingObjective.MaxMin && scores.Length > 0)
        {
            Assert.Equal(best.Minimum, scores.Min()!.Value, PairingOracle.Epsilon);
        }

        Assert.Equal(best.Total, scores.Sum(s => s!.Value), 1e-6);
    }
}
