using Google.OrTools.Graph;

namespace ReverseMentoring.Matching.Solving;

/// <summary>
/// Pairing with capacities (a mentor with a circle of several mentees, a mentee with several mentors) as an
/// OR-Tools <c>MinCostFlow</c>: source → mentee (its capacity) → mentor (1 per open cell, so a pair is never
/// repeated) → sink (its capacity), plus a zero-cost source → sink bypass so that leaving slots empty is always
/// possible. The supply is the most pairs possible; costs come from <see cref="CostScaling"/>.
/// </summary>
internal sealed class FlowSolver : PairingSolver
{
    public static FlowSolver Instance { get; } = new();

    public override string Name => "MinCostFlow";

    private protected override CoreOutcome SolveCore(
        Grid grid, bool coverageFirst, CancellationToken cancellationToken)
    {
        var supply = grid.PairLimit;
        if (!grid.AnyOpen() || supply == 0)
        {
            return new CoreOutcome([], Name);
        }

        // On its own thread when the token can be cancelled: OR-Tools' Solve cannot be interrupted, the caller stops waiting.
        return NativeSolve.Run(() => Solve(grid, coverageFirst, supply, cancellationToken), cancellationToken);
    }

    private CoreOutcome Solve(Grid grid, bool coverageFirst, int supply, CancellationToken cancellationToken)
    {
        int source = 0, sink = grid.Rows + grid.Columns + 1;
        for (CostScaling? scaling = CostScaling.For(grid, sink + 1, coverageFirst); scaling is { } s; scaling = s.Coarser())
        {
            cancellationToken.ThrowIfCancellationRequested();
            using var flow = new MinCostFlow();
            for (var i = 0; i < grid.Rows; i++)
            {
                flow.AddArcWithCapacityAndUnitCost(source, 1 + i, grid.RowCapacity[i], 0);
            }

            for (var j = 0; j < grid.Columns; j++)
            {
                flow.AddArcWithCapacityAndUnitCost(1 + grid.Rows + j, sink, grid.ColumnCapacity[j], 0);
            }

            flow.AddArcWithCapacityAndUnitCost(source, sink, supply, 0);
            var cells = new List<SolvedPair>();
            var arcs = new List<int>();
            for (var i = 0; i < grid.Rows; i++)
            {
                cancellationToken.ThrowIfCancellationRequested(); // an abandoned solve stops adding arcs
                for (var j = 0; j < grid.Columns; j++)
                {
                    if (grid.IsOpen(i, j))
                    {
                        cells.Add(new SolvedPair(i, j));
                        arcs.Add(flow.AddArcWithCapacityAndUnitCost(1 + i, 1 + grid.Rows + j, 1, s.PairCost(grid.Score(i, j))));
                    }
                }
            }

            flow.SetNodeSupply(source, supply);
            flow.SetNodeSupply(sink, -supply);
            var status = flow.Solve();
            if (status == MinCostFlowBase.Status.OPTIMAL)
            {
                return new CoreOutcome([.. cells.Where((_, k) => flow.Flow(arcs[k]) > 0)], Name);
            }

            if (status != MinCostFlowBase.Status.BAD_COST_RANGE)
            {
                throw new InvalidOperationException($"MinCostFlow ended with status {status}; the bypass arc makes every supply feasible.");
            }
        }

        throw new InvalidOperationException("MinCostFlow reported a bad cost range at every cost resolution.");
    }
}
