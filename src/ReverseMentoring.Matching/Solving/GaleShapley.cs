using System.Numerics;

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
    /// <summary>Proposals between two looks at the cancellation token: cheap, and well under a millisecond of work.</summary>
    private const int CancellationStride = 4096;

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
    /// Runs deferred acceptance on the preferences the grid's scores imply: each side ranks its open cells by score,
    /// highest first, ties by the other side's index. Same proposal order and result as <see cref="Run"/> on the full
    /// sorted lists and rank tables, without building them: proposers take their list a chunk at a time
    /// (<see cref="ScoreLists{TCells}"/>) and receivers compare two proposers by the score of the shared cell.
    /// </summary>
    /// <param name="grid">The grid; only open cells are acceptable, to both sides.</param>
    /// <param name="rowsPropose">Rows (mentees) propose to columns, or columns (mentors) to rows.</param>
    /// <param name="cancellationToken">Checked every few thousand proposals and on every pass over a line of the grid.</param>
    /// <returns>The pairs as (proposer, receiver).</returns>
    public static List<(int Proposer, int Receiver)> RunByScore(Grid grid, bool rowsPropose, CancellationToken cancellationToken) =>
        RunByScore(new GridCells(grid), grid.RowCapacity, grid.ColumnCapacity, rowsPropose, cancellationToken);

    /// <summary>As <see cref="RunByScore(Grid, bool, CancellationToken)"/> on any cells; a struct reader is specialised and inlined.</summary>
    /// <param name="cells">Which cells are open and their scores.</param>
    /// <param name="rowCapacity">Slots per row.</param>
    /// <param name="columnCapacity">Slots per column.</param>
    /// <param name="rowsPropose">Rows propose to columns, or columns to rows.</param>
    /// <param name="cancellationToken">Checked every few thousand proposals and on every pass over a line of the grid.</param>
    /// <returns>The pairs as (proposer, receiver).</returns>
    public static List<(int Proposer, int Receiver)> RunByScore<TCells>(
        TCells cells, int[] rowCapacity, int[] columnCapacity, bool rowsPropose, CancellationToken cancellationToken)
        where TCells : IScoreCells
    {
        var (proposerCapacity, receiverCapacity) = rowsPropose
            ? (rowCapacity, columnCapacity)
            : (columnCapacity, rowCapacity);
        var held = new HeldOffers(receiverCapacity, proposerCapacity.Length);
        var lists = new ScoreLists<TCells>(cells, rowsPropose, proposerCapacity, held, cancellationToken);
        var load = new int[proposerCapacity.Length];

        var free = new Stack<int>(proposerCapacity.Length);
        for (var proposer = proposerCapacity.Length - 1; proposer >= 0; proposer--)
        {
            free.Push(proposer);
        }

        var proposals = 0;
        while (free.TryPop(out var proposer))
        {
            while (load[proposer] < proposerCapacity[proposer] && lists.TryNext(proposer, out var receiver, out var score))
            {
                if (++proposals % CancellationStride == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                // Both sides rank the same cell, so the score the proposer ranked it by is the receiver's key too.
                var response = held.Propose(receiver, score, proposer, out var rejected);
                if (response != Response.Rejected)
                {
                    load[proposer]++;
                }

                if (response == Response.Displaced)
                {
                    load[rejected]--;
                    free.Push(rejected); // it has a free slot again and resumes where its list stopped
                }
            }
        }

        return held.Pairs();
    }

    /// <summary>Whether <c>(score, index)</c> comes after <c>(otherScore, otherIndex)</c> in best-first order: lower score, or equal and higher index.</summary>
    private static bool Worse(double score, int index, double otherScore, int otherIndex) =>
        score < otherScore || (score == otherScore && index > otherIndex);

    /// <summary>What a receiver did with a proposal.</summary>
    private enum Response
    {
        /// <summary>Turned down: full of better proposers, or no capacity.</summary>
        Rejected,

        /// <summary>Held in a free slot.</summary>
        Held,

        /// <summary>Held in place of the worst proposer it held, who is now rejected.</summary>
        Displaced,
    }

    /// <summary>
    /// Each receiver's held offers as a heap with its worst on top (by score of the shared cell, then proposer index),
    /// so a better offer replaces the worst in O(log capacity). Heaps grow on demand up to the receiver's capacity.
    /// </summary>
    /// <remarks>
    /// Each receiver also has a bar, <see cref="BarScores"/> and <see cref="BarProposers"/>: the worst offer it holds
    /// once full (no bar while it has a free slot; +infinity with no capacity). An offer that does not beat the bar is
    /// rejected, and in deferred acceptance a full receiver stays full and its worst offer only improves, so such an
    /// offer would be rejected at any later time too: the proposers' lists may leave it out without changing the result.
    /// </remarks>
    private sealed class HeldOffers
    {
        private readonly int[] _capacity;
        private readonly double[][] _scores;
        private readonly int[][] _proposers;
        private readonly int[] _count;

        public HeldOffers(int[] capacity, int proposers)
        {
            // No receiver can hold more than every proposer, whatever its capacity says.
            _capacity = [.. capacity.Select(c => Math.Min(c, proposers))];
            _scores = new double[capacity.Length][];
            _proposers = new int[capacity.Length][];
            _count = new int[capacity.Length];
            BarScores = [.. _capacity.Select(c => c > 0 ? double.NegativeInfinity : double.PositiveInfinity)];
            BarProposers = new int[capacity.Length];
            Array.Fill(BarProposers, int.MaxValue);
        }

        /// <summary>Per receiver, the score an offer must beat (or equal with a lower proposer index) to be held.</summary>
        public double[] BarScores { get; }

        /// <summary>Per receiver, the proposer index that breaks a tie with <see cref="BarScores"/>.</summary>
        public int[] BarProposers { get; }

        public Response Propose(int receiver, double score, int proposer, out int rejected)
        {
            rejected = -1;
            var capacity = _capacity[receiver];
            if (capacity <= 0)
            {
                return Response.Rejected;
            }

            var count = _count[receiver];
            var scores = _scores[receiver];
            var proposers = _proposers[receiver];
            if (count < capacity)
            {
                if (scores is null || count == scores.Length)
                {
                    var size = Math.Min(capacity, Math.Max(4, count * 2));
                    Array.Resize(ref _scores[receiver], size);
                    Array.Resize(ref _proposers[receiver], size);
                    scores = _scores[receiver];
                    proposers = _proposers[receiver];
                }

                _count[receiver] = count + 1;
                SiftUp(scores, proposers, count, score, proposer);
                if (count + 1 == capacity)
                {
                    (BarScores[receiver], BarProposers[receiver]) = (scores[0], proposers[0]);
                }

                return Response.Held;
            }

            if (!Worse(scores[0], proposers[0], score, proposer))
            {
                return Response.Rejected;
            }

            rejected = proposers[0];
            SiftDown(scores, proposers, count, score, proposer);
            (BarScores[receiver], BarProposers[receiver]) = (scores[0], proposers[0]);
            return Response.Displaced;
        }

        public List<(int Proposer, int Receiver)> Pairs()
        {
            var pairs = new List<(int Proposer, int Receiver)>();
            for (var receiver = 0; receiver < _count.Length; receiver++)
            {
                for (var k = 0; k < _count[receiver]; k++)
                {
                    pairs.Add((_proposers[receiver][k], receiver));
                }
            }

            return pairs;
        }
    }

    /// <summary>
    /// The proposers' lists by score, handed out lazily: each proposer holds only the next chunk of its list, best
    /// first, and refills it by a partial selection over its line of the grid of the best cells strictly after the last
    /// one handed out. Most proposers never get far down their lists, so a first chunk for everyone (one pass over the
    /// grid, in row order) and a few growing refills cost far less than sorting every list.
    /// </summary>
    private sealed class ScoreLists<TCells>
        where TCells : IScoreCells
    {
        /// <summary>The first chunk's length; enough for most proposers at scale, small enough to select quickly.</summary>
        private const int FirstChunk = 16;

        /// <summary>
        /// How much each refill grows the chunk: a proposer that goes deep rescans its line only O(log depth) times,
        /// which matters most when columns propose and a refill walks a column across cache lines. Doubling, not more:
        /// with correlated preferences most of a big chunk is rejected before it is reached (its receivers fill with
        /// better offers meanwhile), so larger steps sort and hand out cells that a later, filtered refill would skip.
        /// </summary>
        private const int Growth = 2;

        private readonly TCells _cells;
        private readonly bool _rowsPropose;
        private readonly int _receivers;
        private readonly HeldOffers _held;
        private readonly CancellationToken _cancellationToken;
        private readonly double[][] _scores;
        private readonly int[][] _items;
        private readonly int[] _next;
        private readonly bool[] _last;

        // Scratch heap for the first chunks.
        private double[] _heapScores = [];
        private int[] _heapItems = [];

        // Scratch for one refill: the line, its candidates' keys and receivers, and a copy of the keys to select on.
        private double[] _line = [];
        private double[] _keys = [];
        private int[] _found = [];
        private double[] _pick = [];
        private double _selected; // the key KeepBest last kept up to

        public ScoreLists(TCells cells, bool rowsPropose, int[] proposerCapacity, HeldOffers held, CancellationToken cancellationToken)
        {
            _cells = cells;
            _held = held;
            _rowsPropose = rowsPropose;
            _receivers = rowsPropose ? cells.Columns : cells.Rows;
            _cancellationToken = cancellationToken;
            var proposers = proposerCapacity.Length;
            _scores = new double[proposers][];
            _items = new int[proposers][];
            _next = new int[proposers];
            _last = new bool[proposers];
            var chunk = Math.Min(FirstChunk, _receivers);
            if (rowsPropose)
            {
                FirstChunksOfRows(chunk, proposerCapacity);
            }
            else
            {
                FirstChunksOfColumns(chunk, proposerCapacity);
            }
        }

        /// <summary>The proposer's next receiver and the score of their cell, or false when its list is exhausted.</summary>
        public bool TryNext(int proposer, out int receiver, out double score)
        {
            var next = _next[proposer];
            var items = _items[proposer];
            if (next == items.Length)
            {
                if (_last[proposer] || !Refill(proposer))
                {
                    (receiver, score) = (-1, 0);
                    return false;
                }

                (next, items) = (0, _items[proposer]);
            }

            receiver = items[next];
            score = _scores[proposer][next];
            _next[proposer] = next + 1;
            return true;
        }

        /// <summary>Rows propose: each row's first chunk from one pass along it.</summary>
        private void FirstChunksOfRows(int chunk, int[] capacity)
        {
            Reserve(chunk);
            var cells = _cells;
            for (var row = 0; row < cells.Rows; row++)
            {
                _cancellationToken.ThrowIfCancellationRequested();
                var count = 0;
                if (capacity[row] > 0)
                {
                    // Columns come in index order, so an equal score is never better than what the full heap holds.
                    var threshold = double.NegativeInfinity;
                    for (var column = 0; column < cells.Columns; column++)
                    {
                        if (cells.Score(row, column) is var score && score > threshold && cells.IsOpen(row, column))
                        {
                            threshold = Offer(_heapScores, _heapItems, 0, chunk, ref count, score, column);
                        }
                    }
                }

                Keep(row, _heapScores, _heapItems, 0, count, chunk);
            }
        }

        /// <summary>
        /// Columns propose: every column's first chunk in one pass over the grid in row order, one small heap per
        /// column, since walking each column down the rows would touch a new cache line at every cell.
        /// </summary>
        private void FirstChunksOfColumns(int chunk, int[] capacity)
        {
            var cells = _cells;
            var columns = cells.Columns;
            var scores = new double[columns * chunk];
            var items = new int[columns * chunk];
            var counts = new int[columns];
            var thresholds = new double[columns];
            for (var column = 0; column < columns; column++)
            {
                // A column with no capacity never proposes: +infinity keeps its heap empty.
                thresholds[column] = capacity[column] > 0 ? double.NegativeInfinity : double.PositiveInfinity;
            }

            for (var row = 0; row < cells.Rows; row++)
            {
                _cancellationToken.ThrowIfCancellationRequested();
                for (var column = 0; column < columns; column++)
                {
                    // Rows come in index order, so an equal score is never better than what a full heap holds.
                    if (cells.Score(row, column) is var score && score > thresholds[column] && cells.IsOpen(row, column))
                    {
                        thresholds[column] = Offer(scores, items, column * chunk, chunk, ref counts[column], score, row);
                    }
                }
            }

            for (var column = 0; column < columns; column++)
            {
                Keep(column, scores, items, column * chunk, counts[column], chunk);
            }
        }

        /// <summary>
        /// The proposer's next chunk: its best open cells strictly after the last one handed out, <see cref="Growth"/>
        /// times as many as the last chunk (so a proposer that goes deep pays O(line × log depth)), leaving out the
        /// cells whose receiver would reject it (see <see cref="HeldOffers"/>). False when there are none.
        /// </summary>
        /// <remarks>
        /// With correlated preferences everyone wants the same receivers, which fill early with strong offers: most of
        /// a deep proposer's line is then rejected out of hand, and leaving it out keeps the chunks (and the refills,
        /// and the proposals) for receivers that might still hold it.
        /// </remarks>
        private bool Refill(int proposer)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            var previous = _items[proposer];
            if (previous.Length == 0)
            {
                _last[proposer] = true;
                return false;
            }

            var (afterScore, afterItem) = (_scores[proposer][^1], previous[^1]);
            var chunk = (int)Math.Min(_receivers, (long)Growth * previous.Length);
            if (_line.Length < _receivers)
            {
                _line = new double[_receivers];
                _keys = new double[_receivers];
                _found = new int[_receivers];
                _pick = new double[_receivers];
            }

            var line = _line.AsSpan(0, _receivers);
            ReadLine(proposer, line);

            // The candidates, in receiver order: after the last cell handed out, and not rejected out of hand. Keys
            // are negated scores, so ascending key order is the list's order. Once the buffer holds twice the chunk
            // it keeps only the chunk's best, and from then on a candidate must beat the worst kept (an equal score
            // comes later in receiver order, so it is worse): the pass appends few cells, and selects on few.
            var barScores = _held.BarScores;
            var barProposers = _held.BarProposers;
            var (keys, found) = (_keys, _found);
            var buffer = (int)Math.Min(_receivers, 2L * chunk);
            var count = 0;
            var threshold = double.NegativeInfinity;
            // Most cells fail a plain compare (below the last cell handed out, or under the receiver's bar): a SIMD pass
            // over whole vectors skips those, the scalar loop decides the rest with the ties.
            var width = Vector<double>.Count;
            var after = new Vector<double>(afterScore);
            for (var start = 0; start < line.Length; start += width)
            {
                var end = Math.Min(line.Length, start + width);
                if (end - start == width)
                {
                    var block = new Vector<double>(line[start..]);
                    var pass = Vector.GreaterThan(block, new Vector<double>(threshold))
                        & Vector.LessThanOrEqual(block, after)
                        & Vector.GreaterThanOrEqual(block, new Vector<double>(barScores, start));
                    if (pass == Vector<long>.Zero)
                    {
                        continue;
                    }
                }

                for (var other = start; other < end; other++)
                {
                    var score = line[other];
                    if (score > threshold
                        && Worse(score, other, afterScore, afterItem)
                        && Worse(barScores[other], barProposers[other], score, proposer))
                    {
                        (keys[count], found[count]) = (-score, other);
                        if (++count == buffer && buffer > chunk)
                        {
                            count = KeepBest(count, chunk);
                            threshold = -_selected;
                        }
                    }
                }
            }

            if (count > chunk)
            {
                count = KeepBest(count, chunk);
            }

            SortByKeyThenItem(keys.AsSpan(0, count), found.AsSpan(0, count));
            var scores = new double[count];
            for (var k = 0; k < count; k++)
            {
                scores[k] = -keys[k];
            }

            _scores[proposer] = scores;
            _items[proposer] = found.AsSpan(0, count).ToArray();
            _next[proposer] = 0;
            _last[proposer] = count < chunk;
            return count > 0;
        }

        /// <summary>One line of the grid: the proposer's scores, NaN where the cell is not open.</summary>
        private void ReadLine(int proposer, Span<double> line)
        {
            if (_rowsPropose)
            {
                _cells.ReadRow(proposer, line);
                return;
            }

            for (var row = 0; row < line.Length; row++)
            {
                line[row] = _cells.IsOpen(row, proposer) ? _cells.Score(row, proposer) : double.NaN;
            }
        }

        /// <summary>
        /// Moves the <paramref name="size"/> best of the first <paramref name="count"/> candidates (by key, then by
        /// receiver, which is their order) to the front, in O(count): the size-th smallest key by selection on a copy,
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
        private void Reserve(int chunk)
        {
            if (_heapScores.Length < chunk)
            {
                _heapScores = new double[chunk];
                _heapItems = new int[chunk];
            }
        }

        /// <summary>Drains a selection heap into the proposer's chunk, best first; a short chunk is the end of its list.</summary>
        private void Keep(int proposer, double[] heapScores, int[] heapItems, int offset, int count, int chunk)
        {
            var scores = new double[count];
            var items = new int[count];
            for (var k = count - 1; k >= 0; k--)
            {
                // The worst is on top: take it, and fill the gap with the heap's last entry.
                (scores[k], items[k]) = (heapScores[offset], heapItems[offset]);
                var scoresSpan = heapScores.AsSpan(offset, k + 1);
                var itemsSpan = heapItems.AsSpan(offset, k + 1);
                SiftDown(scoresSpan[..k], itemsSpan[..k], k, scoresSpan[k], itemsSpan[k]);
            }

            _scores[proposer] = scores;
            _items[proposer] = items;
            _next[proposer] = 0;
            _last[proposer] = count < chunk;
        }

        /// <summary>
        /// Offers an entry to a selection heap of at most <paramref name="size"/> entries, worst on top, that the
        /// caller has checked beats the current threshold; returns the new threshold (the worst score once full).
        /// </summary>
        private static double Offer(double[] scores, int[] items, int offset, int size, ref int count, double score, int item)
        {
            var heapScores = scores.AsSpan(offset, size);
            var heapItems = items.AsSpan(offset, size);
            if (count < size)
            {
                SiftUp(heapScores, heapItems, count++, score, item);
            }
            else
            {
                SiftDown(heapScores, heapItems, count, score, item);
            }

            return count == size ? heapScores[0] : double.NegativeInfinity;
        }
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

    /// <summary>Puts an entry at position <paramref name="at"/> (the heap's new end) and moves it up past better parents.</summary>
    private static void SiftUp(Span<double> scores, Span<int> items, int at, double score, int item)
    {
        while (at > 0)
        {
            var parent = (at - 1) / 2;
            if (!Worse(score, item, scores[parent], items[parent]))
            {
                break;
            }

            (scores[at], items[at]) = (scores[parent], items[parent]);
            at = parent;
        }

        (scores[at], items[at]) = (score, item);
    }

    /// <summary>Replaces the top of a heap of <paramref name="count"/> entries and moves the new entry down past worse children.</summary>
    private static void SiftDown(Span<double> scores, Span<int> items, int count, double score, int item)
    {
        var at = 0;
        while (true)
        {
            var child = (2 * at) + 1;
            if (child >= count)
            {
                break;
            }

            if (child + 1 < count && Worse(scores[child + 1], items[child + 1], scores[child], items[child]))
            {
                child++;
            }

            if (!Worse(scores[child], items[child], score, item))
            {
                break;
            }

            (scores[at], items[at]) = (scores[child], items[child]);
            at = child;
        }

        if (count > 0)
        {
            (scores[at], items[at]) = (score, item);
        }
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
}

/// <summary>The solver's grid as <see cref="IScoreCells"/>; a struct, so the generic code calls the grid directly.</summary>
internal readonly struct GridCells(Grid grid) : IScoreCells
{
    public int Rows => grid.Rows;

    public int Columns => grid.Columns;

    public bool IsOpen(int row, int column) => grid.IsOpen(row, column);

    public double Score(int row, int column) => grid.Score(row, column);

    public void ReadRow(int row, Span<double> line) => grid.ReadRow(row, line);
}
