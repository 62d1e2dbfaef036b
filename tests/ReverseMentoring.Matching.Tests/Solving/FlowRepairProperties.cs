using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ReverseMentoring.Matching.Scoring;
using ReverseMentoring.Matching.Solving;
using Xunit;

namespace ReverseMentoring.Matching.Tests.Solving;

/// <summary>
/// The candidate flow's in-place repair (<c>WarmFlow</c>: the previous optimal flow kept, added arcs with a negative
/// reduced cost saturated, excesses routed back by shortest paths) against the plain full-network <c>MinCostFlow</c>.
/// The solver is forced onto that path on small grids: few first candidates, one added cell per row and round, every
/// round repaired (never re-solved) and never handed over to the full network, so only repairs can certify it.
/// </summary>
public sealed class FlowRepairProperties
{
    private static CandidateFlowSolver RepairOnly(bool orTools = false) => new(handOverCells: 0, extra: 0, addedPerRow: 1, repairCells: int.MaxValue, orTools: orTools);

    [Property(MaxTest = 80)]
    public Property Repaired_flows_equal_the_full_network_with_ties_identical_people_capacities_floors_and_pinned_pairs() =>
        Prop.ForAll(Problems().ToArbitrary(), Gen.Elements(false, true).ToArbitrary(), (instance, orTools) =>
        {
            var problem = instance.Problem;
            var plain = PairingSolvers.MinCostFlow.Solve(problem);
            var repaired = RepairOnly(orTools).Solve(problem); // the first flow solved here or by OR-Tools

            Assert.StartsWith(CandidateFlowSolver.Instance.Name, repaired.SolverName, StringComparison.Ordinal);
            if (instance.Priority == PairingPriority.CoverageFirst || instance.Objective == PairingObjective.MaxMin)
            {
                Assert.Equal(plain.Pairs.Count, repaired.Pairs.Count); // quality first: equal totals may differ in count
            }

            Assert.Equal(Total(problem, plain), Total(problem, repaired), 1e-9);
            AssertFeasible(instance, repaired);
        });

    /// <summary>Rounds re-solved by OR-Tools (never repaired) and rounds always repaired reach the same optimum.</summary>
    [Property(MaxTest = 40)]
    public Property Repairing_and_re_solving_every_round_reach_the_same_total() =>
        Prop.ForAll(Problems().ToArbitrary(), instance =>
        {
            var problem = instance.Problem;
            var resolved = new CandidateFlowSolver(handOverCells: 0, extra: 0, addedPerRow: 1, repairCells: 0).Solve(problem);
            var repaired = RepairOnly().Solve(problem);

            Assert.Equal(Total(problem, resolved), Total(problem, repaired), 1e-9);
            AssertFeasible(instance, repaired);
        });

    /// <summary>
    /// Candidate networks solved here rather than by OR-Tools (<c>WarmFlow.Solve</c>), every round anew from the last
    /// round's potentials or repaired in place, reach the optimum of the plain full-network <c>MinCostFlow</c>, with
    /// capacities as well as one-to-one.
    /// </summary>
    [Property(MaxTest = 80)]
    public Property Managed_solves_equal_the_full_network_with_ties_identical_people_capacities_floors_and_pinned_pairs() =>
        Prop.ForAll(Problems().ToArbitrary(), Gen.Elements(0, int.MaxValue).ToArbitrary(), (instance, repairCells) =>
        {
            var problem = instance.Problem;
            var plain = PairingSolvers.MinCostFlow.Solve(problem);
            var solver = new CandidateFlowSolver(handOverCells: 0, extra: 0, addedPerRow: 1, repairCells: repairCells, orTools: false);
            var managed = solver.Solve(problem);

            Assert.Equal(0, solver.OrToolsSolves);
            if (instance.Priority == PairingPriority.CoverageFirst || instance.Objective == PairingObjective.MaxMin)
            {
                Assert.Equal(plain.Pairs.Count, managed.Pairs.Count);
            }

            Assert.Equal(Total(problem, plain), Total(problem, managed), 1e-9);
            AssertFeasible(instance, managed);
        });

