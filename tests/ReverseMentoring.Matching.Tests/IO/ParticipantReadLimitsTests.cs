using ReverseMentoring.Matching.IO;
using ReverseMentoring.Matching.Model;
using Xunit;

namespace ReverseMentoring.Matching.Tests.IO;

public class ParticipantReadLimitsTests
{
    private static readonly ParticipantReadLimits Three = new() { MaxParticipants = 3 };

    [Fact]
    public void The_defaults_are_documented_values()
    {
        var limits = ParticipantReadLimits.Default;

        Assert.Equal((200_000, 10_000, 1_048_576, 4_096), (limits.MaxParticipants, limits.MaxColumns, limits.MaxLineLength, limits.MaxFieldLength));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void A_limit_below_one_is_refused(int value)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new ParticipantReadLimits { MaxColumns = value });
        Assert.Equal("MaxColumns", e.ParamName);
    }

    [Fact]
    public void A_csv_row_past_max_participants_is_refused_at_its_line()
    {
        const string csv = "id,role\na,mentor\nb,mentee\nc,mentor\nd,mentee\ne,mentor\n";

        var e = Assert.Throws<CsvFormatException>(() => ParticipantFile.Read(new StringReader(csv), "people.csv", ParticipantFileFormat.Csv, limits: Three));

        Assert.Equal((5, 1), (e.Line, e.Column));
        Assert.Equal(
            "The file has more participants than the most ParticipantReadLimits.MaxParticipants allows (3); split the cohort, or raise the limit (rmatch --max-participants).",
            e.Problem);
        Assert.Equal(5, ParticipantFile.Read(new StringReader(csv), "people.csv", ParticipantFileFormat.Csv, limits: Three with { MaxParticipants = 5 }).Count);
    }

    [Fact]
    public void Rows_the_role_rules_leave_out_do_not_count_against_max_participants()
    {
        const string csv = "id,seniority\na,1\nx,3\ny,3\nb,5\nz,3\nc,1\n";
        var mapping = ColumnMapping.Default with { RoleRules = [RoleRule.Parse("mentor:seniority<=1"), RoleRule.Parse("mentee:seniority>=5")] };

        var read = ParticipantFile.ReadDetailed(new StringReader(csv), "people.csv", ParticipantFileFormat.Csv, mapping, Three);

        Assert.Equal(["a", "b", "c"], read.Participants.Select(p => p.Id));
        Assert.Equal(3, read.LeftOutRows);
    }

    [Fact]
    public void Validate_lists_the_problems_before_the_limit_and_then_the_limit()
    {
        const string csv = "id,role\na,boss\nb,mentee\nc,mentor\nd,mentee\n";

        var problems = ParticipantFile.Validate(new StringReader(csv), "people.csv", ParticipantFileFormat.Csv, limits: Three);

        Assert.Equal([(2, 2), (5, 1)], problems.Select(p => (p.Line, p.Column)));
        Assert.Contains("MaxParticipants", problems[1].Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_json_element_past_max_participants_is_refused_at_its_place()
    {
        const string json = "[\n {\"id\":\"a\",\"role\":\"mentor\"},\n {\"id\":\"b\",\"role\":\"mentee\"},\n {\"id\":\"c\",\"role\":\"mentor\"},\n  {\"id\":\"d\",\"role\":\"mentee\"}\n]";

        var e = Assert.Throws<JsonFormatException>(() => ParticipantFile.Read(new StringReader(json), "people.json", ParticipantFileFormat.Json, limits: Three));

        Assert.Equal((5, 3), (e.Line, e.Column));
        Assert.Contains("MaxParticipants allows (3)", e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_line_over_max_line_length_is_refused_before_it_is_split_into_cells()
    {
        var csv = "id,role,name\na,mentor,Ana\nb,mentee," + new string('x', 100) + "\nc,mentor,Cy\n";

        var problems = ParticipantFile.Validate(new StringReader(csv), "people.csv", ParticipantFileFormat.Csv, limits: new() { MaxLineLength = 50 });

        var problem = Assert.Single(problems);
        Assert.Equal((3, 1), (problem.Line, problem.Column));
        Assert.Equal(
            "The line is longer than 50 characters, the most ParticipantReadLimits.MaxLineLength allows (50); is this the right file, with line breaks?",
            problem.Problem);
    }

    [Fact]
    public void A_line_of_exactly_max_line_length_reads_with_either_line_ending()
    {
        foreach (var newline in new[] { "\n", "\r\n" })
        {
            var csv = "id,role,name" + newline + "a,mentor," + new string('x', 41) + newline;

            var people = ParticipantFile.Read(new StringReader(csv), "people.csv", ParticipantFileFormat.Csv, limits: new() { MaxLineLength = 50 });

            Assert.Equal(new string('x', 41), Assert.Single(people).Name);
        }
    }

    [Fact]
    public void A_header_over_max_columns_is_refused_at_the_first_column_over()
    {
        var e = Assert.Throws<CsvFormatException>(() =>
            ParticipantFile.Read(new StringReader("id,role,name,seniority\na,mentor,Ana,1\n"), "people.csv", ParticipantFileFormat.Csv, limits: new() { MaxColumns = 3 }));

        Assert.Equal((1, 4), (e.Line, e.Column));
        Assert.Equal("The header has 4 columns, more than the most ParticipantReadLimits.MaxColumns allows (3).", e.Problem);
    }

    [Fact]
    public void A_mapped_cell_over_max_field_length_is_a_problem_of_its_cell_and_an_ignored_column_is_not_read()
    {
        var csv = "id,role,name,notes\na,mentor," + new string('n', 11) + "," + new string('z', 500) + "\nb,mentee,Bo," + new string('z', 500) + "\n";
        var mapping = ColumnMapping.Default with { IgnoreOtherColumns = true };

        var problems = ParticipantFile.Validate(new StringReader(csv), "people.csv", ParticipantFileFormat.Csv, mapping, new() { MaxFieldLength = 10 });

        var problem = Assert.Single(problems);
        Assert.Equal((2, 3, "The cell has 11 characters, more than the most ParticipantReadLimits.MaxFieldLength allows (10)."), (problem.Line, problem.Column, problem.Problem));
    }

    [Fact]
    public void A_json_string_over_max_field_length_is_refused_at_its_place()
    {
        var json = "[\n  { \"id\": \"a\", \"role\": \"mentor\", \"name\": \"" + new string('n', 11) + "\" }\n]";

        var e = Assert.Throws<JsonFormatException>(() =>
            ParticipantFile.Read(new StringReader(json), "people.json", ParticipantFileFormat.Json, limits: new() { MaxFieldLength = 10 }));

        Assert.Equal((2, 42), (e.Line, e.Column));
        Assert.Equal("The string has 11 characters, more than the most ParticipantReadLimits.MaxFieldLength allows (10).", e.Problem);
    }

    [Fact]
    public void A_json_string_of_exactly_max_field_length_reads_even_when_escapes_make_it_longer_in_the_file()
    {
        var json = "[ { \"id\": \"a\", \"role\": \"mentor\", \"name\": \"" + string.Concat(Enumerable.Repeat("\\u00e9", 10)) + "\" } ]";

        var people = ParticipantFile.Read(new StringReader(json), "people.json", ParticipantFileFormat.Json, limits: new() { MaxFieldLength = 10 });

        Assert.Equal(new string('é', 10), Assert.Single(people).Name);
    }
}
