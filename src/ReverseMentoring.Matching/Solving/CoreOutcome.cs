namespace ReverseMentoring.Matching.Solving;

/// <summary>What one solver core run found, in canonical indices; exact cores are always optimal.</summary>
internal sealed record CoreOutcome(
    IReadOnlyList<SolvedPair> Pairs,
    string RanAs,
    SolverStatus Status = SolverStatus.Optimal,
    double? Objective = null,
    double? ObjectiveBound = null,
    IReadOnlyList<string>? InfeasibleConstraints = null,
    string? InfeasibilityReason = null);
