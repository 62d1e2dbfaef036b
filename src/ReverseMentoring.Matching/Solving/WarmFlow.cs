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

    // The arcs and their reverses, by tail (CSR): head, cost, residual capacity, position of the reverse; the searches
    // read each node's arcs contiguously. A forward arc goes from a lower node to a higher one (source, rows, columns,
    // sink), its reverse the other way, and carries the forward arc's flow as its residual capacity. Each node's arcs
    // are in the order they were added; added arcs are inserted in place (the arrays have room to spare).
    private readonly int[] _start;
    private readonly int[] _shift;
    private int[] _outHead = [];
    private long[] _outCost = [];
    private long[] _outCapacity = [];
    private int[] _outReverse = [];
    private int _arcs;

    // Dijkstra and depth-first search state, reused across phases (stamps avoid clearing arrays).
    private readonly long[] _distance;
    private readonly int[] _settled;
    private readonly int[] _dead;
    private readonly int[] _onPath;
    private readonly int[] _current;
    private readonly int[] _pointerStamp;
    private readonly NodeHeap _heap;
    private readonly List<int> _settledNodes = [];
    private readonly Stack<int> _pathNodes = new();
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
        if (reuse is null)
        {
            _potential = new long[_nodes];
            _excess = new long[_nodes];
            _distance = new long[_nodes];
            _settled = new int[_nodes];
            _dead = new int[_nodes];
            _onPath = new int[_nodes];
            _current = new int[_nodes];
            _pointerStamp = new int[_nodes];
            _heap = new NodeHeap(_distance);
            _start = new int[_nodes + 1];
            _shift = new int[_nodes];
        }
        else
        {
            // Stamps go on from the old flow's: its marks in these arrays are all older than the next phase's.
            (_potential, _excess, _distance, _settled, _dead) = (reuse._potential, reuse._excess, reuse._distance, reuse._settled, reuse._dead);
            (_onPath, _current, _pointerStamp, _heap, _start, _shift) = (reuse._onPath, reuse._current, reuse._pointerStamp, reuse._heap, reuse._start, reuse._shift);
            _stamp = reuse._stamp;
        }

        Array.Copy(potentials, _potential, _nodes);
        Array.Clear(_excess);
        var size = 2 * (grid.Rows + grid.Columns + 1 + pairs + room); // growing later copies every array
        if (reuse is not null && reuse._outHead.Length >= size)
        {
            (_outHead, _outCost, _outCapacity, _outReverse) = (reuse._outHead, reuse._outCost, reuse._outCapacity, reuse._outReverse);
        }
        else
        {
            (_outHead, _outCost, _outCapacity, _outReverse) = (new int[size], new long[size], new long[size], new int[size]);
        }

        // Twice over the same arcs in the same order: count them by tail, then place them.
        for (var place = false; ; place = true)
        {
            var fill = _current; // free between repairs
            if (place)
            {
                for (var v = 0; v < _nodes; v++)
                {
                    _start[v + 1] += _start[v];
                }

                Array.Copy(_start, fill, _nodes);
            }
            else
            {
                Array.Clear(_start);
            }

            void Arc(int tail, int head, long capacity, long flow, long cost)
            {
                if (place)
                {
                    Place(fill[tail]++, fill[head]++, tail, head, capacity - flow, flow, cost);
                }
                else
                {
                    _start[tail + 1]++;
                    _start[head + 1]++;
                }
            }

            for (var r = 0; r < grid.Rows; r++)
            {
                Arc(Source, CandidateNetwork.RowNode(r), Math.Max(0, grid.RowCapacity[r]), rowFlows[r], 0);
            }

            for (var c = 0; c < grid.Columns; c++)
            {
                Arc(CandidateNetwork.ColumnNode(grid, c), _sink, Math.Max(0, grid.ColumnCapacity[c]), columnFlows[c], 0);
            }

            Arc(Source, _sink, supply, bypassFlow, 0);
            for (var a = 0; a < pairs; a++)
            {
                Arc(CandidateNetwork.RowNode(pairRows[a]), CandidateNetwork.ColumnNode(grid, pairColumns[a]), 1, pairFlows[a] ? 1 : 0, pairCosts[a]);
            }

            if (place)
            {
                break;
            }
        }

        _arcs = _start[_nodes];
        Array.Clear(_pointerStamp); // the pointers in _current were overwritten: no phase may reuse them
    }

    /// <summary>
    /// Solves the candidate network from scratch, without OR-Tools, into a flow that later rounds repair: every row
    /// starts with its whole capacity pushed in from the source (an excess at the row, a deficit at the source) and the
    /// bypass carrying the supply; under potentials 0 at the source, sink and columns and, at each row, the most any of
    /// its arcs gains (at least 0), every residual arc has a non-negative reduced cost. The shortest-path phases then
    /// route each row's units to columns or back to the source (a row left unpaired), exactly as a repair routes the
    /// excess of added arcs, and end with an optimal flow and potentials that certify it. Checks the token as it goes.
    /// The arrays of <paramref name="reuse"/> (an earlier flow of the same grid, which must not be used again) are
    /// taken over where they are large enough; <paramref name="room"/> is kept for the arcs of later rounds.
    /// </summary>
    public static WarmFlow Solve(
        Grid grid, CandidateArcs candidates, CostScaling scaling, int supply, long[] columnPrices, WarmFlow? reuse, int room, CancellationToken cancellationToken)
    {
        var count = candidates.Count;
        var pairRows = new int[count];
        var pairColumns = new int[count];
        var pairCosts = new long[count];
        var potentials = new long[grid.Rows + grid.Columns + 2];
        for (var c = 0; c < grid.Columns; c++)
        {
            potentials[CandidateNetwork.ColumnNode(grid, c)] = -Math.Max(0, columnPrices[c]);
        }

        var k = 0;
        for (var r = 0; r < grid.Rows; r++)
        {
            var row = CandidateNetwork.RowNode(r);
            foreach (var c in candidates.ColumnsOf(r))
            {
                var cost = scaling.PairCost(grid.Score(r, c));
                (pairRows[k], pairColumns[k], pairCosts[k++]) = (r, c, cost);
                potentials[row] = Math.Max(potentials[row], potentials[CandidateNetwork.ColumnNode(grid, c)] - cost); // cost + p(row) - p(column) >= 0
            }
        }

        var rowFlows = new long[grid.Rows];
        var columnFlows = new long[grid.Columns];
        long rowsTotal = 0, columnsTotal = 0;
        for (var r = 0; r < grid.Rows; r++)
        {
            rowFlows[r] = Math.Max(0, grid.RowCapacity[r]);
            rowsTotal += rowFlows[r];
        }

        for (var c = 0; c < grid.Columns; c++)
        {
            columnFlows[c] = Math.Max(0, grid.ColumnCapacity[c]);
            columnsTotal += columnFlows[c];
        }

        var flow = new WarmFlow(grid, pairRows, pairColumns, pairCosts, new bool[count], rowFlows, columnFlows, 0, supply, potentials, count, reuse, room);
        var excessNodes = new List<int>();
        for (var r = 0; r < grid.Rows; r++)
        {
            flow._excess[CandidateNetwork.RowNode(r)] = rowFlows[r];
            if (rowFlows[r] > 0)
            {
                excessNodes.Add(CandidateNetwork.RowNode(r));
            }
        }

        for (var c = 0; c < grid.Columns; c++)
        {
            flow._excess[CandidateNetwork.ColumnNode(grid, c)] = -columnFlows[c];
        }

        flow._excess[Source] = supply - rowsTotal;
        flow._excess[flow._sink] = columnsTotal - supply;
        if (columnsTotal > supply)
        {
            excessNodes.Add(flow._sink);
        }

        flow.Route(excessNodes, cancellationToken);
        return flow;
    }

    /// <summary>
    /// What each column's seats are worth under these potentials, relative to the sink (at least 0): the column prices
    /// that a solve of a grown network starts from (<see cref="Solve"/>).
    /// </summary>
    public long[] ColumnPrices()
    {
        var prices = new long[_grid.Columns];
        for (var c = 0; c < prices.Length; c++)
        {
            prices[c] = Math.Max(0, _potential[_sink] - _potential[CandidateNetwork.ColumnNode(_grid, c)]);
        }

        return prices;
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
        Insert(cells.ToList(), excessNodes);
        Route(excessNodes, cancellationToken);
    }

    /// <summary>Successive shortest-path phases until no node has excess left.</summary>
    private void Route(List<int> excessNodes, CancellationToken cancellationToken)
    {
        while (excessNodes.Count > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Phases++;
            ShortestPathPhase(excessNodes);
            Augment(excessNodes, cancellationToken);
            excessNodes.RemoveAll(v => _excess[v] == 0);
        }
    }

    /// <summary>The pairs the flow makes.</summary>
    public IReadOnlyList<SolvedPair> Pairs()
    {
        var pairs = new List<SolvedPair>();
        var firstColumn = CandidateNetwork.ColumnNode(_grid, 0);
        for (var r = 0; r < _grid.Rows; r++)
        {
            var v = CandidateNetwork.RowNode(r);
            for (var k = _start[v]; k < _start[v + 1]; k++)
            {
                if (_outHead[k] >= firstColumn && _outCapacity[k] == 0)
                {
                    pairs.Add(new SolvedPair(r, _outHead[k] - firstColumn)); // a row's arcs to columns are its pair arcs
                }
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
        for (var v = 0; v < _nodes; v++)
        {
            for (var k = _start[v]; k < _start[v + 1]; k++)
            {
                if (_outCapacity[k] > 0)
                {
                    residual.Count(v);
                }
            }
        }

        residual.EndCounts();
        for (var v = 0; v < _nodes; v++)
        {
            for (var k = _start[v]; k < _start[v + 1]; k++)
            {
                if (_outCapacity[k] > 0)
                {
                    residual.Place(v, _outHead[k], _outCost[k]);
                }
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
        for (var v = 0; v < _nodes; v++)
        {
            for (var k = _start[v]; k < _start[v + 1]; k++)
            {
                var w = _outHead[k];
                if (_outCapacity[k] < 0)
                {
                    throw new InvalidOperationException("The repaired flow breaks an arc's capacity.");
                }

                if (v < w)
                {
                    var flow = _outCapacity[_outReverse[k]];
                    balance[v] -= flow;
                    balance[w] += flow;
                }

                if (_outCapacity[k] > 0 && _outCost[k] + _potential[v] - _potential[w] < 0)
                {
                    throw new InvalidOperationException("The repaired flow leaves a residual arc with a negative reduced cost.");
                }
            }
        }

        for (var v = 0; v < _nodes; v++)
        {
            var expected = v == Source ? -_supply : v == _sink ? _supply : 0;
            if (balance[v] != expected || _excess[v] != 0)
            {
                throw new InvalidOperationException("The repaired flow does not balance at every node.");
            }
        }
    }

    private void Place(int k, int reverse, int tail, int head, long capacity, long flow, long cost)
    {
        (_outHead[k], _outCost[k], _outCapacity[k], _outReverse[k]) = (head, cost, capacity, reverse);
        (_outHead[reverse], _outCost[reverse], _outCapacity[reverse], _outReverse[reverse]) = (tail, -cost, flow, k);
    }

    /// <summary>
    /// Inserts row → column arcs after each node's arcs, in place: the nodes' ranges move up by the arcs inserted
    /// before them (last node first, so nothing is overwritten before it moved). An added arc whose reduced cost is
    /// negative is saturated (an optimal flow must use it): one unit of excess at its column, of deficit at its row.
    /// </summary>
    private void Insert(List<(int Row, int Column, long Cost)> cells, List<int> excessNodes)
    {
        var added = _current; // free between repairs
        Array.Clear(added);
        foreach (var (row, column, _) in cells)
        {
            added[CandidateNetwork.RowNode(row)]++;
            added[CandidateNetwork.ColumnNode(_grid, column)]++;
        }

        var arcs = _arcs + (2 * cells.Count);
        if (_outHead.Length < arcs)
        {
            var grown = Math.Max(arcs, _outHead.Length + (_outHead.Length / 4)); // rounds add few arcs: a quarter more
            Array.Resize(ref _outHead, grown);
            Array.Resize(ref _outCost, grown);
            Array.Resize(ref _outCapacity, grown);
            Array.Resize(ref _outReverse, grown);
        }

        for (int v = 0, shift = 0; v < _nodes; v++)
        {
            _shift[v] = shift;
            shift += added[v];
        }

        for (var k = 0; k < _arcs; k++)
        {
            _outReverse[k] += _shift[_outHead[k]]; // the reverse's tail is this arc's head
        }

        for (var v = _nodes - 1; v >= 0; v--)
        {
            Array.Copy(_outHead, _start[v], _outHead, _start[v] + _shift[v], _start[v + 1] - _start[v]);
            Array.Copy(_outCost, _start[v], _outCost, _start[v] + _shift[v], _start[v + 1] - _start[v]);
            Array.Copy(_outCapacity, _start[v], _outCapacity, _start[v] + _shift[v], _start[v + 1] - _start[v]);
            Array.Copy(_outReverse, _start[v], _outReverse, _start[v] + _shift[v], _start[v + 1] - _start[v]);
        }

        var fill = added;
        for (var v = 0; v < _nodes; v++)
        {
            fill[v] = _start[v + 1] + _shift[v]; // after the node's moved arcs
            _start[v] += _shift[v];
        }

        _start[_nodes] = arcs;
        _arcs = arcs;
        foreach (var (row, column, cost) in cells)
        {
            var tail = CandidateNetwork.RowNode(row);
            var head = CandidateNetwork.ColumnNode(_grid, column);
            var saturate = cost + _potential[tail] - _potential[head] < 0;
            Place(fill[tail]++, fill[head]++, tail, head, saturate ? 0 : 1, saturate ? 1 : 0, cost);
            if (saturate)
            {
                _excess[tail]--;
                if (_excess[head]++ == 0)
                {
                    excessNodes.Add(head);
                }
            }
        }

        Array.Clear(_pointerStamp); // the pointers in _current were overwritten: no phase may reuse them
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
        var nodes = _pathNodes; // reused: one search per unit pushed
        nodes.Clear();
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
