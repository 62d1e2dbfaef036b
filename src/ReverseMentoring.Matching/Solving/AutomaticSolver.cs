namespace ReverseMentoring.Matching.Solving;

/// <summary>
/// Picks the solver from the problem's shape: side constraints go to CP-SAT, one-to-one to
/// <c>LinearSumAssignment</c>, capacities above 1 to <c>MinCostFlow</c>. The result names the one that ran.
/// </summary>
internal sealed class AutomaticSolver : PairingSolver
{
    public static AutomaticSolver Instance { get; } = new();

    public override string Name => "Automatic";

    private protected override bool SupportsSideConstraints => true;

    private protected override CoreOutcome SolveCoreOutcome(Grid grid, bool coverageFirst, CancellationToken cancellationToken) =>
        Choose(grid).SolveCoreFor(grid, coverageFirst, cancellationToken);

    private protected override (IReadOnlyList<SolvedPair> Pairs, string RanAs) SolveCore(
        Grid grid, bool coverageFirst, CancellationToken cancellationToken)
    {
        var outcome = SolveCoreOutcome(grid, coverageFirst, cancellationToken);
        return (outcome.Pairs, outcome.RanAs);
    }

    private static PairingSolver Choose(Grid grid) =>
        grid.Side?.Constraints.HasConstraints == true ? CpSatSolver.Instance
        : grid.IsOneToOne ? AssignmentSolver.Instance
        : FlowSolver.Instance;
}
