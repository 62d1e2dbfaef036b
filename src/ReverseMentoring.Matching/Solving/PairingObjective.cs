namespace ReverseMentoring.Matching.Solving;

/// <summary>What the solver optimises after pairing as many people as allowed.</summary>
public enum PairingObjective
{
    /// <summary>Most pairs, then the highest total score. The default.</summary>
    MaxTotal,

    /// <summary>
    /// Most pairs, then the best possible worst pair, then the highest total (lexicographic). With
    /// <see cref="PairingPriority.QualityFirst"/>, pairs scoring 0 or less are left out first and the rest is paired
    /// coverage first: max-min is about the worst pair made, so it never trades pairs for total. Pinned pairs are made
    /// first and the search raises the worst pair the solver <em>chooses</em>: a pinned pair scoring below it stays as
    /// it is (it may be the pairing's minimum score) and does not turn the rest into a plain highest-total search.
    /// </summary>
    MaxMin,
}
