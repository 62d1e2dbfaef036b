namespace ReverseMentoring.Matching.Solving;

/// <summary>
/// The exact pairing of <see cref="FlowSolver"/> (same network, same integer costs, so the same optimal cost) from
/// a fraction of its arcs: a network of candidate arcs (each row's and each column's best cells) is solved, then its
/// potentials price every other open cell; cells whose reduced cost is negative are added and the flow made optimal
/// again, until none is: the flow is then optimal for the whole grid.
/// The first candidates are chosen by score net of rough prices from a short auction (<see cref="AuctionPrices"/>).
/// Candidate networks are solved here (<see cref="WarmFlow.Solve"/>: shortest paths from the auction's prices, or from
/// the last round's potentials), with or without capacities, so OR-Tools is never loaded, its native pages and solve
/// memory never paid, and the token is checked throughout (a knob still sends them to OR-Tools <c>MinCostFlow</c>,
/// certified by <see cref="ResidualPotentials"/>, for tests and benchmarks; capacitated 20,000 x 5,000 end to end
/// takes no more CPU either way).
/// Each round adds up to 32 · 2^round violated cells per row (the most negative first). A round that adds at most
/// half as many cells as the network has nodes (every round after the first, as a rule) repairs the previous
/// flow in place (<see cref="WarmFlow.AddAndRepair"/>: same integer costs, exact) instead of a solve from scratch;
/// a round that adds more solves anew, and when only a few rows are priced out, first tries a search over the full
/// residual network (<see cref="ResidualPotentials.Settle"/>) that may certify the flow as it is.
/// After <see cref="MaxRounds"/> rounds it hands over to the full network, but only on grids of at most
/// <see cref="HandOverCells"/> cells: a full network is one OR-Tools call, and above that size it would take seconds
/// (and gigabytes). Larger grids keep adding cells round after round (each round adds at least one cell, so it ends),
/// and the token is checked between rounds, while rows are read, during repairs and managed solves.
/// </summary>
internal sealed class CandidateFlowSolver : PairingSolver
{
    // Tuned on generated cohorts (1:1 1,000–4,000 per side, capacitated 8,000 x 2,000) and uniform matrices.
    private const int Extra = 6;               // candidates per row and per column beyond the capacity
    private const int AddedPerRow = 32;        // violated cells added per row in round 0, doubling each round
    private const int SettleShare = 16;        // search the full network only when at most 1/16 of the rows are priced out
    private const int RowScanBudget = 4;       // that search gives up after this many scans per row
    private const int MaxRounds = 12;          // then the full network (generated cohorts need 2-5 rounds)
    private const long HandOverCells = 1_000_000; // a full solve of 1,000 x 1,000 takes about 0.3 s (Realistic1to1)
    private const int AuctionSteps = 50;       // bid increment: the largest score / this (coarse prices converge fast)
    private const int AuctionBidsPerHand = 24; // the auction is cut short after this many bids per unit of row capacity

    private const int RepairShare = 2;         // a round adding at most nodes / 2 cells repairs the flow in place
                                               // (measured: 2,466 cells on 8,002 nodes repair in 0.36 s vs 0.47 s
                                               // re-solved; 10,129 on 25,002 in about the time of a re-solve)

    private readonly int _maxRounds;
    private readonly long _handOverCells;
    private readonly int _extra;
    private readonly int _addedPerRow;
    private readonly int? _repairCells;
    private readonly bool _orTools;
    private int _orToolsSolves;
    private int _repairs;

    /// <summary>
    /// The solver with other limits (tests: a hand-over that happens, or never does; fewer first candidates so that
    /// small grids need rounds, and fewer cells added per round; repairs always, or never, in place of a re-solve;
    /// candidate networks solved by OR-Tools instead of here).
    /// </summary>
    internal CandidateFlowSolver(int maxRounds = MaxRounds, long handOverCells = HandOverCells, int extra = Extra, int addedPerRow = AddedPerRow, int? repairCells = null, bool orTools = false)
    {
        _orTools = orTools;
        _addedPerRow = addedPerRow;
        _maxRounds = maxRounds;
        _handOverCells = handOverCells;
        _extra = extra;
        _repairCells = repairCells;
    }

    /// <summary>Candidate networks OR-Tools solved so far, over all solves of this instance (tests: which path ran).</summary>
    internal int OrToolsSolves => Volatile.Read(ref _orToolsSolves);

    /// <summary>Rounds repaired in place so far, over all solves of this instance (tests: the path ran).</summary>
    internal int Repairs => Volatile.Read(ref _repairs);

    public static CandidateFlowSolver Instance { get; } = new();

    public override string Name => "MinCostFlow (candidate arcs)";

