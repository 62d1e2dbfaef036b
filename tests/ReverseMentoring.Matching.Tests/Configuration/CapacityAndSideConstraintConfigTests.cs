using ReverseMentoring.Matching.Configuration;
using ReverseMentoring.Matching.IO;
using ReverseMentoring.Matching.Model;
using Xunit;
using static ReverseMentoring.Matching.Tests.Support.People;

namespace ReverseMentoring.Matching.Tests.Configuration;

/// <summary>Capacities and side constraints come from the config like every other option.</summary>
public sealed class CapacityAndSideConstraintConfigTests
{
    private static MatchingConfig Load(string json) => MatchingConfig.Load(new StringReader(json), "run.json");

    private static Participant Mentor(string id, string department) =>
        Participant.Mentor(id, 1, department: department, skills: Areas((SkillAreas.Technology, 5)));

    private static Participant Mentee(string id, string department) =>
        Participant.Mentee(id, 5, department: department, goals: Areas((SkillAreas.Technology, 1)));

    [Fact]
    public void A_mentor_capacity_in_the_config_lets_one_junior_take_a_circle()
    {
        var options = Load("""{ "capacities": { "mentor": 3 } }""").ToOptions();
        var pairing = new MatchingEngine(options).Match([Mentor("ana", "Eng"), Mentee("x", "Fin"), Mentee("y", "Ops"), Mentee("z", "Law")]);

        Assert.Equal(3, options.MentorCapacity);
        Assert.Equal(3, pairing.Pairs.Count);
        Assert.Equal("MinCostFlow", pairing.SolverName);
    }

    [Fact]
    public void Side_constraints_in_the_config_reach_cp_sat()
    {
        // Both mentors could pair inside their own department; at most 0 same-department pairs forces crossing.
        var config = Load("""{ "sideConstraints": { "maxSameDepartmentPairs": 0, "timeLimitSeconds": 5 } }""");
        var pairing = new MatchingEngine(config.ToOptions()).Match(
            [Mentor("ana", "Eng"), Mentor("bo", "Fin"), Mentee("x", "Eng"), Mentee("y", "Fin")]);

        Assert.Equal(0, config.SideConstraints!.MaxSameDepartmentPairs);
        Assert.Equal(TimeSpan.FromSeconds(5), config.SideConstraints.CpSatTimeLimit);
        Assert.Equal("CP-SAT", pairing.SolverName);
        Assert.Equal([("ana", "y"), ("bo", "x")], pairing.Pairs.Select(p => (p.MentorId, p.MenteeId)).Order());
    }

    [Fact]
    public void Capacities_and_side_constraints_round_trip_through_json()
    {
        var config = Load("""{ "capacities": { "mentee": 2 }, "sideConstraints": { "balanceMentorLoad": true } }""");
        var again = Load(config.ToJson());

        Assert.Equal(2, again.MenteeCapacity);
        Assert.Null(again.MentorCapacity);
        Assert.True(again.SideConstraints!.BalanceMentorLoad);
    }

    [Fact]
    public void A_fractional_time_limit_round_trips_to_the_tick()
    {
        var config = Load("""{ "sideConstraints": { "maxSameDepartmentPairs": 1, "timeLimitSeconds": 2.0000001 } }""");

        Assert.Equal(TimeSpan.FromTicks(20_000_001), config.SideConstraints!.CpSatTimeLimit);
        Assert.Equal(config.SideConstraints.CpSatTimeLimit, Load(config.ToJson()).SideConstraints!.CpSatTimeLimit);
    }

    [Fact]
    public void The_deterministic_time_limit_is_read_written_and_defaults_to_10()
    {
        var config = Load("""{ "sideConstraints": { "balanceMentorLoad": true, "deterministicTimeLimit": 0.25 } }""");

        Assert.Equal(0.25, config.SideConstraints!.CpSatDeterministicTimeLimit);
        Assert.Equal(0.25, Load(config.ToJson()).SideConstraints!.CpSatDeterministicTimeLimit);
        Assert.Equal(10, Load("""{ "sideConstraints": { "balanceMentorLoad": true } }""").SideConstraints!.CpSatDeterministicTimeLimit);
    }

    [Theory]
    [InlineData("""{ "sideConstraints": { "deterministicTimeLimit": 0 } }""", "deterministicTimeLimit")]
    [InlineData("""{ "sideConstraints": { "deterministicTimeLimit": 1e6 } }""", "deterministicTimeLimit")]
    [InlineData("""{ "capacities": { "mentor": 0 } }""", "capacities.mentor")]
    [InlineData("""{ "sideConstraints": { "minCrossDepartmentShare": 1.5 } }""", "minCrossDepartmentShare")]
    [InlineData("""{ "sideConstraints": { "timeLimitSeconds": -1 } }""", "timeLimitSeconds")]
    [InlineData("""{ "sideConstraints": { "timeLimitSeconds": 1e-8 } }""", "timeLimitSeconds")]
    [InlineData("""{ "capacities": { "mentors": 2 } }""", "mentors")]
    public void Bad_values_are_errors_naming_the_property(string json, string named)
    {
        var error = Assert.ThrowsAny<MatchingInputException>(() => Load(json));
        Assert.Contains(named, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_engine_rejects_a_capacity_below_one() =>
        Assert.Throws<MatchingInputException>(() => new MatchingEngine(new MatchingOptions { MenteeCapacity = 0 }));
}
