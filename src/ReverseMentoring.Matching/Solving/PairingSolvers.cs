namespace ReverseMentoring.Matching.Solving;

/// <summary>The catalog of built-in solvers.</summary>
public static class PairingSolvers
{
    /// <summary>
    /// Optimal 1:1 pairing with OR-Tools <c>LinearSumAssignment</c>: as many pairs as the allowed cells permit,
    /// then the highest total score. Any shape, negative scores, any magnitude (see the README on cost scaling).
    /// </summary>
    public static PairingSolver LinearSumAssignment => AssignmentSolver.Instance;
}