    private protected override CoreOutcome SolveCore(Grid grid, bool coverageFirst, CancellationToken cancellationToken)
    {
        var supply = grid.PairLimit;
        if (supply == 0)
        {
            return new CoreOutcome([], Name);
        }

        var nodes = grid.Rows + grid.Columns + 2;
        for (CostScaling? scaling = CostScaling.For(grid, nodes, coverageFirst); scaling is { } s; scaling = s.Coarser())
        {
            var auction = AuctionPrices.Run(grid, s.Largest, AuctionSteps, AuctionBidsPerHand, cancellationToken);
            var candidates = CandidateArcs.Select(grid, _extra, auction);
            if (candidates.Count == 0)
            {
                return new CoreOutcome([], Name);
            }

            var leftOut = new FullRows(grid, s, candidates); // reads the candidates as they grow
            var badCostRange = false;
            var handOver = (long)grid.Rows * grid.Columns <= _handOverCells;
            var repairCells = _repairCells ?? nodes / RepairShare;
            WarmFlow? flow = null;               // the candidate network's optimal flow; null when the next round must solve
            WarmFlow? spare = null;              // the flow a re-solve left behind, whose arrays the next one takes over
            ResidualPotentials? residual = null; // the settle search's residual network, in the arrays of the last one
            for (var round = 0; (round < _maxRounds || !handOver) && !badCostRange; round++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (flow is null)
                {
                    flow = _orTools ? SolveWithOrTools(grid, candidates, s, supply, spare, cancellationToken)
                        : WarmFlow.Solve(grid, candidates, s, supply, spare?.ColumnPrices() ?? auction.ScaledPrices(s), spare, candidates.Count / 2, cancellationToken);
                    spare = null;
                    if (flow is null)
                    {
                        badCostRange = true; // OR-Tools found the cost range too large: retry coarser
                        continue;
                    }
                }

                var violated = FindViolated(grid, leftOut, flow.Potentials, _addedPerRow << Math.Min(round, 16), cancellationToken);
                if (violated.Count == 0)
                {
                    return Certified(flow);
                }

                // Few cells: repair the flow in place. Many (the first rounds of a poor guess): solve anew, unless
                // only a few rows are priced out of line: then often the flow is optimal and only these potentials
                // are not, and a search over the full network settles that (on a copy: a search that gives up leaves
                // them half-lowered). A repair and one more pricing scan cost less than that search.
                var adding = violated.Sum(v => (long)v.Columns.Length);
                var repair = adding <= repairCells;
                if (!repair && violated.Count <= grid.Rows / SettleShare)
                {
                    residual = flow.Residual(residual);
                    if (residual.Settle(leftOut, (long[])flow.Potentials.Clone(), RowScanBudget * (long)grid.Rows, cancellationToken))
                    {
                        return Certified(flow);
                    }
                }

                // The next solve, and the pricing's left-out cells, take them from the candidates.
                foreach (var (r, columns) in violated)
                {
                    foreach (var c in columns)
                    {
                        candidates.Add(r, c);
                    }
                }

                if (repair)
                {
                    flow.AddAndRepair(Costed(grid, s, violated), cancellationToken);
                    Interlocked.Increment(ref _repairs);
                }
                else
                {
                    spare = flow;
                    flow = null;
                }
            }

            if (!badCostRange)
            {
                // The candidates were a poor guess for this grid (everyone ranks the same people first, so the optimum
                // uses cells far down each row): the full network is exact.
                return FullNetwork(grid).SolveCoreFor(grid, coverageFirst, cancellationToken);
            }
        }

        throw new InvalidOperationException("MinCostFlow reported a bad cost range at every cost resolution.");
    }

    /// <summary>
    /// The candidate network solved by OR-Tools <c>MinCostFlow</c> and certified by Bellman–Ford potentials (tests and
    /// benchmarks compare it with the managed solve); null when OR-Tools reports a bad cost range.
    /// </summary>
    private WarmFlow? SolveWithOrTools(Grid grid, CandidateArcs candidates, CostScaling scaling, int supply, WarmFlow? spare, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _orToolsSolves);
        // One uninterruptible native call: a cancelled token returns at once and leaves it to finish on its own thread.
        var network = NativeSolve.Run(() => CandidateNetwork.Solve(grid, candidates, scaling, supply), cancellationToken);
        var potentials = network?.Residual().Compute(cancellationToken);
        return network is null ? null : network.Warm(potentials ?? throw new InvalidOperationException("MinCostFlow returned a flow with a negative residual cycle."), spare, candidates.Count / 2);
    }

    /// <summary>The violated cells, each with its pair cost.</summary>
    private static IEnumerable<(int Row, int Column, long Cost)> Costed(
        Grid grid, CostScaling scaling, List<(int Row, int[] Columns)> violated)
    {
        foreach (var (r, columns) in violated)
        {
            foreach (var c in columns)
            {
                yield return (r, c, scaling.PairCost(grid.Score(r, c)));
            }
        }
    }

    /// <summary>The pairs of a flow the pricing certified, after checking the repairs kept its optimality conditions.</summary>
    private CoreOutcome Certified(WarmFlow flow)
    {
        flow.Verify();
        return new CoreOutcome(flow.Pairs(), Name);
    }

    /// <summary>The full network: the assignment on a roughly square one-to-one grid, else the flow (as Automatic picks).</summary>
    internal static PairingSolver FullNetwork(Grid grid) =>
        grid.IsOneToOne && Math.Max(grid.Rows, grid.Columns) <= AutomaticSolver.SquareEnough * Math.Min(grid.Rows, grid.Columns)
            ? AssignmentSolver.Instance
            : FlowSolver.Instance;

    /// <summary>Per row, up to <paramref name="perRow"/> cells left out of the network with a negative reduced cost, the most negative first.</summary>
    private static List<(int Row, int[] Columns)> FindViolated(
        Grid grid, FullRows leftOut, long[] potentials, int perRow, CancellationToken cancellationToken)
    {
        var found = new List<(long Reduced, int Column)>();
        var violated = new List<(int Row, int[] Columns)>();
        var firstColumn = CandidateNetwork.ColumnNode(grid, 0);
        for (var r = 0; r < grid.Rows; r++)
        {
            if (r % 256 == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var rowNode = CandidateNetwork.RowNode(r);
            found.Clear();
            foreach (var (head, cost) in leftOut.NegativeArcs(rowNode, potentials))
            {
                found.Add((cost + potentials[rowNode] - potentials[head], head - firstColumn));
            }

            if (found.Count > 0)
            {
                found.Sort((a, b) => a.Reduced != b.Reduced ? a.Reduced.CompareTo(b.Reduced) : a.Column.CompareTo(b.Column));
                violated.Add((r, [.. found.Take(perRow).Select(f => f.Column)]));
            }
        }

        return violated;
    }
}
