namespace ReverseMentoring.Matching.Solving;

/// <summary>
/// Lexicographic max-min: most pairs, then the best possible worst pair, then the highest total.
/// A binary search over the distinct open scores finds the highest threshold t at which pairing only cells
/// scoring at least t still makes as many pairs as the whole grid; the core's pairing at t is the answer
/// (the core maximises the total among the most pairs).
/// </summary>
/// <remarks>
/// <para>
/// With an exact core (assignment, flow) every step only compares pair counts, and the most pairs is a matter of
/// which cells are open, not of scores: each step is a maximum-cardinality check (<see cref="ThresholdMatcher"/>),
/// and the core runs once, at the threshold found. That is the same core call on the same grid as the last
/// successful step of a search with core solves, so the pairing is the same.
/// </para>
/// <para>
/// A core with side constraints (CP-SAT) decides feasibility itself: a threshold can be infeasible (a cross-group
/// share may need the cells it closes), which counts as not keeping the most pairs, and a time limit can stop a
/// solve early. There every step is a core solve. If any was stopped by a time limit the answer is only
/// <see cref="SolverStatus.Feasible"/>; its bound is that of the solve at the chosen threshold.
/// </para>
/// </remarks>
internal static class MaxMinSearch
{
    public static CoreOutcome Solve(
        Grid grid,
        Func<Grid, CancellationToken, CoreOutcome> core,
        bool exactCore,
        CancellationToken cancellationToken) =>
        exactCore ? SolveByCounting(grid, core, cancellationToken) : SolveByCore(grid, core, cancellationToken);

    /// <summary>Binary search with a maximum-cardinality check per step, then one core solve.</summary>
    private static CoreOutcome SolveByCounting(
        Grid grid,
        Func<Grid, CancellationToken, CoreOutcome> core,
        CancellationToken cancellationToken)
    {
        var thresholds = Thresholds(grid);
        var low = 0;
        if (thresholds.Length > 1)
        {
            var matcher = new ThresholdMatcher(grid);
            var most = matcher.MostPairs(thresholds[0]);
            var high = thresholds.Length - 1;
            while (most > 0 && low < high)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var middle = low + ((high - low + 1) / 2);
                if (matcher.MostPairs(thresholds[middle]) == most)
                {
                    low = middle;
                }
                else
                {
                    high = middle - 1;
                }
            }
        }

        var best = core(low == 0 ? grid : grid.AtLeast(thresholds[low]), cancellationToken);
        return best with { RanAs = Name(best) };
    }

    /// <summary>Binary search with a core solve per step (side constraints decide what is feasible).</summary>
    private static CoreOutcome SolveByCore(
        Grid grid,
        Func<Grid, CancellationToken, CoreOutcome> core,
        CancellationToken cancellationToken)
    {
        var best = core(grid, cancellationToken);
        var most = best.Pairs.Count;
        var name = Name(best);
        if (most == 0 || best.Status == SolverStatus.Infeasible)
        {
            return best with { RanAs = name };
        }

        var proven = best.Status == SolverStatus.Optimal;
        var thresholds = Thresholds(grid);

        // Invariant: thresholds[low] keeps `most` pairs (best holds its pairing); thresholds[high + 1] does not.
        int low = 0, high = thresholds.Length - 1;
        while (low < high)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var middle = low + ((high - low + 1) / 2);
            var attempt = core(grid.AtLeast(thresholds[middle]), cancellationToken);
            proven &= attempt.Status != SolverStatus.Feasible;
            if (attempt.Status != SolverStatus.Infeasible && attempt.Pairs.Count == most)
            {
                (low, best) = (middle, attempt);
            }
            else
            {
                high = middle - 1;
            }
        }

        return best with { RanAs = name, Status = proven ? SolverStatus.Optimal : SolverStatus.Feasible };
    }

    private static string Name(CoreOutcome outcome) => $"{outcome.RanAs} + max-min threshold search";

    /// <summary>The distinct scores of the open cells, ascending.</summary>
    private static double[] Thresholds(Grid grid)
    {
        var scores = new List<double>();
        var row = new double[grid.Columns];
        for (var r = 0; r < grid.Rows; r++)
        {
            grid.ReadRow(r, row);
            foreach (var score in row)
            {
                if (!double.IsNaN(score))
                {
                    scores.Add(score);
                }
            }
        }

        scores.Sort();
        var distinct = 0;
        for (var k = 0; k < scores.Count; k++)
        {
            if (distinct == 0 || scores[k] != scores[distinct - 1])
            {
                scores[distinct++] = scores[k];
            }
        }

        return scores[..distinct].ToArray();
    }
}
