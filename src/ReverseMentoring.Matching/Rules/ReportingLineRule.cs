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
            RowBits.Restrict(row, line.MentorEnter.Length, new Test(line.MenteeEnter[mentee], line.MenteeEnd[mentee], line.MentorEnter, line.MentorEnd));

        public override bool Allows(int mentee, int mentor) =>
            new Test(line.MenteeEnter[mentee], line.MenteeEnd[mentee], line.MentorEnter, line.MentorEnd).Allows(mentor);
    }

    private readonly struct Test(int menteeEnter, int menteeEnd, int[] mentorEnter, int[] mentorEnd) : IMentorTest
    {
        public bool Allows(int mentor)
        {
            var enter = mentorEnter[mentor];
            return !ManagerIntervals.Manages(enter, mentorEnd[mentor], menteeEnter) & !ManagerIntervals.Manages(menteeEnter, menteeEnd, enter);
        }
    }
}
