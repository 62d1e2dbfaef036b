namespace ReverseMentoring.Matching.Analytics;

/// <summary>How <see cref="WeightCalibration.Fit(Model.Cohort, IEnumerable{PairOutcome}, CalibrationOptions?)"/> checks its fit.</summary>
public sealed record CalibrationOptions
{
    /// <summary>
    /// The number of cross-validation folds, at least 2 and at most the number of outcomes. Default 5.
    /// The outcomes are sorted by mentee id, mentor id and rating (ordinal), and the one at position <c>i</c> is held
    /// out in fold <c>i mod Folds</c>: the same outcomes in any file order give the same folds.
    /// </summary>
    public int Folds { get; init; } = 5;
}
