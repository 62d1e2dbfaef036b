using ReverseMentoring.Matching.Model;

namespace ReverseMentoring.Matching.Rules;

/// <summary>When both sides list languages, they must share at least one (case-insensitive).</summary>
internal sealed class LanguageOverlapRule : PairRule
{
    public override string Name => "language";

    public override string ExclusionReason => "without a shared language";

    public override bool Allows(Participant mentor, Participant mentee, Cohort cohort) =>
        mentor.Languages.Count == 0 || mentee.Languages.Count == 0
        || mentor.Languages.Intersect(mentee.Languages, StringComparer.OrdinalIgnoreCase).Any();
}
