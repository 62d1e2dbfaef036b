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
/// positive). Each phase runs Dijkstra on reduced costs from the excess nodes until the deficits it settled can take
/// every excess unit, the last at distance D; nodes it settled at distance d get <c>p += d − D</c> (a shift of every
/// potential by the capped distance, minus the constant D), which keeps the invariant and makes every shortest path
/// zero-cost. Depth-first searches over the settled nodes then push units along zero-reduced-cost arcs from excesses
/// to deficits until none is found; the next phase starts again. Once a phase from all excess nodes at once moves
/// few units for the nodes it settled (<see cref="SettledPerUnit"/>), the phases search from one excess node at a
/// time, stop at its own nearest deficits and push along their shortest-path tree. Each phase moves at least one
/// unit, so it ends.
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
    /// <summary>
    /// Searches from all excess nodes at once go on while each settles at most this many nodes per unit it moves.
    /// Capacitated 20,000 x 5,000: the first ~45 move 18–3,000 units for about 20,000 nodes settled, the ~150 after
    /// them would move 1–5 each. Arcs scanned over a whole run: any value from 32 to 1,024 scans within 5% of the
    /// others there, 256 scans 10% fewer than 1,024 on realistic 1:1 4,000, and never searching one node at a time
    /// scans 50% more (capacitated) and 35% more (1:1).
    /// </summary>
    internal const int SettledPerUnit = 256;

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
    private readonly int[] _parent;
    private readonly int[] _onPath;
    private readonly int[] _current;
    private readonly int[] _pointerStamp;
    private readonly NodeHeap _heap;
    private readonly List<int> _settledNodes = [];
    private readonly Stack<int> _pathNodes = new();
    private int _stamp;
    private int _settledPerUnit = SettledPerUnit;

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
            _parent = new int[_nodes];
            _onPath = new int[_nodes];
            _current = new int[_nodes];
            _pointerStamp = new int[_nodes];
            _heap = new NodeHeap(_nodes);
            _start = new int[_nodes + 1];
            _shift = new int[_nodes];
        }
        else
        {
            // Stamps go on from the old flow's: its marks in these arrays are all older than the next phase's.
            (_potential, _excess, _distance, _settled, _dead) = (reuse._potential, reuse._excess, reuse._distance, reuse._settled, reuse._dead);
            (_onPath, _current, _pointerStamp, _heap, _start, _shift) = (reuse._onPath, reuse._current, reuse._pointerStamp, reuse._heap, reuse._start, reuse._shift);
            _parent = reuse._parent;
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
    /// Solves the candidate network from scratch, without OR-Tools, into a flow that later rounds repair. Potentials:
    /// 0 at the source and sink, minus its price at each column, and at each row the most any of its arcs gains (at
    /// least 0). A row whose potential is above 0 starts with its whole capacity pushed in from the source (an excess at
    /// the row), and a column with a price with its whole capacity pushed out to the sink (a deficit at the column); the
    /// other rows and columns start empty, their source and sink arcs then cost 0 (reduced), and the source and sink
    /// keep the difference to the supply (the bypass starts empty). Every residual arc has a non-negative reduced cost,
    /// whatever the prices; the shortest-path phases then route the excesses to the deficits, exactly as a repair
    /// routes the excess of added arcs, and end with an optimal flow and potentials that certify it. Starting the
    /// unpriced columns empty keeps a capacitated grid's spare seats (20,000 mentors for 10,000 pairs) from becoming
    /// one large excess at the sink that every phase would have to search from. Checks the token as it goes.
    /// The arrays of <paramref name="reuse"/> (an earlier flow of the same grid, which must not be used again) are
    /// taken over where they are large enough; <paramref name="room"/> is kept for the arcs of later rounds;
    /// <paramref name="settledPerUnit"/> is <see cref="SettledPerUnit"/> but for tests (0: one node at a time after
    /// the first phase).
    /// </summary>
    public static WarmFlow Solve(
        Grid grid, CandidateArcs candidates, CostScaling scaling, int supply, long[] columnPrices, WarmFlow? reuse, int room, CancellationToken cancellationToken,
        int settledPerUnit = SettledPerUnit)
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

        candidates.CopyTo(grid, scaling, pairRows, pairColumns, pairCosts);
        for (var a = 0; a < count; a++)
        {
            var row = CandidateNetwork.RowNode(pairRows[a]);
            var column = CandidateNetwork.ColumnNode(grid, pairColumns[a]);
            potentials[row] = Math.Max(potentials[row], potentials[column] - pairCosts[a]); // cost + p(row) - p(column) >= 0
        }

        // A row worth more than its bypass (potential above 0) starts saturated from the source, and a column with a
        // price starts saturated into the sink; the rest start empty, whose forward arcs then cost 0 (reduced).
        var rowFlows = new long[grid.Rows];
        var columnFlows = new long[grid.Columns];
        long rowsTotal = 0, columnsTotal = 0;
        for (var r = 0; r < grid.Rows; r++)
        {
            rowFlows[r] = potentials[CandidateNetwork.RowNode(r)] > 0 ? Math.Max(0, grid.RowCapacity[r]) : 0;
            rowsTotal += rowFlows[r];
        }

        for (var c = 0; c < grid.Columns; c++)
        {
            columnFlows[c] = potentials[CandidateNetwork.ColumnNode(grid, c)] < 0 ? Math.Max(0, grid.ColumnCapacity[c]) : 0;
            columnsTotal += columnFlows[c];
        }

        var flow = new WarmFlow(grid, pairRows, pairColumns, pairCosts, new bool[count], rowFlows, columnFlows, 0, supply, potentials, count, reuse, room)
        {
            _settledPerUnit = settledPerUnit, // its repairs too
        };
        var excessNodes = new List<int>();
        flow._excess[Source] = supply - rowsTotal;
        if (supply > rowsTotal)
        {
            excessNodes.Add(Source);
        }

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

    /// <summary>Of those, the searches from a single excess node (tests: the path ran).</summary>
    public int SingleSearches { get; private set; }

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
        // All excess nodes at once while a phase moves many units for its search; once a phase moves too few (the
        // remaining excess is far from the remaining deficits, and most of the network lies closer to some other
        // excess node than the first deficit does), one node at a time, each search stopping at its own nearest
        // deficits: far fewer nodes settled per unit moved.
        var one = new List<int>(1);
        var together = true;
        while (excessNodes.Count > 0)
        {
            if (together)
            {
                cancellationToken.ThrowIfCancellationRequested();
                long before = 0;
                foreach (var v in excessNodes)
                {
                    before += _excess[v];
                }

                Phases++;
                ShortestPathPhase(excessNodes);
                Augment(excessNodes, cancellationToken);
                long after = 0;
                foreach (var v in excessNodes)
                {
                    after += _excess[v];
                }

                together = (before - after) * _settledPerUnit >= _settledNodes.Count;
            }
            else
            {
                foreach (var node in excessNodes)
                {
                    one.Clear();
                    one.Add(node);
                    while (_excess[node] > 0)
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                        Phases++;
                        SingleSearches++;
                        ShortestPathPhase(one);
                        PushAlongTree(node);
                    }
                }
            }

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
    /// Dijkstra on reduced costs from the given excess nodes until the settled deficits can take all their units (the
    /// last at distance D), then lowers the potential of each settled node by D minus its distance: shortest paths to
    /// those deficits become zero-cost. Records each node's tree arc (<see cref="PushAlongTree"/>).
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
            if (_settled[v] != -stamp) // each excess node once, at distance 0: the loop below labels the rest
            {
                _settled[v] = -stamp;
                _distance[v] = 0;
                heap.Push(v, 0);
            }
        }

        long target = -1;
        var (start, heads, costs, capacities) = (_start, _outHead, _outCost, _outCapacity);
        var (potential, distance, marks, excess, parent) = (_potential, _distance, _settled, _excess, _parent);
        while (heap.Count > 0)
        {
            var v = heap.Pop();
            var d = distance[v];
            marks[v] = stamp;
            settled.Add(v);
            target = d;
            if (excess[v] < 0)
            {
                units += excess[v];
                if (units <= 0)
                {
                    break; // deficits enough for every excess unit are settled
                }
            }

            var tail = potential[v];
            var end = start[v + 1];
            for (var k = start[v]; k < end; k++)
            {
                if (capacities[k] <= 0)
                {
                    continue;
                }

                var w = heads[k];
                var mark = marks[w];
                if (mark == stamp)
                {
                    continue;
                }

                var reduced = costs[k] + tail - potential[w];
                if (reduced < 0)
                {
                    throw new InvalidOperationException("The flow repair met a residual arc with a negative reduced cost.");
                }

                var label = d + reduced;
                if (mark != -stamp)
                {
                    marks[w] = -stamp; // reached in this phase, not settled yet
                    distance[w] = label;
                    parent[w] = k;
                    heap.Push(w, label);
                }
                else if (label < distance[w])
                {
                    distance[w] = label;
                    parent[w] = k;
                    heap.Decrease(w, label);
                }
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

    /// <summary>
    /// After a search from <paramref name="source"/> alone: pushes its units along the search's shortest-path tree to
    /// the deficits it settled, nearest first (tree arcs have zero reduced cost once the potentials moved).
    /// </summary>
    private void PushAlongTree(int source)
    {
        foreach (var t in _settledNodes)
        {
            if (_excess[source] == 0)
            {
                return;
            }

            if (_excess[t] >= 0)
            {
                continue;
            }

            var units = Math.Min(_excess[source], -_excess[t]);
            for (var v = t; v != source; v = _outHead[_outReverse[_parent[v]]])
            {
                units = Math.Min(units, _outCapacity[_parent[v]]);
            }

            for (var v = t; v != source; v = _outHead[_outReverse[_parent[v]]])
            {
                _outCapacity[_parent[v]] -= units;
                _outCapacity[_outReverse[_parent[v]]] += units;
            }

            _excess[source] -= units;
            _excess[t] += units;
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
    /// A depth-first search over residual arcs of zero reduced cost from <paramref name="source"/> to a deficit node,
    /// through nodes the phase settled (every shortest path to a settled deficit stays among them).
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
                if (_outCapacity[k] > 0 && _settled[w] == stamp && _dead[w] != stamp && _onPath[w] != stamp && _outCost[k] + _potential[v] - _potential[w] == 0)
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
