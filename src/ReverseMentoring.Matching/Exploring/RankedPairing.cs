using ReverseMentoring.Matching.Explaining;

namespace ReverseMentoring.Matching.Exploring;

/// <summary>One pairing of a ranking of alternatives, and what it gives up against the best. Immutable.</summary>
public sealed class RankedPairing
{
    internal RankedPairing(int rank, Pairing pairing, Pairing best)
    {
        Rank = rank;
        Pairing = pairing;
        ScoreChange = pairing.TotalScore - best.TotalScore;
        PairCountChange = pairing.Pairs.Count - best.Pairs.Count;
    }

    /// <summary>1 for the optimum, 2 for the next best, and so on.</summary>
    public int Rank { get; }

    /// <summary>The pairing, with exact scores and the unmatched with reasons.</summary>
    public Pairing Pairing { get; }

    /// <summary>This pairing's total score minus the optimum's: 0 for the optimum, at most 0 while pair counts are equal.</summary>
    public double ScoreChange { get; }

    /// <summary>This pairing's pair count minus the optimum's: 0, or below 0 once every pairing with as many pairs is ranked.</summary>
    public int PairCountChange { get; }
}
