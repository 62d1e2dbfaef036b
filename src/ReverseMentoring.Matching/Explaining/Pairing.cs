using ReverseMentoring.Matching.Solving;

namespace ReverseMentoring.Matching.Explaining;

/// <summary>The result of a matching run: the pairs, the unmatched with reasons, summary numbers and solver status.</summary>
public sealed class Pairing
{
    internal Pairing(
        IReadOnlyList<MatchedPair> pairs,
        IReadOnlyList<UnmatchedParticipant> unmatchedMentees,
        IReadOnlyList<UnmatchedParticipant> unmatchedMentors,
        SolverStatus status,
        string solverName,
        TimeSpan elapsed)
    {
        Pairs = pairs;
        UnmatchedMentees = unmatchedMentees;
        UnmatchedMentors = unmatchedMentors;
        Status = status;
        SolverName = solverName;
        Elapsed = elapsed;
        TotalScore = pairs.Sum(p => p.Score);
        MeanScore = pairs.Count > 0 ? TotalScore / pairs.Count : null;
        MinimumScore = pairs.Count > 0 ? pairs.Min(p => p.Score) : null;
    }

    /// <summary>The chosen pairs, sorted by mentee id then mentor id (ordinal).</summary>
    public IReadOnlyList<MatchedPair> Pairs { get; }

    /// <summary>Mentees without a mentor, sorted by id, each with a reason.</summary>
    public IReadOnlyList<UnmatchedParticipant> UnmatchedMentees { get; }

    /// <summary>Mentors without a mentee, sorted by id, each with a reason.</summary>
    public IReadOnlyList<UnmatchedParticipant> UnmatchedMentors { get; }

    /// <summary>The sum of the pairs' scores (0 when there are none).</summary>
    public double TotalScore { get; }

    /// <summary>The mean pair score, or null when there are no pairs.</summary>
    public double? MeanScore { get; }

    /// <summary>The worst pair's score, or null when there are no pairs.</summary>
    public double? MinimumScore { get; }

    /// <summary>How the solver run ended.</summary>
    public SolverStatus Status { get; }

    /// <summary>Which solver ran.</summary>
    public string SolverName { get; }

    /// <summary>Wall-clock time of the whole run: validation, rules, scoring and solving.</summary>
    public TimeSpan Elapsed { get; }

    /// <summary>
    /// CP-SAT's objective for these pairs, in its own integer units (<see cref="SolverResult.Objective"/>); null when
    /// another solver ran.
    /// </summary>
    public double? ObjectiveValue { get; internal init; }

    /// <summary>
    /// The best objective CP-SAT proved no pairing can beat, in the units of <see cref="ObjectiveValue"/>
    /// (<see cref="SolverResult.ObjectiveBound"/>); null when another solver ran.
    /// </summary>
    public double? ObjectiveBound { get; internal init; }

    /// <summary>The relative optimality gap of a CP-SAT run (<see cref="SolverResult.Gap"/>): 0 when optimal; null when another solver ran.</summary>
    public double? Gap { get; internal init; }

    /// <summary>
    /// For a stable matching run (<see cref="Configuration.SolverSettings.StableName"/>): its blocking pairs (none) and,
    /// with <see cref="MatchingOptions.CompareWithOptimum"/>, the total given up for stability; null for the other
    /// solvers, which do not aim at stability.
    /// </summary>
    public StabilityReport? Stability { get; internal init; }
}
