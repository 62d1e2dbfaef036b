using ReverseMentoring.Matching.Model;
using Xunit;

namespace ReverseMentoring.Matching.Tests.Model;

/// <summary>The <c>seniority</c> is bounded (0 to 100), so a typo such as 7,000,000 is caught at the door.</summary>
public class SeniorityRangeTests
{
    [Theory]
    [InlineData(-1)]
    [InlineData(-0.5)]
    [InlineData(100.5)]
    [InlineData(7_000_000)]
    public void Seniority_outside_0_to_100_names_participant_and_field(double level)
    {
        var e = Assert.Throws<ParticipantValidationException>(() => new Participant("cfo", ParticipantRole.Mentee, seniority: level));

        Assert.Equal(("cfo", "seniority"), (e.ParticipantId, e.Field));
        Assert.Equal(
            $"Participant 'cfo': seniority must be between 0 and 100, but was {level.ToString(System.Globalization.CultureInfo.InvariantCulture)}.",
            e.Message);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(8)] // the synthetic generator's CEO
    [InlineData(42)]
    [InlineData(100)]
    public void Seniority_from_0_to_100_is_allowed(double level)
    {
        Assert.Equal(level, new Participant("cfo", ParticipantRole.Mentee, seniority: level).Seniority);
        Assert.Equal((0, 100), (Participant.MinSeniority, Participant.MaxSeniority));
    }
}
