namespace ReverseMentoring.Matching.Exploring;

/// <summary>Why a re-match broke a current pair.</summary>
public enum BreakReason
{
    /// <summary>The mentee or the mentor is no longer in the cohort.</summary>
    Left,

    /// <summary>A rule now excludes the pair (for example an updated manager or level).</summary>
    NotAllowed,

    /// <summary>The pair now scores below the minimum score (or, quality first, adds no value).</summary>
    BelowMinimumScore,

    /// <summary>Changing it gains more than the disruption penalty, or lets more people be paired.</summary>
    Outweighed,
}
