namespace ReverseMentoring.Matching.Solving;

/// <summary>
/// Rough column prices from a short forward auction (Bertsekas) on a one-to-one grid, to choose candidate cells by
/// value net of price rather than by raw score. When everyone ranks the same mentors first, the optimum pairs most
/// people far down their own ranking; prices say how far. Only a guess: the candidate solve and its potentials decide
/// what is optimal, so a cut-short auction costs speed, never correctness.
/// </summary>
internal sealed class AuctionPrices
{
    private AuctionPrices(double[] prices, int[] ownerOf)
    {
        Prices = prices;
        OwnerOf = ownerOf;
    }

    /// <summary>The price of each column (0 for a column nobody bid for).</summary>
    public double[] Prices { get; }

    /// <summary>The row holding each column when the auction stopped, or -1.</summary>
    public int[] OwnerOf { get; }

    /// <summary>
    /// Runs the auction with increment <c>epsilon</c> = spread / <paramref name="steps"/> until every row holds a column
    /// or has none open, or after <paramref name="bidsPerRow"/> × rows bids. Rows and columns without capacity left stay out.
    /// </summary>
    public static AuctionPrices Run(Grid grid, double spread, int steps, int bidsPerRow, CancellationToken cancellationToken)
    {
        var prices = new double[grid.Columns];
        var ownerOf = new int[grid.Columns];
        Array.Fill(ownerOf, -1);
        var epsilon = Math.Max(spread, double.Epsilon) / steps;
        var waiting = new Queue<int>();
        for (var r = 0; r < grid.Rows; r++)
        {
            if (grid.RowCapacity[r] > 0)
            {
                waiting.Enqueue(r);
            }
        }

        var row = new double[grid.Columns];
        long budget = (long)bidsPerRow * grid.Rows;
        while (waiting.Count > 0 && budget-- > 0)
        {
            if (budget % 1024 == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var r = waiting.Dequeue();
            grid.ReadRow(r, row);
            int best = -1;
            double first = double.NegativeInfinity, second = double.NegativeInfinity;
            for (var c = 0; c < row.Length; c++)
            {
                if (double.IsNaN(row[c]) || grid.ColumnCapacity[c] <= 0)
                {
                    continue;
                }

                var value = row[c] - prices[c];
                if (value > first)
                {
                    (second, first, best) = (first, value, c);
                }
                else if (value > second)
                {
                    second = value;
                }
            }

            if (best < 0)
            {
                continue; // nothing open: this row stays unpaired
            }

            // A row with one open column pays just epsilon more: it must not drive the price up for nothing.
            prices[best] += (double.IsNegativeInfinity(second) ? 0 : first - second) + epsilon;
            if (ownerOf[best] >= 0)
            {
                waiting.Enqueue(ownerOf[best]);
            }

            ownerOf[best] = r;
        }

        return new AuctionPrices(prices, ownerOf);
    }
}
