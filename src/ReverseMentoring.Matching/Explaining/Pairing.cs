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
}
