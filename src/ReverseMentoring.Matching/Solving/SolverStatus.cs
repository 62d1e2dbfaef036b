namespace ReverseMentoring.Matching.Solving;

/// <summary>How a solver run ended.</summary>
public enum SolverStatus
{
    /// <summary>The pairing is proven optimal for the objective.</summary>
    Optimal,

    /// <summary>
    /// A time limit stopped the search (CP-SAT only): the pairing is valid, and at least as good as the flow optimum
    /// without side constraints with the pairs that break them dropped, but not proven optimal.
    /// </summary>
    Feasible,

    /// <summary>No pairing meets the constraints.</summary>
    Infeasible,
}
