namespace ReverseMentoring.Matching.Solving;

/// <summary>
/// Picks the solver from the problem's shape: side constraints go to CP-SAT; from <see cref="CandidateCells"/> cells on,
/// the candidate-arc flow (<see cref="CandidateFlowSolver"/>); below that, one-to-one on a roughly square matrix (one
/// side at most 1.1 times the other) to <c>LinearSumAssignment</c>, capacities above 1 or a clearly rectangular matrix
/// to <c>MinCostFlow</c> (all exact). The result names the one that ran.
/// </summary>
/// <remarks>
/// <para>
/// The candidate-arc flow is 0.11× a hand-written LinearSumAssignment on uniform 4,000 × 4,000 scores and makes the
/// whole realistic 4,000 run 0.52× of it (Realistic1to1 and Uniform1to1 benchmarks); on small grids the full networks
/// are already fast.
/// </para>
/// <para>
/// Why rectangular goes to the flow: LinearSumAssignment needs a square, so 300 × 1,000 is padded to 1,000 × 1,000
/// and solved 2–6 times slower than the flow, which only has arcs for real cells. Near square the assignment is
/// 1.5–2.4 times faster. The measured switch points (RectangularBenchmarks in benchmarks/README.md) lie between 1.05
/// and 1.25 depending on size, hence 1.1.
/// </para>
/// </remarks>
internal sealed class AutomaticSolver : PairingSolver
{
    public static AutomaticSolver Instance { get; } = new();

    public override string Name => "Automatic";

    private protected override bool SupportsSideConstraints => true;

    private protected override CoreOutcome SolveCore(Grid grid, bool coverageFirst, CancellationToken cancellationToken) =>
        Choose(grid).SolveCoreFor(grid, coverageFirst, cancellationToken);

    private protected override bool HasExactCore(Grid grid) => Choose(grid).HasExactCoreFor(grid);

    /// <summary>How much longer one side may be than the other for the assignment to stay the faster choice.</summary>
    internal const double SquareEnough = 1.1;

    /// <summary>From this many cells on, the candidate-arc flow beats the full networks (CandidateBenchmarks).</summary>
    internal const long CandidateCells = 10_000;

    private static PairingSolver Choose(Grid grid) =>
        grid.Side?.Constraints.HasConstraints == true ? CpSatSolver.Instance
        : (long)grid.Rows * grid.Columns >= CandidateCells ? CandidateFlowSolver.Instance
        : CandidateFlowSolver.FullNetwork(grid);
}
