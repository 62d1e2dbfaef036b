using ReverseMentoring.Matching.Scoring;
using ReverseMentoring.Matching.Solving;
using Xunit;

namespace ReverseMentoring.Matching.Tests.Solving;

/// <summary>Small matrices whose optimum is worked out by hand in the comments.</summary>
public class AssignmentSolverKnownOptimumTests
{
    private static (SolverResult Result, ScoreMatrix Matrix) Solve(string[] mentees, string[] mentors, double?[,] scores)
    {
        var matrix = new ScoreMatrix(mentees, mentors, scores);
        return (PairingSolvers.LinearSumAssignment.Solve(matrix), matrix);
    }

    private static (string Mentee, string Mentor)[] Ids(SolverResult result, ScoreMatrix matrix) =>
        [.. result.Pairs.Select(p => (matrix.MenteeIds[p.Mentee], matrix.MentorIds[p.Mentor]))];

    [Fact]
    public void Design_document_example()
    {
        // exec-1: ana 0.9, bo 0.2, chen forbidden; exec-2: ana 0.4, bo forbidden, chen 0.7.
        // Two pairs are possible in three ways: (ana, chen) = 1.6, (bo, ana) = 0.6, (bo, chen) = 0.9.
        // Best: exec-1–ana 0.9 + exec-2–chen 0.7 = 1.6, bo unmatched.
        var (result, matrix) = Solve(
            ["exec-1", "exec-2"], ["ana", "bo", "chen"], new double?[,] { { 0.9, 0.2, null }, { 0.4, null, 0.7 } });

        Assert.Equal(SolverStatus.Optimal, result.Status);
        Assert.Equal("LinearSumAssignment", result.SolverName);
        Assert.Equal([("exec-1", "ana"), ("exec-2", "chen")], Ids(result, matrix));
        Assert.Equal(1.6, result.Pairs.Sum(p => matrix[p.Mentee, p.Mentor]), 12);
    }

    [Fact]
    public void More_pairs_beat_a_higher_total()
    {
        // a–x 100 blocks both other pairs; a–y 1 + b–x 1 = 2 pairs with total 2 < 100, but 2 pairs beat 1.
        var (result, matrix) = Solve(["a", "b"], ["x", "y"], new double?[,] { { 100, 1 }, { 1, null } });

        Assert.Equal([("a", "y"), ("b", "x")], Ids(result, matrix));
    }

    [Fact]
    public void More_pairs_beat_a_higher_total_even_with_negative_scores()
    {
        // a–x 5 alone, or a–y -3 + b–x -3 = two pairs, total -6: cardinality wins.
        var (result, matrix) = Solve(["a", "b"], ["x", "y"], new double?[,] { { 5, -3 }, { -3, null } });

        Assert.Equal([("a", "y"), ("b", "x")], Ids(result, matrix));
    }

    [Fact]
    public void A_single_negative_pair_is_still_taken()
    {
        // Pair as many as possible first: the only pair scores -0.5, but one pair beats none.
        var (result, matrix) = Solve(["a"], ["x"], new double?[,] { { -0.5 } });

        Assert.Equal([("a", "x")], Ids(result, matrix));
    }

    [Fact]
    public void Larger_total_is_chosen_among_perfect_matchings()
    {
        // 3×3: diagonal 1+1+1 = 3; anti-diagonal-ish (a–y, b–z, c–x) = 2+2+2 = 6; other permutations lower.
        // a: x1 y2 z0, b: x0 y1 z2, c: x2 y0 z1.
        var (result, matrix) = Solve(
            ["a", "b", "c"], ["x", "y", "z"], new double?[,] { { 1, 2, 0 }, { 0, 1, 2 }, { 2, 0, 1 } });

        Assert.Equal([("a", "y"), ("b", "z"), ("c", "x")], Ids(result, matrix));
    }

    [Fact]
    public void All_forbidden_gives_no_pairs()
    {
        var (result, _) = Solve(["a", "b"], ["x", "y", "z"], new double?[2, 3]);

        Assert.Equal(SolverStatus.Optimal, result.Status);
        Assert.Empty(result.Pairs);
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(0, 3)]
    [InlineData(3, 0)]
    public void Empty_sides_give_no_pairs(int rows, int columns)
    {
        var (result, _) = Solve(
            [.. Enumerable.Range(0, rows).Select(i => $"e{i}")], [.. Enumerable.Range(0, columns).Select(j => $"m{j}")], new double?[rows, columns]);

        Assert.Equal(SolverStatus.Optimal, result.Status);
        Assert.Empty(result.Pairs);
    }

