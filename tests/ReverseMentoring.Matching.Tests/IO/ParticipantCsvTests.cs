using ReverseMentoring.Matching.IO;
using ReverseMentoring.Matching.Model;
using Xunit;

namespace ReverseMentoring.Matching.Tests.IO;

public class ParticipantCsvTests
{
    private const string FullHeader =
        "id,name,role,department,manager_id,seniority,location,utc_offset,languages,capacity,skill:Technology,goal:Leadership";

    private static IReadOnlyList<Participant> Read(string text) => ParticipantCsv.Read(new StringReader(text), "people.csv");

    private static CsvFormatException Fails(string text) =>
        Assert.Throws<CsvFormatException>(() => Read(text));

    [Fact]
    public void Reads_every_column()
    {
        var people = Read(
            FullHeader + ",skill:SocialMedia,goal:Trends\n"
            + "boss,Big Boss,mentee,Board,,6,London,0,English,1,1,,0,0.5\n"
            + "ana, Ana Lima ,Mentor, Technology ,boss,1.5,Lisbon,-2.5,Portuguese; English ;,2,4.5,0.75,5,\n");

        Assert.Equal(2, people.Count);
        var ana = people[1];
        Assert.Equal("ana", ana.Id);
        Assert.Equal("Ana Lima", ana.Name);
        Assert.Equal(ParticipantRole.Mentor, ana.Role);
        Assert.Equal("Technology", ana.Department);
        Assert.Equal("boss", ana.ManagerId);
        Assert.Equal(1.5, ana.Seniority);
        Assert.Equal("Lisbon", ana.Location);
        Assert.Equal(-2.5, ana.UtcOffset);
        Assert.Equal(["Portuguese", "English"], ana.Languages);
        Assert.Equal(2, ana.Capacity);
        Assert.Equal(4.5, ana.SkillIn("technology"));
        Assert.Equal(5, ana.SkillIn(SkillAreas.SocialMedia));
        Assert.Equal(0.75, ana.GoalIn("Leadership"));
        Assert.False(ana.Goals.ContainsKey("Trends"));

        var boss = people[0];
        Assert.Equal(ParticipantRole.Mentee, boss.Role);
        Assert.Null(boss.ManagerId);
        Assert.Equal(6, boss.Seniority);
        Assert.Equal(0, boss.UtcOffset);
        Assert.False(boss.Goals.ContainsKey("Leadership"));
        Assert.Equal(0, boss.SkillIn(SkillAreas.SocialMedia));
        Assert.Equal(0.5, boss.GoalIn(SkillAreas.Trends));
    }

    [Fact]
    public void Only_id_and_role_are_required_and_empty_cells_take_the_defaults()
    {
        var people = Read("ROLE,Id,Seniority,Capacity,UTC_Offset,Languages\nmentee,exec,,,,\nMENTOR,jun,1,3,,\n");

        var exec = people[0];
        Assert.Equal(("exec", ParticipantRole.Mentee, "exec", 0d, 1, (double?)null), (exec.Id, exec.Role, exec.Name, exec.Seniority, exec.Capacity, exec.UtcOffset));
        Assert.Empty(exec.Languages);
        Assert.Empty(exec.Skills);
        Assert.Equal((ParticipantRole.Mentor, 1d, 3), (people[1].Role, people[1].Seniority, people[1].Capacity));
    }

    [Fact]
    public void Keeps_file_order_tolerates_bom_quotes_and_trailing_empty_lines()
    {
        var people = Read("\uFEFFid,role,name\r\nz,mentor,\"Zed, Jr.\"\r\na,mentee,\r\n\r\n");

        Assert.Equal(["z", "a"], people.Select(p => p.Id));
        Assert.Equal("Zed, Jr.", people[0].Name);
    }

    [Fact]
    public void A_header_alone_is_an_empty_list()
    {
        Assert.Empty(Read("id,role\n"));
    }

    [Theory]
    [InlineData("", 1, 1, "empty")]
    [InlineData("id,role,colour\n", 1, 3, "Unknown column 'colour'")]
    [InlineData("id,,role\n", 1, 2, "no name")]
    [InlineData("id,name\na,b\n", 1, 1, "no 'role' column")]
    [InlineData("role,name\nmentor,b\n", 1, 1, "no 'id' column")]
    [InlineData("id,role,ID\n", 1, 3, "given twice (also column 1)")]
    [InlineData("id,role,skill:Tech,Skill:tech\n", 1, 4, "given twice (also column 3)")]
    [InlineData("id,role,skill:\n", 1, 3, "names no skill area")]
    [InlineData("id,role\na,boss\n", 2, 2, "'boss' is not valid")]
    [InlineData("id,role\na,\n", 2, 2, "role is empty")]
    [InlineData("id,role\n,mentor\n", 2, 1, "id is empty")]
    [InlineData("id,role,seniority\na,mentor,junior\n", 2, 3, "'junior', which is not a number")]
    [InlineData("id,role,seniority\na,mentor,\"1,5\"\n", 2, 3, "'.'")]
    [InlineData("id,role,seniority\na,mentor,NaN\n", 2, 3, "seniority must be a finite number")]
    [InlineData("id,role,capacity\na,mentor,1.5\n", 2, 3, "not a whole number")]
    [InlineData("id,role,capacity\na,mentor,0\n", 2, 3, "capacity must be at least 1")]
    [InlineData("id,role,utc_offset\na,mentor,15\n", 2, 3, "utc_offset must be between -12 and 14")]
    [InlineData("id,role,goal:Trends,skill:Technology\na,mentor,0.5,7\n", 2, 4, "skill:Technology must be between 0 and 5")]
    [InlineData("id,role,goal:Trends,skill:Technology\na,mentor,1.5,1\n", 2, 3, "goal:Trends must be between 0 and 1")]
    [InlineData("id,role,skill: Trends \na,mentor,-1\n", 2, 3, "skill:Trends must be between 0 and 5")]
    [InlineData("id,role,name\na,mentor\n", 2, 3, "2 cells, but 3 are expected")]
    [InlineData("id,role\na,mentor,x\n", 2, 3, "3 cells, but 2 are expected")]
    [InlineData("id,role\na,mentor\nb,mentee\na,mentee\n", 4, 1, "'a' is already used on line 2")]
    [InlineData("role,id\na,mentor\n", 2, 1, "'a' is not valid")]
    [InlineData("id,role,manager_id\na,mentor,c\nb,mentee,a\nc,mentee,b\n", 2, 3, "cycle of manager ids: a -> c -> b -> a")]
    [InlineData("id,role\na,mentor\n\nb,mentee\n", 3, 1, "Empty line")]
    public void Bad_input_names_line_and_column(string text, int line, int column, string problem)
    {
        var e = Fails(text);

        Assert.Equal("people.csv", e.FileName);
        Assert.Equal(line, e.Line);
        Assert.Equal(column, e.Column);
        Assert.Contains(problem, e.Problem, StringComparison.Ordinal);
        Assert.StartsWith($"people.csv:{line}:{column}: ", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_participant_validation_error_is_kept_as_the_inner_exception()
    {
        var e = Fails("name,id,role,capacity\nAna,ana,mentor,-3\n");

        var inner = Assert.IsType<ParticipantValidationException>(e.InnerException);
        Assert.Equal(("ana", "capacity"), (inner.ParticipantId, inner.Field));
        Assert.Equal((2, 4), (e.Line, e.Column));
    }
}
