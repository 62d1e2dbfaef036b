using System.Runtime.Intrinsics;
using ReverseMentoring.Matching.Model;

namespace ReverseMentoring.Matching.Rules;

/// <summary>Nobody is paired with someone in their own management chain, up or down, direct or indirect.</summary>
internal sealed class ReportingLineRule : PairRule
{
    public override string Name => "reporting line";

    public override string ExclusionReason => "excluded by reporting line";

    public override bool Allows(Participant mentor, Participant mentee, Cohort cohort) =>
        !cohort.Manages(mentor, mentee) && !cohort.Manages(mentee, mentor);

    internal override PreparedRule Prepare(Cohort cohort) => new Prepared(ManagerIntervals.Build(cohort));

    private sealed class Prepared(ManagerIntervals line) : PreparedRule
    {
        public override void Restrict(int mentee, Span<ulong> row) =>
            RowBits.RestrictByWords(row, line.MentorEnter.Length, new Test(line.MenteeEnter[mentee], line.MenteeEnd[mentee], line.MentorEnter, line.MentorEnd));

        public override bool Allows(int mentee, int mentor) =>
            new Test(line.MenteeEnter[mentee], line.MenteeEnd[mentee], line.MentorEnter, line.MentorEnd).Allows(mentor);
    }

    private readonly struct Test(int menteeEnter, int menteeEnd, int[] mentorEnter, int[] mentorEnd) : IMentorWordTest
    {
        public bool Allows(int mentor)
        {
            var enter = mentorEnter[mentor];
            return !ManagerIntervals.Manages(enter, mentorEnd[mentor], menteeEnter) & !ManagerIntervals.Manages(menteeEnter, menteeEnd, enter);
        }

        // ManagerIntervals.Manages, eight mentors at a time: neither manages the other.
        public ulong AllowsWord(int start)
        {
            if (!Vector256.IsHardwareAccelerated)
            {
                return RowBits.Word(this, start, start + RowBits.BitsPerWord);
            }

            var (mentee, menteeLast) = (Vector256.Create(menteeEnter), Vector256.Create(menteeEnd));
            var enters = mentorEnter.AsSpan(start, RowBits.BitsPerWord);
            var ends = mentorEnd.AsSpan(start, RowBits.BitsPerWord);
            var bits = 0UL;
            for (var k = 0; k < RowBits.BitsPerWord; k += Vector256<int>.Count)
            {
                var (enter, end) = (Vector256.Create<int>(enters[k..]), Vector256.Create<int>(ends[k..]));
                var mentorAbove = Vector256.LessThan(enter, mentee) & Vector256.LessThan(mentee, end);
                var menteeAbove = Vector256.LessThan(mentee, enter) & Vector256.LessThan(enter, menteeLast);
                bits |= (ulong)(~(mentorAbove | menteeAbove)).ExtractMostSignificantBits() << k;
            }

            return bits;
        }
    }
}
