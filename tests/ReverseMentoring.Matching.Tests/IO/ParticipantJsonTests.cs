using ReverseMentoring.Matching.IO;
using ReverseMentoring.Matching.Model;
using Xunit;

namespace ReverseMentoring.Matching.Tests.IO;

public class ParticipantJsonTests
{
    private static IReadOnlyList<Participant> Read(string text) => ParticipantJson.Read(new StringReader(text), "people.json");

    private static JsonFormatException Fails(string text) => Assert.Throws<JsonFormatException>(() => Read(text));

    [Fact]
    public void Reads_every_field()
    {
        var people = Read("""
            // HR portal export
            [
              { "id": " ana ", "role": "Mentor", "name": "Ana Lima", "department": "Engineering", "managerId": "cfo",
                "seniority": 1.5, "location": "Lisbon", "utcOffset": -2.5, "languages": ["pt", "en"], "capacity": 2,
                "skills": { "Technology": 5 }, "goals": { "Leadership": 0.8 } },
              { "id": "cfo", "role": "mentee", "seniority": 6, "name": null, },
            ]
            """);

        var ana = people[0];
        Assert.Equal(("ana", ParticipantRole.Mentor, "Ana Lima", "Engineering", "cfo"), (ana.Id, ana.Role, ana.Name, ana.Department, ana.ManagerId));
        Assert.Equal((1.5, "Lisbon", (double?)-2.5, 2), (ana.Seniority, ana.Location, ana.UtcOffset, ana.Capacity));
        Assert.Equal(["pt", "en"], ana.Languages);
        Assert.Equal((5d, 0.8), (ana.SkillIn("technology"), ana.GoalIn("Leadership")));
        var cfo = people[1];
        Assert.Equal(("cfo", 6d, 1, (double?)null), (cfo.Name, cfo.Seniority, cfo.Capacity, cfo.UtcOffset));
    }

    [Theory]
    [InlineData("", 1, 1, "not valid JSON")]
    [InlineData("[\n  { \"id\": \"a\", \"role\": \"mentor\" \n", 3, 1, "not valid JSON")]
    [InlineData("{ \"id\": \"a\" }", 1, 1, "array of participant objects")]
    [InlineData("[\n  { \"id\": \"a\", \"role\": \"mentor\", \"colour\": \"red\" }\n]", 2, 34, "Unknown property 'colour' in '[0]'")]
    [InlineData("[\n  { \"id\": \"a\",\n    \"role\": \"boss\" }\n]", 3, 5, "The role 'boss' of participant 'a' is not valid")]
    [InlineData("[\n  { \"role\": \"mentor\" }\n]", 2, 3, "has no id")]
    [InlineData("[\n  { \"id\": \"a\" }\n]", 2, 3, "has no role")]
    [InlineData("[\n  { \"id\": \"a\", \"role\": \"mentor\", \"seniority\": \"high\" }\n]", 2, 34, "'[0].seniority' must be a number")]
    [InlineData("[\n  { \"id\": \"a\", \"role\": \"mentor\", \"capacity\": 1.5 }\n]", 2, 34, "'[0].capacity' must be a whole number")]
    [InlineData("[\n  { \"id\": \"a\", \"role\": \"mentor\", \"capacity\": 0 }\n]", 2, 34, "capacity must be at least 1")]
    [InlineData("[\n  { \"id\": \"é\", \"role\": \"mentor\", \"utcOffset\": 20 }\n]", 2, 34, "utc_offset must be between -12 and 14")]
    [InlineData("[{ \"id\": \"a\", \"role\": \"mentor\", \"skills\": {\n \"Tech\": 9 } }]", 2, 2, "skill:Tech must be between 0 and 5")]
    [InlineData("[{ \"id\": \"a\", \"role\": \"mentor\" },\n { \"id\": \"a\", \"role\": \"mentee\" }]", 2, 4, "'a' is already used by participant $[0]")]
    [InlineData("[{ \"id\": \"a\", \"role\": \"mentor\", \"managerId\": \"b\" },\n { \"id\": \"b\", \"role\": \"mentee\", \"managerId\": \"a\" }]", 1, 33, "cycle of manager ids")]
    public void Bad_input_names_line_and_character(string text, int line, int column, string problem)
    {
        var e = Fails(text);

        Assert.Equal("people.json", e.FileName);
        Assert.Contains(problem, e.Problem, StringComparison.Ordinal);
        Assert.Equal((line, column), (e.Line, e.Column));
        Assert.StartsWith($"people.json:{line}:{column}: ", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Columns_count_characters_not_bytes()
    {
        // 'é' and '名' take 2 and 3 bytes in UTF-8 (byte 37); the column must still point at "seniority", character 34.
        var e = Fails("[{ \"id\": \"é名\", \"role\": \"mentor\", \"seniority\": \"x\" }]");

        Assert.Equal((1, 34), (e.Line, e.Column));
    }

    [Fact]
    public void Validate_lists_every_problem_of_a_json_file()
    {
        var problems = ParticipantFile.Validate(
            new StringReader("""
                [
                  { "id": "a", "role": "mentor", "seniority": "x" },
                  { "id": "b", "role": "boss" },
                  { "id": "c", "role": "mentee", "capacity": 0 },
                  { "id": "d", "role": "mentee" },
                  { "id": "d", "role": "mentee" }
                ]
                """),
            "p.json",
            ParticipantFileFormat.Json);

        Assert.Equal([2, 3, 4, 6], problems.Select(p => p.Line));
        Assert.All(problems, p => Assert.Equal("p.json", p.Source));
        Assert.StartsWith("p.json:3:", problems[1].ToString(), StringComparison.Ordinal);
    }
}
