namespace ReverseMentoring.Matching.Exploring;

/// <summary>How many alternatives to rank. Immutable; <c>with</c> makes a changed copy.</summary>
public sealed record AlternativesOptions
{
    /// <summary>
    /// The largest <see cref="Count"/> accepted: 50. Ranking k pairings takes about k × (pairs) solves of the whole
    /// problem, so this is for cohorts of up to a few hundred people.
    /// </summary>
    public const int MaxCount = 50;

    /// <summary>How many pairings to rank, the optimum included; from 1 to <see cref="MaxCount"/>, default 5.</summary>
    public int Count { get; init; } = 5;
}
