namespace ReverseMentoring.Matching.Solving;

/// <summary>
/// The most pairs the open cells of a grid allow when only cells scoring at least a threshold may be paired:
/// a maximum-cardinality bipartite b-matching (rows and columns within their capacities, each cell at most once),
/// by Hopcroft–Karp phases (breadth-first layers from rows with a free slot, then blocking augmenting paths with
/// current-arc pointers, iterative so deep paths cannot overflow the stack). Scores only decide which cells are open;
/// no costs are involved, so a check is O(E·√V) and allocation-free after construction.
/// </summary>
/// <remarks>
/// Built once per grid: each row's and each column's open cells sorted by score, highest first, so the cells open
/// at a threshold are a prefix of each list found by binary search. Used by <see cref="MaxMinSearch"/> to test
/// thresholds without a cost solve.
/// </remarks>
internal sealed class ThresholdMatcher
{
    private readonly int _rows;
    private readonly int _columns;
    private readonly int[] _rowCapacity;
    private readonly int[] _columnCapacity;

    // Row lists: columns of row i's open cells in _rowCells[_rowStart[i].._rowStart[i + 1]], scores in _rowScores, best first.
    private readonly int[] _rowStart;
    private readonly int[] _rowCells;
    private readonly double[] _rowScores;

    // Column lists likewise: rows of column j's open cells.
    private readonly int[] _columnStart;
    private readonly int[] _columnCells;
    private readonly double[] _columnScores;

    // Working state of one check.
    private readonly int[] _rowEnd;
    private readonly int[] _columnEnd;
    private readonly bool[] _matched;
    private readonly int[] _rowUsed;
    private readonly int[] _columnUsed;
    private readonly int[] _rowLevel;
    private readonly int[] _columnLevel;
    private readonly int[] _rowNext;
    private readonly int[] _columnNext;
    private readonly int[] _queue;
    private readonly int[] _pathRows;
    private readonly int[] _pathColumns;

    public ThresholdMatcher(Grid grid)
    {
        ArgumentNullException.ThrowIfNull(grid);
        _rows = grid.Rows;
        _columns = grid.Columns;
        _rowCapacity = grid.RowCapacity;
        _columnCapacity = grid.ColumnCapacity;
        _rowStart = new int[_rows + 1];
        _columnStart = new int[_columns + 1];
        for (var i = 0; i < _rows; i++)
        {
            for (var j = 0; j < _columns; j++)
            {
                if (grid.IsOpen(i, j))
                {
                    _rowStart[i + 1]++;
                    _columnStart[j + 1]++;
                }
            }
        }

        for (var i = 0; i < _rows; i++)
        {
            _rowStart[i + 1] += _rowStart[i];
        }

        for (var j = 0; j < _columns; j++)
        {
            _columnStart[j + 1] += _columnStart[j];
        }

        var cells = _rowStart[_rows];
        _rowCells = new int[cells];
        _rowScores = new double[cells];
        _columnCells = new int[cells];
        _columnScores = new double[cells];
        var columnFill = _columnStart[.._columns];
        for (var i = 0; i < _rows; i++)
        {
            var at = _rowStart[i];
            for (var j = 0; j < _columns; j++)
            {
                if (grid.IsOpen(i, j))
                {
                    var score = grid.Score(i, j);
                    (_rowCells[at], _rowScores[at]) = (j, score);
                    at++;
                    (_columnCells[columnFill[j]], _columnScores[columnFill[j]]) = (i, score);
                    columnFill[j]++;
                }
            }
        }

        for (var i = 0; i < _rows; i++)
        {
            SortDescending(_rowScores, _rowCells, _rowStart[i], _rowStart[i + 1]);
        }

        for (var j = 0; j < _columns; j++)
        {
            SortDescending(_columnScores, _columnCells, _columnStart[j], _columnStart[j + 1]);
        }

        _rowEnd = new int[_rows];
        _columnEnd = new int[_columns];
        _matched = new bool[_rows * _columns];
        _rowUsed = new int[_rows];
        _columnUsed = new int[_columns];
        _rowLevel = new int[_rows];
        _columnLevel = new int[_columns];
        _rowNext = new int[_rows];
        _columnNext = new int[_columns];
        _queue = new int[_rows];
        _pathRows = new int[_rows + 1];
        _pathColumns = new int[_rows + 1];
    }

    /// <summary>The most pairs among the open cells scoring at least <paramref name="threshold"/>, within the capacities.</summary>
    public int MostPairs(double threshold)
    {
        for (var i = 0; i < _rows; i++)
        {
            _rowEnd[i] = PrefixAtLeast(_rowScores, _rowStart[i], _rowStart[i + 1], threshold);
        }

        for (var j = 0; j < _columns; j++)
        {
            _columnEnd[j] = PrefixAtLeast(_columnScores, _columnStart[j], _columnStart[j + 1], threshold);
        }

        Array.Clear(_matched);
        Array.Clear(_rowUsed);
        Array.Clear(_columnUsed);
        var pairs = Greedy();
        while (Layer())
        {
            pairs += Augment();
        }

        return pairs;
    }

    /// <summary>Sorts one list by score, highest first; the order among equal scores does not matter for a count.</summary>
    private static void SortDescending(double[] scores, int[] cells, int start, int end)
    {
        var length = end - start;
        Array.Sort(scores, cells, start, length);
        Array.Reverse(scores, start, length);
        Array.Reverse(cells, start, length);
    }

