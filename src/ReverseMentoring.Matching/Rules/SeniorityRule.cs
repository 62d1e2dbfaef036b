using System.Runtime.Intrinsics;
using ReverseMentoring.Matching.Model;

namespace ReverseMentoring.Matching.Rules;

/// <summary>Reverse mentoring: the mentor's seniority must be strictly below the mentee's.</summary>
internal sealed class SeniorityRule : PairRule
{
    public override string Name => "seniority";

    public override string ExclusionReason => "excluded by seniority";

    public override bool Allows(Participant mentor, Participant mentee, Cohort cohort) =>
        mentor.Seniority < mentee.Seniority;

    internal override PreparedRule Prepare(Cohort cohort) =>
        new Prepared([.. cohort.Mentees.Select(p => p.Seniority)], [.. cohort.Mentors.Select(p => p.Seniority)]);

    private sealed class Prepared(double[] mentees, double[] mentors) : PreparedRule
    {
        public override void Restrict(int mentee, Span<ulong> row) =>
            RowBits.RestrictByWords(row, mentors.Length, new Test(mentees[mentee], mentors));

        public override bool Allows(int mentee, int mentor) => mentors[mentor] < mentees[mentee];
    }

    private readonly struct Test(double mentee, double[] mentors) : IMentorWordTest
    {
        public bool Allows(int mentor) => mentors[mentor] < mentee;

        public ulong AllowsWord(int start)
        {
            if (!Vector256.IsHardwareAccelerated)
            {
                return RowBits.Word(this, start, start + RowBits.BitsPerWord);
            }

            var bar = Vector256.Create(mentee);
            var levels = mentors.AsSpan(start, RowBits.BitsPerWord);
            var bits = 0UL;
            for (var k = 0; k < RowBits.BitsPerWord; k += Vector256<double>.Count)
            {
                bits |= (ulong)Vector256.LessThan(Vector256.Create<double>(levels[k..]), bar).ExtractMostSignificantBits() << k;
            }

            return bits;
        }
    }
}
