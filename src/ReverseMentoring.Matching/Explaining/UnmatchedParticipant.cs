using System.Globalization;
using ReverseMentoring.Matching.Model;

namespace ReverseMentoring.Matching.Explaining;

/// <summary>Someone left without a partner, and why.</summary>
public sealed class UnmatchedParticipant
{
    internal UnmatchedParticipant(string id, ParticipantRole role, UnmatchedCause cause, int allowedCandidates, IReadOnlyDictionary<string, int> exclusions)
    {
        Id = id;
        Role = role;
        Cause = cause;
        Reason = cause.Format(null);
        AllowedCandidates = allowedCandidates;
        Exclusions = exclusions;
    }

    /// <summary>The participant's id.</summary>
    public string Id { get; }

    /// <summary>Mentor or mentee.</summary>
    public ParticipantRole Role { get; }

    /// <summary>
    /// A sentence an HR lead can read, for example "no allowed mentor: 3 excluded by reporting line, 5 excluded by
    /// seniority". Always English, whatever the machine's culture, as in the result JSON; <see cref="ReasonIn"/> words
    /// the same reason in another language.
    /// </summary>
    public string Reason { get; }

    /// <summary>The reason as data (situation, counts per cause), worded by <see cref="ReasonIn"/> and the reports.</summary>
    internal UnmatchedCause Cause { get; }

    /// <summary>How many partners on the other side the rules allowed.</summary>
    public int AllowedCandidates { get; }

    /// <summary>How many candidates each rule removed, by rule name (each excluded candidate counted once, under the first rule that excluded it).</summary>
    public IReadOnlyDictionary<string, int> Exclusions { get; }

    /// <summary>
    /// <see cref="Reason"/> in the language of <paramref name="culture"/>: <c>en</c> or <c>es</c> (the languages of
    /// <see cref="Reporting.PairingReport.Languages"/>; a regional culture such as es-MX reads its language, any
    /// other, or null, reads English). Numbers keep the invariant format. A rule of your own is described by its own
    /// <see cref="Rules.PairRule.ExclusionReason"/>, as it is.
    /// </summary>
    public string ReasonIn(CultureInfo? culture) => Cause.Format(culture);

    /// <inheritdoc />
    public override string ToString() => $"{Id}: {Reason}";
}
