using System.Globalization;
using ReverseMentoring.Matching.Explaining;

namespace ReverseMentoring.Matching.Exploring;

/// <summary>
/// The answer to "why not this mentee with this mentor?" (or, for a pair the optimum makes, "why them?"): the optimum,
/// the best pairing with the pair forced the other way, and exactly what that would change. Immutable.
/// </summary>
public sealed class WhyNotResult
{
    internal WhyNotResult(string menteeId, string mentorId, WhyNotStatus status, ExplorationText reason, Pairing optimum, Pairing? alternative)
    {
        MenteeId = menteeId;
        MentorId = mentorId;
        Status = status;
        Text = reason;
        Reason = reason.Format(null);
        Optimum = optimum;
        Alternative = alternative;
        if (alternative is not null)
        {
            ScoreChange = alternative.TotalScore - optimum.TotalScore;
            PairCountChange = alternative.Pairs.Count - optimum.Pairs.Count;
            var before = optimum.Pairs.Select(Key).ToHashSet();
            var after = alternative.Pairs.Select(Key).ToHashSet();
            Added = [.. alternative.Pairs.Where(p => !before.Contains(Key(p)))];
            Removed = [.. optimum.Pairs.Where(p => !after.Contains(Key(p)))];
        }
    }

    /// <summary>The mentee asked about.</summary>
    public string MenteeId { get; }

    /// <summary>The mentor asked about.</summary>
    public string MentorId { get; }

    /// <summary>Whether the pair was forced in, forced out, or could not be.</summary>
    public WhyNotStatus Status { get; }

    /// <summary>
    /// One sentence for a person: what was done, or why nothing could be. Always English, as in the JSON;
    /// <see cref="ReasonIn"/> words it in another language.
    /// </summary>
    public string Reason { get; }

    /// <summary>The engine's pairing, as <see cref="MatchingEngine.Match(Model.Cohort, CancellationToken)"/> returns it.</summary>
    public Pairing Optimum { get; }

    /// <summary>The best pairing with the pair forced the other way; null when there is none (see <see cref="Status"/>).</summary>
    public Pairing? Alternative { get; }

    /// <summary>
    /// The alternative's total score minus the optimum's (each the sum of exact pair scores): 0 or below when pair
    /// counts are equal; null when there is no alternative.
    /// </summary>
    public double? ScoreChange { get; }

    /// <summary>The alternative's pair count minus the optimum's; null when there is no alternative.</summary>
    public int? PairCountChange { get; }

    /// <summary>The alternative's pairs the optimum does not make (empty when there is no alternative).</summary>
    public IReadOnlyList<MatchedPair> Added { get; } = [];

    /// <summary>The optimum's pairs the alternative does not make (empty when there is no alternative).</summary>
    public IReadOnlyList<MatchedPair> Removed { get; } = [];

    /// <summary>The reason as data, worded by <see cref="ReasonIn"/>.</summary>
    private ExplorationText Text { get; }

    /// <summary>
    /// <see cref="Reason"/> in the language of <paramref name="culture"/>: <c>en</c> or <c>es</c> (a regional culture
    /// such as es-MX reads its language, any other, or null, reads English). Ids and rule names stay as given, and a
    /// rule of your own is described by its own <see cref="Rules.PairRule.ExclusionReason"/>.
    /// </summary>
    public string ReasonIn(CultureInfo? culture) => Text.Format(culture);

    private static (string, string) Key(MatchedPair pair) => (pair.MenteeId, pair.MentorId);
}
