namespace ReverseMentoring.Matching.Solving;

/// <summary>
/// Rough column prices from a short forward auction (Bertsekas), to choose candidate cells by value net of price
/// rather than by raw score. When everyone ranks the same mentors first, the optimum pairs most people far down their
/// own ranking; prices say how far. Capacities: a row bids with as many hands as it has capacity (never twice for one
/// column), a column sells as many seats, each with its own price; a column's price is that of its cheapest seat.
/// Only a guess: the candidate solve and its potentials decide what is optimal, so a cut-short auction costs speed,
/// never correctness.
/// </summary>
internal sealed class AuctionPrices
{
    private const int ShortlistExtra = 8; // columns a row's shortlist keeps beyond its capacity

    private readonly int[] _seatStart;
    private readonly int[] _seatOwner;

    private AuctionPrices(double[] prices, int[] seatStart, int[] seatOwner)
    {
        Prices = prices;
        _seatStart = seatStart;
        _seatOwner = seatOwner;
    }

    /// <summary>The price of each column: what its cheapest seat went for (0 for a seat nobody bid for).</summary>
    public double[] Prices { get; }

    /// <summary>The column prices as the integers of <paramref name="scaling"/> (at least 0): what a managed candidate solve starts from.</summary>
    public long[] ScaledPrices(CostScaling scaling) => [.. Prices.Select(p => Math.Max(0, scaling.Scaled(p)))];

    /// <summary>The (row, column) seats held when the auction stopped.</summary>
    public IEnumerable<(int Row, int Column)> Held()
    {
        for (var c = 0; c + 1 < _seatStart.Length; c++)
        {
            for (var k = _seatStart[c]; k < _seatStart[c + 1]; k++)
            {
                if (_seatOwner[k] >= 0)
                {
                    yield return (_seatOwner[k], c);
                }
            }
        }
    }

