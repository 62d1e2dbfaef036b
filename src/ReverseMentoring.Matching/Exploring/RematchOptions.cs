using ReverseMentoring.Matching.Model;

namespace ReverseMentoring.Matching.Exploring;

/// <summary>How a re-match weighs disruption against score. Immutable; <c>with</c> makes a changed copy.</summary>
public sealed record RematchOptions
{
    /// <summary>The largest <see cref="DisruptionPenalty"/> accepted: 1000, far above any gain a pair's score in [0, 1] can bring.</summary>
    public const double MaxDisruptionPenalty = 1000;

    /// <summary>
    /// What breaking one current pair costs, in score units (pair scores are in [0, 1]); default 0.1. A current pair is
    /// kept unless changing it gains more total score than this per broken pair. 0 gives a fresh optimum. A large
    /// penalty coarsens the solvers' score resolution (they scale scores relative to the largest, penalty included),
    /// so to never break a pair, lock it instead.
    /// </summary>
    public double DisruptionPenalty { get; init; } = 0.1;

    /// <summary>Pairs that must stay whatever the scores (as pinned pairs); each must be allowed. Default none.</summary>
    public IReadOnlyList<ParticipantPair> LockedPairs { get; init; } = [];
}
