using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace ReverseMentoring.Matching.Solving;

/// <summary>
/// The stable pairing the scores imply, found greedily: take the best open cell whose row and column both have a slot
/// left, pair them, repeat. Same pairs as deferred acceptance from either side (<see cref="GaleShapley.Run"/> on the
/// full sorted lists), because the preferences come from one order of all the cells.
/// </summary>
/// <remarks>
/// <para>
/// A row ranks its cells by score, highest first, ties by column; a column ranks its cells by score, ties by row. Both
/// are the order "score descending, then row + column ascending, then row" restricted to one line, so every participant
/// ranks its partners by one global order of cells ("globally ranked pairs"). Then the stable pairing is unique, even
/// with capacities on both sides: the best cell of the global order on which two stable pairings differed would block
/// the one without it (each side keeps all its better partners, so it has a free slot or a worse partner to drop). So
/// the proposer-optimal pairing of either side is this one, and greedy on the global order, which is stable (a cell
/// left out had a full side holding only better cells), finds it.
/// </para>
/// <para>
/// Only rows are read, a row at a time (the row-major matrix in place when it can be): each row hands out its list a
/// chunk at a time, best first, with the columns that are already full left out (a full column stays full), and a heap
/// of rows keyed by each row's next cell picks the best cell left. Most rows go only a little way down their lists;
/// the deep ones refill O(log depth) times and skip the popular columns that filled early.
/// </para>
/// </remarks>
internal sealed class StableByScore<TCells>
    where TCells : IScoreCells
{
    /// <summary>The first chunk's length: enough for most rows, small enough to select quickly.</summary>
    private const int FirstChunk = 16;

    /// <summary>How much each refill grows the chunk: a deep row rescans its line only O(log depth) times.</summary>
    private const int Growth = 2;

    /// <summary>Heap steps between two looks at the cancellation token (every refill looks too).</summary>
    private const int CancellationStride = 4096;

    private readonly TCells _cells;
    private readonly int _columns;
    private readonly CancellationToken _cancellationToken;
    private readonly int[] _rowLeft;
    private readonly int[] _columnLeft;

    // Rows read in place (float32): the smallest float an open cell may have while the column has a slot, NaN once
    // it is full, so one vector compare leaves out closed, below-floor and full cells alike.
    private readonly bool _inPlace;
    private readonly float[] _columnBars;

    // Each row's current chunk (best first), where it stands in it, the last cell handed out and the chunk size asked.
    private readonly double[][] _chunkScores;
    private readonly int[][] _chunkColumns;
    private readonly int[] _next;
    private readonly int[] _asked;
    private readonly bool[] _last;
    private readonly bool[] _pending; // the head is only a bound: refill when it reaches the top

    // The heap of rows by their next cell (head), best on top.
    private readonly int[] _heap;
    private readonly double[] _headScore;
    private readonly int[] _headColumn;
    private int _heapCount;

    // Scratch for one refill: the line (when not read in place), candidates' keys (negated scores) and columns.
    private double[] _line = [];
    private double[] _keys = [];
    private int[] _found = [];
    private double[] _pick = [];
    private double _selected; // the key KeepBest last kept up to

    private StableByScore(TCells cells, int[] rowCapacity, int[] columnCapacity, CancellationToken cancellationToken)
    {
        _cells = cells;
        var rows = cells.Rows;
        _columns = cells.Columns;
        _cancellationToken = cancellationToken;
        _rowLeft = [.. rowCapacity.Select(c => Math.Clamp(c, 0, _columns))];
        _columnLeft = [.. columnCapacity.Select(c => Math.Clamp(c, 0, rows))];
        var floor = float.NegativeInfinity; // the bars are read only in place
        _inPlace = rows > 0 && cells.TryRawRow(0, out _, out floor);
        _columnBars = [.. _columnLeft.Select(left => left > 0 ? floor : float.NaN)];
        _chunkScores = new double[rows][];
        _chunkColumns = new int[rows][];
        Array.Fill(_chunkScores, []);
        Array.Fill(_chunkColumns, []);
        _next = new int[rows];
        _asked = new int[rows];
        _last = new bool[rows];
        _pending = new bool[rows];
        _heap = new int[rows];
        _headScore = new double[rows];
        _headColumn = new int[rows];
    }

    /// <summary>The stable pairing as (row, column) pairs.</summary>
    /// <param name="cells">Which cells are open and their scores.</param>
    /// <param name="rowCapacity">Slots per row.</param>
    /// <param name="columnCapacity">Slots per column.</param>
    /// <param name="cancellationToken">Checked on every row read and every few thousand heap steps.</param>
    public static List<(int Row, int Column)> Pairs(
        TCells cells, int[] rowCapacity, int[] columnCapacity, CancellationToken cancellationToken) =>
        new StableByScore<TCells>(cells, rowCapacity, columnCapacity, cancellationToken).Run();

    private List<(int Row, int Column)> Run()
    {
        var pairs = new List<(int Row, int Column)>();
        for (var row = 0; row < _heap.Length; row++)
        {
            if (_rowLeft[row] > 0 && Advance(row))
            {
                _heap[_heapCount++] = row;
            }
        }

        for (var at = (_heapCount / 2) - 1; at >= 0; at--)
        {
            SiftDown(at);
        }

        var steps = 0;
        while (_heapCount > 0)
        {
            if (++steps % CancellationStride == 0)
            {
                _cancellationToken.ThrowIfCancellationRequested();
            }

            // The top row's head is the best cell left unless it is a bound (refill now) or its column filled after
            // the row got there.
            var row = _heap[0];
            var column = _headColumn[row];
            if (_pending[row])
            {
                _pending[row] = false;
                Refill(row); // an empty chunk is the end of the list: Advance then drops the row
            }
            else if (_columnLeft[column] > 0)
            {
                pairs.Add((row, column));
                if (--_columnLeft[column] == 0)
                {
                    _columnBars[column] = float.NaN;
                }

                if (--_rowLeft[row] == 0)
                {
                    _heap[0] = _heap[--_heapCount];
                    SiftDown(0);
                    continue;
                }
            }

            if (Advance(row))
            {
                SiftDown(0);
            }
            else
            {
                _heap[0] = _heap[--_heapCount];
                SiftDown(0);
            }
        }

        return pairs;
    }

    /// <summary>
    /// Moves the row's head to its next cell whose column has a slot left; false when its list is exhausted. When its
    /// chunk runs out the row does not refill yet: its head becomes a bound (just after the last cell handed out), which
    /// no cell left in the row beats, and it refills only when that bound reaches the top of the heap, so the refill
    /// leaves out every column that filled meanwhile.
    /// </summary>
    private bool Advance(int row)
    {
        var columns = _chunkColumns[row];
        for (var next = _next[row]; next < columns.Length; next++)
        {
            var column = columns[next];
            if (_columnLeft[column] > 0)
            {
                (_headScore[row], _headColumn[row], _next[row]) = (_chunkScores[row][next], column, next + 1);
                return true;
            }
        }

        _next[row] = columns.Length;
        if (_last[row])
        {
            return false;
        }

        // The bound's "column" is one past the last handed out: ties by row + column then put it first among the cells left.
        (_headScore[row], _headColumn[row]) = columns.Length == 0
            ? (double.PositiveInfinity, 0)
            : (_chunkScores[row][^1], columns[^1] + 1);
        _pending[row] = true;
        return true;
    }

    /// <summary>
    /// The row's next chunk: its best open cells in columns with a slot left, strictly after the last cell handed out,
    /// <see cref="Growth"/> times as many as the last chunk. False when there are none.
    /// </summary>
    private bool Refill(int row)
    {
        _cancellationToken.ThrowIfCancellationRequested();
        var previous = _chunkColumns[row];
        var (afterScore, afterColumn) = previous.Length == 0
            ? (double.PositiveInfinity, -1)
            : (_chunkScores[row][^1], previous[^1]);
        var chunk = (int)Math.Min(_columns, _asked[row] == 0 ? FirstChunk : (long)Growth * _asked[row]);
        _asked[row] = chunk;
        if (_keys.Length < _columns)
        {
            _keys = new double[_columns];
            _found = new int[_columns];
            _pick = new double[_columns];
        }

        var buffer = (int)Math.Min(_columns, 2L * chunk);
        var count = _inPlace
            ? CandidatesInPlace(row, afterScore, afterColumn, chunk, buffer)
            : CandidatesOfLine(row, afterScore, afterColumn, chunk, buffer);
        if (count > chunk)
        {
            count = KeepBest(count, chunk);
        }

        SortByKeyThenItem(_keys.AsSpan(0, count), _found.AsSpan(0, count));
        var scores = new double[count];
        for (var k = 0; k < count; k++)
        {
            scores[k] = -_keys[k];
        }

        _chunkScores[row] = scores;
        _chunkColumns[row] = _found.AsSpan(0, count).ToArray();
        _next[row] = 0;
        _last[row] = count < chunk;
        return count > 0;
    }

    /// <summary>
    /// The candidates of a row read in place, into the scratch keys: <see cref="CollectInPlace"/> from the
    /// <see cref="StartingThreshold"/> on, and once more from the start when that finds fewer than a chunk.
    /// </summary>
    private int CandidatesInPlace(int row, double afterScore, int afterColumn, int chunk, int buffer)
    {
        _cells.TryRawRow(row, out var line, out _);
        var after = (float)afterScore; // exact: the score was read from these floats
        var start = StartingThreshold(line, after, chunk);
        var count = CollectInPlace(row, line, after, afterColumn, chunk, buffer, start);
        if (count < chunk && start != float.NegativeInfinity)
        {
            // A closed cell (a pinned pair) set a block's maximum and fooled the estimate: read the row again from the start.
            count = CollectInPlace(row, line, after, afterColumn, chunk, buffer, float.NegativeInfinity);
        }

        return count;
    }

    /// <summary>
    /// A score from which on the row has at least <paramref name="chunk"/> candidates (unless closed cells are among
    /// them): the chunk-th largest of the maxima of up to 2 × chunk blocks of the row,
    /// over the cells strictly below <paramref name="after"/> whose column has a slot. Minus infinity when the row is
    /// too short to split so, or has too few such cells. One vector pass; the candidate pass then appends few cells.
    /// </summary>
    private float StartingThreshold(ReadOnlySpan<float> line, float after, int chunk)
    {
        var width = Vector256<float>.Count;
        var vectors = line.Length / width;
        var blocks = Math.Min(2 * chunk, vectors);
        if (!Vector256.IsHardwareAccelerated || blocks < chunk + (chunk / 2))
        {
            return float.NegativeInfinity;
        }

        ref var lineStart = ref MemoryMarshal.GetReference(line);
        ref var barStart = ref MemoryMarshal.GetArrayDataReference(_columnBars);
        var upper = Vector256.Create(after);
        var none = Vector256.Create(float.NegativeInfinity);
        var maxima = _pick.AsSpan(0, blocks);
        var found = 0;
        for (var block = 0; block < blocks; block++)
        {
            var (from, to) = ((int)((long)block * vectors / blocks), (int)((long)(block + 1) * vectors / blocks));
            var largest = none;
            for (var v = from; v < to; v++)
            {
                var cells = Vector256.LoadUnsafe(ref lineStart, (nuint)(v * width));
                var pass = Vector256.GreaterThanOrEqual(cells, Vector256.LoadUnsafe(ref barStart, (nuint)(v * width)))
                    & Vector256.LessThan(cells, upper);
                largest = Vector256.Max(largest, Vector256.ConditionalSelect(pass, cells, none));
            }

            var most = float.NegativeInfinity;
            for (var lane = 0; lane < width; lane++)
            {
                most = Math.Max(most, largest[lane]);
            }

            // Keys are negated, so the chunk-th smallest key is the chunk-th largest maximum.
            maxima[block] = -(double)most;
            found += most != float.NegativeInfinity ? 1 : 0;
        }

        return found < chunk ? float.NegativeInfinity : (float)-Select(maxima, chunk - 1);
    }

    /// <summary>
    /// The candidates of a row read in place, in column order, into the scratch keys: a vector compare against the
    /// columns' bars, the last cell handed out and the running threshold skips most cells; only the passing lanes are
    /// looked at one by one. Once the buffer holds twice the chunk it keeps only the chunk's best, and from then on a
    /// candidate must beat the worst kept (an equal score comes later in column order, so it is worse). Starts with
    /// the cells at least <paramref name="start"/>.
    /// </summary>
    private int CollectInPlace(
        int row, ReadOnlySpan<float> line, float after, int afterColumn, int chunk, int buffer, float start)
    {
        var bars = _columnBars;
        var threshold = start == float.NegativeInfinity ? start : MathF.BitDecrement(start); // "> threshold" is ">= start"
        var count = 0;
        var column = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            ref var lineStart = ref MemoryMarshal.GetReference(line);
            ref var barStart = ref MemoryMarshal.GetArrayDataReference(bars);
            var upper = Vector256.Create(after);
            for (; column + Vector256<float>.Count <= line.Length; column += Vector256<float>.Count)
            {
                var block = Vector256.LoadUnsafe(ref lineStart, (nuint)column);
                var pass = Vector256.GreaterThanOrEqual(block, Vector256.LoadUnsafe(ref barStart, (nuint)column))
                    & Vector256.LessThanOrEqual(block, upper)
                    & Vector256.GreaterThan(block, Vector256.Create(threshold));
                for (var lanes = pass.ExtractMostSignificantBits(); lanes != 0; lanes &= lanes - 1)
                {
                    Consider(row, line, column + BitOperations.TrailingZeroCount(lanes), after, afterColumn, chunk, buffer, ref count, ref threshold);
                }
            }
        }

        for (; column < line.Length; column++)
        {
            if (line[column] >= bars[column])
            {
                Consider(row, line, column, after, afterColumn, chunk, buffer, ref count, ref threshold);
            }
        }

        return count;
    }

    /// <summary>Appends one cell of a row read in place if it is a candidate (the vector compare is only a first cut).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Consider(
        int row, ReadOnlySpan<float> line, int at, float after, int afterColumn, int chunk, int buffer, ref int count, ref float threshold)
    {
        // The vector compare used the threshold as it was at the start of the block: check it again.
        var score = line[at];
        if (score > threshold && (score < after || (score == after && at > afterColumn)) && _cells.IsOpen(row, at))
        {
            (_keys[count], _found[count]) = (-(double)score, at);
            if (++count == buffer && buffer > chunk)
            {
                count = KeepBest(count, chunk);
                threshold = (float)-_selected;
            }
        }
    }

    /// <summary>As <see cref="CollectInPlace"/> on a row read as doubles (NaN where not open), one cell at a time.</summary>
    private int CandidatesOfLine(int row, double afterScore, int afterColumn, int chunk, int buffer)
    {
        if (_line.Length < _columns)
        {
            _line = new double[_columns];
        }

        var line = _line.AsSpan(0, _columns);
        _cells.ReadRow(row, line);
        var threshold = double.NegativeInfinity;
        var count = 0;
        for (var column = 0; column < line.Length; column++)
        {
            var score = line[column];
            if (score > threshold && _columnLeft[column] > 0
                && (score < afterScore || (score == afterScore && column > afterColumn)))
            {
                (_keys[count], _found[count]) = (-score, column);
                if (++count == buffer && buffer > chunk)
                {
                    count = KeepBest(count, chunk);
                    threshold = -_selected;
                }
            }
        }

        return count;
    }

    /// <summary>
    /// Moves the <paramref name="size"/> best of the first <paramref name="count"/> candidates (by key, then by
    /// column, which is their order) to the front, in O(count): the size-th smallest key by selection on a copy,
    /// then every key below it and the first of those equal to it.
    /// </summary>
    private int KeepBest(int count, int size)
    {
        var pick = _pick.AsSpan(0, count);
        _keys.AsSpan(0, count).CopyTo(pick);
        var bar = Select(pick, size - 1);
        _selected = bar;
        var below = 0;
        for (var k = 0; k < count; k++)
        {
            below += _keys[k] < bar ? 1 : 0;
        }

        var (kept, equalLeft) = (0, size - below);
        for (var k = 0; k < count; k++)
        {
            var key = _keys[k];
            if (key < bar || (key == bar && equalLeft-- > 0))
            {
                (_keys[kept], _found[kept]) = (key, _found[k]);
                kept++;
            }
        }

        return kept;
    }

    /// <summary>Restores the heap below <paramref name="at"/> after the row there got a worse head (or was replaced).</summary>
    private void SiftDown(int at)
    {
        var heap = _heap;
        var count = _heapCount;
        if (count == 0)
        {
            return;
        }

        var row = heap[at];
        while (true)
        {
            var child = (2 * at) + 1;
            if (child >= count)
            {
                break;
            }

            if (child + 1 < count && Before(heap[child + 1], heap[child]))
            {
                child++;
            }

            if (!Before(heap[child], row))
            {
                break;
            }

            heap[at] = heap[child];
            at = child;
        }

        heap[at] = row;
    }

    /// <summary>Whether row <paramref name="a"/>'s head comes before row <paramref name="b"/>'s in the global order.</summary>
    private bool Before(int a, int b)
    {
        var (scoreA, scoreB) = (_headScore[a], _headScore[b]);
        if (scoreA != scoreB)
        {
            return scoreA > scoreB;
        }

        var (sumA, sumB) = (a + _headColumn[a], b + _headColumn[b]);
        return sumA != sumB ? sumA < sumB : a < b;
    }

    /// <summary>
    /// The <paramref name="nth"/> smallest of <paramref name="keys"/> (0-based), reordering them: quickselect with a
    /// three-way partition, so runs of equal keys (ties are common) cost no more than distinct ones.
    /// </summary>
    private static double Select(Span<double> keys, int nth)
    {
        var (low, high) = (0, keys.Length - 1);
        while (true)
        {
            if (low == high)
            {
                return keys[low];
            }

            // Median of three as pivot keeps sorted or reversed lines linear.
            var (a, b, c) = (keys[low], keys[low + ((high - low) / 2)], keys[high]);
            var pivot = Math.Max(Math.Min(a, b), Math.Min(Math.Max(a, b), c));
            var (lt, i, gt) = (low, low, high);
            while (i <= gt)
            {
                var key = keys[i];
                if (key < pivot)
                {
                    (keys[lt], keys[i]) = (keys[i], keys[lt]);
                    lt++;
                    i++;
                }
                else if (key > pivot)
                {
                    (keys[gt], keys[i]) = (keys[i], keys[gt]);
                    gt--;
                }
                else
                {
                    i++;
                }
            }

            if (nth < lt)
            {
                high = lt - 1;
            }
            else if (nth > gt)
            {
                low = gt + 1;
            }
            else
            {
                return pivot;
            }
        }
    }

    /// <summary>Sorts by key, ties by item: a primitive sort on the keys, then each run of equal keys by item.</summary>
    private static void SortByKeyThenItem(Span<double> keys, Span<int> items)
    {
        keys.Sort(items);
        for (var start = 0; start < keys.Length;)
        {
            var end = start + 1;
            while (end < keys.Length && keys[end] == keys[start])
            {
                end++;
            }

            if (end - start > 1)
            {
                items[start..end].Sort();
            }

            start = end;
        }
    }
}
