namespace ReverseMentoring.Matching.Scoring;

/// <summary>
/// Weights of the default composite scorer. Each weight is finite and at least 0, at least one is above 0;
/// they are normalised to sum to 1, so only their ratios matter.
/// </summary>
public sealed record CompositeScorerOptions
{
    /// <summary>Weight of the skill gap (what the mentor can teach). Default 0.6: it is why the pair exists.</summary>
    public double SkillGapWeight { get; init; } = 0.6;

    /// <summary>Weight of the reciprocal value (what the executive gives back). Default 0.25.</summary>
    public double ReciprocalWeight { get; init; } = 0.25;

    /// <summary>Weight of network reach (different department and location). Default 0.15.</summary>
    public double NetworkReachWeight { get; init; } = 0.15;
}
