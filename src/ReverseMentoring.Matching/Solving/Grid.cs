using System.Numerics;
using System.Runtime.CompilerServices;
using ReverseMentoring.Matching.Scoring;

namespace ReverseMentoring.Matching.Solving;

/// <summary>
/// What a solver core sees: rows (mentees) and columns (mentors) in id order, scores, which cells may still be
/// paired, and what capacity is left on each side. A view over the problem's score matrix, not a copy: a cell is
/// open when the matrix allows it, its score is at least the floor, and it is not closed (a pinned pair).
/// The capacities are the solve's own and mutable; private to one solve.
/// </summary>
internal sealed class Grid
{
    private readonly ScoreMatrix _matrix;
    private readonly int[]? _rowOf; // canonical row -> matrix row; null when the matrix is already in id order
    private readonly int[]? _columnOf;
    private readonly double _floor; // NaN (not allowed) compares false with it, so one compare decides "open"
    private readonly HashSet<long> _closed;
    private readonly float[]? _singles; // the engine's float32 cells in id order: the fast path of every cell read

    public Grid(
        ScoreMatrix matrix, int[]? rowOf, int[]? columnOf, double floor, int[] rowCapacity, int[] columnCapacity)
        : this(matrix, rowOf, columnOf, floor, [], rowCapacity, columnCapacity)
    {
    }

    /// <summary>A grid over plain arrays (tests): a cell that is not open is not allowed.</summary>
    public Grid(string[] rowIds, string[] columnIds, double[] scores, bool[] open, int[] rowCapacity, int[] columnCapacity)
        : this(Matrix(rowIds, columnIds, scores, open), null, null, double.NegativeInfinity, [], rowCapacity, columnCapacity)
    {
    }

    private Grid(
        ScoreMatrix matrix, int[]? rowOf, int[]? columnOf, double floor, HashSet<long> closed, int[] rowCapacity, int[] columnCapacity)
    {
        _matrix = matrix;
        _rowOf = rowOf;
        _columnOf = columnOf;
        _floor = floor;
        _closed = closed;
        _singles = rowOf is null && columnOf is null ? matrix.Singles : null;
        Rows = matrix.MenteeCount;
        Columns = matrix.MentorCount;
        RowIds = [.. Enumerable.Range(0, Rows).Select(r => matrix.MenteeIds[rowOf?[r] ?? r])];
        ColumnIds = [.. Enumerable.Range(0, Columns).Select(c => matrix.MentorIds[columnOf?[c] ?? c])];
        RowCapacity = rowCapacity;
        ColumnCapacity = columnCapacity;
    }

    /// <summary>Mentee ids in row order (ordinal), for solvers that work from ids rather than scores.</summary>
    public string[] RowIds { get; }

    /// <summary>Mentor ids in column order (ordinal).</summary>
    public string[] ColumnIds { get; }

    public int Rows { get; }

    public int Columns { get; }

    public int[] RowCapacity { get; }

    public int[] ColumnCapacity { get; }

    /// <summary>The smallest score an open cell may have (minus infinity when there is no minimum).</summary>
    public double Floor => _floor;

    /// <summary>The side constraints and pinned pairs in canonical order; null when the caller has none.</summary>
    public GridSide? Side { get; set; }

    public bool IsOneToOne => RowCapacity.All(c => c <= 1) && ColumnCapacity.All(c => c <= 1);

    /// <summary>The most pairs any solution can have: the smaller side's total capacity.</summary>
    public int PairLimit => (int)Math.Min(RowCapacity.Sum(c => (long)c), ColumnCapacity.Sum(c => (long)c));

    /// <summary>Whether the cell may be paired: allowed, at least the floor, not closed.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // solvers read every cell, some many times
    public bool IsOpen(int row, int column) =>
        Raw(row, column) >= _floor && (_closed.Count == 0 || !_closed.Contains(((long)row * Columns) + column));

    /// <summary>The cell's score; 0 for a pair that is not allowed.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double Score(int row, int column)
    {
        var score = Raw(row, column);
        return double.IsNaN(score) ? 0 : score;
    }

    /// <summary>One row's scores, NaN where the cell is not open: the fast way to read every cell.</summary>
    public void ReadRow(int row, Span<double> scores)
    {
        var start = (long)(_rowOf?[row] ?? row) * Columns;
        if (_columnOf is null && _matrix.Singles is { } singles)
        {
            WidenAtLeast(singles.AsSpan((int)start, Columns), _floor, scores);
        }
        else
        {
            for (var c = 0; c < scores.Length; c++)
            {
                var score = _matrix.At(start + (_columnOf?[c] ?? c));
                scores[c] = score >= _floor ? score : double.NaN;
            }
        }

        if (_closed.Count > 0)
        {
            foreach (var cell in _closed)
            {
                if (cell / Columns == row)
                {
                    scores[(int)(cell % Columns)] = double.NaN;
                }
            }
        }
    }

