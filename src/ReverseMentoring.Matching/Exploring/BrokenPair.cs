using System.Globalization;

namespace ReverseMentoring.Matching.Exploring;

/// <summary>A current pair the re-match does not keep, and why. Immutable.</summary>
public sealed class BrokenPair
{
    internal BrokenPair(string menteeId, string mentorId, BreakReason reason, ExplorationText explanation)
    {
        MenteeId = menteeId;
        MentorId = mentorId;
        Reason = reason;
        Text = explanation;
        Explanation = explanation.Format(null);
    }

    /// <summary>The mentee of the current pair.</summary>
    public string MenteeId { get; }

    /// <summary>The mentor of the current pair.</summary>
    public string MentorId { get; }

    /// <summary>Why it was broken.</summary>
    public BreakReason Reason { get; }

    /// <summary>
    /// One sentence for a person, naming who left or which rule excludes the pair. Always English, as in the JSON;
    /// <see cref="ExplanationIn"/> words it in another language.
    /// </summary>
    public string Explanation { get; }

    /// <summary>The explanation as data, worded by <see cref="ExplanationIn"/>.</summary>
    private ExplorationText Text { get; }

    /// <summary>
    /// <see cref="Explanation"/> in the language of <paramref name="culture"/>: <c>en</c> or <c>es</c> (a regional
    /// culture such as es-MX reads its language, any other, or null, reads English). Numbers keep the invariant format;
    /// ids and rule names stay as given, and a rule of your own is described by its own <see cref="Rules.PairRule.ExclusionReason"/>.
    /// </summary>
    public string ExplanationIn(CultureInfo? culture) => Text.Format(culture);

    /// <inheritdoc />
    public override string ToString() => $"{MentorId} -> {MenteeId}: {Explanation}";
}
