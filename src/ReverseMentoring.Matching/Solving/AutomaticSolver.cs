namespace ReverseMentoring.Matching.Solving;

/// <summary>
/// Picks the solver from the problem's shape: one-to-one goes to <c>LinearSumAssignment</c>, capacities above 1
/// go to <c>MinCostFlow</c>. The result names the one that ran.
/// </summary>
internal sealed class AutomaticSolver : PairingSolver
{
    public static AutomaticSolver Instance { get; } = new();

    public override string Name => "Automatic";

    private protected override (IReadOnlyList<SolvedPair> Pairs, string RanAs) SolveCore(
        Grid grid, bool coverageFirst, CancellationToken cancellationToken) =>
        grid.IsOneToOne
            ? Core(AssignmentSolver.Instance, grid, coverageFirst, cancellationToken)
            : Core(FlowSolver.Instance, grid, coverageFirst, cancellationToken);

    private static (IReadOnlyList<SolvedPair> Pairs, string RanAs) Core(
        PairingSolver solver, Grid grid, bool coverageFirst, CancellationToken cancellationToken) =>
        solver.SolveCoreFor(grid, coverageFirst, cancellationToken);
}