    /// <summary>
    /// The managed solve starts from any column prices (the auction's, or the last round's potentials): however far
    /// they are from the optimum's, the flow it ends with is certified and costs exactly what OR-Tools' optimum costs
    /// on the same candidate network (integer costs, compared exactly), with capacities, ties and identical people;
    /// also when its searches go one excess node at a time (forced after the first phase, whatever it moved), and
    /// those searches did run on these networks.
    /// </summary>
    [Property(MaxTest = 150)]
    public Property The_managed_solve_reaches_the_or_tools_optimum_of_the_same_network_from_any_column_prices() =>
        Prop.ForAll(
            Problems().ToArbitrary(),
            (from kind in Gen.Elements(0, 1, 2) from perUnit in Gen.Elements(WarmFlow.SettledPerUnit, 0) select (kind, perUnit)).ToArbitrary(),
            Gen.Choose(0, int.MaxValue - 1).ToArbitrary(),
            (instance, search, seed) =>
            {
                var (priceKind, settledPerUnit) = search;
                var grid = GridOf(instance);
                var scaling = CostScaling.For(grid, grid.Rows + grid.Columns + 2, instance.Priority == PairingPriority.CoverageFirst);
                var auction = AuctionPrices.Run(grid, scaling.Largest, 50, 24, CancellationToken.None);
                var candidates = CandidateArcs.Select(grid, seed % 3, auction);
                var random = new Random(seed);
                long[] prices = priceKind switch
                {
                    0 => new long[grid.Columns],
                    1 => auction.ScaledPrices(scaling),
                    _ => [.. Enumerable.Range(0, grid.Columns).Select(_ => (long)(random.NextDouble() * 3 * scaling.Resolution))],
                };

                var managed = WarmFlow.Solve(grid, candidates, scaling, grid.PairLimit, prices, null, 0, CancellationToken.None, settledPerUnit);
                managed.Verify();
                var orTools = CandidateNetwork.Solve(grid, candidates, scaling, grid.PairLimit)!;

                Assert.Equal(Cost(grid, scaling, orTools.Pairs()), Cost(grid, scaling, managed.Pairs()));
                Assert.True(settledPerUnit > 0 || managed.Phases == 1 || managed.SingleSearches > 0, "more than one phase, none from a single node");
            });

    /// <summary>The property above would prove little if its networks were all solved in one phase.</summary>
    [Fact]
    public void Capacitated_networks_from_zero_prices_need_searches_from_single_nodes()
    {
        var searches = 0;
        for (var seed = 0; seed < 10; seed++)
        {
            var instance = Build(new Spec(30, 24, seed, Noisy: true, Forbidden: 5, MaxCapacity: 3, IdenticalRows: seed % 2 == 0, Pins: 0,
                PairingObjective.MaxTotal, PairingPriority.CoverageFirst, Floor: null));
            var grid = GridOf(instance);
            var scaling = CostScaling.For(grid, grid.Rows + grid.Columns + 2, coverageFirst: true);
            var candidates = CandidateArcs.Select(grid, 2, AuctionPrices.Run(grid, scaling.Largest, 50, 24, CancellationToken.None));
            var managed = WarmFlow.Solve(grid, candidates, scaling, grid.PairLimit, new long[grid.Columns], null, 0, CancellationToken.None, settledPerUnit: 0);
            managed.Verify();
            searches += managed.SingleSearches;
        }

        Assert.True(searches >= 10, $"only {searches} searches from a single node in 10 solves");
    }

