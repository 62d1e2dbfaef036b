using ReverseMentoring.Matching.Model;
using ReverseMentoring.Matching.Scoring;
using Xunit;

namespace ReverseMentoring.Matching.Tests.Scoring;

public class ScoreMatrixTests
{
    [Fact]
    public void Null_cells_are_not_allowed_and_read_as_zero()
    {
        var matrix = new ScoreMatrix(["e1", "e2"], ["a", "b"], new double?[,] { { 0.5, null }, { -2, 3 } });

        Assert.True(matrix.IsAllowed(0, 0));
        Assert.False(matrix.IsAllowed(0, 1));
        Assert.Equal(0, matrix[0, 1]);
        Assert.Equal(-2, matrix[1, 0]);
        Assert.Equal(3, matrix.AllowedCount);
        Assert.Equal(2, matrix.MenteeCount);
        Assert.Equal(2, matrix.MentorCount);
    }

    [Fact]
    public void Shape_mismatch_is_rejected()
    {
        var ex = Assert.Throws<MatchingInputException>(() => new ScoreMatrix(["e1"], ["a", "b"], new double?[2, 2]));
        Assert.Contains("2 x 2", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void Non_finite_score_is_rejected_naming_the_pair(double bad)
    {
        var ex = Assert.Throws<MatchingInputException>(() => new ScoreMatrix(["e1"], ["a", "b"], new double?[,] { { 1, bad } }));
        Assert.Contains("'e1'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("'b'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Duplicate_ids_are_rejected()
    {
        var ex = Assert.Throws<MatchingInputException>(() => new ScoreMatrix(["e1", "e1"], ["a"], new double?[2, 1]));
        Assert.Contains("'e1'", ex.Message, StringComparison.Ordinal);
        Assert.Throws<MatchingInputException>(() => new ScoreMatrix(["e1"], ["a", "a"], new double?[1, 2]));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Empty_ids_are_rejected(string id)
    {
        Assert.Throws<MatchingInputException>(() => new ScoreMatrix([id], ["a"], new double?[1, 1]));
        Assert.Throws<MatchingInputException>(() => new ScoreMatrix(["e"], [id], new double?[1, 1]));
    }

    [Fact]
    public void Changing_the_input_array_afterwards_does_not_change_the_matrix()
    {
        var cells = new double?[,] { { 1 } };
        string[] mentees = ["e1"];
        var matrix = new ScoreMatrix(mentees, ["a"], cells);
        cells[0, 0] = 7;
        mentees[0] = "changed";

        Assert.Equal(1, matrix[0, 0]);
        Assert.Equal("e1", matrix.MenteeIds[0]);
    }

    [Fact]
    public void Out_of_range_index_throws()
    {
        var matrix = new ScoreMatrix(["e1"], ["a"], new double?[,] { { 1 } });
        Assert.Throws<ArgumentOutOfRangeException>(() => matrix[1, 0]);
        Assert.Throws<ArgumentOutOfRangeException>(() => matrix[0, -1]);
    }
}
