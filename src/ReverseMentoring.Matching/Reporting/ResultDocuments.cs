namespace ReverseMentoring.Matching.Reporting;

// The documented result format (docs/result-format.md). Property order is the field order on the wire:
// append new fields at the end, never reorder or rename.

/// <summary>The <c>assign</c> result: the shape fixed by docs/score-matrix-format.md.</summary>
internal sealed record AssignDocument(
    string Status,
    int PairCount,
    double TotalScore,
    IReadOnlyList<AssignPairDocument> Pairs,
    IReadOnlyList<string> UnmatchedMentees,
    IReadOnlyList<string> UnmatchedMentors);

/// <summary>One pair of <see cref="AssignDocument"/>.</summary>
internal sealed record AssignPairDocument(string Mentee, string Mentor, double Score);

/// <summary>The full result of a matching run: the <c>assign</c> shape plus summary and explanations.</summary>
internal sealed record PairingDocument(
    string Status,
    int PairCount,
    double TotalScore,
    double? MeanScore,
    double? MinimumScore,
    string Solver,
    IReadOnlyList<PairDocument> Pairs,
    IReadOnlyList<string> UnmatchedMentees,
    IReadOnlyList<string> UnmatchedMentors,
    IReadOnlyList<UnmatchedDocument> Unmatched,
    ScoreStatisticsDocument? ScoreStatistics,
    StabilityDocument? Stability,
    double? ObjectiveValue,
    double? ObjectiveBound,
    double? Gap);

/// <summary>One pair of <see cref="PairingDocument"/>, with the score's components by name, in scorer order.</summary>
internal sealed record PairDocument(string Mentee, string Mentor, double Score, IReadOnlyDictionary<string, double> Breakdown);

/// <summary>Someone left without a partner, and why.</summary>
internal sealed record UnmatchedDocument(
    string Id, string Role, string Reason, int AllowedCandidates, IReadOnlyDictionary<string, int> Exclusions);

/// <summary>The distribution of the pair scores (see <see cref="Analytics.ScoreStatistics"/>); null when there are no pairs.</summary>
internal sealed record ScoreStatisticsDocument(
    int Count, double Mean, double Median, double LowerQuartile, double UpperQuartile, double StandardDeviation, double Minimum, double Maximum);

/// <summary>
/// How stable a stable-matching run's pairing is (see <see cref="Explaining.StabilityReport"/>); null for other solvers.
/// The optimum fields are null unless the run compared with the optimum (<see cref="MatchingOptions.CompareWithOptimum"/>).
/// </summary>
internal sealed record StabilityDocument(
    bool Stable, int BlockingPairs, int? OptimalPairCount, double? OptimalTotal, double? PriceOfStability);
