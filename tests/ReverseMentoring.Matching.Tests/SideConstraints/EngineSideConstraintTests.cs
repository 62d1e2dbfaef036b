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
    public void The_infeasible_side_constraints_message_follows_the_ui_culture_and_is_english_by_default()
    {
        var engine = new MatchingEngine(new MatchingOptions
        {
            PinnedPairs = [new ParticipantPair("bo", "cmo")],
            SideConstraints = new SideConstraintOptions { MinCrossDepartmentShare = 0.75 },
        });
        string Message() => Assert.Throws<MatchingInputException>(() => engine.Match(People)).Message;

        Assert.Equal(
            "The side constraints MinCrossDepartmentShare cannot hold with the pinned pairs. No pairing meets the side "
            + "constraints: the pinned pairs and 'MinCrossDepartmentShare' (at least 75 % of pairs across departments) cannot both hold.",
            IO.InputMessageCultureTests.InUiCulture(string.Empty, Message));
        Assert.Equal(
            "Las restricciones adicionales MinCrossDepartmentShare no pueden cumplirse con las parejas fijadas. Ningún "
            + "emparejamiento cumple las restricciones adicionales: las parejas fijadas y 'MinCrossDepartmentShare' (al menos "
            + "75 % de parejas entre departamentos) no pueden cumplirse a la vez.",
            IO.InputMessageCultureTests.InUiCulture("es", Message));
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
