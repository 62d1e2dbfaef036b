using System.Numerics;

namespace ReverseMentoring.Matching.Solving;

/// <summary>
/// The arcs a candidate solve starts from: for every row its best open cells and for every column its best rows,
/// a few beyond the capacity. Rows and columns without capacity left get none (no flow can pass them). Ties go to
/// the lower index, so the choice is deterministic. Arcs found violated later are added with <see cref="Add"/>.
/// </summary>
internal sealed class CandidateArcs
{
    private const int MaxPerSide = 64;
    private readonly List<int>[] _columnsByRow;

    private CandidateArcs(List<int>[] columnsByRow)
    {
        _columnsByRow = columnsByRow;
    }

    public int Count { get; private set; }

    /// <summary>The candidate columns of a row, in no particular order.</summary>
    public IReadOnlyList<int> ColumnsOf(int row) => _columnsByRow[row];

    /// <summary>
    /// Chooses the first candidates: rows rank columns by score net of the <paramref name="auction"/>'s prices, columns
    /// rank rows by how close the cell comes to the row's best net value, and the auction's own pairs are in.
    /// </summary>
    public static CandidateArcs Select(Grid grid, int extra, AuctionPrices auction)
    {
        var prices = auction.Prices;
        var rows = grid.Rows;
        var columns = grid.Columns;
        var columnKeep = new int[columns];
        for (var c = 0; c < columns; c++)
        {
            columnKeep[c] = grid.ColumnCapacity[c] > 0 ? Math.Min(MaxPerSide, grid.ColumnCapacity[c] + extra) : 0;
        }

        var columnBest = new TopK[columns];
        var columnBar = new double[columns];
        for (var c = 0; c < columns; c++)
        {
            columnBest[c] = new TopK(columnKeep[c]);
            columnBar[c] = columnBest[c].Bar;
        }

        var blockedPrices = new double[columns]; // +inf where a column takes no candidates: its net value is -inf
        for (var c = 0; c < columns; c++)
        {
            blockedPrices[c] = columnKeep[c] > 0 ? prices[c] : double.PositiveInfinity;
        }

        var byRow = new List<int>[rows];
        var row = new double[columns];
        var columnLeft = (int[])grid.ColumnCapacity.Clone();
        for (var r = 0; r < rows; r++)
        {
            byRow[r] = [];
            if (grid.RowCapacity[r] <= 0)
            {
                continue;
            }

            var rowBest = new TopK(Math.Min(MaxPerSide, grid.RowCapacity[r] + extra));
            var greedy = new TopK(grid.RowCapacity[r]);
            var (rowBar, greedyBar) = (rowBest.Bar, greedy.Bar);
            grid.ReadRow(r, row);
            var rowValue = BestNet(row, blockedPrices);

            // Most cells beat none of the three bars: a SIMD pass finds the few that might, the scalar loop decides.
            var width = Vector<double>.Count;
            for (var start = 0; start < columns; start += width)
            {
                var end = Math.Min(columns, start + width);
                if (end - start == width && !MightOffer(row, blockedPrices, columnBar, start, rowBar, rowValue, greedyBar))
                {
                    continue;
                }

                for (var c = start; c < end; c++)
                {
                    var score = row[c];
                    if (double.IsNaN(score) || columnKeep[c] <= 0)
                    {
                        continue;
                    }

                    if (score - prices[c] > rowBar)
                    {
                        rowBest.Offer(score - prices[c], c);
                        rowBar = rowBest.Bar;
                    }

                    if (score - prices[c] - rowValue > columnBar[c])
                    {
                        columnBest[c].Offer(score - prices[c] - rowValue, r);
                        columnBar[c] = columnBest[c].Bar;
                    }

                    if (columnLeft[c] > 0 && score > greedyBar)
                    {
                        greedy.Offer(score, c);
                        greedyBar = greedy.Bar;
                    }
                }
            }

            byRow[r].AddRange(rowBest.Items);

            // A greedy pairing (each row takes its best columns still free) keeps the candidates able to pair as many
            // people as the full grid when everyone ranks the same few people first.
            foreach (var c in greedy.Items)
            {
                columnLeft[c]--;
                AddOnce(byRow, r, c);
            }
        }

        foreach (var (owner, c) in auction.Held())
        {
            AddOnce(byRow, owner, c);
        }

        var arcs = new CandidateArcs(byRow);
        for (var c = 0; c < columns; c++)
        {
            foreach (var r in columnBest[c].Items)
            {
                AddOnce(byRow, r, c);
            }
        }

        arcs.Count = byRow.Sum(l => l.Count);
        return arcs;
    }

