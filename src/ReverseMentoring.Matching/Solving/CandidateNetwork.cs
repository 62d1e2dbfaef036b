using Google.OrTools.Graph;

namespace ReverseMentoring.Matching.Solving;

/// <summary>
/// One OR-Tools <c>MinCostFlow</c> solve over candidate arcs, in the network of <see cref="FlowSolver"/>: source →
/// row (its capacity), row → column (1, the pair's cost), column → sink (its capacity), and a bypass source → sink so
/// every supply is feasible. Keeps the flows to price the rest of the grid with <see cref="Residual"/>.
/// </summary>
internal sealed class CandidateNetwork
{
    private readonly Grid _grid;
    private readonly int _count; // the arrays below may be longer (reused from an earlier round): only the first _count are arcs
    private readonly int[] _pairRows;
    private readonly int[] _pairColumns;
    private readonly long[] _pairCosts;
    private readonly bool[] _pairFlows;
    private readonly long[] _rowFlows;
    private readonly long[] _columnFlows;
    private readonly long _bypassFlow;
    private readonly int _supply;

    private CandidateNetwork(
        Grid grid, int count, int[] pairRows, int[] pairColumns, long[] pairCosts, bool[] pairFlows, long[] rowFlows, long[] columnFlows, long bypassFlow, int supply)
    {
        _grid = grid;
        _count = count;
        _pairRows = pairRows;
        _pairColumns = pairColumns;
        _pairCosts = pairCosts;
        _pairFlows = pairFlows;
        _rowFlows = rowFlows;
        _columnFlows = columnFlows;
        _bypassFlow = bypassFlow;
        _supply = supply;
    }

    private static int Source => 0;

    public static int RowNode(int row) => 1 + row;

    public static int ColumnNode(Grid grid, int column) => 1 + grid.Rows + column;

    private static int Sink(Grid grid) => 1 + grid.Rows + grid.Columns;

    /// <summary>
    /// Solves the candidate network; null when OR-Tools reports a bad cost range (the caller retries coarser). The
    /// arrays of <paramref name="reuse"/> (the previous round's network of the same grid, which must not be used again)
    /// are taken over where they are large enough; new ones are at least twice as long, so a solve allocates them about twice.
    /// </summary>
    public static CandidateNetwork? Solve(Grid grid, CandidateArcs candidates, CostScaling scaling, int supply, CandidateNetwork? reuse = null)
    {
        var count = candidates.Count;
        var fits = reuse is not null && reuse._pairRows.Length >= count;
        var size = fits ? reuse!._pairRows.Length : Math.Max(count, (int)Math.Min(Array.MaxLength, 2L * (reuse?._pairRows.Length ?? 0)));
        var pairRows = fits ? reuse!._pairRows : new int[size];
        var pairColumns = fits ? reuse!._pairColumns : new int[size];
        var pairCosts = fits ? reuse!._pairCosts : new long[size];
        candidates.CopyTo(grid, scaling, pairRows, pairColumns, pairCosts);

        using var flow = new MinCostFlow(grid.Rows + grid.Columns + 2, count + grid.Rows + grid.Columns + 1);
        var sink = Sink(grid);
        for (var r = 0; r < grid.Rows; r++)
        {
            flow.AddArcWithCapacityAndUnitCost(Source, RowNode(r), Math.Max(0, grid.RowCapacity[r]), 0);
        }

        for (var c = 0; c < grid.Columns; c++)
        {
            flow.AddArcWithCapacityAndUnitCost(ColumnNode(grid, c), sink, Math.Max(0, grid.ColumnCapacity[c]), 0);
        }

        var bypass = flow.AddArcWithCapacityAndUnitCost(Source, sink, supply, 0);
        var first = -1;
        for (var a = 0; a < count; a++)
        {
            var arc = flow.AddArcWithCapacityAndUnitCost(RowNode(pairRows[a]), ColumnNode(grid, pairColumns[a]), 1, pairCosts[a]);
            first = a == 0 ? arc : first;
        }

        flow.SetNodeSupply(Source, supply);
        flow.SetNodeSupply(sink, -supply);
        var status = flow.Solve();
        if (status == MinCostFlowBase.Status.BAD_COST_RANGE)
        {
            return null;
        }

        if (status != MinCostFlowBase.Status.OPTIMAL)
        {
            throw new InvalidOperationException($"MinCostFlow ended with status {status}; the bypass arc makes every supply feasible.");
        }

        var pairFlows = fits ? reuse!._pairFlows : new bool[size];
        var rowFlows = reuse?._rowFlows ?? new long[grid.Rows];
        var columnFlows = reuse?._columnFlows ?? new long[grid.Columns];
        Array.Clear(rowFlows);
        Array.Clear(columnFlows);
        for (var a = 0; a < count; a++)
        {
            pairFlows[a] = flow.Flow(first + a) > 0;
            if (pairFlows[a])
            {
                rowFlows[pairRows[a]]++;
                columnFlows[pairColumns[a]]++;
            }
        }

        return new CandidateNetwork(grid, count, pairRows, pairColumns, pairCosts, pairFlows, rowFlows, columnFlows, flow.Flow(bypass), supply);
    }