    /// <summary>
    /// No candidate network goes to OR-Tools unless asked (its memory and its uninterruptible call are the point),
    /// with or without capacities; the knob still sends them there (tests and benchmarks compare the two).
    /// </summary>
    [Fact]
    public void Candidate_networks_are_solved_without_or_tools_with_or_without_capacities_unless_asked()
    {
        foreach (var maxCapacity in new[] { 1, 2 })
        {
            var instance = Build(new Spec(40, 36, 7, Noisy: true, Forbidden: 5, MaxCapacity: maxCapacity, IdenticalRows: false, Pins: 0,
                PairingObjective.MaxTotal, PairingPriority.CoverageFirst, Floor: null));
            var solver = new CandidateFlowSolver(handOverCells: 0, extra: 0, addedPerRow: 1);
            var byOrTools = new CandidateFlowSolver(handOverCells: 0, extra: 0, addedPerRow: 1, orTools: true);
            var plain = Total(instance.Problem, PairingSolvers.MinCostFlow.Solve(instance.Problem));

            Assert.Equal(plain, Total(instance.Problem, solver.Solve(instance.Problem)), 1e-9);
            Assert.Equal(plain, Total(instance.Problem, byOrTools.Solve(instance.Problem)), 1e-9);
            Assert.Equal(0, solver.OrToolsSolves);
            Assert.True(byOrTools.OrToolsSolves > 0);
        }
    }

    [Fact]
    public void A_cancelled_token_stops_a_managed_solve()
    {
        var grid = new Grid(["e0"], ["m0", "m1"], [0.2, 0.9], [true, true], [1], [1, 1]);
        var scaling = CostScaling.For(grid, 5, coverageFirst: true);
        var candidates = CandidateArcs.Select(grid, 2, AuctionPrices.Run(grid, scaling.Largest, 50, 24, CancellationToken.None));
        using var source = new CancellationTokenSource();
        source.Cancel();

        Assert.Throws<OperationCanceledException>(() => WarmFlow.Solve(grid, candidates, scaling, 1, [0, 0], null, 0, source.Token));
    }

    /// <summary>The properties above would prove nothing if the knobs left the repair unused on their grids.</summary>
    [Fact]
    public void The_knobs_make_small_grids_go_through_repairs()
    {
        foreach (var orTools in new[] { false, true })
        {
            var solver = RepairOnly(orTools);
            for (var seed = 0; seed < 40; seed++)
            {
                var instance = Build(new Spec(30, 30, seed, Noisy: true, Forbidden: 5, MaxCapacity: 2, IdenticalRows: false, Pins: 0,
                    PairingObjective.MaxTotal, PairingPriority.CoverageFirst, Floor: null));
                var plain = PairingSolvers.MinCostFlow.Solve(instance.Problem);
                var repaired = solver.Solve(instance.Problem);
                Assert.Equal(Total(instance.Problem, plain), Total(instance.Problem, repaired), 1e-9);
            }

            Assert.True(solver.Repairs >= 30, $"only {solver.Repairs} repaired rounds in 40 solves (OR-Tools: {orTools})");
        }
    }

    [Fact]
    public void A_repair_moves_a_pair_to_a_better_added_cell()
    {
        // One mentee, two mentors: the network starts with the worse cell in use; the better one is added.
        var grid = new Grid(["e0"], ["m0", "m1"], [0.2, 0.9], [true, true], [1], [1, 1]);
        var flow = Certified(grid, pairCost: -2);

        flow.AddAndRepair([(0, 1, -9L)], CancellationToken.None);
        flow.Verify();

        Assert.Equal(new[] { new SolvedPair(0, 1) }, flow.Pairs());
    }

    [Fact]
    public void An_added_cell_that_only_looks_better_under_loose_potentials_is_routed_back_out()
    {
        // Potentials from zero make the worse cell's reduced cost negative: it is saturated, then undone.
        var grid = new Grid(["e0"], ["m0", "m1"], [0.9, 0.2], [true, true], [1], [1, 1]);
        var flow = Certified(grid, pairCost: -9);

        flow.AddAndRepair([(0, 1, -2L)], CancellationToken.None);
        flow.Verify();

        Assert.Equal(new[] { new SolvedPair(0, 0) }, flow.Pairs());
        Assert.Equal(1, flow.Phases);
    }

    [Fact]
    public void A_cancelled_token_stops_a_repair()
    {
        var grid = new Grid(["e0"], ["m0", "m1"], [0.2, 0.9], [true, true], [1], [1, 1]);
        var flow = Certified(grid, pairCost: -2);
        using var source = new CancellationTokenSource();
        source.Cancel();

        Assert.Throws<OperationCanceledException>(() => flow.AddAndRepair([(0, 1, -9L)], source.Token));
    }