    /// <summary>The row's best score net of price (NaN cells and blocked columns left out); -inf when none.</summary>
    private static double BestNet(double[] row, double[] blockedPrices)
    {
        var width = Vector<double>.Count;
        var best = new Vector<double>(double.NegativeInfinity);
        var c = 0;
        for (; c + width <= row.Length; c += width)
        {
            var net = new Vector<double>(row, c) - new Vector<double>(blockedPrices, c);
            best = Vector.Max(best, Vector.ConditionalSelect(Vector.Equals(net, net), net, best));
        }

        var result = double.NegativeInfinity;
        for (var lane = 0; lane < width; lane++)
        {
            result = Math.Max(result, best[lane]);
        }

        for (; c < row.Length; c++)
        {
            var net = row[c] - blockedPrices[c];
            result = net > result ? net : result;
        }

        return result;
    }

    /// <summary>Whether any cell of a full vector from <paramref name="start"/> might beat one of the bars (NaN never does).</summary>
    private static bool MightOffer(
        double[] row, double[] blockedPrices, double[] columnBar, int start, double rowBar, double rowValue, double greedyBar)
    {
        var scores = new Vector<double>(row, start);
        var net = scores - new Vector<double>(blockedPrices, start);
        var pass = Vector.GreaterThan(net, new Vector<double>(rowBar))
            | Vector.GreaterThan(net - new Vector<double>(rowValue), new Vector<double>(columnBar, start))
            | Vector.GreaterThan(scores, new Vector<double>(greedyBar));
        return pass != Vector<long>.Zero;
    }

    // A row holds a few dozen candidates at first: a linear search is cheaper than a set.
    private static void AddOnce(List<int>[] byRow, int row, int column)
    {
        if (!byRow[row].Contains(column))
        {
            byRow[row].Add(column);
        }
    }

    public void Add(int row, int column)
    {
        _columnsByRow[row].Add(column);
        Count++;
    }

    /// <summary>
    /// Writes the arcs, row by row, into the first <see cref="Count"/> entries of the arrays: row, column and the pair's
    /// cost under <paramref name="scaling"/> (the arc lists every candidate network solve starts from).
    /// </summary>
    public void CopyTo(Grid grid, CostScaling scaling, int[] rows, int[] columns, long[] costs)
    {
        var k = 0;
        for (var r = 0; r < _columnsByRow.Length; r++)
        {
            foreach (var c in _columnsByRow[r])
            {
                (rows[k], columns[k], costs[k++]) = (r, c, scaling.PairCost(grid.Score(r, c)));
            }
        }
    }

    /// <summary>The k best (score, index) offers, highest score first, the lower index on ties (offers come in index order).</summary>
    private sealed class TopK
    {
        private readonly double[] _scores;
        private readonly int[] _indices;
        private int _count;

        public TopK(int k)
        {
            _scores = new double[k];
            _indices = new int[k];
        }

        public IEnumerable<int> Items => _indices.Take(_count);

        /// <summary>What an offer must beat to be kept: checked inline by the caller, most offers stop there.</summary>
        public double Bar => _scores.Length == 0 ? double.PositiveInfinity : _count == _scores.Length ? _scores[^1] : double.NegativeInfinity;

        public void Offer(double score, int index)
        {
            var k = _scores.Length;
            if (k == 0 || (_count == k && score <= _scores[k - 1]))
            {
                return; // not better than the worst kept; a tie keeps the earlier, lower index
            }

            var at = _count < k ? _count++ : k - 1;
            while (at > 0 && _scores[at - 1] < score)
            {
                _scores[at] = _scores[at - 1];
                _indices[at] = _indices[at - 1];
                at--;
            }

            _scores[at] = score;
            _indices[at] = index;
        }
    }
}
