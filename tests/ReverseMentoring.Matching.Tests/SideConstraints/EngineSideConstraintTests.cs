using ReverseMentoring.Matching.Model;
using ReverseMentoring.Matching.Solving;
using Xunit;
using static ReverseMentoring.Matching.Tests.Support.People;

namespace ReverseMentoring.Matching.Tests.SideConstraints;

/// <summary>The engine turns departments into CP-SAT side constraints.</summary>
public sealed class EngineSideConstraintTests
{
    private static readonly Participant[] People =
    [
        Mentor("ana", "Engineering", SkillAreas.Technology),
        Mentor("bo", "Marketing", SkillAreas.SocialMedia),
        Mentee("cto", "engineering", SkillAreas.Technology),
        Mentee("cmo", "MARKETING", SkillAreas.SocialMedia),
    ];

    [Fact]
    public void Without_side_constraints_people_pair_inside_their_departments()
    {
        var pairing = new MatchingEngine().Match(People);

        Assert.Equal(2, pairing.Pairs.Count);
        Assert.All(pairing.Pairs, p => Assert.Equal(Department(p.MentorId), Department(p.MenteeId), StringComparer.OrdinalIgnoreCase));
    }

    [Fact]
    public void No_same_department_pairs_sends_everyone_across_departments_with_cp_sat()
    {
        var engine = new MatchingEngine(new MatchingOptions { SideConstraints = new SideConstraintOptions { MaxSameDepartmentPairs = 0 } });

        var pairing = engine.Match(People);

        Assert.Equal("CP-SAT", pairing.SolverName);
        Assert.Equal(SolverStatus.Optimal, pairing.Status);
        Assert.Equal(2, pairing.Pairs.Count);
        Assert.All(pairing.Pairs, p => Assert.NotEqual(Department(p.MentorId), Department(p.MenteeId), StringComparer.OrdinalIgnoreCase));
    }

    [Fact]
    public void A_pinned_pair_against_a_quota_fails_naming_the_option()
    {
        var engine = new MatchingEngine(new MatchingOptions
        {
            PinnedPairs = [new ParticipantPair("bo", "cmo")],
            SideConstraints = new SideConstraintOptions { MinCrossDepartmentShare = 0.75 },
        });

        var error = Assert.Throws<MatchingInputException>(() => engine.Match(People));

        Assert.Contains("MinCrossDepartmentShare", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Out_of_range_side_options_fail_when_the_engine_is_made()
    {
        Assert.Throws<MatchingInputException>(() => new MatchingEngine(
            new MatchingOptions { SideConstraints = new SideConstraintOptions { MinCrossDepartmentShare = -0.1 } }));
    }

    private static string? Department(string id) => People.Single(p => p.Id == id).Department;

    private static Participant Mentor(string id, string department, string skill) =>
        Participant.Mentor(id, 1, department: department, skills: Areas((skill, 5)));

    private static Participant Mentee(string id, string department, string goal) =>
        Participant.Mentee(id, 5, department: department, goals: Areas((goal, 1)));
}
