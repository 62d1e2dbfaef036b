using ReverseMentoring.Matching.Rules;
using ReverseMentoring.Matching.Scoring;
using ReverseMentoring.Matching.Solving;

namespace ReverseMentoring.Matching;

/// <summary>What a matching run uses. Every property has a documented default.</summary>
public sealed record MatchingOptions
{
    /// <summary>Scores each allowed pair. Default <see cref="PairScorers.Default"/> (skill gap 0.6, reciprocal 0.25, network reach 0.15).</summary>
    public PairScorer Scorer { get; init; } = PairScorers.Default;

    /// <summary>Hard constraints, applied in order. Default <see cref="PairRules.Defaults"/> (reporting line, seniority).</summary>
    public IReadOnlyList<PairRule> Rules { get; init; } = PairRules.Defaults;

    /// <summary>Chooses the pairs. Default <see cref="PairingSolvers.LinearSumAssignment"/>: most pairs, then highest total.</summary>
    public PairingSolver Solver { get; init; } = PairingSolvers.LinearSumAssignment;
}
