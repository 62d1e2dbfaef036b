namespace ReverseMentoring.Matching.Tests.Support;

/// <summary>
/// The brute-force oracle: enumerates every matching of a score matrix (each row and column used at most once,
/// allowed cells only) and keeps the lexicographic best: most pairs, then highest total.
/// Independent of the library: works on the raw <c>double?[,]</c> the test built.
/// </summary>
internal static class BruteForce
{
    public static (int Count, double Total) Best(double?[,] scores)
    {
        var rows = scores.GetLength(0);
        var cols = scores.GetLength(1);
        var bestCount = 0;
        var bestTotal = 0.0;
        var used = new bool[cols];

        void Visit(int row, int count, double total)
        {
            if (row == rows)
            {
                if (count > bestCount || (count == bestCount && total > bestTotal))
                {
                    bestCount = count;
                    bestTotal = total;
                }

                return;
            }

            // Row unpaired.
            Visit(row + 1, count, total);
            for (var c = 0; c < cols; c++)
            {
                if (!used[c] && scores[row, c] is { } s)
                {
                    used[c] = true;
                    Visit(row + 1, count + 1, total + s);
                    used[c] = false;
                }
            }
        }

        Visit(0, 0, 0);
        return (bestCount, bestTotal);
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
}
