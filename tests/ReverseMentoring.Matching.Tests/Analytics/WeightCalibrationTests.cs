using ReverseMentoring.Matching.Analytics;
using ReverseMentoring.Matching.Generating;
using ReverseMentoring.Matching.Model;
using ReverseMentoring.Matching.Scoring;
using ReverseMentoring.Matching.Tests.Support;
using Xunit;

namespace ReverseMentoring.Matching.Tests.Analytics;

public sealed class WeightCalibrationTests
{
    [Theory]
    [InlineData(0.6, 0.25, 0.15)]
    [InlineData(0.5, 0.2, 0.3)]
    [InlineData(0.7, 0.0, 0.3)]
    [InlineData(0.2, 0.5, 0.3)]
    public void Calibration_recovers_known_weights_from_synthetic_ratings(double skillGap, double reciprocal, double networkReach)
    {
        var cohort = new Cohort(new CohortGenerator(11).Generate(mentees: 40, mentors: 40));
        var random = new Random(3);
        var pairs = RandomPairs(cohort, random, 400);

        // A 1–5 survey: 1.5 + 3 · (weighted score), plus noise of 0.05 rating points.
        var outcomes = pairs.Select(p => new PairOutcome(
            p.Mentee.Id, p.Mentor.Id, 1.5 + (3 * Dot([skillGap, reciprocal, networkReach], Components(p.Mentor, p.Mentee))) + (0.05 * Gaussian(random))))
            .ToArray();

        var result = WeightCalibration.Fit(cohort, outcomes);

        Assert.Equal(skillGap, result.Weights.SkillGapWeight, 0.03);
        Assert.Equal(reciprocal, result.Weights.ReciprocalWeight, 0.03);
        Assert.Equal(networkReach, result.Weights.NetworkReachWeight, 0.03);
        Assert.Equal(1.5, result.Intercept, 0.05);
        Assert.All(result.Components, c => Assert.True(c.Coefficient >= 0 && c.Weight >= 0, c.ToString()));
        Assert.Equal(0.05, result.CrossValidatedRmse, 0.01); // the noise is all that is left to predict
        Assert.True(result.CrossValidatedRSquared > 0.9, $"R² {result.CrossValidatedRSquared}");
    }

    [Fact]
    public void A_component_the_ratings_fall_with_gets_weight_0_not_a_negative_weight()
    {
        var cohort = new Cohort(new CohortGenerator(5).Generate(mentees: 30, mentors: 30));
        var random = new Random(9);
        var outcomes = RandomPairs(cohort, random, 300)
            .Select(p => new PairOutcome(p.Mentee.Id, p.Mentor.Id, 3 + Dot([2, 0.5, -1], Components(p.Mentor, p.Mentee)) + (0.02 * Gaussian(random))))
            .ToArray();

        var result = WeightCalibration.Fit(cohort, outcomes);

        Assert.Equal(0, result.Weights.NetworkReachWeight);
        Assert.Equal(1, result.Weights.SkillGapWeight + result.Weights.ReciprocalWeight, 1e-12);
    }

    [Fact]
    public void Cross_validated_error_is_the_hand_computed_one_on_a_tiny_example()
    {
        // No goals, so skill gap and reciprocal are 0 for every pair; network reach is 0, 0.5 or 1 by design.
        Participant[] people =
        [
            Participant.Mentee("e1", 5, department: "Sales", location: "Oslo"),
            Participant.Mentee("e2", 5, department: "Sales", location: "Oslo"),
            Participant.Mentee("e3", 5, department: "Sales", location: "Oslo"),
            Participant.Mentee("e4", 5, department: "Sales", location: "Oslo"),
            Participant.Mentor("m1", 1, department: "Sales", location: "Oslo"), // reach 0 with every mentee
            Participant.Mentor("m2", 1, department: "IT", location: "Oslo"),    // 0.5
            Participant.Mentor("m3", 1, department: "IT", location: "Rome"),    // 1
            Participant.Mentor("m4", 1, department: "Sales", location: "Rome"), // 0.5
        ];

        // Given out of order: the folds follow (mentee, mentor) order, position i in fold i mod 2.
        PairOutcome[] outcomes = [new("e4", "m4", 2.4), new("e2", "m2", 2), new("e3", "m3", 4), new("e1", "m1", 1)];

        var result = WeightCalibration.Fit(new Cohort(people), outcomes, new CalibrationOptions { Folds = 2 });

        // Fold 0 holds out e1 (reach 0, rating 1) and e3 (1, 4); it trains on (0.5, 2) and (0.5, 2.4), where reach does
        // not vary, so it predicts their mean 2.2: residuals -1.2 and 1.8.
        // Fold 1 holds out e2 (0.5, 2) and e4 (0.5, 2.4); it trains on (0, 1) and (1, 4): rating = 1 + 3 reach, so it
        // predicts 2.5 for both: residuals -0.5 and -0.1.
        double[] residuals = [-1.2, 1.8, -0.5, -0.1];
        var squares = residuals.Sum(r => r * r);
        Assert.Equal(Math.Sqrt(squares / 4), result.CrossValidatedRmse, 1e-12);
        double[] ratings = [1, 2, 4, 2.4];
        var mean = ratings.Average();
        Assert.Equal(1 - (squares / ratings.Sum(r => (r - mean) * (r - mean))), result.CrossValidatedRSquared!.Value, 1e-12);

        // On all four, only network reach varies and rises with the rating: it takes the whole weight.
        Assert.Equal((0.0, 0.0, 1.0), (result.Weights.SkillGapWeight, result.Weights.ReciprocalWeight, result.Weights.NetworkReachWeight));
        Assert.Equal((4, 2), (result.OutcomeCount, result.Folds));
    }

