namespace ReverseMentoring.Matching.Solving;

/// <summary>
/// Node potentials that certify a min-cost flow: shortest distances in the residual network from a virtual root
/// joined to every node (Bellman–Ford with a queue). An optimal flow leaves no negative cycle, so they exist, and every
/// residual arc then has reduced cost <c>cost + p(tail) − p(head) ≥ 0</c>. When every open cell outside the candidate
/// network also has a non-negative reduced cost, the flow is optimal for the whole grid (LP duality).
/// </summary>
/// <remarks>
/// <see cref="Settle"/> runs the same search over the full residual network: the explicit arcs plus, implicitly, the
/// forward arc of every open cell outside the candidates (their flow is 0), read row by row from the grid rather than
/// stored. Starting from the candidate network's potentials it usually settles after a few scans of each row; it
/// gives up after a budget of row scans, which a negative cycle (a better pairing outside the candidates) exhausts.
/// </remarks>
internal sealed class ResidualPotentials
{
    private readonly int _nodes;
    private readonly int[] _start;
    private readonly int[] _fill; // while arcs are placed: the next free slot of each tail
    private readonly bool[] _queued; // the searches' state, kept with the network's arrays for the next round
    private readonly int[] _passes;
    private readonly Queue<int> _queue;
    private int[] _heads;
    private long[] _costs;

    /// <summary>
    /// An empty residual network of <paramref name="nodes"/> nodes. Its arcs are given twice, in the same order:
    /// <see cref="Count"/> for each, then <see cref="EndCounts"/>, then <see cref="Place"/> for each. The arrays of
    /// <paramref name="reuse"/> (the previous round's network, which must not be used again) are taken over where they
    /// are large enough, so that the rounds of one solve do not each leave a few MiB of arc arrays to the collector.
    /// </summary>
    public ResidualPotentials(int nodes, ResidualPotentials? reuse = null)
    {
        _nodes = nodes;
        _start = reuse?._start.Length == nodes + 1 ? reuse._start : new int[nodes + 1];
        Array.Clear(_start);
        _fill = reuse?._fill.Length == nodes ? reuse._fill : new int[nodes];
        _heads = reuse?._heads ?? [];
        _costs = reuse?._costs ?? [];
        var same = reuse?._queued.Length == nodes;
        _queued = same ? reuse!._queued : new bool[nodes];
        _passes = same ? reuse!._passes : new int[nodes];
        _queue = reuse?._queue ?? new Queue<int>(nodes);
    }

    /// <summary>Counts one arc leaving <paramref name="tail"/> (first pass).</summary>
    public void Count(int tail) => _start[tail + 1]++;

    /// <summary>Ends the first pass: each tail's arcs get their slots (the arrays grow at least twofold when too small).</summary>
    public void EndCounts()
    {
        for (var v = 0; v < _nodes; v++)
        {
            _start[v + 1] += _start[v];
        }

        var arcs = _start[_nodes];
        if (_heads.Length < arcs)
        {
            var size = Math.Max(arcs, (int)Math.Min(Array.MaxLength, 2L * _heads.Length));
            _heads = new int[size];
            _costs = new long[size];
        }

        Array.Copy(_start, _fill, _nodes);
    }

    /// <summary>Places one arc (second pass, same order as the counts).</summary>
    public void Place(int tail, int head, long cost)
    {
        var k = _fill[tail]++;
        _heads[k] = head;
        _costs[k] = cost;
    }

    /// <summary>Potentials of the explicit arcs alone, from 0 everywhere; null on a negative cycle.</summary>
    public long[]? Compute(CancellationToken cancellationToken)
    {
        var distance = new long[_nodes];
        return Search(distance, null, long.MaxValue, cancellationToken) ? distance : null;
    }

    /// <summary>
    /// Lowers <paramref name="distance"/> until no arc of the full network (explicit arcs and every open cell of a row
    /// with capacity left, towards a column with capacity left, outside the candidates) has a negative reduced cost.
    /// True when it settles: the flow is optimal for the whole grid. False when the row-scan budget runs out.
    /// </summary>
    public bool Settle(FullRows rows, long[] distance, long rowScanBudget, CancellationToken cancellationToken) =>
        Search(distance, rows, rowScanBudget, cancellationToken);

    private bool Search(long[] distance, FullRows? rows, long rowScanBudget, CancellationToken cancellationToken)
    {
        var (queued, passes, queue) = (_queued, _passes, _queue);
        Array.Clear(passes);
        queue.Clear();
        for (var v = 0; v < _nodes; v++)
        {
            queue.Enqueue(v);
            queued[v] = true;
        }

        long steps = 0;
        while (queue.Count > 0)
        {
            if (++steps % 4096 == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var tail = queue.Dequeue();
            queued[tail] = false;
            if (++passes[tail] > _nodes)
            {
                return false; // relaxed more often than a shortest path has arcs: a negative cycle
            }

            for (var k = _start[tail]; k < _start[tail + 1]; k++)
            {
                Relax(distance, queue, queued, _heads[k], distance[tail] + _costs[k]);
            }

            if (rows is not null && rows.IsRow(tail))
            {
                if (--rowScanBudget < 0)
                {
                    return false;
                }

                foreach (var (head, cost) in rows.NegativeArcs(tail, distance))
                {
                    Relax(distance, queue, queued, head, distance[tail] + cost);
                }
            }
        }

        return true;
    }

    private static void Relax(long[] distance, Queue<int> queue, bool[] queued, int head, long candidate)
    {
        if (candidate < distance[head])
        {
            distance[head] = candidate;
            if (!queued[head])
            {
                queue.Enqueue(head);
                queued[head] = true;
            }
        }
    }
}
