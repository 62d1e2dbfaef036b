using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ReverseMentoring.Matching.Solving;
using ReverseMentoring.Matching.Tests.Support;
using Xunit;

namespace ReverseMentoring.Matching.Tests.Solving;

/// <summary>
/// The max-min search with exact cores counts pairs with <see cref="ThresholdMatcher"/> instead of solving at every
/// threshold: the count is checked against brute force, and the search against the one with a core solve per step.
/// </summary>
public sealed class MaxMinCountingProperties
{
    private static readonly double[] Thresholds = [double.NegativeInfinity, -0.5, 0, 0.25, 0.5, 1, 3];

    [Property(MaxTest = 300)]
    public Property Matcher_count_is_the_brute_force_most_pairs_at_every_threshold() =>
        Prop.ForAll(ProblemInstances.WithCapacities(), Arb.From(Gen.Choose(0, 1 << 16)), (instance, seed) =>
        {
            var grid = GridOf(instance, seed);
            var matcher = new ThresholdMatcher(grid);
            foreach (var threshold in Thresholds)
            {
                Assert.Equal(BruteForceMostPairs(grid, threshold), matcher.MostPairs(threshold));
            }
        });

    [Property(MaxTest = 200)]
    public Property Matcher_count_is_the_flow_optimum_on_larger_grids() =>
        Prop.ForAll(Arb.From(Gen.Choose(0, int.MaxValue)), seed =>
        {
            var random = new Random(seed);
            var rows = random.Next(0, 25);
            var columns = random.Next(0, 25);
            var grid = RandomGrid(random, rows, columns, maxCapacity: random.Next(1, 4), openShare: random.NextDouble());
            var matcher = new ThresholdMatcher(grid);
            foreach (var threshold in new[] { double.NegativeInfinity, 0.3, 0.6, 0.9 })
            {
                var flow = FlowSolver.Instance.SolveCoreFor(grid.AtLeast(threshold), coverageFirst: true, CancellationToken.None);
                Assert.Equal(flow.Pairs.Count, matcher.MostPairs(threshold));
            }
        });

    [Property(MaxTest = 200)]
    public Property Counting_search_gives_the_same_outcome_as_a_core_solve_per_step() =>
        Prop.ForAll(Arb.From(Gen.Choose(0, int.MaxValue)), seed =>
        {
            var random = new Random(seed);
            var rows = random.Next(0, 12);
            var columns = random.Next(0, 12);
            var oneToOne = random.Next(2) == 0;
            var grid = RandomGrid(random, rows, columns, maxCapacity: oneToOne ? 1 : 3, openShare: random.NextDouble());
            PairingSolver[] solvers = oneToOne
                ? [AssignmentSolver.Instance, FlowSolver.Instance, AutomaticSolver.Instance]
                : [FlowSolver.Instance, AutomaticSolver.Instance];
            foreach (var solver in solvers)
            {
                CoreOutcome Core(Grid g, CancellationToken ct) => solver.SolveCoreFor(g, coverageFirst: true, ct);
                Assert.True(solver.HasExactCoreFor(grid));
                var counted = MaxMinSearch.Solve(grid, Core, exactCore: true, CancellationToken.None);
                var solved = MaxMinSearch.Solve(grid, Core, exactCore: false, CancellationToken.None);
                Assert.Equal(solved.Pairs, counted.Pairs);
                Assert.Equal(solved.Status, counted.Status);
                Assert.Equal(solved.RanAs, counted.RanAs);
            }
        });

    [Fact]
    public void Pinned_pairs_use_up_capacity_before_the_threshold_search()
    {
        // e0 is pinned to m0, so m0 (capacity 1) is full: the best worst pair among the rest is 0.4, not 0.9.
        double?[,] scores = { { 0.2, 0.1 }, { 0.9, 0.4 } };
        var matrix = new Matching.Scoring.ScoreMatrix(["e0", "e1"], ["m0", "m1"], scores);
        var problem = new PairingProblem(matrix, pinnedPairs: [new SolvedPair(0, 0)], objective: PairingObjective.MaxMin);

        var result = PairingSolvers.Automatic.Solve(problem);

        Assert.Equal([new SolvedPair(0, 0), new SolvedPair(1, 1)], result.Pairs);
        Assert.Equal(SolverStatus.Optimal, result.Status);
    }

