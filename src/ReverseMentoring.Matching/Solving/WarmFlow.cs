namespace ReverseMentoring.Matching.Solving;

/// <summary>
/// The candidate network's optimal flow and integer node potentials, kept between pricing rounds so that the cells a
/// round adds are repaired into the flow instead of re-solving the whole network: each added arc whose reduced cost
/// <c>cost + p(tail) − p(head)</c> is negative is saturated (an optimal flow must use it), which leaves one unit of
/// excess at its column and one of deficit at its row; successive shortest paths then route the excesses back to the
/// deficits. Same network and integer costs as <see cref="CandidateNetwork"/>, so the optimum is the same.
/// </summary>
/// <remarks>
/// <para>
/// Invariant: every residual arc has a non-negative reduced cost. Saturating a negative arc keeps it (its reverse is
/// positive). Each phase runs Dijkstra on reduced costs from all excess nodes at once until the first deficit node,
/// at distance D; nodes it settled at distance d get <c>p += d − D</c> (a shift of every potential by the capped
/// distance, minus the constant D), which keeps the invariant and makes every shortest path zero-cost. Depth-first
/// searches then push units along zero-reduced-cost arcs from excesses to deficits until none is found; the next
/// phase starts again. Each phase moves at least one unit and the rounds add few cells, so it ends quickly.
/// </para>
/// <para>
/// Rounds 2+ of a large capacitated grid add 30–600 cells to a network of 25,000 nodes; an OR-Tools re-solve
/// restarts its cost-scaling phases from scratch (1–2.5 s), this repair touches the few nodes near the added arcs.
/// Unlike one OR-Tools call, it checks the cancellation token as it goes. <see cref="Verify"/> re-checks the invariant
/// and the node balances over every arc before a result is trusted.
/// </para>
/// </remarks>
internal sealed class WarmFlow
{
    private const int Source = 0;

    private readonly Grid _grid;
    private readonly int _nodes;
    private readonly int _sink;
    private readonly int _supply;
    private readonly long[] _potential;
    private readonly long[] _excess;
    private readonly int _firstPairArc;

    // Arc a and its reverse a ^ 1; residual capacity, cost and head per arc (the tail is the reverse's head).
    private int[] _head;
    private long[] _capacity;
    private long[] _cost;
    private int _arcs;

    // Out-arcs by tail (CSR), rebuilt when arcs are added. A repair works on copies in this order (head, cost,
    // residual capacity, position of the reverse): the searches then read each node's arcs contiguously. An arc's
    // position is found again by replaying the placement (arcs in order, each node's slots in turn), not stored.
    private readonly int[] _start;
    private int[] _outHead = [];
    private long[] _outCost = [];
    private long[] _outCapacity = [];
    private int[] _outReverse = [];

    // Dijkstra and depth-first search state, reused across phases (stamps avoid clearing arrays).
    private readonly long[] _distance;
    private readonly int[] _settled;
    private readonly int[] _dead;
    private readonly int[] _onPath;
    private readonly int[] _current;
    private readonly int[] _pointerStamp;
    private readonly NodeHeap _heap;
    private readonly List<int> _settledNodes = [];
    private int _stamp;

