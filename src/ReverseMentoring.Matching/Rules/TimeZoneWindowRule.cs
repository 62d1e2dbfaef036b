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
        ExclusionReason = string.Create(CultureInfo.InvariantCulture, $"more than {maxHours} hours apart");
    }

    public override string Name => "time zone";

    public override string ExclusionReason { get; }

    public override bool Allows(Participant mentor, Participant mentee, Cohort cohort) =>
        mentor.UtcOffset is not { } a || mentee.UtcOffset is not { } b || Math.Abs(a - b) <= _maxHours;
}
