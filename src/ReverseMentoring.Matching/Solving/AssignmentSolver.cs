using Google.OrTools.Graph;
using ReverseMentoring.Matching.Model;

namespace ReverseMentoring.Matching.Solving;

/// <summary>
/// Optimal 1:1 pairing with OR-Tools <c>LinearSumAssignment</c>. The grid is padded to a square with zero-cost
/// slots that stand for "unpaired", so a perfect assignment always exists whatever the shape and however many
/// cells are closed; a row or column whose capacity is used up (by a pinned pair) only gets those slots.
/// </summary>
internal sealed class AssignmentSolver : PairingSolver
{
    public static AssignmentSolver Instance { get; } = new();

    public override string Name => "LinearSumAssignment";

    private protected override CoreOutcome SolveCore(
        Grid grid, bool coverageFirst, CancellationToken cancellationToken)
    {
        if (!grid.IsOneToOne)
        {
            throw new MatchingInputException(
                "LinearSumAssignment pairs one-to-one; use PairingSolvers.MinCostFlow or PairingSolvers.Automatic when capacities are above 1.");
        }

        if (!grid.AnyOpen())
        {
            return new CoreOutcome([], Name);
        }

        // On its own thread when the token can be cancelled: OR-Tools' Solve cannot be interrupted, the caller stops waiting.
        return NativeSolve.Run(() => Solve(grid, coverageFirst, cancellationToken), cancellationToken);
    }

    private CoreOutcome Solve(Grid grid, bool coverageFirst, CancellationToken cancellationToken)
    {
        var size = Math.Max(grid.Rows, grid.Columns);
        for (CostScaling? scaling = CostScaling.For(grid, size, coverageFirst); scaling is { } s; scaling = s.Coarser())
        {
            cancellationToken.ThrowIfCancellationRequested();
            using var assignment = new LinearSumAssignment();
            for (var i = 0; i < size; i++)
            {
                cancellationToken.ThrowIfCancellationRequested(); // an abandoned solve stops adding arcs
                for (var j = 0; j < size; j++)
                {
                    assignment.AddArcWithCost(i, j, IsPairable(grid, i, j) ? s.PairCost(grid.Score(i, j)) : 0);
                }
            }

            var status = assignment.Solve();
            if (status == LinearSumAssignment.Status.OPTIMAL)
            {
                var pairs = new List<SolvedPair>();
                for (var i = 0; i < grid.Rows; i++)
                {
                    var j = assignment.RightMate(i);
                    if (IsPairable(grid, i, j))
                    {
                        pairs.Add(new SolvedPair(i, j));
                    }
                }

                return new CoreOutcome(pairs, Name);
            }

            if (status != LinearSumAssignment.Status.POSSIBLE_OVERFLOW)
            {
                throw new InvalidOperationException($"LinearSumAssignment ended with status {status} on a padded square, which always has a perfect assignment.");
            }
        }

        throw new InvalidOperationException("LinearSumAssignment reported a possible overflow at every cost resolution.");
    }

    private static bool IsPairable(Grid grid, int row, int column) =>
        row < grid.Rows && column < grid.Columns && grid.IsOpen(row, column)
        && grid.RowCapacity[row] > 0 && grid.ColumnCapacity[column] > 0;
}