    /// <summary>
    /// Runs the auction with increment <c>epsilon</c> = spread / <paramref name="steps"/> until every row's capacity is
    /// held or it has nothing open left to bid for, or after <paramref name="bidsPerHand"/> bids per unit of row capacity.
    /// </summary>
    public static AuctionPrices Run(Grid grid, double spread, int steps, int bidsPerHand, CancellationToken cancellationToken)
    {
        var columns = grid.Columns;
        var seatStart = new int[columns + 1];
        for (var c = 0; c < columns; c++)
        {
            seatStart[c + 1] = seatStart[c] + Math.Max(0, grid.ColumnCapacity[c]);
        }

        var seatPrice = new double[seatStart[columns]];
        var seatOwner = new int[seatStart[columns]];
        Array.Fill(seatOwner, -1);
        var seatColumn = new int[seatStart[columns]];
        for (var c = 0; c < columns; c++)
        {
            seatColumn.AsSpan(seatStart[c], seatStart[c + 1] - seatStart[c]).Fill(c);
        }

        var cheapest = new double[columns]; // price of each column's cheapest seat; +inf for a column without seats
        for (var c = 0; c < columns; c++)
        {
            cheapest[c] = seatStart[c] == seatStart[c + 1] ? double.PositiveInfinity : 0;
        }

        var held = new int[grid.Rows]; // how many seats each row holds: the first held[r] of rowSeats[r]
        var rowSeats = new int[grid.Rows][];
        for (var r = 0; r < grid.Rows; r++)
        {
            rowSeats[r] = new int[Math.Max(0, grid.RowCapacity[r])];
        }

        var holds = new bool[columns]; // the current bidder's own seats, so it never bids twice for one column
        var epsilon = Math.Max(spread, double.Epsilon) / steps;
        var waiting = new Queue<int>();
        long hands = 0;
        for (var r = 0; r < grid.Rows; r++)
        {
            if (grid.RowCapacity[r] > 0)
            {
                waiting.Enqueue(r);
                hands += grid.RowCapacity[r];
            }
        }

        var row = new double[columns];
        var shortlists = new Shortlist[grid.Rows];
        var budget = bidsPerHand * hands;
        while (waiting.Count > 0 && budget-- > 0)
        {
            if (budget % 1024 == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var r = waiting.Dequeue();
            MarkHeld(r, true);
            var list = shortlists[r] ??= new Shortlist(grid.RowCapacity[r] + ShortlistExtra);
            if (!list.TryBest(holds, cheapest, out var best, out var first, out var second))
            {
                grid.ReadRow(r, row);
                list.Refill(row, cheapest);
                list.TryBest(holds, cheapest, out best, out first, out second);
            }

            MarkHeld(r, false);
            if (best < 0)
            {
                continue; // nothing open left: this row keeps what it holds
            }

            // The cheapest seat of the best column; a lone option is bought for epsilon more, not driven up for nothing.
            var seat = seatStart[best];
            for (var k = seat + 1; k < seatStart[best + 1]; k++)
            {
                seat = seatPrice[k] < seatPrice[seat] ? k : seat;
            }

            seatPrice[seat] += (double.IsNegativeInfinity(second) ? 0 : first - second) + epsilon;
            if (seatOwner[seat] is >= 0 and var outbid)
            {
                var seats = rowSeats[outbid];
                var at = Array.IndexOf(seats, seat, 0, held[outbid]);
                seats[at] = seats[--held[outbid]];
                if (held[outbid] == grid.RowCapacity[outbid] - 1)
                {
                    waiting.Enqueue(outbid); // it was full and waiting for nothing
                }
            }

            seatOwner[seat] = r;
            rowSeats[r][held[r]++] = seat;
            if (held[r] < grid.RowCapacity[r])
            {
                waiting.Enqueue(r);
            }

            cheapest[best] = double.PositiveInfinity;
            for (var k = seatStart[best]; k < seatStart[best + 1]; k++)
            {
                cheapest[best] = Math.Min(cheapest[best], seatPrice[k]);
            }
        }

        for (var c = 0; c < columns; c++)
        {
            cheapest[c] = double.IsPositiveInfinity(cheapest[c]) ? 0 : cheapest[c];
        }

        return new AuctionPrices(cheapest, seatStart, seatOwner);

        void MarkHeld(int r, bool value)
        {
            for (var k = 0; k < held[r]; k++)
            {
                holds[seatColumn[rowSeats[r][k]]] = value;
            }
        }
    }

    /// <summary>
    /// A row's best columns by value (score − price) at its last full read, and the best value of every column left
    /// out. Prices only rise, so a left-out column can only have fallen below that bound: while the shortlist's two
    /// best columns (not held) are still at or above it, they are the row's two best, and a bid reads a dozen cells
    /// instead of the whole row.
    /// </summary>
    private sealed class Shortlist
    {
        private readonly int[] _columns;
        private readonly double[] _scores;
        private readonly double[] _values; // at the last refill, best first
        private int _count;
        private double _bound = double.NaN; // NaN: never filled

        public Shortlist(int size)
        {
            _columns = new int[size];
            _scores = new double[size];
            _values = new double[size];
        }

        /// <summary>The best column not held, its value and the second-best value; false when the shortlist cannot tell.</summary>
        public bool TryBest(bool[] holds, double[] prices, out int best, out double first, out double second)
        {
            best = -1;
            first = second = double.NegativeInfinity;
            if (double.IsNaN(_bound))
            {
                return false;
            }

            for (var k = 0; k < _count; k++)
            {
                var c = _columns[k];
                if (holds[c])
                {
                    continue;
                }

                var value = _scores[k] - prices[c];
                if (value > first || (value == first && c < best))
                {
                    (second, first, best) = (first, value, c);
                }
                else if (value > second)
                {
                    second = value;
                }
            }

            // A left-out column is worth at most the bound: at or above it, the two best here are the row's two best.
            return second >= _bound || double.IsNegativeInfinity(_bound);
        }

        /// <summary>Keeps the row's best columns by value now, from its scores (NaN: not open), and the bound.</summary>
        public void Refill(double[] row, double[] prices)
        {
            _count = 0;
            var size = _columns.Length;
            var bar = double.NegativeInfinity; // what a column must beat to enter: the worst kept once full
            for (var c = 0; c < row.Length; c++)
            {
                var value = row[c] - prices[c]; // NaN and -inf (no seats) never pass
                if (!(value > bar))
                {
                    continue;
                }

                _count -= _count == size ? 1 : 0; // the worst kept drops out

                var at = _count++;
                while (at > 0 && _values[at - 1] < value)
                {
                    (_columns[at], _scores[at], _values[at]) = (_columns[at - 1], _scores[at - 1], _values[at - 1]);
                    at--;
                }

                (_columns[at], _scores[at], _values[at]) = (c, row[c], value);
                bar = _count == size ? _values[size - 1] : double.NegativeInfinity;
            }

            // Every column left out is worth at most the worst kept (it lost to it, or dropped out below it).
            _bound = bar;
        }
    }
}