    /// <summary>
    /// Starts from an optimal flow of the candidate network (its first <paramref name="count"/> pair arcs; all of
    /// them when null) and potentials that certify it, with room for <paramref name="room"/> more pair arcs. The arrays
    /// of <paramref name="reuse"/> (an earlier flow of the same grid, which must not be used again) are taken over
    /// where they are large enough.
    /// </summary>
    public WarmFlow(
        Grid grid, int[] pairRows, int[] pairColumns, long[] pairCosts, bool[] pairFlows, long[] rowFlows, long[] columnFlows,
        long bypassFlow, int supply, long[] potentials, int? count = null, WarmFlow? reuse = null, int room = 0)
    {
        var pairs = count ?? pairRows.Length;
        _grid = grid;
        _nodes = grid.Rows + grid.Columns + 2;
        _sink = _nodes - 1;
        _supply = supply;
        reuse = reuse?._nodes == _nodes ? reuse : null;
        _potential = reuse?._potential ?? new long[_nodes];
        Array.Copy(potentials, _potential, _nodes);
        _excess = reuse?._excess ?? new long[_nodes];
        Array.Clear(_excess);
        var capacity = 2 * (grid.Rows + grid.Columns + 1 + pairs + room); // growing later copies every array
        var fits = reuse is not null && reuse._head.Length >= capacity;
        _head = fits ? reuse!._head : new int[capacity];
        _capacity = fits ? reuse!._capacity : new long[capacity];
        _cost = fits ? reuse!._cost : new long[capacity];
        if (reuse is not null && reuse._outHead.Length >= capacity)
        {
            (_outHead, _outCost, _outCapacity, _outReverse) = (reuse._outHead, reuse._outCost, reuse._outCapacity, reuse._outReverse);
        }
        for (var r = 0; r < grid.Rows; r++)
        {
            AddArc(Source, CandidateNetwork.RowNode(r), Math.Max(0, grid.RowCapacity[r]), rowFlows[r], 0);
        }

        for (var c = 0; c < grid.Columns; c++)
        {
            AddArc(CandidateNetwork.ColumnNode(grid, c), _sink, Math.Max(0, grid.ColumnCapacity[c]), columnFlows[c], 0);
        }

        AddArc(Source, _sink, supply, bypassFlow, 0);
        _firstPairArc = _arcs;
        for (var a = 0; a < pairs; a++)
        {
            AddArc(CandidateNetwork.RowNode(pairRows[a]), CandidateNetwork.ColumnNode(grid, pairColumns[a]), 1, pairFlows[a] ? 1 : 0, pairCosts[a]);
        }

        if (reuse is null)
        {
            _distance = new long[_nodes];
            _settled = new int[_nodes];
            _dead = new int[_nodes];
            _onPath = new int[_nodes];
            _current = new int[_nodes];
            _pointerStamp = new int[_nodes];
            _heap = new NodeHeap(_distance);
            _start = new int[_nodes + 1];
        }
        else
        {
            // Stamps restart from the old flow's: its marks in these arrays are all older than the next phase's.
            (_distance, _settled, _dead, _onPath) = (reuse._distance, reuse._settled, reuse._dead, reuse._onPath);
            (_current, _pointerStamp, _heap, _start, _stamp) = (reuse._current, reuse._pointerStamp, reuse._heap, reuse._start, reuse._stamp);
        }

        Index();
    }

    /// <summary>The node potentials: every residual arc has a non-negative reduced cost under them.</summary>
    public long[] Potentials => _potential;

    /// <summary>Phases run by all repairs so far (diagnostics and tests).</summary>
    public int Phases { get; private set; }

    /// <summary>
    /// Adds row → column arcs (capacity 1, the cell's pair cost) and restores an optimal flow with potentials that
    /// certify it, on the candidate network grown by these arcs.
    /// </summary>
    public void AddAndRepair(IEnumerable<(int Row, int Column, long Cost)> cells, CancellationToken cancellationToken)
    {
        var excessNodes = new List<int>();
        foreach (var (row, column, cost) in cells)
        {
            var tail = CandidateNetwork.RowNode(row);
            var head = CandidateNetwork.ColumnNode(_grid, column);
            var saturate = cost + _potential[tail] - _potential[head] < 0;
            AddArc(tail, head, 1, saturate ? 1 : 0, cost);
            if (saturate)
            {
                _excess[tail]--;
                if (_excess[head]++ == 0)
                {
                    excessNodes.Add(head);
                }
            }
        }

        Index();
        while (excessNodes.Count > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Phases++;
            ShortestPathPhase(excessNodes);
            Augment(excessNodes, cancellationToken);
            excessNodes.RemoveAll(v => _excess[v] == 0);
        }

        StoreCapacities();
    }

    /// <summary>The pairs the flow makes.</summary>
    public IReadOnlyList<SolvedPair> Pairs()
    {
        var pairs = new List<SolvedPair>();
        for (var a = _firstPairArc; a < _arcs; a += 2)
        {
            if (_capacity[a] == 0)
            {
                pairs.Add(new SolvedPair(RowOf(_head[a + 1]), ColumnOf(_head[a])));
            }
        }

        return pairs;
    }

    /// <summary>
    /// The residual network of this flow, for the settle search over the full grid, built in the arrays of
    /// <paramref name="reuse"/> (which must not be used again) where they are large enough.
    /// </summary>
    public ResidualPotentials Residual(ResidualPotentials? reuse = null)
    {
        var residual = new ResidualPotentials(_nodes, reuse);
        for (var a = 0; a < _arcs; a++)
        {
            if (_capacity[a] > 0)
            {
                residual.Count(_head[a ^ 1]);
            }
        }

        residual.EndCounts();
        for (var a = 0; a < _arcs; a++)
        {
            if (_capacity[a] > 0)
            {
                residual.Place(_head[a ^ 1], _head[a], _cost[a]);
            }
        }

        return residual;
    }

