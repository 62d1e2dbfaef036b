namespace ReverseMentoring.Matching.Generating;

/// <summary>What <see cref="SyntheticCohort.Generate"/> builds. Every property has a documented default.</summary>
public sealed record SyntheticCohortOptions
{
    /// <summary>The most participants per side: 100,000 mentors and 100,000 mentees.</summary>
    public const int MaxPerSide = 100_000;

    /// <summary>The seed used when none is given, so that runs without a seed see the same people.</summary>
    public const int DefaultSeed = 20_240_601;

    /// <summary>How many junior mentors, 0 to <see cref="MaxPerSide"/>. Default 20.</summary>
    public int Mentors { get; init; } = 20;

    /// <summary>How many executive mentees, 0 to <see cref="MaxPerSide"/>. Default 20.</summary>
    public int Mentees { get; init; } = 20;

    /// <summary>The seed of the pseudo-random stream: the same seed and sizes give the same cohort. Default <see cref="DefaultSeed"/>.</summary>
    public int Seed { get; init; } = DefaultSeed;
}
