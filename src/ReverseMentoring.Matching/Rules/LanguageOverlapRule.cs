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

    internal override PreparedRule Prepare(Cohort cohort)
    {
        // One bit per language; a cohort speaking more than 64 distinct languages is asked pair by pair instead.
        var bits = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var language in cohort.Mentees.Concat(cohort.Mentors).SelectMany(p => p.Languages))
        {
            bits.TryAdd(language, bits.Count);
        }

        if (bits.Count > 64)
        {
            return base.Prepare(cohort);
        }

        ulong Mask(Participant p) => p.Languages.Aggregate(0UL, (mask, language) => mask | (1UL << bits[language]));
        return new Prepared([.. cohort.Mentees.Select(Mask)], [.. cohort.Mentors.Select(Mask)]);
    }

    private sealed class Prepared(ulong[] mentees, ulong[] mentors) : PreparedRule
    {
        public override void Restrict(int mentee, Span<ulong> row) =>
            RowBits.Restrict(row, mentors.Length, new Test(mentees[mentee], mentors));

        public override bool Allows(int mentee, int mentor) => new Test(mentees[mentee], mentors).Allows(mentor);
    }

    /// <summary>A mask of 0 means no languages listed, which allows every pair.</summary>
    private readonly struct Test(ulong mentee, ulong[] mentors) : IMentorTest
    {
        public bool Allows(int mentor) => (mentee == 0) | (mentors[mentor] == 0) | ((mentee & mentors[mentor]) != 0);
    }
}
