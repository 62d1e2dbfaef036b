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
    private readonly int[] _heads;
    private readonly long[] _costs;

    /// <summary>Residual arcs as (tail, head, cost).</summary>
    public ResidualPotentials(int nodes, IReadOnlyList<(int Tail, int Head, long Cost)> arcs)
    {
        _nodes = nodes;
        _start = new int[nodes + 1];
        foreach (var arc in arcs)
        {
            _start[arc.Tail + 1]++;
        }

        for (var v = 0; v < nodes; v++)
        {
            _start[v + 1] += _start[v];
        }

        _heads = new int[arcs.Count];
        _costs = new long[arcs.Count];
        var fill = (int[])_start.Clone();
        foreach (var arc in arcs)
        {
            _heads[fill[arc.Tail]] = arc.Head;
            _costs[fill[arc.Tail]++] = arc.Cost;
        }
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
        var queued = new bool[_nodes];
        var passes = new int[_nodes];
        var queue = new Queue<int>(_nodes);
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
