using ReverseMentoring.Matching.IO;
using ReverseMentoring.Matching.Model;
using Xunit;

namespace ReverseMentoring.Matching.Tests.IO;

public class ParticipantFileValidateTests
{
    private static IReadOnlyList<FileProblem> Validate(string text, ColumnMapping? mapping = null) =>
        ParticipantFile.Validate(new StringReader(text), "people.csv", ParticipantFileFormat.Csv, mapping);

    [Fact]
    public void Lists_every_bad_cell_row_duplicate_and_cycle()
    {
        var problems = Validate(
            "id,role,seniority,capacity,manager_id\n"
            + "a,boss,x,1,\n"          // two bad cells on one row
            + "b,mentor,1,0,c\n"        // model rule: capacity
            + "c,mentee,1,1,d\n"
            + "d,mentee,1,1,c\n"        // cycle c -> d -> c
            + "c,mentor,1,1,\n"         // duplicate id
            + "e,mentor,1\n");          // wrong cell count

        Assert.Equal(
            [
                (2, 2, "The role 'boss' is not valid; expected mentor or mentee."),
                (2, 3, "The seniority is 'x', which is not a number; expected a decimal such as 0.75, -2 or 1.5e-3."),
                (3, 4, "Participant 'b': capacity must be at least 1, but was 0."),
                (6, 1, "The id 'c' is already used on line 4."),
                (7, 4, "The row has 3 cells, but 5 are expected (one per header column)."),
                (4, 5, "Participant 'c': manager_id forms a cycle of manager ids: c -> d -> c."),
            ],
            problems.Select(p => (p.Line, p.Column, p.Problem)));
    }

    [Fact]
    public void A_clean_file_has_no_problems()
    {
        Assert.Empty(Validate("id,role,manager_id\na,mentor,b\nb,mentee,\n"));
    }

    [Fact]
    public void Every_header_problem_is_listed_and_rows_are_not_read()
    {
        var problems = Validate("Emp,colour,colour\n1,x,y\n", ColumnMapping.Default.WithColumn("id", "Employee ID"));

        Assert.Equal([1, 1, 1, 2, 3], problems.Select(p => p.Column));
        Assert.Equal("The header has no 'Employee ID' column (for id); the headers found are 'Emp', 'colour', 'colour'.", problems[0].Problem);
        Assert.StartsWith("The header has no 'role' column;", problems[1].Problem, StringComparison.Ordinal);
        Assert.StartsWith("Unknown column 'Emp'", problems[2].Problem, StringComparison.Ordinal);
        Assert.StartsWith("Unknown column 'colour'", problems[3].Problem, StringComparison.Ordinal);
        Assert.StartsWith("Unknown column 'colour'", problems[4].Problem, StringComparison.Ordinal);
        Assert.All(problems, p => Assert.Equal(1, p.Line));
    }

    [Fact]
    public void Read_stops_at_the_first_problem_validate_finds()
    {
        const string text = "id,role,seniority\na,mentor,1\nb,boss,2\nc,mentee,x\n";

        var first = Validate(text)[0];
        var e = Assert.Throws<CsvFormatException>(() => ParticipantFile.Read(new StringReader(text), "people.csv", ParticipantFileFormat.Csv));

        Assert.Equal((first.Line, first.Column, first.Problem), (e.Line, e.Column, e.Problem));
    }

    [Theory]
    [InlineData("people.JSON", ParticipantFileFormat.Json)]
    [InlineData("people.csv", ParticipantFileFormat.Csv)]
    [InlineData("export.txt", ParticipantFileFormat.Csv)]
    public void The_format_follows_the_extension(string path, ParticipantFileFormat format)
    {
        Assert.Equal(format, ParticipantFile.FormatOf(path));
    }

    [Fact]
    public void Reads_a_file_by_path()
    {
        var path = Path.Combine(Path.GetTempPath(), $"rmatch-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, """[{ "id": "a", "role": "mentor" }]""");
        try
        {
            Assert.Equal(ParticipantRole.Mentor, Assert.Single(ParticipantFile.Read(path)).Role);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