    /// <summary>
    /// Checks the certificate the pricing relies on over every arc: no excess left, the source and sink balanced at the
    /// supply, capacities respected, and no residual arc with a negative reduced cost. Throws if the repair broke it.
    /// </summary>
    public void Verify()
    {
        var balance = new long[_nodes];
        for (var a = 0; a < _arcs; a += 2)
        {
            var flow = _capacity[a + 1];
            if (flow < 0 || _capacity[a] < 0)
            {
                throw new InvalidOperationException("The repaired flow breaks an arc's capacity.");
            }

            balance[_head[a + 1]] -= flow;
            balance[_head[a]] += flow;
        }

        for (var v = 0; v < _nodes; v++)
        {
            var expected = v == Source ? -_supply : v == _sink ? _supply : 0;
            if (balance[v] != expected || _excess[v] != 0)
            {
                throw new InvalidOperationException("The repaired flow does not balance at every node.");
            }
        }

        for (var a = 0; a < _arcs; a++)
        {
            if (_capacity[a] > 0 && Reduced(a) < 0)
            {
                throw new InvalidOperationException("The repaired flow leaves a residual arc with a negative reduced cost.");
            }
        }
    }

    private static int RowOf(int node) => node - CandidateNetwork.RowNode(0);

    private int ColumnOf(int node) => node - CandidateNetwork.ColumnNode(_grid, 0);

    private long Reduced(int arc) => _cost[arc] + _potential[_head[arc ^ 1]] - _potential[_head[arc]];

    private void AddArc(int tail, int head, long capacity, long flow, long cost)
    {
        if (_arcs + 2 > _head.Length)
        {
            var grown = Math.Max(16, _head.Length + (_head.Length / 4)); // rounds add few arcs: grow by a quarter
            Array.Resize(ref _head, grown);
            Array.Resize(ref _capacity, grown);
            Array.Resize(ref _cost, grown);
        }

        _head[_arcs] = head;
        _capacity[_arcs] = capacity - flow;
        _cost[_arcs++] = cost;
        _head[_arcs] = tail;
        _capacity[_arcs] = flow;
        _cost[_arcs++] = -cost;
    }

    private void Index()
    {
        // Buffers are reused while the arcs fit: a new set each round would pile up in the large-object heap.
        if (_outHead.Length < _arcs)
        {
            var size = _head.Length;
            (_outHead, _outReverse) = (new int[size], new int[size]);
            (_outCost, _outCapacity) = (null!, null!); // the old ones may go before the new ones are allocated
            (_outCost, _outCapacity) = (new long[size], new long[size]);
        }

        Array.Clear(_start);
        for (var a = 0; a < _arcs; a++)
        {
            _start[_head[a ^ 1] + 1]++;
        }

        for (var v = 0; v < _nodes; v++)
        {
            _start[v + 1] += _start[v];
        }

        var fill = _current; // free between repairs
        Array.Copy(_start, fill, _nodes);
        for (var a = 0; a < _arcs; a += 2)
        {
            var k = fill[_head[a + 1]]++;
            var reverse = fill[_head[a]]++;
            Place(k, a, reverse);
            Place(reverse, a + 1, k);
        }

        Array.Clear(_pointerStamp); // the pointers in _current were overwritten: no phase may reuse them
    }

    private void Place(int k, int arc, int reverse)
    {
        _outHead[k] = _head[arc];
        _outCost[k] = _cost[arc];
        _outCapacity[k] = _capacity[arc];
        _outReverse[k] = reverse;
    }

    /// <summary>Copies the repair's residual capacities back to the arcs, at the positions <see cref="Index"/> gave them.</summary>
    private void StoreCapacities()
    {
        var fill = _current;
        Array.Copy(_start, fill, _nodes);
        for (var a = 0; a < _arcs; a += 2)
        {
            _capacity[a] = _outCapacity[fill[_head[a + 1]]++];
            _capacity[a + 1] = _outCapacity[fill[_head[a]]++];
        }

        Array.Clear(_pointerStamp); // as in Index
    }

