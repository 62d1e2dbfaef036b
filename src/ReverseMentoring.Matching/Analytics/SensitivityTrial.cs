using ReverseMentoring.Matching.Scoring;

namespace ReverseMentoring.Matching.Analytics;

/// <summary>One perturbed run of a <see cref="WeightSensitivity"/> analysis.</summary>
/// <param name="Weights">The perturbed weights the run scored with.</param>
/// <param name="PairCount">How many pairs the run made.</param>
/// <param name="ChangedPairs">How many of the baseline's pairs the run did not make.</param>
/// <param name="ChangedShare"><paramref name="ChangedPairs"/> over the baseline's pair count (0 when the baseline has no pairs).</param>
public sealed record SensitivityTrial(CompositeScorerOptions Weights, int PairCount, int ChangedPairs, double ChangedShare);
