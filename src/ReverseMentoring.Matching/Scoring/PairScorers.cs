namespace ReverseMentoring.Matching.Scoring;

/// <summary>The catalog of built-in scorers.</summary>
public static class PairScorers
{
    /// <summary>
    /// Mentor level above mentee level on the areas the mentee wants to learn, weighted by the mentee's goals:
    /// <c>sum(goal * max(0, mentorLevel - menteeLevel)) / (5 * sum(goal))</c>; 0 when the mentee has no goals.
    /// One component, <c>SkillGap</c>.
    /// </summary>
    public static PairScorer SkillGap => GapScorer.SkillGap;

    /// <summary>
    /// The skill-gap measure the other way: the executive's levels above the junior's on the junior's own goals.
    /// One component, <c>Reciprocal</c>.
    /// </summary>
    public static PairScorer Reciprocal => GapScorer.Reciprocal;

    /// <summary>
    /// 0.5 when the departments differ plus 0.5 when the locations differ; unknown counts as the same.
    /// One component, <c>NetworkReach</c>.
    /// </summary>
    public static PairScorer NetworkReach => NetworkReachScorer.Instance;

    /// <summary>The default scorer: skill gap, reciprocal and network reach with the default weights.</summary>
    public static PairScorer Default { get; } = Composite();

    /// <summary>
    /// Skill gap, reciprocal and network reach, weighted by <paramref name="options"/>
    /// (defaults 0.6 / 0.25 / 0.15). Components: <c>SkillGap</c>, <c>Reciprocal</c>, <c>NetworkReach</c>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A weight is negative, NaN or infinite, or all are 0.</exception>
    public static PairScorer Composite(CompositeScorerOptions? options = null)
    {
        options ??= new CompositeScorerOptions();
        return Weighted(
            (SkillGap, options.SkillGapWeight),
            (Reciprocal, options.ReciprocalWeight),
            (NetworkReach, options.NetworkReachWeight));
    }

    /// <summary>
    /// Any scorers, your own included, combined by weight. Weights are normalised to sum to 1; each part's
    /// components appear in the breakdown multiplied by its normalised weight, so they still sum to the score.
    /// </summary>
    /// <exception cref="ArgumentException">No parts, a bad weight, or two components with the same name.</exception>
    public static PairScorer Weighted(params (PairScorer Scorer, double Weight)[] parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        return new WeightedScorer(parts);
    }
}
