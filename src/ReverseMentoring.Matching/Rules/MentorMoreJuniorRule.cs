using ReverseMentoring.Matching.Model;

namespace ReverseMentoring.Matching.Rules;

/// <summary>Reverse mentoring: the mentor must be strictly more junior than the mentee.</summary>
internal sealed class MentorMoreJuniorRule : PairRule
{
    public override string Name => "seniority";

    public override string ExclusionReason => "not more junior";

    public override bool Allows(Participant mentor, Participant mentee, Cohort cohort) =>
        mentor.Seniority < mentee.Seniority;
}