    [Theory]
    [InlineData(1e-6)]
    [InlineData(1e-9)]
    [InlineData(1e10)]
    [InlineData(1e15)]
    [InlineData(1e299)]
    [InlineData(1e-300)]
    [InlineData(1e-320)]
    public void Magnitude_does_not_change_the_optimum(double scale)
    {
        // a: x 3, y 2 ; b: x 2.9, y 1 → (a–x, b–y) = 4, (a–y, b–x) = 4.9: the cross pairing wins by 0.9·scale.
        var (result, matrix) = Solve(
            ["a", "b"], ["x", "y"], new double?[,] { { 3 * scale, 2 * scale }, { 2.9 * scale, 1 * scale } });

        Assert.Equal([("a", "y"), ("b", "x")], Ids(result, matrix));
    }

    [Theory]
    [InlineData(2e300)]
    [InlineData(-1e301)]
    public void Scores_too_large_for_a_finite_total_are_rejected(double score)
    {
        var error = Assert.Throws<ReverseMentoring.Matching.Model.MatchingInputException>(
            () => new ScoreMatrix(["a"], ["x", "y"], new double?[,] { { score, 1 } }));
        Assert.Contains("1e300", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1e-6)]
    [InlineData(1e10)]
    [InlineData(1e-300)]
    public void Magnitude_does_not_change_the_optimum_when_the_diagonal_wins(double scale)
    {
        // a: x 3, y 1 ; b: x 1, y 3 → diagonal 6·scale beats cross 2·scale.
        var (result, matrix) = Solve(["a", "b"], ["x", "y"], new double?[,] { { 3 * scale, 1 * scale }, { 1 * scale, 3 * scale } });

        Assert.Equal([("a", "x"), ("b", "y")], Ids(result, matrix));
    }

    [Theory]
    [InlineData(1e-6)]
    [InlineData(1e-200)]
    [InlineData(1e-300)]
    [InlineData(1e-320)]
    public void Single_allowed_pair_with_a_tiny_positive_score_is_taken(double score)
    {
        // Only a–x is allowed; one pair beats none whatever its (finite) score.
        var (result, matrix) = Solve(["a", "b"], ["x", "y"], new double?[,] { { score, null }, { null, null } });

        Assert.Equal([("a", "x")], Ids(result, matrix));
    }

    [Fact]
    public void Huge_values_next_to_tiny_ones()
    {
        // a–x + b–y = 2e10, a–y + b–x = 2e-6: the diagonal wins.
        var (result, matrix) = Solve(["a", "b"], ["x", "y"], new double?[,] { { 1e10, 1e-6 }, { 1e-6, 1e10 } });

        Assert.Equal([("a", "x"), ("b", "y")], Ids(result, matrix));
    }

    [Fact]
    public void Tie_is_broken_the_same_whatever_the_input_order()
    {
        // All four cells score 1: both perfect matchings tie. Listing rows and columns in reverse must
        // not change which one is returned (ids decide).
        var (forward, m1) = Solve(["a", "b"], ["x", "y"], new double?[,] { { 1, 1 }, { 1, 1 } });
        var (backward, m2) = Solve(["b", "a"], ["y", "x"], new double?[,] { { 1, 1 }, { 1, 1 } });

        Assert.Equal(Ids(forward, m1).ToHashSet(), Ids(backward, m2).ToHashSet());
    }

    [Fact]
    public void Cancelled_token_throws()
    {
        var matrix = new ScoreMatrix(["a"], ["x"], new double?[,] { { 1 } });
        using var cts = new CancellationTokenSource();
        cts.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => PairingSolvers.LinearSumAssignment.Solve(matrix, cts.Token));
    }

    [Fact]
    public void Null_matrix_is_rejected()
    {
        Assert.Throws<ArgumentNullException>(() => PairingSolvers.LinearSumAssignment.Solve((ScoreMatrix)null!));
    }

    [Fact]
    public void Result_indices_refer_to_the_callers_rows_and_columns()
    {
        // Rows given in non-sorted order: "z-exec" first. Its only allowed mentor is column 1 ("a-jr").
        var (result, _) = Solve(["z-exec", "a-exec"], ["b-jr", "a-jr"], new double?[,] { { null, 1 }, { 1, null } });

        Assert.Contains(new SolvedPair(0, 1), result.Pairs);
        Assert.Contains(new SolvedPair(1, 0), result.Pairs);
        // Sorted by mentee id: a-exec (row 1) first.
        Assert.Equal(new SolvedPair(1, 0), result.Pairs[0]);
    }

    [Fact]
    public void Large_negative_values_still_pick_the_highest_total()
    {
        // -1e10 and -1e-6: two pairs forced; a–y + b–x = -2e-6 beats a–x + b–y = -2e10.
        var (result, matrix) = Solve(["a", "b"], ["x", "y"], new double?[,] { { -1e10, -1e-6 }, { -1e-6, -1e10 } });

        Assert.Equal([("a", "y"), ("b", "x")], Ids(result, matrix));
    }
}