    [Fact]
    public void Verify_rejects_potentials_that_do_not_certify_the_flow()
    {
        // The flow uses the one cell: the residual arc mentee → source (cost 0) gets reduced cost 0 + 0 - 5 < 0.
        var grid = new Grid(["e0"], ["m0"], [0.5], [true], [1], [1]);
        var flow = new WarmFlow(grid, [0], [0], [-2], [true], [1], [1], 0, 1, [5, 0, 0, 0]);

        Assert.Throws<InvalidOperationException>(flow.Verify);
    }

    /// <summary>A flow over one candidate cell (0, 0) that is in use, with potentials from its residual network.</summary>
    private static WarmFlow Certified(Grid grid, long pairCost)
    {
        var nodes = grid.Rows + grid.Columns + 2;
        var uncertified = new WarmFlow(grid, [0], [0], [pairCost], [true], [1], [1, 0], 0, 1, new long[nodes]);
        var potentials = uncertified.Residual().Compute(CancellationToken.None)!;
        var flow = new WarmFlow(grid, [0], [0], [pairCost], [true], [1], [1, 0], 0, 1, potentials);
        flow.Verify();
        return flow;
    }

    private static void AssertFeasible(Instance instance, SolverResult result)
    {
        var problem = instance.Problem;
        Assert.Equal(result.Pairs.Count, result.Pairs.Distinct().Count());
        Assert.All(instance.Pinned, p => Assert.Contains(p, result.Pairs));
        Assert.All(result.Pairs.Except(instance.Pinned), p => Assert.True(problem.IsPairable(p.Mentee, p.Mentor)));
        Assert.All(result.Pairs.GroupBy(p => p.Mentee), g => Assert.True(g.Count() <= instance.MenteeCapacities[g.Key]));
        Assert.All(result.Pairs.GroupBy(p => p.Mentor), g => Assert.True(g.Count() <= instance.MentorCapacities[g.Key]));
    }

    private static long Cost(Grid grid, CostScaling scaling, IEnumerable<SolvedPair> pairs) =>
        pairs.Sum(p => scaling.PairCost(grid.Score(p.Mentee, p.Mentor)));

    /// <summary>The instance as the solvers' grid: rows are mentees, columns mentors, null cells closed (pins and floors left out).</summary>
    private static Grid GridOf(Instance instance)
    {
        var (rows, columns) = (instance.Scores.GetLength(0), instance.Scores.GetLength(1));
        var scores = new double[rows * columns];
        var open = new bool[rows * columns];
        for (var i = 0; i < rows; i++)
        {
            for (var j = 0; j < columns; j++)
            {
                scores[(i * columns) + j] = instance.Scores[i, j] ?? 0;
                open[(i * columns) + j] = instance.Scores[i, j] is not null;
            }
        }

        return new Grid(
            [.. Enumerable.Range(0, rows).Select(i => $"e{i}")], [.. Enumerable.Range(0, columns).Select(j => $"m{j}")],
            scores, open, instance.MenteeCapacities, instance.MentorCapacities);
    }

    private static double Total(PairingProblem problem, SolverResult result) => result.Pairs.Sum(p => problem.Scores[p.Mentee, p.Mentor]);

    private sealed record Spec(
        int Rows, int Columns, int Seed, bool Noisy, int Forbidden, int MaxCapacity, bool IdenticalRows, int Pins,
        PairingObjective Objective, PairingPriority Priority, double? Floor);

    private sealed record Instance(
        double?[,] Scores, int[] MenteeCapacities, int[] MentorCapacities, SolvedPair[] Pinned,
        PairingObjective Objective, PairingPriority Priority, double? Floor)
    {
        public PairingProblem Problem
        {
            get
            {
                var (rows, columns) = (Scores.GetLength(0), Scores.GetLength(1));
                var matrix = new ScoreMatrix(
                    [.. Enumerable.Range(0, rows).Select(i => $"e{i:D2}")], [.. Enumerable.Range(0, columns).Select(j => $"m{j:D2}")], Scores);
                return new PairingProblem(matrix, MenteeCapacities, MentorCapacities, Pinned, Objective, Priority, Floor);
            }
        }

        public override string ToString() =>
            $"{Objective}/{Priority} floor={Floor} {Scores.GetLength(0)}x{Scores.GetLength(1)} rowCaps=[{string.Join(",", MenteeCapacities)}] "
            + $"colCaps=[{string.Join(",", MentorCapacities)}] pinned=[{string.Join(",", Pinned.Select(p => $"{p.Mentee}-{p.Mentor}"))}]";
    }

