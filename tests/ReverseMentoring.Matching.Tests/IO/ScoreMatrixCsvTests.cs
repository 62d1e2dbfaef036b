using ReverseMentoring.Matching.IO;
using ReverseMentoring.Matching.Model;
using ReverseMentoring.Matching.Scoring;
using Xunit;

namespace ReverseMentoring.Matching.Tests.IO;

public class ScoreMatrixCsvTests
{
    private static ScoreMatrix Read(string text) => ScoreMatrixCsv.Read(new StringReader(text), "scores.csv");

    private static CsvFormatException Fails(string text) =>
        Assert.Throws<CsvFormatException>(() => Read(text));

    [Fact]
    public void Reads_the_design_example()
    {
        var m = Read(",ana,bo,chen\nexec-1,0.9,0.2,\nexec-2,0.4,,0.7\n");

        Assert.Equal(["exec-1", "exec-2"], m.MenteeIds);
        Assert.Equal(["ana", "bo", "chen"], m.MentorIds);
        Assert.Equal(0.9, m[0, 0]);
        Assert.Equal(0.2, m[0, 1]);
        Assert.False(m.IsAllowed(0, 2));
        Assert.Equal(0.4, m[1, 0]);
        Assert.False(m.IsAllowed(1, 1));
        Assert.Equal(0.7, m[1, 2]);
        Assert.Equal(4, m.AllowedCount);
    }

    [Fact]
    public void Reads_quoted_cells_with_commas_and_escaped_quotes_in_ids()
    {
        var m = Read(",\"Lee, Ana\",\"bo \"\"the kid\"\"\"\n\"exec, 1\",\"0.5\",\" -2 \"\n");

        Assert.Equal(["Lee, Ana", "bo \"the kid\""], m.MentorIds);
        Assert.Equal(["exec, 1"], m.MenteeIds);
        Assert.Equal(0.5, m[0, 0]);
        Assert.Equal(-2, m[0, 1]);
    }

    [Fact]
    public void Tolerates_a_byte_order_mark_crlf_trailing_empty_lines_and_padding()
    {
        var m = Read("\uFEFF , ana , bo \r\n exec-1 , 1 ,  \r\n\r\n\r\n");

        Assert.Equal(["ana", "bo"], m.MentorIds);
        Assert.Equal(["exec-1"], m.MenteeIds);
        Assert.Equal(1, m[0, 0]);
        Assert.False(m.IsAllowed(0, 1));
    }

    [Fact]
    public void The_first_header_cell_is_ignored_whatever_it_holds()
    {
        var m = Read("mentee \\ mentor,ana\nexec-1,0.3\n");

        Assert.Equal(["ana"], m.MentorIds);
        Assert.Equal(0.3, m[0, 0]);
    }

    [Theory]
    [InlineData("1.5e-3", 0.0015)]
    [InlineData("2E2", 200)]
    [InlineData("-7.25", -7.25)]
    [InlineData("+0.5", 0.5)]
    [InlineData(".5", 0.5)]
    [InlineData("-1e-2", -0.01)]
    public void Reads_invariant_numbers_with_sign_and_exponent(string cell, double expected)
    {
        var m = Read($",ana\nexec-1,{cell}\n");

        Assert.Equal(expected, m[0, 0], 15);
    }

    [Fact]
    public void A_header_without_mentee_rows_is_a_matrix_with_no_mentees()
    {
        var m = Read(",ana,bo\n");

        Assert.Equal(0, m.MenteeCount);
        Assert.Equal(["ana", "bo"], m.MentorIds);
    }

    [Theory]
    [InlineData("", 1, 1, "empty")]
    [InlineData("\n\n", 1, 1, "empty")]
    [InlineData("\uFEFF", 1, 1, "empty")]
    [InlineData(",\nexec-1\n", 1, 2, "mentor id is empty")]
    [InlineData("x\nexec-1\n", 1, 2, "no mentors")]
    [InlineData(",ana,,bo\n", 1, 3, "mentor id is empty")]
    [InlineData(",ana,bo,ana\n", 1, 4, "'ana' is already used in column 2")]
    [InlineData(",ana\nexec-1,1\nexec-1,2\n", 3, 1, "'exec-1' is already used on line 2")]
    [InlineData(",ana\n,1\n", 2, 1, "mentee id is empty")]
    [InlineData(",ana,bo\nexec-1,1,2,3\n", 2, 4, "4 cells, but 3 are expected")]
    [InlineData(",ana,bo\nexec-1,1\n", 2, 3, "2 cells, but 3 are expected")]
    [InlineData(",ana,bo\nexec-1\n", 2, 2, "1 cell, but 3 are expected")]
    [InlineData(",ana,bo\nexec-1,1,2\nexec-2,1,2,\n", 3, 4, "4 cells")]
    [InlineData(",ana,bo\nexec-1,1,abc\n", 2, 3, "'abc', which is not a number")]
    [InlineData(",ana,bo\nexec-1,NaN,1\n", 2, 2, "finite")]
    [InlineData(",ana,bo\nexec-1,1,Infinity\n", 2, 3, "finite")]
    [InlineData(",ana,bo\nexec-1,-Infinity,1\n", 2, 2, "finite")]
    [InlineData(",ana,bo\nexec-1,1e400,1\n", 2, 2, "finite")]
    [InlineData(",ana,bo\nexec-1,\"1,5\",1\n", 2, 2, "write decimals with '.'")]
    [InlineData(",ana\nexec-1,1,5\n", 2, 3, "3 cells, but 2 are expected")]
    [InlineData(",ana,bo\nexec-1,0x10,1\n", 2, 2, "not a number")]
    [InlineData(",ana,bo\nexec-1,1 000,1\n", 2, 2, "not a number")]
    [InlineData(",ana,bo\nexec-1,1,\"2\nexec-2,1,2\n", 2, 3, "never closed")]
    [InlineData(",ana\nexec-1,1\n\nexec-2,1\n", 3, 1, "Empty line")]
    public void Bad_input_names_line_and_column(string text, int line, int column, string problem)
    {
        var e = Fails(text);

        Assert.Equal("scores.csv", e.FileName);
        Assert.Equal(line, e.Line);
        Assert.Equal(column, e.Column);
        Assert.Contains(problem, e.Problem, StringComparison.Ordinal);
        Assert.StartsWith($"scores.csv:{line}:{column}: ", e.Message, StringComparison.Ordinal);
        Assert.EndsWith(e.Problem, e.Message, StringComparison.Ordinal);
        Assert.IsAssignableFrom<MatchingInputException>(e);
    }

    [Fact]
    public void Line_numbers_count_lines_inside_quoted_cells()
    {
        // The mentor id spans lines 1-2, so the second mentee row is on line 4.
        var e = Fails(",\"ana\nlima\"\nexec-1,1\nexec-2,x\n");

        Assert.Equal((4, 2), (e.Line, e.Column));
    }

    [Fact]
    public void Null_arguments_are_rejected()
    {
        Assert.Throws<ArgumentNullException>(() => ScoreMatrixCsv.Read(null!, "x"));
        Assert.Throws<ArgumentNullException>(() => ScoreMatrixCsv.Read(new StringReader(""), null!));
    }
}
