namespace ReverseMentoring.Matching.Exploring;

/// <summary>What a why-not question found for a mentee and a mentor.</summary>
public enum WhyNotStatus
{
    /// <summary>The optimum does not pair them; the alternative is the best pairing that does (the pair pinned).</summary>
    Forced,

    /// <summary>The optimum pairs them; the alternative is the best pairing that does not (the pair forbidden).</summary>
    Forbidden,

    /// <summary>A rule excludes the pair, so no pairing can make it; there is no alternative.</summary>
    NotAllowed,

    /// <summary>The pair is one of the engine's pinned pairs, so no pairing may leave it out; there is no alternative.</summary>
    Pinned,

    /// <summary>
    /// Pinning the pair cannot hold with the engine's own pinned pairs, the capacities or the side constraints;
    /// there is no alternative.
    /// </summary>
    Infeasible,
}
