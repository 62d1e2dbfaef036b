using System.Text;
using System.Text.Json;
using ReverseMentoring.Matching.IO;
using ReverseMentoring.Matching.Model;
using Xunit;

namespace ReverseMentoring.Matching.Tests.IO;

/// <summary>The stream and JSON-element readers: what the text readers read, with the same problems in the same places.</summary>
public class ParticipantStreamTests
{
    private const string Csv = "\uFEFFid;role;name;seniority;skill:Technology;goal:Leadership\nana;mentor;Ana Lima;1;4,5;\ncfo;mentee;\"Chief, Finance\";6;;0.8\n";

    private const string Json = """
        [
          // comments and trailing commas, as in files
          { "id": "ana", "role": "mentor", "name": "Ana Lima", "seniority": 1, "skills": { "Technology": 4.5 } },
          { "id": "cfo", "role": "mentee", "name": "Chief, Finance", "seniority": 6, "goals": { "Leadership": 0.8 } },
        ]
        """;

    [Theory]
    [InlineData(ParticipantFileFormat.Csv)]
    [InlineData(ParticipantFileFormat.Json)]
    public void A_stream_reads_what_the_text_reads(ParticipantFileFormat format)
    {
        var text = format == ParticipantFileFormat.Csv ? Csv : Json;

        var fromText = ParticipantFile.Read(new StringReader(text), "people", format);
        var fromStream = ParticipantFile.Read(Utf8(text), "people", format);

        Assert.Equal(Describe(fromText), Describe(fromStream));
        Assert.Equal(["ana", "cfo"], fromStream.Select(p => p.Id));
        Assert.Equal(4.5, fromStream[0].SkillIn("Technology"));
    }

    [Fact]
    public void A_stream_of_many_chunks_with_characters_split_between_them_reads_whole()
    {
        var text = new StringBuilder("id,role,name\n");
        for (var i = 0; i < 3_000; i++)
        {
            text.Append('p').Append(i).Append(i % 2 == 0 ? ",mentor," : ",mentee,").Append("Zoë Ñandú 名前 ").Append(i).Append('\n');
        }

        var people = ParticipantFile.Read(new OneByteStream(Encoding.UTF8.GetBytes(text.ToString())), "people.csv", ParticipantFileFormat.Csv);

        Assert.Equal(3_000, people.Count);
        Assert.Equal("Zoë Ñandú 名前 2999", people[^1].Name);
    }

    [Fact]
    public void A_stream_validates_with_the_problems_of_the_text()
    {
        const string bad = "id,role,seniority\na,boss,1\nb,mentee,x\n";

        Assert.Equal(
            ParticipantFile.Validate(new StringReader(bad), "people.csv", ParticipantFileFormat.Csv),
            ParticipantFile.Validate(Utf8(bad), "people.csv", ParticipantFileFormat.Csv));
    }

    [Fact]
    public void Csv_bytes_that_are_not_utf8_are_a_problem_at_their_line()
    {
        var bytes = Encoding.UTF8.GetBytes("id,role,name\na,mentor,Ana\nb,mentee,B?o\n");
        bytes[Array.LastIndexOf(bytes, (byte)'?')] = 0xE9; // Latin-1 'é'

        var e = Assert.Throws<CsvFormatException>(() => ParticipantFile.Read(new MemoryStream(bytes), "people.csv", ParticipantFileFormat.Csv));

        Assert.Equal((3, 1), (e.Line, e.Column));
        Assert.Equal("The file is not valid UTF-8: byte 0xE9 at character 11 of the line; save it as UTF-8.", e.Problem);
    }

    [Fact]
    public void Json_bytes_that_are_not_utf8_in_a_property_name_are_a_problem_at_their_place()
    {
        var bytes = Encoding.UTF8.GetBytes("[\n  { \"id\": \"a\", \"role\": \"mentor\", \"n?me\": 1 }\n]");
        bytes[Array.IndexOf(bytes, (byte)'?')] = 0xFF;

        var problems = ParticipantFile.Validate(new MemoryStream(bytes), "people.json", ParticipantFileFormat.Json);

        var problem = Assert.Single(problems);
        Assert.Equal((2, 36), (problem.Line, problem.Column));
        Assert.StartsWith("The text is not valid UTF-8", problem.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_json_element_reads_what_the_file_reads()
    {
        using var document = JsonDocument.Parse(
            "{ \"participants\": " + Json + " }",
            new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });

        var people = ParticipantFile.Read(document.RootElement.GetProperty("participants"), "participants");

        Assert.Equal(Describe(ParticipantFile.Read(new StringReader(Json), "people.json", ParticipantFileFormat.Json)), Describe(people));
    }

    [Fact]
    public void A_json_element_places_its_problems_from_its_first_character()
    {
        const string body = """
            { "participants":
                [ { "id": "ana", "role": "boss" },
                  { "id": "cfo", "role": "mentee", "goals": { "Technology": 7 } } ] }
            """;
        using var document = JsonDocument.Parse(body);
        var element = document.RootElement.GetProperty("participants");

        var problems = ParticipantFile.Validate(element, "participants");

        // The element's text starts at '[': its line 1 is the body's line 2, from character 5.
        Assert.Equal([(1, 18), (2, 51)], problems.Select(p => (p.Line, p.Column)));
        Assert.Contains("'boss'", problems[0].Problem, StringComparison.Ordinal);
        Assert.Contains("Technology", problems[1].Problem, StringComparison.Ordinal);
        var e = Assert.Throws<JsonFormatException>(() => ParticipantFile.Read(element, "participants"));
        Assert.Equal(problems[0], new FileProblem(e.FileName, e.Line, e.Column, e.Problem));
    }

    [Fact]
    public void A_json_element_that_is_not_an_array_is_a_problem()
    {
        using var document = JsonDocument.Parse("{ \"id\": \"ana\" }");

        var problem = Assert.Single(ParticipantFile.Validate(document.RootElement, "participants"));

        Assert.Equal((1, 1), (problem.Line, problem.Column));
        Assert.Contains("must hold an array", problem.Problem, StringComparison.Ordinal);
    }

    private static MemoryStream Utf8(string text) => new(Encoding.UTF8.GetBytes(text));

    private static List<string> Describe(IEnumerable<Participant> people) =>
        [.. people.Select(p => string.Join(
            "|",
            p.Id,
            p.Role,
            p.Name,
            p.Seniority,
            string.Join(",", p.Skills.Select(s => $"{s.Key}={s.Value}")),
            string.Join(",", p.Goals.Select(g => $"{g.Key}={g.Value}"))))];

    /// <summary>Hands out one byte per read, so every multi-byte character is split between reads.</summary>
    private sealed class OneByteStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override int Read(Span<byte> buffer) => base.Read(buffer[..Math.Min(1, buffer.Length)]);

        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(1, count));
    }
}
