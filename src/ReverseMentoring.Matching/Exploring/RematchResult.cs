using ReverseMentoring.Matching.Explaining;
using ReverseMentoring.Matching.Solving;

namespace ReverseMentoring.Matching.Exploring;

/// <summary>The new pairing of a re-match and how it differs from the current one: kept, broken and new pairs. Immutable.</summary>
public sealed class RematchResult
{
    internal RematchResult(Pairing pairing, IReadOnlyList<MatchedPair> kept, IReadOnlyList<BrokenPair> broken, IReadOnlyList<MatchedPair> made, double penalty)
    {
        Pairing = pairing;
        Kept = kept;
        Broken = broken;
        New = made;
        DisruptionPenalty = penalty;
    }

    /// <summary>How the solve ended (the new pairing's status).</summary>
    public SolverStatus Status => Pairing.Status;

    /// <summary>The new pairing, with exact scores (the penalty is not in them) and the unmatched with reasons.</summary>
    public Pairing Pairing { get; }

    /// <summary>Current pairs the new pairing keeps, with their new scores.</summary>
    public IReadOnlyList<MatchedPair> Kept { get; }

    /// <summary>Current pairs the new pairing does not make, each with a reason.</summary>
    public IReadOnlyList<BrokenPair> Broken { get; }

    /// <summary>Pairs of the new pairing that were not current pairs.</summary>
    public IReadOnlyList<MatchedPair> New { get; }

    /// <summary>The penalty per broken pair the re-match used.</summary>
    public double DisruptionPenalty { get; }
}
