namespace ReverseMentoring.Matching.Solving;

/// <summary>
/// Lexicographic max-min: most pairs, then the best possible worst pair, then the highest total.
/// A binary search over the distinct open scores finds the highest threshold t at which pairing only cells
/// scoring at least t still makes as many pairs as the whole grid; the pairing found at t is the answer
/// (the core maximises the total among the most pairs). O(log distinct scores) core solves.
/// </summary>
/// <remarks>
/// With side constraints a threshold can also be infeasible (a cross-group share may need the cells it closes);
/// that counts as not keeping the most pairs. If any core solve was stopped by a time limit the answer is only
/// <see cref="SolverStatus.Feasible"/>; its bound is that of the solve at the chosen threshold.
/// </remarks>
internal static class MaxMinSearch
{
    public static CoreOutcome Solve(
        Grid grid,
        Func<Grid, CancellationToken, CoreOutcome> core,
        CancellationToken cancellationToken)
    {
        var best = core(grid, cancellationToken);
        var most = best.Pairs.Count;
        var name = $"{best.RanAs} + max-min threshold search";
        if (most == 0 || best.Status == SolverStatus.Infeasible)
        {
            return best with { RanAs = name };
        }

        var proven = best.Status == SolverStatus.Optimal;
        var thresholds = Enumerable.Range(0, grid.Scores.Length).Where(k => grid.Open[k])
            .Select(k => grid.Scores[k]).Distinct().Order().ToArray();

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
}