    /// <summary>
    /// Dijkstra on reduced costs from every excess node until the first deficit node (distance D), then lowers the
    /// potential of each settled node by D minus its distance: shortest paths to that deficit become zero-cost.
    /// </summary>
    private void ShortestPathPhase(List<int> excessNodes)
    {
        var stamp = ++_stamp;
        var heap = _heap;
        var settled = _settledNodes;
        heap.Clear();
        settled.Clear();
        long units = 0;
        foreach (var v in excessNodes)
        {
            units += _excess[v];
            Label(v, 0, stamp, heap);
        }

        long target = -1;
        while (heap.Count > 0)
        {
            var v = heap.Pop();
            var d = _distance[v];
            _settled[v] = stamp;
            settled.Add(v);
            target = d;
            if (_excess[v] < 0)
            {
                units += _excess[v];
                if (units <= 0)
                {
                    break; // deficits enough for every excess unit are settled
                }
            }

            var tail = _potential[v];
            for (var k = _start[v]; k < _start[v + 1]; k++)
            {
                var w = _outHead[k];
                if (_outCapacity[k] <= 0 || _settled[w] == stamp)
                {
                    continue;
                }

                var reduced = _outCost[k] + tail - _potential[w];
                if (reduced < 0)
                {
                    throw new InvalidOperationException("The flow repair met a residual arc with a negative reduced cost.");
                }

                Label(w, d + reduced, stamp, heap);
            }
        }

        if (settled.TrueForAll(v => _excess[v] >= 0))
        {
            throw new InvalidOperationException("The flow repair found an excess that no deficit can take; the bypass arc makes that impossible.");
        }

        foreach (var v in settled)
        {
            _potential[v] += _distance[v] - target;
        }
    }

    private void Label(int v, long distance, int stamp, NodeHeap heap)
    {
        if (_settled[v] != -stamp)
        {
            _settled[v] = -stamp; // reached in this phase, not settled yet
            _distance[v] = distance;
            heap.Push(v);
        }
        else if (distance < _distance[v])
        {
            _distance[v] = distance;
            heap.Decreased(v);
        }
    }

    /// <summary>Pushes units along zero-reduced-cost residual paths from excess nodes to deficit nodes until none is left.</summary>
    private void Augment(List<int> excessNodes, CancellationToken cancellationToken)
    {
        var stamp = _stamp;
        var path = new List<int>();
        var pushes = 0;
        foreach (var source in excessNodes)
        {
            while (_excess[source] > 0 && _dead[source] != stamp && FindPath(source, stamp, path))
            {
                if (++pushes % 1024 == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                foreach (var k in path)
                {
                    _outCapacity[k]--;
                    _outCapacity[_outReverse[k]]++;
                }

                _excess[source]--;
                _excess[_outHead[path[^1]]]++;
            }
        }
    }

    /// <summary>
    /// A depth-first search over residual arcs of zero reduced cost from <paramref name="source"/> to a deficit node.
    /// Nodes it leaves without finding one are dead for the rest of the phase; each node's arc pointer only moves on.
    /// </summary>
    private bool FindPath(int source, int stamp, List<int> path)
    {
        path.Clear();
        var nodes = new Stack<int>();
        nodes.Push(source);
        _onPath[source] = stamp;
        while (nodes.Count > 0)
        {
            var v = nodes.Peek();
            if (_excess[v] < 0)
            {
                foreach (var node in nodes)
                {
                    _onPath[node] = 0;
                }

                return true;
            }

            var advanced = false;
            for (; Pointer(v, stamp) < _start[v + 1]; _current[v]++)
            {
                var k = _current[v];
                var w = _outHead[k];
                if (_outCapacity[k] > 0 && _dead[w] != stamp && _onPath[w] != stamp && _outCost[k] + _potential[v] - _potential[w] == 0)
                {
                    path.Add(k);
                    nodes.Push(w);
                    _onPath[w] = stamp;
                    advanced = true;
                    break;
                }
            }

            if (!advanced)
            {
                _dead[v] = stamp;
                _onPath[v] = 0;
                nodes.Pop();
                if (path.Count > 0)
                {
                    path.RemoveAt(path.Count - 1);
                    _current[nodes.Peek()]++;
                }
            }
        }

        return false;
    }

    /// <summary>The node's arc pointer, reset to its first arc the first time a phase asks.</summary>
    private int Pointer(int v, int stamp)
    {
        if (_pointerStamp[v] != stamp)
        {
            _pointerStamp[v] = stamp;
            _current[v] = _start[v];
        }

        return _current[v];
    }
}
