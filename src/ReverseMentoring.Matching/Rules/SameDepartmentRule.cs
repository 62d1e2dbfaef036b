using ReverseMentoring.Matching.Model;

namespace ReverseMentoring.Matching.Rules;

/// <summary>Excludes pairs from the same department (when both are known). Off by default: network reach scores it softly.</summary>
internal sealed class SameDepartmentRule : PairRule
{
    public override string Name => "same department";

    public override string ExclusionReason => "in the same department";

    public override bool Allows(Participant mentor, Participant mentee, Cohort cohort) =>
        !Labels.Same(mentor.Department, mentee.Department);
}
