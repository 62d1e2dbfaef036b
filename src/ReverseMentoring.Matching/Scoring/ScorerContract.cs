using System.Globalization;

namespace ReverseMentoring.Matching.Scoring;

/// <summary>
/// The one place that enforces <see cref="PairScorer"/>'s contract: a pair's components must be finite and sum to a
/// score in [0, 1] (rounding may overshoot by <see cref="Tolerance"/>).
/// </summary>
internal static class ScorerContract
{
    public const double Tolerance = 1e-9;

    /// <summary>The pair's score (the sum of its components), checked.</summary>
    /// <exception cref="InvalidOperationException">The scorer broke its contract; the message names it and the pair.</exception>
    public static double Checked(PairScorer scorer, ScoringTable table, int mentee, int mentor, double score)
    {
        // A non-finite component makes the sum NaN or infinite, so checking the sum covers every component.
        if (!double.IsFinite(score) || score < -Tolerance || score > 1 + Tolerance)
        {
            throw new InvalidOperationException(string.Create(
                CultureInfo.InvariantCulture,
                $"Scorer {NameOf(scorer)} scored mentor '{table.Mentors[mentor].Id}' with mentee '{table.Mentees[mentee].Id}' {score}; a score must be a finite number in [0, 1]."));
        }

        return score;
    }

    /// <summary>Whether the scorer comes from outside this library (built-ins are correct by construction and tested).</summary>
    public static bool IsUserScorer(PairScorer scorer) => scorer.GetType().Assembly != typeof(PairScorer).Assembly;

    private static string NameOf(PairScorer scorer) =>
        IsUserScorer(scorer) ? scorer.GetType().Name : $"{scorer.GetType().Name} ({string.Join(", ", scorer.ComponentNames)})";
}
