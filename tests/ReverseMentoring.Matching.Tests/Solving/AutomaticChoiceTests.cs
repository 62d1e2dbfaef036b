using ReverseMentoring.Matching.Scoring;
using ReverseMentoring.Matching.Solving;
using Xunit;

namespace ReverseMentoring.Matching.Tests.Solving;

/// <summary>Which exact solver the automatic choice runs for each shape.</summary>
public sealed class AutomaticChoiceTests
{
    private static ScoreMatrix Full(int rows, int columns)
    {
        var scores = new double?[rows, columns];
        for (var i = 0; i < rows; i++)
        {
            for (var j = 0; j < columns; j++)
            {
                scores[i, j] = ((i * 7) + (j * 3)) % 10 / 10.0;
            }
        }

        return new ScoreMatrix(
            [.. Enumerable.Range(0, rows).Select(i => $"e{i}")], [.. Enumerable.Range(0, columns).Select(j => $"m{j}")], scores);
    }

    [Theory]
    [InlineData(4, 4, "LinearSumAssignment")]
    [InlineData(10, 11, "LinearSumAssignment")]
    [InlineData(4, 5, "MinCostFlow")]
    [InlineData(9, 3, "MinCostFlow")]
    public void One_to_one_goes_to_the_assignment_only_when_roughly_square(int rows, int columns, string expected)
    {
        var matrix = Full(rows, columns);
        var result = PairingSolvers.Automatic.Solve(matrix);

        Assert.Equal(expected, result.SolverName);
        Assert.Equal(Math.Min(rows, columns), result.Pairs.Count);
        var assignment = PairingSolvers.LinearSumAssignment.Solve(matrix);
        Assert.Equal(assignment.Pairs.Sum(p => matrix[p.Mentee, p.Mentor]), result.Pairs.Sum(p => matrix[p.Mentee, p.Mentor]), 1e-9);
    }

    [Fact]
    public void Capacities_go_to_the_flow_even_when_square()
    {
        var matrix = Full(3, 3);
        var result = PairingSolvers.Automatic.Solve(new PairingProblem(matrix, mentorCapacities: [2, 1, 1]));
        Assert.Equal("MinCostFlow", result.SolverName);
    }
}
