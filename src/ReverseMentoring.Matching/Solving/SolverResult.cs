namespace ReverseMentoring.Matching.Solving;

/// <summary>What a solver returns: its status, its name and the chosen pairs.</summary>
public sealed class SolverResult
{
    internal SolverResult(SolverStatus status, string solverName, IReadOnlyList<SolvedPair> pairs)
    {
        Status = status;
        SolverName = solverName;
        Pairs = pairs;
    }

    /// <summary>How the run ended.</summary>
    public SolverStatus Status { get; }

    /// <summary>The name of the solver that ran, for example <c>LinearSumAssignment</c>.</summary>
    public string SolverName { get; }

    /// <summary>The chosen pairs, sorted by mentee id then mentor id (ordinal).</summary>
    public IReadOnlyList<SolvedPair> Pairs { get; }
}
