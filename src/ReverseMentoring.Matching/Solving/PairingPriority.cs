namespace ReverseMentoring.Matching.Solving;

/// <summary>Whether pairing people or the score comes first.</summary>
public enum PairingPriority
{
    /// <summary>Pair as many people as the rules and capacities allow, whatever their scores. The default.</summary>
    CoverageFirst,

    /// <summary>
    /// Make a pair only when it adds value (score above 0), and leave people unmatched when that raises the total.
    /// </summary>
    QualityFirst,
}
