namespace ReverseMentoring.Matching.Solving;

/// <summary>
/// The exact pairing of <see cref="FlowSolver"/> (same network, same integer costs, so the same optimal cost) from
/// a fraction of its arcs: OR-Tools <c>MinCostFlow</c> solves a network of candidate arcs (each row's and each
/// column's best cells), then <see cref="ResidualPotentials"/> price every other open cell; cells whose reduced cost
/// is negative are added and the network solved again, until none is: the flow is then optimal for the whole grid.
/// Each round adds up to 8 · 2^round violated cells per row (the most negative first); before that, a search over the
/// full residual network (<see cref="ResidualPotentials.Settle"/>) may already certify the flow. Handles capacities and
/// one-to-one alike. After <see cref="MaxRounds"/> rounds it hands over to the full network.
/// </summary>
internal sealed class CandidateFlowSolver : PairingSolver
{
    private const int Extra = 6;          // candidates per row and per column beyond the capacity
    private const int AddedPerRow = 8;    // violated cells added per row and round, the most negative first
    private const int MaxRounds = 4;      // then the full network: measured, more rounds cost more than they save
    private const int RowScanBudget = 4;  // full-network pricing gives up after this many scans per row

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
            var candidates = CandidateArcs.Select(grid, Extra);
            if (candidates.Count == 0)
            {
                return new CoreOutcome([], Name);
            }

            var badCostRange = false;
            for (var round = 0; round < MaxRounds && !badCostRange; round++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var network = CandidateNetwork.Solve(grid, candidates, s, supply);
                if (network is null)
                {
                    badCostRange = true; // OR-Tools found the cost range too large: retry coarser
                    continue;
                }

                var residual = network.Residual();
                var potentials = residual.Compute(cancellationToken)
                    ?? throw new InvalidOperationException("MinCostFlow returned a flow with a negative residual cycle.");
                var settled = (long[])potentials.Clone();
                if (residual.Settle(new FullRows(grid, s, candidates), settled, RowScanBudget * (long)grid.Rows, cancellationToken))
                {
                    return new CoreOutcome(network.Pairs(), Name);
                }

                if (!AddViolated(grid, candidates, s, potentials, AddedPerRow << Math.Min(round, 6), cancellationToken))
                {
                    return new CoreOutcome(network.Pairs(), Name);
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

    /// <summary>The full network: the assignment on a roughly square one-to-one grid, else the flow (as Automatic picks).</summary>
    internal static PairingSolver FullNetwork(Grid grid) =>
        grid.IsOneToOne && Math.Max(grid.Rows, grid.Columns) <= AutomaticSolver.SquareEnough * Math.Min(grid.Rows, grid.Columns)
            ? AssignmentSolver.Instance
            : FlowSolver.Instance;

    /// <summary>Adds the open cells outside the candidates whose reduced cost is negative; false when there are none.</summary>
    private static bool AddViolated(Grid grid, CandidateArcs candidates, CostScaling scaling, long[] potentials, int perRow, CancellationToken cancellationToken)
    {
        var row = new double[grid.Columns];
        var isCandidate = new bool[grid.Columns];
        var found = new List<(long Reduced, int Column)>();
        var any = false;
        for (var r = 0; r < grid.Rows; r++)
        {
            if (grid.RowCapacity[r] <= 0)
            {
                continue;
            }

            if (r % 256 == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            foreach (var c in candidates.ColumnsOf(r))
            {
                isCandidate[c] = true;
            }

            grid.ReadRow(r, row);
            var rowPotential = potentials[CandidateNetwork.RowNode(r)];
            found.Clear();
            for (var c = 0; c < grid.Columns; c++)
            {
                if (double.IsNaN(row[c]) || isCandidate[c] || grid.ColumnCapacity[c] <= 0)
                {
                    continue;
                }

                var reduced = scaling.PairCost(row[c]) + rowPotential - potentials[CandidateNetwork.ColumnNode(grid, c)];
                if (reduced < 0)
                {
                    found.Add((reduced, c));
                }
            }

            foreach (var c in candidates.ColumnsOf(r))
            {
                isCandidate[c] = false;
            }

            if (found.Count > 0)
            {
                any = true;
                found.Sort((a, b) => a.Reduced != b.Reduced ? a.Reduced.CompareTo(b.Reduced) : a.Column.CompareTo(b.Column));
                foreach (var (_, c) in found.Take(perRow))
                {
                    candidates.Add(r, c);
                }
            }
        }

        return any;
    }
}