    [Fact]
    public void Side_constraints_keep_a_core_solve_per_step()
    {
        var grid = RandomGrid(new Random(1), 3, 3, maxCapacity: 1, openShare: 1);
        grid.Side = GridSideWith(new Matching.Solving.SideConstraints(maxSameDepartmentPairs: 0, menteeDepartments: ["a", "b", "c"], mentorDepartments: ["a", "b", "c"]));
        Assert.False(AutomaticSolver.Instance.HasExactCoreFor(grid));
        Assert.False(CpSatSolver.Instance.HasExactCoreFor(grid));
        grid.Side = null;
        Assert.False(CpSatSolver.Instance.HasExactCoreFor(grid));
        Assert.True(AutomaticSolver.Instance.HasExactCoreFor(grid));
    }

    private static GridSide GridSideWith(Matching.Solving.SideConstraints constraints) => GridSide.For(constraints, [0, 1, 2], [0, 1, 2], []);

    /// <summary>The instance as a grid; the seed closes some cells and takes a slot from some rows and columns, as pinning does.</summary>
    private static Grid GridOf(ProblemInstance instance, int seed)
    {
        var random = new Random(seed);
        var scores = new double[instance.Rows * instance.Columns];
        var open = new bool[scores.Length];
        for (var i = 0; i < instance.Rows; i++)
        {
            for (var j = 0; j < instance.Columns; j++)
            {
                scores[(i * instance.Columns) + j] = instance.Scores[i, j] ?? 0;
                open[(i * instance.Columns) + j] = instance.Scores[i, j] is not null && random.Next(8) > 0;
            }
        }

        return new Grid(
            instance.MenteeIds,
            instance.MentorIds,
            scores,
            open,
            [.. instance.MenteeCapacities.Select(c => c - random.Next(2))],
            [.. instance.MentorCapacities.Select(c => c - random.Next(2))]);
    }

    private static Grid RandomGrid(Random random, int rows, int columns, int maxCapacity, double openShare)
    {
        var scores = new double[rows * columns];
        var open = new bool[scores.Length];
        for (var k = 0; k < scores.Length; k++)
        {
            scores[k] = Math.Round(random.NextDouble(), random.Next(1, 3)); // one or two decimals: many ties
            open[k] = random.NextDouble() < openShare;
        }

        // A capacity of 0 stands for a slot used up by a pinned pair.
        return new Grid(
            [.. Enumerable.Range(0, rows).Select(i => $"e{i:D2}")],
            [.. Enumerable.Range(0, columns).Select(j => $"m{j:D2}")],
            scores,
            open,
            [.. Enumerable.Range(0, rows).Select(_ => random.Next(0, maxCapacity + 1))],
            [.. Enumerable.Range(0, columns).Select(_ => random.Next(0, maxCapacity + 1))]);
    }

    /// <summary>The largest set of open cells at or above the threshold within the capacities, by trying every subset.</summary>
    private static int BruteForceMostPairs(Grid grid, double threshold)
    {
        var cells = Enumerable.Range(0, grid.Rows * grid.Columns)
            .Where(k => grid.IsOpen(k / grid.Columns, k % grid.Columns) && grid.Score(k / grid.Columns, k % grid.Columns) >= threshold).ToArray();
        var best = 0;
        var rowLoad = new int[grid.Rows];
        var columnLoad = new int[grid.Columns];
        for (var subset = 0; subset < 1 << cells.Length; subset++)
        {
            var count = System.Numerics.BitOperations.PopCount((uint)subset);
            if (count <= best)
            {
                continue;
            }

            Array.Clear(rowLoad);
            Array.Clear(columnLoad);
            var fits = true;
            for (var b = 0; b < cells.Length && fits; b++)
            {
                if ((subset & (1 << b)) != 0)
                {
                    fits = ++rowLoad[cells[b] / grid.Columns] <= grid.RowCapacity[cells[b] / grid.Columns]
                        && ++columnLoad[cells[b] % grid.Columns] <= grid.ColumnCapacity[cells[b] % grid.Columns];
                }
            }

            if (fits)
            {
                best = count;
            }
        }

        return best;
    }
}
