namespace ReverseMentoring.Matching.Solving;

/// <summary>What the solver optimises after pairing as many people as allowed.</summary>
public enum PairingObjective
{
    /// <summary>Most pairs, then the highest total score. The default.</summary>
    MaxTotal,

    /// <summary>Most pairs, then the best possible worst pair, then the highest total (lexicographic).</summary>
    MaxMin,
}