    /// <summary>
    /// The matrix's own float32 cells of a row, read in place, when the grid can (an engine matrix in id order):
    /// NaN where the pair is not allowed; the floor and closed cells are not applied, <see cref="IsOpen"/> decides.
    /// </summary>
    public bool TryRawSingles(int row, out ReadOnlySpan<float> cells)
    {
        cells = _singles is { } singles ? singles.AsSpan((int)((long)row * Columns), Columns) : default;
        return _singles is not null;
    }

    /// <summary>The largest score magnitude among the open cells (0 when none is open).</summary>
    public double LargestOpen()
    {
        if (_singles is { } singles && _closed.Count == 0)
        {
            return LargestAtLeast(singles, SingleFloor(_floor));
        }

        double largest = 0;
        var row = new double[Columns];
        for (var r = 0; r < Rows; r++)
        {
            ReadRow(r, row);
            foreach (var score in row)
            {
                if (!double.IsNaN(score))
                {
                    largest = Math.Max(largest, Math.Abs(score));
                }
            }
        }

        return largest;
    }

    public bool AnyOpen()
    {
        for (var r = 0; r < Rows; r++)
        {
            for (var c = 0; c < Columns; c++)
            {
                if (IsOpen(r, c))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Closes one cell (a pinned pair, made outside the core).</summary>
    public void Close(int row, int column) => _closed.Add(((long)row * Columns) + column);

    /// <summary>The same grid with only the cells scoring at least <paramref name="threshold"/> open.</summary>
    public Grid AtLeast(double threshold) =>
        new(_matrix, _rowOf, _columnOf, Math.Max(_floor, threshold), _closed, RowCapacity, ColumnCapacity) { Side = Side };

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private double Raw(int row, int column) =>
        _singles is { } singles
            ? singles[((long)row * Columns) + column]
            : _matrix.At(((long)(_rowOf?[row] ?? row) * Columns) + (_columnOf?[column] ?? column));

    /// <summary>Float cells as doubles, NaN below the floor (and NaN stays NaN): the bulk of every row read, in SIMD.</summary>
    private static void WidenAtLeast(ReadOnlySpan<float> source, double floor, Span<double> target)
    {
        var bar = new Vector<double>(floor);
        var nan = new Vector<double>(double.NaN);
        var half = Vector<double>.Count;
        var c = 0;
        for (; c + Vector<float>.Count <= source.Length; c += Vector<float>.Count)
        {
            Vector.Widen(new Vector<float>(source[c..]), out var low, out var high);
            Vector.ConditionalSelect(Vector.GreaterThanOrEqual(low, bar), low, nan).CopyTo(target[c..]);
            Vector.ConditionalSelect(Vector.GreaterThanOrEqual(high, bar), high, nan).CopyTo(target[(c + half)..]);
        }

        for (; c < source.Length; c++)
        {
            target[c] = source[c] >= floor ? source[c] : double.NaN;
        }
    }

    /// <summary>The smallest float at least <paramref name="floor"/>: for a float v, v &gt;= floor exactly when v &gt;= it.</summary>
    public static float SingleFloor(double floor)
    {
        var single = (float)floor;
        return single < floor ? MathF.BitIncrement(single) : single;
    }

    private static double LargestAtLeast(ReadOnlySpan<float> cells, float floor)
    {
        var largest = Vector<float>.Zero;
        var bar = new Vector<float>(floor);
        var k = 0;
        for (; k + Vector<float>.Count <= cells.Length; k += Vector<float>.Count)
        {
            var v = new Vector<float>(cells[k..]);
            largest = Vector.Max(largest, Vector.ConditionalSelect(Vector.GreaterThanOrEqual(v, bar), Vector.Abs(v), Vector<float>.Zero));
        }

        var result = 0f;
        for (var lane = 0; lane < Vector<float>.Count; lane++)
        {
            result = Math.Max(result, largest[lane]);
        }

        for (; k < cells.Length; k++)
        {
            result = cells[k] >= floor ? Math.Max(result, Math.Abs(cells[k])) : result;
        }

        return result;
    }

    private static ScoreMatrix Matrix(string[] rowIds, string[] columnIds, double[] scores, bool[] open)
    {
        var cells = new double?[rowIds.Length, columnIds.Length];
        for (var r = 0; r < rowIds.Length; r++)
        {
            for (var c = 0; c < columnIds.Length; c++)
            {
                cells[r, c] = open[(r * columnIds.Length) + c] ? scores[(r * columnIds.Length) + c] : null;
            }
        }

        return new ScoreMatrix(rowIds, columnIds, cells);
    }
}
