using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ReverseMentoring.Matching.Solving;
using Xunit;

namespace ReverseMentoring.Matching.Tests.Solving;

/// <summary>
/// Each candidate round builds its network and residual arcs in the arrays of the round before. Arrays longer than
/// the arcs (taken over from a larger network) must not leak their stale arcs: a network built in them gives the same
/// pairs and the same potentials as one built in fresh arrays.
/// </summary>
public sealed class CandidateNetworkReuseProperties
{
    [Property(MaxTest = 100)]
    public Property A_network_built_in_the_arrays_of_a_larger_one_equals_a_fresh_one() =>
        Prop.ForAll(Grids().ToArbitrary(), Gen.Elements(true, false).ToArbitrary(), (make, coverageFirst) =>
        {
            var grid = make();
            var scaling = CostScaling.For(grid, grid.Rows + grid.Columns + 2, coverageFirst);
            var supply = grid.PairLimit;
            var auction = AuctionPrices.Run(grid, scaling.Largest, 50, 24, CancellationToken.None);

            // The larger network holds every open cell; the smaller one only each row's and column's best.
            var larger = CandidateNetwork.Solve(grid, CandidateArcs.Select(grid, grid.Columns + grid.Rows, auction), scaling, supply)!;
            var largerResidual = larger.Residual();
            _ = largerResidual.Compute(CancellationToken.None);
            var reused = CandidateNetwork.Solve(grid, CandidateArcs.Select(grid, 0, auction), scaling, supply, larger)!;
            var fresh = CandidateNetwork.Solve(grid, CandidateArcs.Select(grid, 0, auction), scaling, supply)!;

            Assert.Equal(fresh.Pairs(), reused.Pairs());
            Assert.Equal(fresh.Residual().Compute(CancellationToken.None), reused.Residual(largerResidual).Compute(CancellationToken.None));
        });

    /// <summary>
    /// The repairable copy is built when a round first repairs, after the pricing has added that round's cells to the
    /// candidates, in the arrays of a copy an earlier solve left (possibly larger, with stale arcs and stamps), with
    /// room for more arcs. It must equal the copy built right after the solve in fresh arrays, before and after the
    /// same repairs (pairs, potentials, the certificate), and inserting arcs in place must keep it so round after round.
    /// </summary>
    [Property(MaxTest = 100)]
    public Property A_repairable_copy_built_late_in_reused_arrays_equals_one_built_at_once() =>
        Prop.ForAll(Grids().ToArbitrary(), Gen.Elements(true, false).ToArbitrary(), (make, coverageFirst) =>
        {
            var grid = make();
            var scaling = CostScaling.For(grid, grid.Rows + grid.Columns + 2, coverageFirst);
            var supply = grid.PairLimit;
            var auction = AuctionPrices.Run(grid, scaling.Largest, 50, 24, CancellationToken.None);

            // A spare copy of a larger network, repaired once so that its arrays hold stale arcs, flows and stamps.
            var all = CandidateArcs.Select(grid, grid.Columns + grid.Rows, auction);
            var largerNetwork = CandidateNetwork.Solve(grid, all, scaling, supply)!;
            var spare = largerNetwork.Warm(largerNetwork.Residual().Compute(CancellationToken.None)!);
            spare.AddAndRepair([(0, 0, scaling.PairCost(grid.Score(0, 0)))], CancellationToken.None);

            var candidates = CandidateArcs.Select(grid, 0, auction);
            var network = CandidateNetwork.Solve(grid, candidates, scaling, supply)!;
            var potentials = network.Residual().Compute(CancellationToken.None)!;
            var eager = network.Warm(potentials);
            var cells = new List<(int Row, int Column, long Cost)>();
            for (var r = 0; r < grid.Rows; r++)
            {
                for (var c = 0; c < grid.Columns; c++)
                {
                    if (grid.IsOpen(r, c) && !candidates.ColumnsOf(r).Contains(c))
                    {
                        candidates.Add(r, c); // what the pricing does before the copy is built
                        cells.Add((r, c, scaling.PairCost(grid.Score(r, c))));
                    }
                }
            }

            var late = network.Warm(potentials, spare, cells.Count / 2);
            Assert.Equal(eager.Pairs(), late.Pairs());
            Assert.Equal(eager.Potentials, late.Potentials);
            foreach (var chunk in cells.Chunk(Math.Max(1, cells.Count / 3)))
            {
                eager.AddAndRepair(chunk, CancellationToken.None);
                late.AddAndRepair(chunk, CancellationToken.None);
                late.Verify();
                Assert.Equal(eager.Pairs(), late.Pairs());
                Assert.Equal(eager.Potentials, late.Potentials);
                Assert.Equal(eager.Phases, late.Phases);
            }

            // Every open cell is in now: the repaired flow is optimal for the whole grid, as the full network's.
            var full = CandidateNetwork.Solve(grid, candidates, scaling, supply)!;
            Assert.Equal(Cost(full.Pairs(), grid, scaling), Cost(late.Pairs(), grid, scaling));
        });

    private static long Cost(IReadOnlyList<SolvedPair> pairs, Grid grid, CostScaling scaling) =>
        pairs.Sum(p => scaling.PairCost(grid.Score(p.Mentee, p.Mentor)));

    /// <summary>3–12 per side, scores from a few values (ties), some cells not allowed, capacities 1–2.</summary>
    private static Gen<Func<Grid>> Grids() =>
        from rows in Gen.Choose(3, 12)
        from columns in Gen.Choose(3, 12)
        from seed in Gen.Choose(0, int.MaxValue - 1)
        select (Func<Grid>)(() => Build(rows, columns, seed));

    private static Grid Build(int rows, int columns, int seed)
    {
        var random = new Random(seed);
        var scores = new double[rows * columns];
        var open = new bool[rows * columns];
        for (var k = 0; k < scores.Length; k++)
        {
            scores[k] = random.Next(5) * 0.25;
            open[k] = random.Next(5) > 0;
        }

        return new Grid(
            [.. Enumerable.Range(0, rows).Select(r => $"r{r:D2}")],
            [.. Enumerable.Range(0, columns).Select(c => $"c{c:D2}")],
            scores,
            open,
            [.. Enumerable.Range(0, rows).Select(_ => 1 + random.Next(2))],
            [.. Enumerable.Range(0, columns).Select(_ => 1 + random.Next(2))]);
    }
}
