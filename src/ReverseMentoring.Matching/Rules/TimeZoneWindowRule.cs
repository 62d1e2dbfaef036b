using System.Globalization;
using ReverseMentoring.Matching.Model;

namespace ReverseMentoring.Matching.Rules;

/// <summary>When both sides give a UTC offset, they must be at most a number of hours apart.</summary>
internal sealed class TimeZoneWindowRule : PairRule
{
    private readonly double _maxHours;

    public TimeZoneWindowRule(double maxHours)
    {
        if (double.IsNaN(maxHours) || maxHours < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(maxHours), maxHours, "The time-zone window must be a number of hours of at least 0.");
        }

        _maxHours = maxHours;
        ExclusionReason = string.Create(CultureInfo.InvariantCulture, $"more than {maxHours} hour{(maxHours == 1 ? string.Empty : "s")} apart");
    }

    public override string Name => "time zone";

    /// <summary>The most hours apart a pair may be; the unmatched reasons say it in the report's language.</summary>
    internal double MaxHours => _maxHours;

    public override string ExclusionReason { get; }

    public override bool Allows(Participant mentor, Participant mentee, Cohort cohort) =>
        mentor.UtcOffset is not { } a || mentee.UtcOffset is not { } b || Math.Abs(a - b) <= _maxHours;

    // An unknown offset becomes NaN, and a comparison with NaN is false: "not more than the window apart" then allows the pair.
    internal override PreparedRule Prepare(Cohort cohort) => new Prepared(
        [.. cohort.Mentees.Select(p => p.UtcOffset ?? double.NaN)], [.. cohort.Mentors.Select(p => p.UtcOffset ?? double.NaN)], _maxHours);

    private sealed class Prepared(double[] mentees, double[] mentors, double maxHours) : PreparedRule
    {
        public override void Restrict(int mentee, Span<ulong> row) =>
            RowBits.Restrict(row, mentors.Length, new Test(mentees[mentee], mentors, maxHours));

        public override bool Allows(int mentee, int mentor) => new Test(mentees[mentee], mentors, maxHours).Allows(mentor);
    }

    private readonly struct Test(double mentee, double[] mentors, double maxHours) : IMentorTest
    {
        public bool Allows(int mentor) => !(Math.Abs(mentors[mentor] - mentee) > maxHours);
    }
}
