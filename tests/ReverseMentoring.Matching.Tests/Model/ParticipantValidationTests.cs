using ReverseMentoring.Matching.Model;
using Xunit;

namespace ReverseMentoring.Matching.Tests.Model;

public class ParticipantValidationTests
{
    private static Dictionary<string, double> Areas(params (string Area, double Value)[] values) =>
        values.ToDictionary(v => v.Area, v => v.Value);

    private static ParticipantValidationException Fails(Func<Participant> create, string participantId, string field)
    {
        var ex = Assert.Throws<ParticipantValidationException>(() => create());
        Assert.Equal(participantId, ex.ParticipantId);
        Assert.Equal(field, ex.Field);
        Assert.Contains($"'{participantId}'", ex.Message, StringComparison.Ordinal);
        Assert.Contains(field, ex.Message, StringComparison.Ordinal);
        Assert.IsAssignableFrom<MatchingInputException>(ex);
        return ex;
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Empty_id_is_rejected(string id)
    {
        var ex = Assert.Throws<ParticipantValidationException>(() => new Participant(id, ParticipantRole.Mentor));
        Assert.Equal("id", ex.Field);
        Assert.Contains("id", ex.Message, StringComparison.Ordinal);
        Assert.Contains("empty", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Null_id_is_rejected_with_a_validation_error()
    {
        var ex = Assert.Throws<ParticipantValidationException>(() => new Participant(null!, ParticipantRole.Mentor));
        Assert.Equal("id", ex.Field);
    }

    [Fact]
    public void Id_is_trimmed()
    {
        Assert.Equal("ana", new Participant("  ana ", ParticipantRole.Mentor).Id);
    }

    [Theory]
    [InlineData(-0.01)]
    [InlineData(5.01)]
    [InlineData(-1)]
    [InlineData(6)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Skill_level_out_of_0_to_5_is_rejected(double level)
    {
        var ex = Fails(() => new Participant("ana", ParticipantRole.Mentor, skills: Areas((SkillAreas.Technology, level))), "ana", "skill:Technology");
        Assert.Contains("between 0 and 5", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    [InlineData(2.5)]
    public void Skill_level_bounds_are_inclusive(double level)
    {
        var p = new Participant("ana", ParticipantRole.Mentor, skills: Areas(("Leadership", level)));
        Assert.Equal(level, p.SkillIn("Leadership"));
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1.1)]
    [InlineData(double.NaN)]
    [InlineData(double.NegativeInfinity)]
    public void Goal_out_of_0_to_1_is_rejected(double goal)
    {
        var ex = Fails(() => new Participant("cfo", ParticipantRole.Mentee, goals: Areas((SkillAreas.Trends, goal))), "cfo", "goal:Trends");
        Assert.Contains("between 0 and 1", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void Non_finite_seniority_is_rejected(double seniority)
    {
        // The field has one name everywhere: the property, the CSV column and the JSON property.
        var ex = Fails(() => new Participant("cfo", ParticipantRole.Mentee, seniority: seniority), "cfo", "seniority");
        Assert.Contains("finite", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-12.5)]
    [InlineData(14.5)]
    [InlineData(double.NaN)]
    public void Utc_offset_out_of_range_is_rejected(double offset)
    {
        Fails(() => new Participant("ana", ParticipantRole.Mentor, utcOffset: offset), "ana", "utc_offset");
    }

    [Theory]
    [InlineData(-12)]
    [InlineData(14)]
    [InlineData(5.5)]
    public void Utc_offset_bounds_are_inclusive(double offset)
    {
        Assert.Equal(offset, new Participant("ana", ParticipantRole.Mentor, utcOffset: offset).UtcOffset);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Capacity_below_one_is_rejected(int capacity)
    {
        Fails(() => new Participant("ana", ParticipantRole.Mentor, capacity: capacity), "ana", "capacity");
    }

    [Fact]
    public void Undefined_role_is_rejected()
    {
        Fails(() => new Participant("ana", (ParticipantRole)7), "ana", "role");
    }

    [Fact]
    public void Skill_area_given_twice_differing_only_in_case_is_rejected()
    {
        var skills = new Dictionary<string, double> { ["Technology"] = 3, ["technology"] = 4 };
        var ex = Assert.Throws<ParticipantValidationException>(() => new Participant("ana", ParticipantRole.Mentor, skills: skills));
        Assert.Equal("ana", ex.ParticipantId);
        Assert.StartsWith("skill:", ex.Field, StringComparison.Ordinal);
        Assert.Contains("technology", ex.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("twice", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Goal_area_given_twice_after_trimming_is_rejected()
    {
        var goals = new Dictionary<string, double> { ["Trends"] = 0.5, [" TRENDS "] = 1 };
        var ex = Assert.Throws<ParticipantValidationException>(() => new Participant("cfo", ParticipantRole.Mentee, goals: goals));
        Assert.Equal("cfo", ex.ParticipantId);
        Assert.StartsWith("goal:", ex.Field, StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_skill_area_name_is_rejected()
    {
        Fails(() => new Participant("ana", ParticipantRole.Mentor, skills: Areas((" ", 1))), "ana", "skill");
    }

    [Fact]
    public void Skill_areas_compare_case_insensitively_and_unknown_areas_read_as_zero()
    {
        var p = new Participant("ana", ParticipantRole.Mentor, skills: Areas(("Technology", 4)), goals: Areas(("Leadership", 0.5)));
        Assert.Equal(4, p.SkillIn("TECHNOLOGY"));
        Assert.Equal(0.5, p.GoalIn("leadership"));
        Assert.Equal(0, p.SkillIn("Trends"));
        Assert.Equal(0, p.GoalIn("Trends"));
    }

    [Fact]
    public void Changing_the_dictionaries_passed_in_does_not_change_the_participant()
    {
        var skills = Areas((SkillAreas.Technology, 4));
        var goals = Areas((SkillAreas.Trends, 0.5));
        var languages = new List<string> { "en" };
        var p = new Participant("ana", ParticipantRole.Mentor, skills: skills, goals: goals, languages: languages);

        skills[SkillAreas.Technology] = 1;
        skills["Leadership"] = 5;
        goals.Clear();
        languages.Add("fr");

        Assert.Equal(4, p.SkillIn(SkillAreas.Technology));
        Assert.Single(p.Skills);
        Assert.Equal(0.5, p.GoalIn(SkillAreas.Trends));
        Assert.Equal(["en"], p.Languages);
    }

    [Fact]
    public void Exposed_collections_cannot_be_cast_back_and_mutated()
    {
        var p = new Participant("ana", ParticipantRole.Mentor, skills: Areas((SkillAreas.Technology, 4)), languages: ["en"]);
        Assert.False(p.Skills is IDictionary<string, double> d && !d.IsReadOnly);
        Assert.False(p.Languages is IList<string> l && !l.IsReadOnly);
    }

    [Fact]
    public void Optional_text_is_trimmed_and_blank_becomes_null()
    {
        var p = new Participant("ana", ParticipantRole.Mentor, name: "  ", department: " Eng ", managerId: "", location: " Paris");
        Assert.Equal("ana", p.Name);
        Assert.Equal("Eng", p.Department);
        Assert.Null(p.ManagerId);
        Assert.Equal("Paris", p.Location);
    }

    [Fact]
    public void Languages_drop_blanks_and_case_insensitive_duplicates()
    {
        var p = new Participant("ana", ParticipantRole.Mentor, languages: ["en", " ", "EN", "fr"]);
        Assert.Equal(2, p.Languages.Count);
        Assert.Contains("fr", p.Languages);
    }

    [Fact]
    public void The_factories_give_the_role_and_pass_every_setting_to_the_validating_constructor()
    {
        var mentor = Participant.Mentor(" ana ", 1, Areas((SkillAreas.Technology, 5)), Areas(("Leadership", 0.5)),
            name: "Ana", department: "IT", managerId: "lead", location: "Lisbon", utcOffset: 0, languages: ["pt"], capacity: 2);
        var mentee = Participant.Mentee("cfo", 6, Areas((SkillAreas.Technology, 1)), Areas(("Leadership", 5)));

        Assert.Equal((ParticipantRole.Mentor, "ana", "Ana", "IT", "lead", "Lisbon"),
            (mentor.Role, mentor.Id, mentor.Name, mentor.Department, mentor.ManagerId, mentor.Location));
        Assert.Equal((1.0, 0.0, 2, 5.0, 0.5), (mentor.Seniority, mentor.UtcOffset!.Value, mentor.Capacity, mentor.SkillIn(SkillAreas.Technology), mentor.GoalIn("Leadership")));
        Assert.Equal(["pt"], mentor.Languages);
        Assert.Equal((ParticipantRole.Mentee, 6.0, 1.0, 5.0), (mentee.Role, mentee.Seniority, mentee.GoalIn(SkillAreas.Technology), mentee.SkillIn("Leadership")));
        Fails(() => Participant.Mentor("ana", 101), "ana", "seniority");
        Fails(() => Participant.Mentee("cfo", 5, goals: Areas((SkillAreas.Technology, 2))), "cfo", "goal:Technology");
    }
}
