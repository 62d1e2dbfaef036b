using ReverseMentoring.Matching.Solving;

namespace ReverseMentoring.Matching.Tests.Support;

/// <summary>
/// Brute force for any pairing problem: enumerates every set of open cells that fits the capacities
/// (row by row, each row choosing a subset of columns) and keeps the best by the documented objective.
/// Independent of the library's solvers; only for small instances.
/// </summary>
internal static class PairingOracle
{
    /// <summary>Tolerance for comparing totals and minimums.</summary>
    public const double Epsilon = 1e-9;

    public static Best Solve(
        double?[,] scores, int[] rowCapacity, int[] columnCapacity, PairingObjective objective, PairingPriority priority, double? floor)
    {
        int rows = scores.GetLength(0), columns = scores.GetLength(1);
        bool Open(int i, int j) =>
            scores[i, j] is { } s && (floor is null || s >= floor) && (priority == PairingPriority.CoverageFirst || s > 0);

        var best = new Best(0, 0, double.PositiveInfinity);
        var load = new int[columns];
        var chosen = new List<(int, int)>();

        void Visit(int row, int pairs, double total, double min)
        {
            if (row == rows)
            {
                var candidate = new Best(pairs, total, min);
                if (IsBetter(candidate, best, objective, priority))
                {
                    best = candidate;
                }

                return;
            }

            // Every subset of this row's open columns of size up to its capacity.
            var open = Enumerable.Range(0, columns).Where(j => Open(row, j)).ToArray();
            for (var mask = 0; mask < 1 << open.Length; mask++)
            {
                var picked = open.Where((_, k) => ((mask >> k) & 1) == 1).ToArray();
                if (picked.Length > rowCapacity[row] || picked.Any(j => load[j] >= columnCapacity[j]))
                {
                    continue;
                }

                foreach (var j in picked)
                {
                    load[j]++;
                }

                var sum = picked.Sum(j => scores[row, j]!.Value);
                var low = picked.Length == 0 ? min : Math.Min(min, picked.Min(j => scores[row, j]!.Value));
                Visit(row + 1, pairs + picked.Length, total + sum, low);
                foreach (var j in picked)
                {
                    load[j]--;
                }
            }
        }

        Visit(0, 0, 0, double.PositiveInfinity);
        return best;
    }

    private static bool IsBetter(Best a, Best b, PairingObjective objective, PairingPriority priority)
    {
        if (objective == PairingObjective.MaxTotal && priority == PairingPriority.QualityFirst)
        {
            return a.Total > b.Total + Epsilon;
        }

        if (a.Pairs != b.Pairs)
        {
            return a.Pairs > b.Pairs;
        }

        if (objective == PairingObjective.MaxMin && Math.Abs(a.Minimum - b.Minimum) > Epsilon)
        {
            return a.Minimum > b.Minimum;
        }

        return a.Total > b.Total + Epsilon;
    }

    /// <summary>The optimum: pair count, total score and worst pair (infinity when no pairs).</summary>
    public readonly record struct Best(int Pairs, double Total, double Minimum);
}
