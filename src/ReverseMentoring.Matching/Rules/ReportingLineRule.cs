using ReverseMentoring.Matching.Model;

namespace ReverseMentoring.Matching.Rules;

/// <summary>Nobody is paired with someone in their own management chain, up or down, direct or indirect.</summary>
internal sealed class ReportingLineRule : PairRule
{
    public override string Name => "reporting line";

    public override string ExclusionReason => "excluded by reporting line";

    public override bool Allows(Participant mentor, Participant mentee, Cohort cohort) =>
        !cohort.Manages(mentor, mentee) && !cohort.Manages(mentee, mentor);
}
