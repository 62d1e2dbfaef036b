using ReverseMentoring.Matching.Generating;
using ReverseMentoring.Matching.IO;
using ReverseMentoring.Matching.Model;
using Xunit;

namespace ReverseMentoring.Matching.Tests.IO;

public sealed class ParticipantCsvWriteTests
{
    private static string Write(IEnumerable<Participant> people)
    {
        using var writer = new StringWriter();
        ParticipantCsv.Write(writer, people);
        return writer.ToString();
    }

    private static IReadOnlyList<Participant> Read(string text) => ParticipantCsv.Read(new StringReader(text), "people.csv");

    private static void AssertSame(Participant expected, Participant actual)
    {
        Assert.Equal(expected.Id, actual.Id);
        Assert.Equal(expected.Role, actual.Role);
        Assert.Equal(expected.Name, actual.Name);
        Assert.Equal(expected.Department, actual.Department);
        Assert.Equal(expected.ManagerId, actual.ManagerId);
        Assert.Equal(expected.Seniority, actual.Seniority);
        Assert.Equal(expected.Location, actual.Location);
        Assert.Equal(expected.UtcOffset, actual.UtcOffset);
        Assert.Equal(expected.Languages, actual.Languages);
        Assert.Equal(expected.Capacity, actual.Capacity);
        Assert.Equal(expected.Skills.OrderBy(s => s.Key, StringComparer.Ordinal), actual.Skills.OrderBy(s => s.Key, StringComparer.Ordinal));
        Assert.Equal(expected.Goals.OrderBy(s => s.Key, StringComparer.Ordinal), actual.Goals.OrderBy(s => s.Key, StringComparer.Ordinal));
    }

    [Fact]
    public void A_generated_cohort_reads_back_field_by_field()
    {
        var people = SyntheticCohort.Generate(new SyntheticCohortOptions { Mentors = 120, Mentees = 45, Seed = 3 });

        var back = Read(Write(people));

        Assert.Equal(people.Count, back.Count);
        for (var k = 0; k < people.Count; k++)
        {
            AssertSame(people[k], back[k]);
        }
    }

    [Fact]
    public void Awkward_text_numbers_and_missing_values_round_trip()
    {
        var people = new[]
        {
            new Participant(
                "b\"oss", ParticipantRole.Mentee, name: "Holloway, Margaret \"Maggie\"", department: "R&D, Europe", seniority: 6.25,
                location: "Zürich", utcOffset: 5.75, languages: ["Deutsch", "English"], capacity: 3,
                skills: new Dictionary<string, double> { ["Leadership"] = 4.1, ["Technology"] = 1e-7 },
                goals: new Dictionary<string, double> { ["Technology"] = 1.0 / 3 }),
            new Participant("jun", ParticipantRole.Mentor, managerId: "b\"oss", seniority: 0.5,
                skills: new Dictionary<string, double> { ["Quantum, Computing"] = 5 }),
        };

        var text = Write(people);
        var back = Read(text);

        Assert.StartsWith(
            "id,name,role,department,manager_id,seniority,location,utc_offset,languages,capacity,skill:Technology,skill:Leadership,\"skill:Quantum, Computing\",goal:Technology\n",
            text,
            StringComparison.Ordinal);
        Assert.Contains("\"b\"\"oss\",\"Holloway, Margaret \"\"Maggie\"\"\",mentee,\"R&D, Europe\",,6.25,Zürich,5.75,Deutsch;English,3,", text, StringComparison.Ordinal);
        Assert.EndsWith("jun,jun,mentor,,\"b\"\"oss\",0.5,,,,1,,,5,\n", text, StringComparison.Ordinal);
        AssertSame(people[0], back[0]);
        AssertSame(people[1], back[1]);
    }

    [Fact]
    public void Nobody_writes_a_header_only()
    {
        Assert.Equal("id,name,role,department,manager_id,seniority,location,utc_offset,languages,capacity\n", Write([]));
    }

    [Fact]
    public void A_language_with_the_separator_cannot_be_written()
    {
        var person = new Participant("x", ParticipantRole.Mentor, languages: ["English;French"]);

        var e = Assert.Throws<ArgumentException>(() => Write([person]));
        Assert.Contains("'English;French'", e.Message, StringComparison.Ordinal);
    }
}
