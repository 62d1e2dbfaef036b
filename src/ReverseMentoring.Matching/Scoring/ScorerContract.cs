using System.Globalization;

namespace ReverseMentoring.Matching.Scoring;

/// <summary>
/// The one place that enforces <see cref="PairScorer"/>'s contract on written buffers: a pair's components must be
/// finite and sum to a score in [0, 1] (rounding may overshoot by <see cref="Tolerance"/>).
/// </summary>
internal static class ScorerContract
{
    public const double Tolerance = 1e-9;

    /// <summary>The pair's score from its components (divided by the weight they were written with), checked.</summary>
    /// <exception cref="InvalidOperationException">The scorer broke its contract; the message names it and the pair.</exception>
    public static double CheckedScore(
        PairScorer scorer, ScoringTable table, double[] buffer, int stride, int offset, double weight, int mentee, int mentor)
    {
        var cell = (((mentee * table.Mentors.Count) + mentor) * stride) + offset;
        double sum = 0;
        for (var c = 0; c < scorer.ComponentNames.Count; c++)
        {
            sum += buffer[cell + c];
        }

        var score = sum / weight;
        if (!double.IsFinite(score) || score < -Tolerance || score > 1 + Tolerance)
        {
            throw new InvalidOperationException(string.Create(
                CultureInfo.InvariantCulture,
                $"Scorer {NameOf(scorer)} scored mentor '{table.Mentors[mentor].Id}' with mentee '{table.Mentees[mentee].Id}' {score}; a score must be a finite number in [0, 1]."));
        }

        return score;
    }

    /// <summary>Checks every pair a part of a composite wrote, so a broken part cannot hide behind the others.</summary>
    public static void VerifyAll(PairScorer scorer, ScoringTable table, double[] buffer, int stride, int offset, double weight)
    {
        if (weight <= 0)
        {
            return; // a part weighted 0 wrote zeros (NaN aside, which the total still catches)
        }

        for (var i = 0; i < table.Mentees.Count; i++)
        {
            for (var j = 0; j < table.Mentors.Count; j++)
            {
                CheckedScore(scorer, table, buffer, stride, offset, weight, i, j);
            }
        }
    }

    /// <summary>Whether the scorer comes from outside this library (built-ins are correct by construction and tested).</summary>
    public static bool IsUserScorer(PairScorer scorer) => scorer.GetType().Assembly != typeof(PairScorer).Assembly;

    private static string NameOf(PairScorer scorer) =>
        IsUserScorer(scorer) ? scorer.GetType().Name : $"{scorer.GetType().Name} ({string.Join(", ", scorer.ComponentNames)})";
}
