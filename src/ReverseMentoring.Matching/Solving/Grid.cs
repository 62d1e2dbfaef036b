namespace ReverseMentoring.Matching.Solving;

/// <summary>
/// The working copy a solver core sees: rows (mentees) and columns (mentors) in id order, scores,
/// which cells may still be paired, and what capacity is left on each side. Mutable, private to one solve.
/// </summary>
internal sealed class Grid
{
    public Grid(
        string[] rowIds, string[] columnIds, double[] scores, bool[] open, int[] rowCapacity, int[] columnCapacity)
    {
        RowIds = rowIds;
        ColumnIds = columnIds;
        Rows = rowIds.Length;
        Columns = columnIds.Length;
        Scores = scores;
        Open = open;
        RowCapacity = rowCapacity;
        ColumnCapacity = columnCapacity;
    }

    /// <summary>Mentee ids in row order (ordinal), for solvers that work from ids rather than scores.</summary>
    public string[] RowIds { get; }

    /// <summary>Mentor ids in column order (ordinal).</summary>
    public string[] ColumnIds { get; }

    public int Rows { get; }

    public int Columns { get; }

    public double[] Scores { get; }

    /// <summary>Cells that may be paired: allowed, not pinned, not below the floor.</summary>
    public bool[] Open { get; }

    public int[] RowCapacity { get; }

    public int[] ColumnCapacity { get; }

    /// <summary>The side constraints and pinned pairs in canonical order; null when the caller has none.</summary>
    public GridSide? Side { get; set; }

    public bool IsOneToOne => RowCapacity.All(c => c <= 1) && ColumnCapacity.All(c => c <= 1);

    /// <summary>The most pairs any solution can have: the smaller side's total capacity.</summary>
    public int PairLimit => (int)Math.Min(RowCapacity.Sum(c => (long)c), ColumnCapacity.Sum(c => (long)c));

    public bool IsOpen(int row, int column) => Open[(row * Columns) + column];

    public double Score(int row, int column) => Scores[(row * Columns) + column];

    public bool AnyOpen() => Open.Any(o => o);

    /// <summary>The same grid with only the cells scoring at least <paramref name="threshold"/> open.</summary>
    public Grid AtLeast(double threshold)
    {
        var open = new bool[Open.Length];
        for (var k = 0; k < open.Length; k++)
        {
            open[k] = Open[k] && Scores[k] >= threshold;
        }

        return new Grid(RowIds, ColumnIds, Scores, open, RowCapacity, ColumnCapacity) { Side = Side };
    }
}
