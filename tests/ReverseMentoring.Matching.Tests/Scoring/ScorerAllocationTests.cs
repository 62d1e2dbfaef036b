using ReverseMentoring.Matching.Model;
using ReverseMentoring.Matching.Scoring;
using Xunit;
using static ReverseMentoring.Matching.Tests.Support.People;

namespace ReverseMentoring.Matching.Tests.Scoring;

/// <summary>The built-in per-pair <see cref="PairScorer.Score"/> walks goals through an array, so it allocates nothing.</summary>
public class ScorerAllocationTests
{
    private static readonly Participant Junior = Participant.Mentor(
        "jun", 1, department: "Eng", location: "Paris",
        skills: Areas((SkillAreas.Technology, 5), ("Leadership", 1)),
        goals: Areas(("Leadership", 1), ("STRATEGY", 0.5)));

    private static readonly Participant Executive = Participant.Mentee(
        "exe", 5, department: "Finance", location: "Berlin",
        skills: Areas((SkillAreas.Technology, 1), ("Leadership", 5), ("Strategy", 3)),
        goals: Areas((SkillAreas.Technology, 1), (SkillAreas.Trends, 0.5)));

    public static TheoryData<string> Scorers => ["SkillGap", "Reciprocal", "NetworkReach", "Default"];

    [Theory]
    [MemberData(nameof(Scorers))]
    public void Built_in_per_pair_score_allocates_nothing(string name)
    {
        var scorer = name switch
        {
            "SkillGap" => PairScorers.SkillGap,
            "Reciprocal" => PairScorers.Reciprocal,
            "NetworkReach" => PairScorers.NetworkReach,
            _ => PairScorers.Default,
        };
        var components = new double[scorer.ComponentNames.Count];
        for (var k = 0; k < 100; k++)
        {
            scorer.Score(Junior, Executive, components); // warm up
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var k = 0; k < 1000; k++)
        {
            scorer.Score(Junior, Executive, components);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void Goal_entries_are_the_goals_in_enumeration_order()
    {
        Assert.Equal(Junior.Goals.ToArray(), Junior.GoalEntries);
        Assert.Equal(Executive.Goals.ToArray(), Executive.GoalEntries);
        Assert.Empty(Participant.Mentor("none", 1).GoalEntries);
    }

    [Fact]
    public void Skill_and_goal_lookups_still_ignore_case()
    {
        Assert.Equal(0.5, Junior.GoalIn("strategy"));
        Assert.Equal(5, Junior.SkillIn("TECHNOLOGY"));
        Assert.Equal(0, Junior.SkillIn("Trends"));
    }
}