    /// <summary>
    /// 8–40 per side; scores are a row part plus a column part from a few values (everyone ranks the same people
    /// first, many exact ties), sometimes noise, sometimes every row a copy of the first (identical people);
    /// forbidden cells, capacities 1–3, pinned pairs, floors, both priorities and max-min.
    /// </summary>
    private static Gen<Instance> Problems() =>
        from rows in Gen.Choose(8, 40)
        from columns in Gen.Choose(8, 40)
        from seed in Gen.Choose(0, int.MaxValue - 1)
        from noisy in Gen.Elements(true, false)
        from forbidden in Gen.Elements(0, 5, 30)
        from maxCapacity in Gen.Elements(1, 2, 3)
        from identicalRows in Gen.Elements(false, false, true)
        from pins in Gen.Elements(0, 0, 3)
        from objective in Gen.Elements(PairingObjective.MaxTotal, PairingObjective.MaxTotal, PairingObjective.MaxMin)
        from priority in Gen.Elements(PairingPriority.CoverageFirst, PairingPriority.CoverageFirst, PairingPriority.QualityFirst)
        from floor in Gen.Elements<double?>(null, null, 0.5)
        select Build(new Spec(rows, columns, seed, noisy, forbidden, maxCapacity, identicalRows, pins, objective, priority, floor));

    private static Instance Build(Spec spec)
    {
        var random = new Random(spec.Seed);
        var rowKinds = Enumerable.Range(0, 1 + random.Next(5)).Select(_ => random.Next(4) * 0.25).ToArray();
        var columnKinds = Enumerable.Range(0, 1 + random.Next(5)).Select(_ => random.Next(4) * 0.25).ToArray();
        var rowPart = Enumerable.Range(0, spec.Rows).Select(_ => rowKinds[random.Next(rowKinds.Length)]).ToArray();
        var columnPart = Enumerable.Range(0, spec.Columns).Select(_ => columnKinds[random.Next(columnKinds.Length)]).ToArray();
        var scores = new double?[spec.Rows, spec.Columns];
        for (var i = 0; i < spec.Rows; i++)
        {
            for (var j = 0; j < spec.Columns; j++)
            {
                scores[i, j] = spec.IdenticalRows && i > 0 ? scores[0, j]
                    : random.Next(100) < spec.Forbidden ? null
                    : rowPart[i] + columnPart[j] + (spec.Noisy ? random.Next(3) * 0.01 : 0) - 0.25;
            }
        }

        var rowCaps = Enumerable.Range(0, spec.Rows).Select(_ => random.Next(1, spec.MaxCapacity + 1)).ToArray();
        var columnCaps = Enumerable.Range(0, spec.Columns).Select(_ => random.Next(1, spec.MaxCapacity + 1)).ToArray();
        var (rowUsed, columnUsed) = (new int[spec.Rows], new int[spec.Columns]);
        var pinned = new List<SolvedPair>();
        for (var tries = 0; pinned.Count < spec.Pins && tries < 50; tries++)
        {
            var pair = new SolvedPair(random.Next(spec.Rows), random.Next(spec.Columns));
            if (scores[pair.Mentee, pair.Mentor] is not null && !pinned.Contains(pair)
                && rowUsed[pair.Mentee] < rowCaps[pair.Mentee] && columnUsed[pair.Mentor] < columnCaps[pair.Mentor])
            {
                pinned.Add(pair);
                rowUsed[pair.Mentee]++;
                columnUsed[pair.Mentor]++;
            }
        }

        return new Instance(scores, rowCaps, columnCaps, [.. pinned], spec.Objective, spec.Priority, spec.Floor);
    }
}
