namespace ReverseMentoring.Matching.Solving;

/// <summary>
/// Deferred acceptance (Gale–Shapley) with capacities on both sides, in the hospital–residents form: each proposer
/// with a free slot proposes down its list; a receiver holds its best offers up to its capacity and rejects the rest,
/// dropping its worst held proposer when a better one arrives. Each proposer proposes to each receiver at most once,
/// so it runs in O(acceptable pairs × log capacity).
/// </summary>
/// <remarks>
/// The result is pairwise stable: a proposer that ends with a free slot, or wants a receiver more than its worst
/// partner, proposed to that receiver and was rejected by one that was (and stays) full of better proposers. In the
/// one-to-one and one-to-many cases it is the proposer-optimal stable matching.
/// </remarks>
internal static class GaleShapley
{
    /// <summary>Runs deferred acceptance on explicit lists.</summary>
    /// <param name="proposerLists">For each proposer, the receivers it accepts, best first.</param>
    /// <param name="receiverRanks">The rank each receiver gives each proposer (lower is better; -1 unacceptable), flat and
    /// receiver-major: <c>receiverRanks[receiver * proposerLists.Length + proposer]</c>.</param>
    /// <param name="proposerCapacity">Slots per proposer.</param>
    /// <param name="receiverCapacity">Slots per receiver.</param>
    /// <param name="cancellationToken">Checked between proposers.</param>
    /// <returns>The pairs as (proposer, receiver).</returns>
    public static List<(int Proposer, int Receiver)> Run(
        int[][] proposerLists,
        int[] receiverRanks,
        int[] proposerCapacity,
        int[] receiverCapacity,
        CancellationToken cancellationToken)
    {
        var next = new int[proposerLists.Length];
        var load = new int[proposerLists.Length];

        // Per receiver, the proposers it holds with the worst on top (PriorityQueue is a min-heap, so rank is negated).
        var proposers = proposerLists.Length;
        var held = new PriorityQueue<int, int>[receiverCapacity.Length];
        for (var receiver = 0; receiver < held.Length; receiver++)
        {
            held[receiver] = new PriorityQueue<int, int>();
        }

        // Proposers are taken lowest index first; with canonical (id-ordered) indices the run is deterministic.
        var free = new Stack<int>(Enumerable.Range(0, proposerLists.Length).Reverse());
        while (free.TryPop(out var proposer))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var list = proposerLists[proposer];
            while (load[proposer] < proposerCapacity[proposer] && next[proposer] < list.Length)
            {
                var receiver = list[next[proposer]++];
                var rank = receiverRanks[(receiver * proposers) + proposer];
                var slots = held[receiver];
                if (rank < 0 || receiverCapacity[receiver] <= 0)
                {
                    continue;
                }

                if (slots.Count < receiverCapacity[receiver])
                {
                    slots.Enqueue(proposer, -rank);
                    load[proposer]++;
                }
                else if (slots.TryPeek(out var worst, out var worstPriority) && -worstPriority > rank)
                {
                    slots.DequeueEnqueue(proposer, -rank);
                    load[proposer]++;
                    load[worst]--;
                    free.Push(worst); // it has a free slot again and resumes where its list stopped
                }
            }
        }

        var pairs = new List<(int Proposer, int Receiver)>();
        for (var receiver = 0; receiver < held.Length; receiver++)
        {
            foreach (var (proposer, _) in held[receiver].UnorderedItems)
            {
                pairs.Add((proposer, receiver));
            }
        }

        return pairs;
    }

    /// <summary>
    /// The stable pairing the grid's scores imply: each side ranks its open cells by score, highest first, ties by the
    /// other side's index. Same result as <see cref="Run"/> on the full sorted lists and rank tables, from either side
    /// (the pairing is unique; see <see cref="StableByScore{TCells}"/>), without building them.
    /// </summary>
    /// <param name="grid">The grid; only open cells are acceptable, to both sides.</param>
    /// <param name="rowsPropose">Rows (mentees) propose to columns, or columns (mentors) to rows: only the pairs' orientation.</param>
    /// <param name="cancellationToken">Checked every few thousand steps and on every read of a line of the grid.</param>
    /// <returns>The pairs as (proposer, receiver).</returns>
    public static List<(int Proposer, int Receiver)> RunByScore(Grid grid, bool rowsPropose, CancellationToken cancellationToken) =>
        RunByScore(new GridCells(grid), grid.RowCapacity, grid.ColumnCapacity, rowsPropose, cancellationToken);

    /// <summary>As <see cref="RunByScore(Grid, bool, CancellationToken)"/> on any cells; a struct reader is specialised and inlined.</summary>
    /// <param name="cells">Which cells are open and their scores.</param>
    /// <param name="rowCapacity">Slots per row.</param>
    /// <param name="columnCapacity">Slots per column.</param>
    /// <param name="rowsPropose">Rows propose to columns, or columns to rows: only the pairs' orientation.</param>
    /// <param name="cancellationToken">Checked every few thousand steps and on every read of a line of the grid.</param>
    /// <returns>The pairs as (proposer, receiver).</returns>
    public static List<(int Proposer, int Receiver)> RunByScore<TCells>(
        TCells cells, int[] rowCapacity, int[] columnCapacity, bool rowsPropose, CancellationToken cancellationToken)
        where TCells : IScoreCells
    {
        var pairs = StableByScore<TCells>.Pairs(cells, rowCapacity, columnCapacity, cancellationToken);
        var result = new List<(int Proposer, int Receiver)>(pairs.Count);
        foreach (var (row, column) in pairs)
        {
            result.Add(rowsPropose ? (row, column) : (column, row));
        }

        return result;
    }
}

/// <summary>What stable matching by score reads of a grid: its shape, which cells are open and their scores.</summary>
internal interface IScoreCells
{
    /// <summary>Rows (mentees), in id order.</summary>
    int Rows { get; }

    /// <summary>Columns (mentors), in id order.</summary>
    int Columns { get; }

    /// <summary>Whether the cell may be paired.</summary>
    bool IsOpen(int row, int column);

    /// <summary>The cell's score; read for closed cells too (and then ignored), so it must not throw for them.</summary>
    double Score(int row, int column);

    /// <summary>One row's scores, NaN where the cell is not open: a refill reads a whole row in one go.</summary>
    void ReadRow(int row, Span<double> line);

    /// <summary>
    /// One row's float32 cells in place, when the reader has them: NaN where not allowed; <paramref name="floor"/> is
    /// the smallest float an open cell may have; closed cells are not marked, <see cref="IsOpen"/> decides them.
    /// </summary>
    bool TryRawRow(int row, out ReadOnlySpan<float> cells, out float floor);
}

/// <summary>The solver's grid as <see cref="IScoreCells"/>; a struct, so the generic code calls the grid directly.</summary>
internal readonly struct GridCells(Grid grid) : IScoreCells
{
    public int Rows => grid.Rows;

    public int Columns => grid.Columns;

    public bool IsOpen(int row, int column) => grid.IsOpen(row, column);

    public double Score(int row, int column) => grid.Score(row, column);

    public void ReadRow(int row, Span<double> line) => grid.ReadRow(row, line);

    public bool TryRawRow(int row, out ReadOnlySpan<float> cells, out float floor)
    {
        floor = Grid.SingleFloor(grid.Floor);
        return grid.TryRawSingles(row, out cells);
    }
}
