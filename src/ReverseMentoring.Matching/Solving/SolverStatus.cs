namespace ReverseMentoring.Matching.Solving;

/// <summary>How a solver run ended.</summary>
public enum SolverStatus
{
    /// <summary>The pairing is proven optimal for the objective.</summary>
    Optimal,

    /// <summary>A valid pairing was found but not proven optimal (for example a time limit was hit).</summary>
    Feasible,

    /// <summary>No pairing meets the constraints.</summary>
    Infeasible,
}
