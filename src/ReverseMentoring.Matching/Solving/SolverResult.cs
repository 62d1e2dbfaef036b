namespace ReverseMentoring.Matching.Solving;

/// <summary>What a solver returns: its status, its name and the chosen pairs.</summary>
public sealed class SolverResult
{
    internal SolverResult(CoreOutcome outcome)
    {
        Status = outcome.Status;
        SolverName = outcome.RanAs;
        Pairs = outcome.Pairs;
        Objective = outcome.Objective;
        ObjectiveBound = outcome.ObjectiveBound;
        InfeasibleConstraints = outcome.InfeasibleConstraints ?? [];
        InfeasibilityReason = outcome.InfeasibilityReason;
    }

    /// <summary>How the run ended.</summary>
    public SolverStatus Status { get; }

    /// <summary>The name of the solver that ran, for example <c>LinearSumAssignment</c>.</summary>
    public string SolverName { get; }

    /// <summary>The chosen pairs, sorted by mentee id then mentor id (ordinal); empty when infeasible.</summary>
    public IReadOnlyList<SolvedPair> Pairs { get; }

    /// <summary>
    /// The value of the objective CP-SAT maximised for these pairs, in its own integer units (pair bonus, load term and
    /// scaled scores); null for the exact flow solvers and when infeasible.
    /// </summary>
    public double? Objective { get; }

    /// <summary>
    /// The best objective CP-SAT proved no pairing can beat, in the units of <see cref="Objective"/>; equal to it when
    /// <see cref="SolverStatus.Optimal"/>. Null for the exact flow solvers, when infeasible, and when a time limit stopped
    /// CP-SAT before its own first pairing (the result is then its starting pairing, with no proven bound).
    /// </summary>
    public double? ObjectiveBound { get; }

    /// <summary>
    /// The relative optimality gap (bound − objective) / max(1, |bound|): 0 when optimal, 0 or more when a time limit
    /// stopped the search; null when <see cref="Objective"/> or <see cref="ObjectiveBound"/> is null.
    /// </summary>
    public double? Gap => Objective is { } value && ObjectiveBound is { } bound
        ? Math.Max(0, bound - value) / Math.Max(1, Math.Abs(bound))
        : null;

    /// <summary>
    /// When <see cref="SolverStatus.Infeasible"/>: the side-constraint families that cannot be met together with the
    /// pinned pairs and capacities, named as the <see cref="SideConstraints"/> properties (for example
    /// <c>MaxSameDepartmentPairs</c>). Each one alone is infeasible, or, when none alone is, all of them together are.
    /// Empty otherwise.
    /// </summary>
    public IReadOnlyList<string> InfeasibleConstraints { get; }

    /// <summary>
    /// When <see cref="SolverStatus.Infeasible"/>: a sentence naming the constraints that cannot be met, in the current UI
    /// culture's language (English when it has no translation); null otherwise.
    /// </summary>
    public string? InfeasibilityReason { get; }
}
