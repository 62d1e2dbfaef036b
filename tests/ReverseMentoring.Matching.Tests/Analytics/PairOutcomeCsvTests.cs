using ReverseMentoring.Matching.Analytics;
using ReverseMentoring.Matching.IO;
using ReverseMentoring.Matching.Model;
using ReverseMentoring.Matching.Tests.Support;
using Xunit;

namespace ReverseMentoring.Matching.Tests.Analytics;

public sealed class PairOutcomeCsvTests
{
    private static readonly Cohort People2 = new([Participant.Mentee("e1", 5), Participant.Mentee("e2", 5), Participant.Mentor("m1", 1), Participant.Mentor("m2", 1)]);

    [Fact]
    public void Reads_the_columns_by_header_name_in_any_order_and_case_ignoring_others()
    {
        var outcomes = PairOutcomeCsv.Read(new StringReader("Cohort,Rating,MENTOR_ID,mentee_id\n2024,4.5,m1,e1\n2025, -1e0 ,m2,e2\n"), "o.csv", People2);

        Assert.Equal([new PairOutcome("e1", "m1", 4.5), new PairOutcome("e2", "m2", -1)], outcomes);
    }

    [Fact]
    public void A_history_file_with_mentor_and_mentee_columns_and_semicolons_serves()
    {
        var outcomes = PairOutcomeCsv.Read(new StringReader("\uFEFFmentor;mentee;rating\nm1;e2;3\n"), "h.csv");

        Assert.Equal([new PairOutcome("e2", "m1", 3)], outcomes);
    }

    [Theory]
    [InlineData("", 1, 1, "empty")]
    [InlineData("mentee_id,mentor_id\ne1,m1\n", 1, 1, "no 'rating' column")]
    [InlineData("mentee_id,mentor_id,rating\ne1,m1,4\ne2,,3\n", 3, 2, "The mentor id is empty.")]
    [InlineData("mentee_id,mentor_id,rating\ne1,m1,\"4,5\"\n", 2, 3, "write decimals with '.'")]
    [InlineData("mentee_id,mentor_id,rating\ne1,m1\n", 2, 3, "The rating is empty")]
    [InlineData("mentee_id,mentor_id,rating\ne1,m1,Infinity\n", 2, 3, "finite")]
    [InlineData("mentee_id,mentor_id,rating\nzed,m1,4\n", 2, 1, "'zed' is not among the participants.")]
    [InlineData("mentee_id,mentor_id,rating\ne1,e2,4\n", 2, 2, "'e2' is not a mentor")]
    public void Errors_name_the_line_and_cell(string csv, int line, int column, string problem)
    {
        var e = Assert.Throws<CsvFormatException>(() => PairOutcomeCsv.Read(new StringReader(csv), "o.csv", People2));

        Assert.Equal(("o.csv", line, column), (e.FileName, e.Line, e.Column));
        Assert.Contains(problem, e.Problem, StringComparison.Ordinal);
    }
}
