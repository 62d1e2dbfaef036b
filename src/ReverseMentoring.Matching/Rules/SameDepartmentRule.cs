using ReverseMentoring.Matching.Model;

namespace ReverseMentoring.Matching.Rules;

/// <summary>Excludes pairs from the same department (when both are known). Off by default: network reach scores it softly.</summary>
internal sealed class SameDepartmentRule : PairRule
{
    private const int Unknown = -1;

    public override string Name => "same department";

    public override string ExclusionReason => "in the same department";

    public override bool Allows(Participant mentor, Participant mentee, Cohort cohort) =>
        !Labels.Same(mentor.Department, mentee.Department);

    internal override PreparedRule Prepare(Cohort cohort)
    {
        // Each department a number, equal exactly when Labels.Same says so.
        var numbers = new Dictionary<string, int>(Labels.Comparer);
        int Number(Participant p) =>
            p.Department is { } d ? (numbers.TryGetValue(d, out var k) ? k : numbers[d] = numbers.Count) : Unknown;
        return new Prepared([.. cohort.Mentees.Select(Number)], [.. cohort.Mentors.Select(Number)]);
    }

    private sealed class Prepared(int[] mentees, int[] mentors) : PreparedRule
    {
        public override void Restrict(int mentee, Span<ulong> row) =>
            RowBits.Restrict(row, mentors.Length, new Test(mentees[mentee], mentors));

        public override bool Allows(int mentee, int mentor) => new Test(mentees[mentee], mentors).Allows(mentor);
    }

    private readonly struct Test(int mentee, int[] mentors) : IMentorTest
    {
        public bool Allows(int mentor) => (mentee == Unknown) | (mentors[mentor] == Unknown) | (mentors[mentor] != mentee);
    }
}
