using System.Globalization;
using MathNet.Numerics;
using ReverseMentoring.Matching.Model;
using ReverseMentoring.Matching.Scoring;

namespace ReverseMentoring.Matching.Analytics;

/// <summary>
/// Fits the composite scorer's weights (<see cref="CompositeScorerOptions"/>) to how past pairs went, and reports
/// how well the fitted score predicts a rating, cross-validated.
/// </summary>
/// <remarks>
/// Each rated pair's features are the unweighted values of <see cref="PairScorers.SkillGap"/>,
/// <see cref="PairScorers.Reciprocal"/> and <see cref="PairScorers.NetworkReach"/> for that mentor and mentee, from the
/// participants as given (their skills and goals now, so give the ones they had when they were paired if those changed).
/// The fit is least squares with an intercept and non-negative slopes: a component whose value does not rise with the
/// ratings gets weight 0 rather than a negative weight the scorer could not take. The rules play no part: the pairs
/// were made. The weights are the slopes' shares; the ratings' scale does not matter.
/// </remarks>
public static class WeightCalibration
{
    /// <summary>Fits the weights to <paramref name="outcomes"/>; every id must be a mentee or a mentor of <paramref name="cohort"/>.</summary>
    /// <param name="cohort">The participants the outcomes name, with their skills, goals, departments and locations.</param>
    /// <param name="outcomes">The rated pairs; a pair may appear more than once (rated in several cohorts).</param>
    /// <param name="options">Cross-validation settings; null means <c>new CalibrationOptions()</c>.</param>
    /// <exception cref="MatchingInputException">
    /// An outcome names someone who is not a mentee or mentor of the cohort, or has a rating that is not finite; fewer
    /// outcomes than folds or folds below 2; or no component rises with the ratings, so no weights can be fitted.
    /// </exception>
    public static CalibrationResult Fit(Cohort cohort, IEnumerable<PairOutcome> outcomes, CalibrationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(cohort);
        ArgumentNullException.ThrowIfNull(outcomes);
        options ??= new CalibrationOptions();

        // Ordinal order makes the folds independent of the input's order.
        var sorted = outcomes
            .Select((o, i) => o ?? throw new MatchingInputException(string.Create(CultureInfo.InvariantCulture, $"Outcome {i + 1} is null.")))
            .OrderBy(o => o.MenteeId, StringComparer.Ordinal)
            .ThenBy(o => o.MentorId, StringComparer.Ordinal)
            .ThenBy(o => o.Rating)
            .ToArray();
        var folds = options.Folds;
        if (folds < 2 || folds > sorted.Length)
        {
            throw new MatchingInputException(string.Create(
                CultureInfo.InvariantCulture,
                $"Cross-validation with {folds} folds needs at least 2 folds and at least as many rated pairs as folds; there are {sorted.Length} rated pairs."));
        }

        PairScorer[] parts = [PairScorers.SkillGap, PairScorers.Reciprocal, PairScorers.NetworkReach];
        var x = sorted.Select(o => Features(cohort, o, parts)).ToArray();
        var y = sorted.Select(o => o.Rating).ToArray();

        var all = Enumerable.Range(0, sorted.Length).ToArray();
        var (intercept, slopes) = NonNegativeLeastSquares.Fit(x, y, all);
        var total = slopes.Sum();
        if (!(total > 0))
        {
            throw new MatchingInputException(
                "No weights can be fitted: the ratings do not rise with any component (skill gap, reciprocal, network reach) "
                + "of the rated pairs, or the components do not vary across them.");
        }

        var components = parts
            .Select((p, c) => new CalibratedComponent(p.ComponentNames[0], slopes[c], slopes[c] / total))
            .ToArray();
        var fitted = all.Select(i => NonNegativeLeastSquares.Predict(intercept, slopes, x[i])).ToArray();
        return new CalibrationResult(
            components.AsReadOnly(), intercept, sorted.Length, folds, Quality(fitted, y), Quality(CrossValidated(x, y, folds), y));
    }

    // Each outcome predicted by a fit on the other folds.
    private static double[] CrossValidated(double[][] x, double[] y, int folds)
    {
        var predictions = new double[y.Length];
        for (var f = 0; f < folds; f++)
        {
            var training = Enumerable.Range(0, y.Length).Where(i => i % folds != f).ToArray();
            var (intercept, slopes) = NonNegativeLeastSquares.Fit(x, y, training);
            for (var i = f; i < y.Length; i += folds)
            {
                predictions[i] = NonNegativeLeastSquares.Predict(intercept, slopes, x[i]);
            }
        }

        return predictions;
    }

    private static (double Rmse, double? RSquared) Quality(double[] predicted, double[] observed)
    {
        var rmse = Math.Sqrt(predicted.Zip(observed, (p, o) => (o - p) * (o - p)).Average());
        double? r2 = observed.All(o => o == observed[0])
            ? null
            : GoodnessOfFit.CoefficientOfDetermination(predicted, observed);
        return (rmse, r2);
    }

    private static double[] Features(Cohort cohort, PairOutcome outcome, PairScorer[] parts)
    {
        var mentee = Find(cohort, outcome.MenteeId, ParticipantRole.Mentee, outcome);
        var mentor = Find(cohort, outcome.MentorId, ParticipantRole.Mentor, outcome);
        if (!double.IsFinite(outcome.Rating))
        {
            throw new MatchingInputException($"The rating of {outcome.MentorId} -> {outcome.MenteeId} is not a finite number.");
        }

        var values = new double[parts.Length];
        for (var c = 0; c < parts.Length; c++)
        {
            parts[c].Score(mentor, mentee, values.AsSpan(c, 1));
        }

        return values;
    }

    private static Participant Find(Cohort cohort, string? id, ParticipantRole role, PairOutcome outcome)
    {
        var what = role == ParticipantRole.Mentee ? "mentee" : "mentor";
        if (id is null || !cohort.TryGet(id, out var person))
        {
            throw new MatchingInputException($"The rated pair {outcome.MentorId} -> {outcome.MenteeId} names '{id}', who is not among the participants.");
        }

        return person.Role == role
            ? person
            : throw new MatchingInputException($"The rated pair {outcome.MentorId} -> {outcome.MenteeId} names '{id}' as its {what}, but '{id}' is not a {what}.");
    }
}
