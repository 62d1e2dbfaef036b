using ReverseMentoring.Matching.IO;
using ReverseMentoring.Matching.Model;
using Xunit;

namespace ReverseMentoring.Matching.Tests.Model;

public class ParticipantRolesTests
{
    [Theory]
    [InlineData(ParticipantRole.Mentor, "mentor")]
    [InlineData(ParticipantRole.Mentee, "mentee")]
    public void Each_role_has_one_lower_case_text_that_reads_back(ParticipantRole role, string text)
    {
        Assert.Equal(text, ParticipantRoles.ToText(role));
        Assert.True(ParticipantRoles.TryParse(text, out var back));
        Assert.Equal(role, back);
    }

    [Theory]
    [InlineData(" MENTOR ", ParticipantRole.Mentor)]
    [InlineData("Mentee", ParticipantRole.Mentee)]
    public void Reading_ignores_case_and_surrounding_spaces(string text, ParticipantRole expected)
    {
        Assert.True(ParticipantRoles.TryParse(text, out var role));
        Assert.Equal(expected, role);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("boss")]
    [InlineData("mentors")]
    [InlineData("0")]
    public void Anything_else_is_not_a_role(string? text) =>
        Assert.False(ParticipantRoles.TryParse(text, out _));

    [Fact]
    public void An_undefined_role_has_no_text() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ParticipantRoles.ToText((ParticipantRole)7));

    [Fact]
    public void Participant_files_write_and_read_the_same_role_texts()
    {
        Participant[] people = [new("ana", ParticipantRole.Mentor), new("cfo", ParticipantRole.Mentee, seniority: 6)];
        using var csv = new StringWriter();
        ParticipantCsv.Write(csv, people);

        var csvRoles = csv.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(',')[2]);
        Assert.Equal(["mentor", "mentee"], csvRoles);
        Assert.Equal(people.Select(p => p.Role), ParticipantCsv.Read(new StringReader(csv.ToString()), "p.csv").Select(p => p.Role));
        var json = ParticipantJson.Read(new StringReader("[{ \"id\": \"ana\", \"role\": \" Mentor \" }, { \"id\": \"cfo\", \"role\": \"MENTEE\" }]"), "p.json");
        Assert.Equal(people.Select(p => p.Role), json.Select(p => p.Role));
    }
}
