using ReverseMentoring.Matching.Solving;

namespace ReverseMentoring.Matching.Tests.Support;

/// <summary>
/// The brute-force oracle for any pairing problem: enumerates every set of open cells that fits the capacities
/// (row by row, each row choosing up to its capacity of columns with capacity left) and keeps the best by the
/// documented objective. Independent of the library's solvers: it works on the raw <c>double?[,]</c> the test built.
/// Only for small instances.
/// </summary>
internal static class PairingOracle
{
    /// <summary>Tolerance for comparing totals and minimums of small-valued instances.</summary>
    public const double Epsilon = 1e-9;

    /// <summary>One-to-one, most pairs then highest total: the default objective.</summary>
    public static (int Count, double Total) Best(double?[,] scores)
    {
        var best = Solve(
            scores,
            [.. Enumerable.Repeat(1, scores.GetLength(0))],
            [.. Enumerable.Repeat(1, scores.GetLength(1))],
            PairingObjective.MaxTotal,
            PairingPriority.CoverageFirst,
            floor: null);
        return (best.Pairs, best.Total);
    }

    public static Optimum Solve(
        double?[,] scores, int[] rowCapacity, int[] columnCapacity, PairingObjective objective, PairingPriority priority, double? floor)
    {
        int rows = scores.GetLength(0), columns = scores.GetLength(1);
        bool Open(int i, int j) =>
            scores[i, j] is { } s && (floor is null || s >= floor) && (priority == PairingPriority.CoverageFirst || s > 0);

        var best = new Optimum(0, 0, double.PositiveInfinity);
        var load = new int[columns];

        // Row `row` takes columns from `from` on, `left` more at most; then the next row starts.
        void Visit(int row, int from, int left, int pairs, double total, double min)
        {
            if (row == rows)
            {
                var candidate = new Optimum(pairs, total, min);
                if (IsBetter(candidate, best, objective, priority))
                {
                    best = candidate;
                }

                return;
            }

            Visit(row + 1, 0, row + 1 < rows ? rowCapacity[row + 1] : 0, pairs, total, min);
            for (var j = from; left > 0 && j < columns; j++)
            {
                if (Open(row, j) && load[j] < columnCapacity[j])
                {
                    var s = scores[row, j]!.Value;
                    load[j]++;
                    Visit(row, j + 1, left - 1, pairs + 1, total + s, Math.Min(min, s));
                    load[j]--;
                }
            }
        }

        Visit(0, 0, rows > 0 ? rowCapacity[0] : 0, 0, 0, double.PositiveInfinity);
        return best;
    }

    /// <summary>The tolerance on totals agreed for the solver: 1e-9 × max|score| × n + 1e-12.</summary>
    public static double Tolerance(double?[,] scores)
    {
        double largest = 0;
        foreach (var cell in scores)
        {
            if (cell is { } s)
            {
                largest = Math.Max(largest, Math.Abs(s));
            }
        }

        var n = Math.Max(scores.GetLength(0), scores.GetLength(1));
        return (1e-9 * largest * n) + 1e-12;
    }

    private static bool IsBetter(Optimum a, Optimum b, PairingObjective objective, PairingPriority priority)
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

        return a.Total > b.Total;
    }

    /// <summary>The optimum: pair count, total score and worst pair (infinity when no pairs).</summary>
    public readonly record struct Optimum(int Pairs, double Total, double Minimum);
}
