namespace ReverseMentoring.Matching.Solving;

/// <summary>What stable matching by score reads of a grid: its shape, which cells are open and their scores.</summary>
internal interface IScoreCells
{
    /// <summary>Rows (mentees), in id order.</summary>
    int Rows { get; }

    /// <summary>Columns (mentors), in id order.</summary>
    int Columns { get; }

    /// <summary>Whether the cell may be paired.</summary>
    bool IsOpen(int row, int column);

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

    public void ReadRow(int row, Span<double> line) => grid.ReadRow(row, line);

    public bool TryRawRow(int row, out ReadOnlySpan<float> cells, out float floor)
    {
        floor = Grid.SingleFloor(grid.Floor);
        return grid.TryRawSingles(row, out cells);
    }
}
