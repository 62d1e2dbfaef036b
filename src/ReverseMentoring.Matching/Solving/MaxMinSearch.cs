namespace ReverseMentoring.Matching.Solving;

/// <summary>
/// Lexicographic max-min: most pairs, then the best possible worst pair, then the highest total.
/// A binary search over the distinct open scores finds the highest threshold t at which pairing only cells
/// scoring at least t still makes as many pairs as the whole grid; the pairing found at t is the answer
/// (the core maximises the total among the most pairs). O(log distinct scores) core solves.
/// </summary>
internal static class MaxMinSearch
{
    public static (SolverStatus Status, IReadOnlyList<SolvedPair> Pairs, string RanAs) Solve(
        Grid grid,
        Func<Grid, CancellationToken, (IReadOnlyList<SolvedPair> Pairs, string RanAs)> core,
        CancellationToken cancellationToken)
    {
        var best = core(grid, cancellationToken);
        var most = best.Pairs.Count;
        var name = $"{best.RanAs} + max-min threshold search";
        if (most == 0)
        {
            return (SolverStatus.Optimal, best.Pairs, name);
        }

        var thresholds = Enumerable.Range(0, grid.Scores.Length).Where(k => grid.Open[k])
            .Select(k => grid.Scores[k]).Distinct().Order().ToArray();

        // Invariant: thresholds[low] keeps `most` pairs (best holds its pairing); thresholds[high + 1] does not.
        int low = 0, high = thresholds.Length - 1;
        while (low < high)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var middle = low + ((high - low + 1) / 2);
            var attempt = core(grid.AtLeast(thresholds[middle]), cancellationToken);
            if (attempt.Pairs.Count == most)
            {
                (low, best) = (middle, attempt);
            }
            else
            {
                high = middle - 1;
            }
        }

        return (SolverStatus.Optimal, best.Pairs, name);
    }
}