    /// <summary>The end of the prefix of a descending list whose scores are at least <paramref name="threshold"/>.</summary>
    private static int PrefixAtLeast(double[] scores, int start, int end, double threshold)
    {
        int low = start, high = end; // scores[start..low) >= threshold; scores[high..end) < threshold
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            if (scores[middle] >= threshold)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    private bool IsMatched(int row, int column) => _matched[(row * _columns) + column];

    private void SetMatched(int row, int column, bool value) => _matched[(row * _columns) + column] = value;

    /// <summary>A first matching: each row in turn takes its best free columns.</summary>
    private int Greedy()
    {
        var pairs = 0;
        for (var i = 0; i < _rows; i++)
        {
            for (var e = _rowStart[i]; e < _rowEnd[i] && _rowUsed[i] < _rowCapacity[i]; e++)
            {
                var j = _rowCells[e];
                if (_columnUsed[j] < _columnCapacity[j])
                {
                    SetMatched(i, j, true);
                    _rowUsed[i]++;
                    _columnUsed[j]++;
                    pairs++;
                }
            }
        }

        return pairs;
    }

    /// <summary>
    /// Breadth-first layers from every row with a free slot: rows at even levels, columns at odd levels, a row reaches
    /// a column through an unpaired cell and a column reaches a row through a paired cell. Sets the level of the first
    /// column with a free slot; false when there is none, so the matching is maximum.
    /// </summary>
    private bool Layer()
    {
        Array.Fill(_rowLevel, -1);
        Array.Fill(_columnLevel, -1);
        int head = 0, tail = 0;
        for (var i = 0; i < _rows; i++)
        {
            if (_rowUsed[i] < _rowCapacity[i] && _rowEnd[i] > _rowStart[i])
            {
                _rowLevel[i] = 0;
                _queue[tail++] = i;
            }
        }

        var limit = int.MaxValue;
        while (head < tail)
        {
            var row = _queue[head++];
            if (_rowLevel[row] + 1 > limit)
            {
                break; // rows are dequeued by level; nothing further can be on a shortest path
            }

            for (var e = _rowStart[row]; e < _rowEnd[row]; e++)
            {
                var column = _rowCells[e];
                if (_columnLevel[column] >= 0 || IsMatched(row, column))
                {
                    continue;
                }

                _columnLevel[column] = _rowLevel[row] + 1;
                if (_columnUsed[column] < _columnCapacity[column])
                {
                    limit = _columnLevel[column];
                    continue;
                }

                if (_columnLevel[column] >= limit)
                {
                    continue;
                }

                for (var f = _columnStart[column]; f < _columnEnd[column]; f++)
                {
                    var next = _columnCells[f];
                    if (_rowLevel[next] < 0 && IsMatched(next, column))
                    {
                        _rowLevel[next] = _columnLevel[column] + 1;
                        _queue[tail++] = next;
                    }
                }
            }
        }

        Limit = limit;
        return limit != int.MaxValue;
    }

    /// <summary>The level of the columns with a free slot found by the last <see cref="Layer"/>.</summary>
    private int Limit { get; set; }

    /// <summary>
    /// A blocking set of shortest augmenting paths along the layers (Dinic with current-arc pointers): a dead row or
    /// column gets level -1 and is never entered again in this phase. Returns how many pairs were added.
    /// </summary>
    private int Augment()
    {
        Array.Copy(_rowStart, _rowNext, _rows);
        Array.Copy(_columnStart, _columnNext, _columns);
        var added = 0;
        for (var root = 0; root < _rows; root++)
        {
            while (_rowLevel[root] == 0 && _rowUsed[root] < _rowCapacity[root])
            {
                if (!AugmentFrom(root))
                {
                    break;
                }

                added++;
            }
        }

        return added;
    }

    /// <summary>Finds one augmenting path from <paramref name="root"/> and flips it; false (and the root dead) when none.</summary>
    private bool AugmentFrom(int root)
    {
        var depth = 0;
        _pathRows[0] = root;
        while (true)
        {
            var row = _pathRows[depth];
            var advanced = false;
            while (_rowNext[row] < _rowEnd[row])
            {
                var column = _rowCells[_rowNext[row]];
                if (IsMatched(row, column) || _columnLevel[column] != _rowLevel[row] + 1)
                {
                    _rowNext[row]++;
                    continue;
                }

                if (_columnLevel[column] == Limit)
                {
                    if (_columnUsed[column] < _columnCapacity[column])
                    {
                        Flip(depth, column);
                        return true;
                    }

                    _rowNext[row]++;
                    continue;
                }

                var nextLevel = _columnLevel[column] + 1;
                while (_columnNext[column] < _columnEnd[column])
                {
                    var next = _columnCells[_columnNext[column]];
                    if (_rowLevel[next] == nextLevel && IsMatched(next, column))
                    {
                        break;
                    }

                    _columnNext[column]++;
                }

                if (_columnNext[column] < _columnEnd[column])
                {
                    _pathColumns[depth] = column;
                    _pathRows[++depth] = _columnCells[_columnNext[column]];
                    advanced = true;
                    break;
                }

                _columnLevel[column] = -1; // dead: no way on from this column
                _rowNext[row]++;
            }

            if (advanced)
            {
                continue;
            }

            _rowLevel[row] = -1; // dead: no way on from this row
            if (depth == 0)
            {
                return false;
            }

            depth--;
            _columnNext[_pathColumns[depth]]++; // that row led nowhere; try the column's next paired row
        }
    }

    /// <summary>Flips the path in <see cref="_pathRows"/>/<see cref="_pathColumns"/> ending at <paramref name="last"/>.</summary>
    private void Flip(int depth, int last)
    {
        for (var d = 0; d < depth; d++)
        {
            SetMatched(_pathRows[d], _pathColumns[d], true);
            SetMatched(_pathRows[d + 1], _pathColumns[d], false);
        }

        SetMatched(_pathRows[depth], last, true);
        _rowUsed[_pathRows[0]]++;
        _columnUsed[last]++;
    }
}