    [Fact]
    public void The_result_does_not_depend_on_the_order_of_the_outcomes()
    {
        var cohort = new Cohort(new CohortGenerator(2).Generate(mentees: 15, mentors: 15));
        var random = new Random(4);
        var outcomes = RandomPairs(cohort, random, 60)
            .Select(p => new PairOutcome(p.Mentee.Id, p.Mentor.Id, Dot([1, 1, 1], Components(p.Mentor, p.Mentee)) + random.Next(0, 2)))
            .ToArray();

        var forward = WeightCalibration.Fit(cohort, outcomes, new CalibrationOptions { Folds = 7 });
        var backward = WeightCalibration.Fit(cohort, outcomes.Reverse(), new CalibrationOptions { Folds = 7 });

        Assert.Equal(forward.Weights, backward.Weights);
        Assert.Equal(forward.CrossValidatedRmse, backward.CrossValidatedRmse);
    }

    [Fact]
    public void Unknown_ids_roles_folds_and_flat_ratings_are_input_errors_that_say_what_is_wrong()
    {
        var cohort = new Cohort([Participant.Mentee("e1", 5, department: "A"), Participant.Mentor("m1", 1, department: "B"), Participant.Mentor("m2", 1, department: "A")]);
        PairOutcome[] good = [new("e1", "m1", 4), new("e1", "m2", 2)];

        Assert.Contains("'x', who is not among", Assert.Throws<MatchingInputException>(
            () => WeightCalibration.Fit(cohort, [.. good, new("x", "m1", 3)], new CalibrationOptions { Folds = 2 })).Message, StringComparison.Ordinal);
        Assert.Contains("names 'm1' as its mentee", Assert.Throws<MatchingInputException>(
            () => WeightCalibration.Fit(cohort, [.. good, new("m1", "m2", 3)], new CalibrationOptions { Folds = 2 })).Message, StringComparison.Ordinal);
        Assert.Contains("3 folds", Assert.Throws<MatchingInputException>(
            () => WeightCalibration.Fit(cohort, good, new CalibrationOptions { Folds = 3 })).Message, StringComparison.Ordinal);
        Assert.Throws<MatchingInputException>(() => WeightCalibration.Fit(cohort, good, new CalibrationOptions { Folds = 1 }));
        Assert.Contains("do not rise", Assert.Throws<MatchingInputException>(
            () => WeightCalibration.Fit(cohort, [new("e1", "m1", 2), new("e1", "m2", 4)], new CalibrationOptions { Folds = 2 })).Message, StringComparison.Ordinal);
        Assert.Contains("finite", Assert.Throws<MatchingInputException>(
            () => WeightCalibration.Fit(cohort, [new("e1", "m1", double.NaN), new("e1", "m2", 4)], new CalibrationOptions { Folds = 2 })).Message, StringComparison.Ordinal);
    }

    internal static (Participant Mentor, Participant Mentee)[] RandomPairs(Cohort cohort, Random random, int count) =>
        [.. Enumerable.Range(0, count).Select(_ => (cohort.Mentors[random.Next(cohort.Mentors.Count)], cohort.Mentees[random.Next(cohort.Mentees.Count)]))];

    // The unweighted component values, from the built-in scorers one by one.
    private static double[] Components(Participant mentor, Participant mentee)
    {
        var values = new double[3];
        PairScorers.SkillGap.Score(mentor, mentee, values.AsSpan(0, 1));
        PairScorers.Reciprocal.Score(mentor, mentee, values.AsSpan(1, 1));
        PairScorers.NetworkReach.Score(mentor, mentee, values.AsSpan(2, 1));
        return values;
    }

    private static double Dot(double[] a, double[] b) => a.Zip(b, (x, y) => x * y).Sum();

    // Box–Muller: a standard normal draw from two uniform ones.
    private static double Gaussian(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
