using FsCheck.Xunit;
using ReverseMentoring.Matching.Scoring;
using ReverseMentoring.Matching.Solving;
using ReverseMentoring.Matching.Tests.Support;
using Xunit;

namespace ReverseMentoring.Matching.Tests.Solving;

/// <summary>The assignment solver against the brute-force oracle on random matrices up to 7 × 7.</summary>
public class AssignmentSolverPropertyTests
{
    private static SolverResult Solve(double?[,] scores, string[] menteeIds, string[] mentorIds) =>
        PairingSolvers.LinearSumAssignment.Solve(new ScoreMatrix(menteeIds, mentorIds, scores));

    [Property(MaxTest = 400, Arbitrary = new[] { typeof(MatrixArbitraries) })]
    public void Solver_matches_the_brute_force_optimum(MatrixCase c)
    {
        var result = Solve(c.Scores, c.MenteeIds, c.MentorIds);
        var (count, total) = PairingOracle.Best(c.Scores);

        Assert.Equal(SolverStatus.Optimal, result.Status);
        Assert.Equal(count, result.Pairs.Count);
        var solverTotal = result.Pairs.Sum(p => c.Scores[p.Mentee, p.Mentor]!.Value);
        var tolerance = PairingOracle.Tolerance(c.Scores);
        Assert.True(
            Math.Abs(solverTotal - total) <= tolerance,
            $"solver total {solverTotal:R}, oracle total {total:R}, tolerance {tolerance:R}");
    }

    [Property(MaxTest = 300, Arbitrary = new[] { typeof(MatrixArbitraries) })]
    public void Solver_uses_each_participant_at_most_once_and_only_allowed_pairs(MatrixCase c)
    {
        var result = Solve(c.Scores, c.MenteeIds, c.MentorIds);

        Assert.Equal(result.Pairs.Count, result.Pairs.Select(p => p.Mentee).Distinct().Count());
        Assert.Equal(result.Pairs.Count, result.Pairs.Select(p => p.Mentor).Distinct().Count());
        foreach (var pair in result.Pairs)
        {
            Assert.InRange(pair.Mentee, 0, c.Rows - 1);
            Assert.InRange(pair.Mentor, 0, c.Columns - 1);
            Assert.True(c.Scores[pair.Mentee, pair.Mentor].HasValue, $"forbidden pair ({pair.Mentee}, {pair.Mentor}) chosen");
        }
    }

    [Property(MaxTest = 300, Arbitrary = new[] { typeof(MatrixArbitraries) })]
    public void Shuffling_rows_and_columns_gives_the_same_pairs_by_id(MatrixCase c)
    {
        var original = Solve(c.Scores, c.MenteeIds, c.MentorIds);
        var expected = original.Pairs.Select(p => (c.MenteeIds[p.Mentee], c.MentorIds[p.Mentor])).ToHashSet();

        // Row k of the shuffled matrix is original row RowOrder[k], with its id carried along.
        var shuffled = new double?[c.Rows, c.Columns];
        for (var i = 0; i < c.Rows; i++)
        {
            for (var j = 0; j < c.Columns; j++)
            {
                shuffled[i, j] = c.Scores[c.RowOrder[i], c.ColumnOrder[j]];
            }
        }

        string[] menteeIds = [.. c.RowOrder.Select(r => c.MenteeIds[r])];
        string[] mentorIds = [.. c.ColumnOrder.Select(k => c.MentorIds[k])];
        var result = Solve(shuffled, menteeIds, mentorIds);
        var actual = result.Pairs.Select(p => (menteeIds[p.Mentee], mentorIds[p.Mentor])).ToHashSet();

        Assert.Equal(SolverStatus.Optimal, result.Status);
        Assert.True(expected.SetEquals(actual), $"original [{string.Join(" ", expected)}] shuffled [{string.Join(" ", actual)}]");
    }

    [Property(MaxTest = 300, Arbitrary = new[] { typeof(MatrixArbitraries) })]
    public void Pairs_are_reported_in_mentee_id_order(MatrixCase c)
    {
        var ids = c.MenteeIds;
        var result = Solve(c.Scores, ids, c.MentorIds);
        var reported = result.Pairs.Select(p => ids[p.Mentee]).ToArray();

        Assert.Equal(reported.Order(StringComparer.Ordinal), reported);
    }
}
