using ReverseMentoring.Matching.Scoring;

namespace ReverseMentoring.Matching.Analytics;

/// <summary>
/// Composite scorer weights fitted to past pairs' ratings, with how well they predict a rating: in sample, and
/// k-fold cross-validated (each rating predicted by a fit that did not see it).
/// </summary>
/// <remarks>
/// The model is <c>rating ≈ Intercept + Σ Coefficient_k · value_k</c> with every coefficient at least 0, where
/// <c>value_k</c> is the component's unweighted value for the pair. The composite score is that model without the
/// intercept and scaled to [0, 1], so <see cref="Weights"/> are the coefficients' shares. R² is
/// <c>1 − Σ(rating − prediction)² / Σ(rating − mean rating)²</c>: 1 is a perfect fit, 0 no better than the mean rating,
/// and cross-validated it can be below 0. It is null when every rating is the same.
/// </remarks>
public sealed class CalibrationResult
{
    internal CalibrationResult(
        IReadOnlyList<CalibratedComponent> components,
        double intercept,
        int outcomeCount,
        int folds,
        (double Rmse, double? RSquared) inSample,
        (double Rmse, double? RSquared) crossValidated)
    {
        Components = components;
        Intercept = intercept;
        OutcomeCount = outcomeCount;
        Folds = folds;
        (Rmse, RSquared) = inSample;
        (CrossValidatedRmse, CrossValidatedRSquared) = crossValidated;
        Weights = new CompositeScorerOptions
        {
            SkillGapWeight = components[0].Weight,
            ReciprocalWeight = components[1].Weight,
            NetworkReachWeight = components[2].Weight,
        };
    }

    /// <summary>The fitted weights, summing to 1, in the form a run config (<c>weights</c>) and <see cref="PairScorers.Composite"/> take.</summary>
    public CompositeScorerOptions Weights { get; }

    /// <summary>Skill gap, reciprocal and network reach, in that order, with their coefficients and weights.</summary>
    public IReadOnlyList<CalibratedComponent> Components { get; }

    /// <summary>The predicted rating of a pair whose components are all 0.</summary>
    public double Intercept { get; }

    /// <summary>How many rated pairs the fit used.</summary>
    public int OutcomeCount { get; }

    /// <summary>The number of cross-validation folds.</summary>
    public int Folds { get; }

    /// <summary>Root-mean-square error of the fit on the ratings it was fitted to, in rating points.</summary>
    public double Rmse { get; }

    /// <summary>R² of the fit on the ratings it was fitted to; null when every rating is the same.</summary>
    public double? RSquared { get; }

    /// <summary>Root-mean-square error of the out-of-fold predictions, in rating points: what to expect on new pairs.</summary>
    public double CrossValidatedRmse { get; }

    /// <summary>R² of the out-of-fold predictions; can be below 0; null when every rating is the same.</summary>
    public double? CrossValidatedRSquared { get; }
}
