using System.Globalization;
using ReverseMentoring.Matching.Model;
using ReverseMentoring.Matching.Rules;
using ReverseMentoring.Matching.Scoring;
using ReverseMentoring.Matching.Solving;
using Xunit;
using static ReverseMentoring.Matching.Tests.Support.People;

namespace ReverseMentoring.Matching.Tests.Engine;

/// <summary>Bad options fail when the engine is made, as input errors; the engine is immune to later changes.</summary>
public sealed class OptionValidationTests
{
    private static Participant Mentor(string id, double tech) =>
        Participant.Mentor(id, 1, skills: Areas((SkillAreas.Technology, tech)));

    private static Participant Mentee(string id) =>
        Participant.Mentee(id, 5, goals: Areas((SkillAreas.Technology, 1)));

    [Fact]
    public void Two_rules_with_one_name_fail_at_construction_as_an_input_error()
    {
        var options = new MatchingOptions
        {
            Rules = [PairRules.Forbidden([new ParticipantPair("a", "b")]), PairRules.Forbidden([new ParticipantPair("c", "d")])],
        };
        var error = Assert.Throws<MatchingInputException>(() => new MatchingEngine(options));
        Assert.Contains("'forbidden'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_null_pinned_pair_or_rule_fails_at_construction_as_an_input_error()
    {
        Assert.Throws<MatchingInputException>(() => new MatchingEngine(new MatchingOptions { PinnedPairs = [null!] }));
        Assert.Throws<MatchingInputException>(() => new MatchingEngine(new MatchingOptions { Rules = [PairRules.ReportingLine, null!] }));
    }

    [Fact]
    public void Changing_the_callers_lists_later_does_not_change_the_engine()
    {
        var rules = new List<PairRule> { PairRules.ReportingLine };
        var pinned = new List<ParticipantPair>();
        var engine = new MatchingEngine(new MatchingOptions { Rules = rules, PinnedPairs = pinned });

        rules.Add(PairRules.Forbidden([new ParticipantPair("ana", "x")]));
        pinned.Add(new ParticipantPair("ghost", "x"));

        var pair = Assert.Single(engine.Match([Mentor("ana", 5), Mentee("x")]).Pairs);
        Assert.Equal("ana", pair.MentorId);
    }

    [Fact]
    public void Weights_that_add_up_to_infinity_are_rejected_instead_of_scoring_everything_zero() =>
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            PairScorers.Weighted((PairScorers.SkillGap, double.MaxValue), (PairScorers.NetworkReach, double.MaxValue)));

    [Theory]
    [InlineData(1.0, 0.3, "minimum score", "no allowed mentor: 1 below the minimum score")] // 0.2 < 0.3
    [InlineData(0.0, 0.0, "no value", "no allowed mentor: 1 adding no value")] // 0 meets the floor but adds nothing
    public void Quality_first_with_a_floor_tells_below_the_floor_from_adding_no_value(
        double tech, double floor, string key, string reason)
    {
        var options = new MatchingOptions { Scorer = PairScorers.SkillGap, Priority = PairingPriority.QualityFirst, MinimumScore = floor };
        var unmatched = Assert.Single(new MatchingEngine(options).Match([Mentor("ana", tech), Mentee("x")]).UnmatchedMentees);

        Assert.Equal(reason, unmatched.Reason);
        Assert.Equal(1, Assert.Single(unmatched.Exclusions, e => e.Key == key).Value);
    }

    [Fact]
    public void A_pair_prints_its_score_with_a_dot_whatever_the_current_culture()
    {
        var comma = (CultureInfo)CultureInfo.InvariantCulture.Clone();
        comma.NumberFormat.NumberDecimalSeparator = ",";
        var before = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = comma;
            var pair = Assert.Single(new MatchingEngine(new MatchingOptions { Scorer = PairScorers.SkillGap })
                .Match([Mentor("ana", 2.5), Mentee("x")]).Pairs);
            Assert.Equal("ana -> x (0.5)", pair.ToString());
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }
}