    /// <summary>The pairs the flow makes.</summary>
    public IReadOnlyList<SolvedPair> Pairs()
    {
        var pairs = new List<SolvedPair>();
        for (var a = 0; a < _count; a++)
        {
            if (_pairFlows[a])
            {
                pairs.Add(new SolvedPair(_pairRows[a], _pairColumns[a]));
            }
        }

        return pairs;
    }

    /// <summary>
    /// This flow with potentials that certify it, to be grown and repaired round after round, with room for
    /// <paramref name="room"/> more arcs; built in the arrays of <paramref name="reuse"/> (an earlier flow of the same
    /// grid, which must not be used again) where they are large enough.
    /// </summary>
    public WarmFlow Warm(long[] potentials, WarmFlow? reuse = null, int room = 0) =>
        new(_grid, _pairRows, _pairColumns, _pairCosts, _pairFlows, _rowFlows, _columnFlows, _bypassFlow, _supply, potentials, _count, reuse, room);

    /// <summary>
    /// The residual network of this flow, to compute potentials on, built straight into the arrays of
    /// <paramref name="reuse"/> (the previous round's, which must not be used again) where they are large enough.
    /// </summary>
    public ResidualPotentials Residual(ResidualPotentials? reuse = null)
    {
        var residual = new ResidualPotentials(Sink(_grid) + 1, reuse);
        AddResidualArcs(residual, place: false);
        residual.EndCounts();
        AddResidualArcs(residual, place: true);
        return residual;
    }

    // Called twice with the same arcs in the same order: to count them per tail, then to place them.
    private void AddResidualArcs(ResidualPotentials residual, bool place)
    {
        void Add(int tail, int head, long cost)
        {
            if (place)
            {
                residual.Place(tail, head, cost);
            }
            else
            {
                residual.Count(tail);
            }
        }

        void Arc(int tail, int head, long capacity, long used, long cost)
        {
            if (used < capacity)
            {
                Add(tail, head, cost);
            }

            if (used > 0)
            {
                Add(head, tail, -cost);
            }
        }

        var sink = Sink(_grid);
        for (var r = 0; r < _grid.Rows; r++)
        {
            Arc(Source, RowNode(r), Math.Max(0, _grid.RowCapacity[r]), _rowFlows[r], 0);
        }

        for (var c = 0; c < _grid.Columns; c++)
        {
            Arc(ColumnNode(_grid, c), sink, Math.Max(0, _grid.ColumnCapacity[c]), _columnFlows[c], 0);
        }

        Arc(Source, sink, _supply, _bypassFlow, 0);
        for (var a = 0; a < _count; a++)
        {
            Arc(RowNode(_pairRows[a]), ColumnNode(_grid, _pairColumns[a]), 1, _pairFlows[a] ? 1 : 0, _pairCosts[a]);
        }
    }
}
