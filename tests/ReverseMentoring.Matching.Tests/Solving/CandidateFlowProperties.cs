using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ReverseMentoring.Matching.Scoring;
using ReverseMentoring.Matching.Solving;
using ReverseMentoring.Matching.Tests.Support;
using Xunit;

namespace ReverseMentoring.Matching.Tests.Solving;

/// <summary>
/// The candidate-arc flow (the automatic choice from 10,000 cells on) against brute force on small problems and
/// against the plain full-network <c>MinCostFlow</c> on larger ones full of ties and interchangeable people, where
/// the first candidates are a poor guess and the pricing rounds must find the missing cells.
/// </summary>
public sealed class CandidateFlowProperties
{
    private static readonly PairingSolver Candidate = CandidateFlowSolver.Instance;

    [Property(MaxTest = 300, Arbitrary = [typeof(ProblemInstances)])]
    public void Reaches_the_brute_force_optimum_with_capacities_and_every_objective(ProblemInstance instance)
    {
        var result = Candidate.Solve(instance.Problem);
        var best = PairingOracle.Solve(
            instance.Scores, instance.MenteeCapacities, instance.MentorCapacities, instance.Objective, instance.Priority, instance.Floor);
        var scores = result.Pairs.Select(p => instance.Scores[p.Mentee, p.Mentor]!.Value).ToArray();

        Assert.Equal(SolverStatus.Optimal, result.Status);
        Assert.All(result.Pairs.GroupBy(p => p.Mentee), g => Assert.True(g.Count() <= instance.MenteeCapacities[g.Key]));
        Assert.All(result.Pairs.GroupBy(p => p.Mentor), g => Assert.True(g.Count() <= instance.MentorCapacities[g.Key]));
        if (instance.Objective == PairingObjective.MaxMin || instance.Priority == PairingPriority.CoverageFirst)
        {
            Assert.Equal(best.Pairs, result.Pairs.Count);
        }

        Assert.Equal(best.Total, scores.Sum(), 1e-6);
    }

    [Property(MaxTest = 60)]
    public Property Equals_the_full_network_on_larger_grids_with_ties_and_identical_people() =>
        Prop.ForAll(LargerProblems().ToArbitrary(), instance =>
        {
            var problem = instance.Problem;
            var plain = PairingSolvers.MinCostFlow.Solve(problem);
            var fast = Candidate.Solve(problem);

            if (instance.Priority == PairingPriority.CoverageFirst || instance.Objective == PairingObjective.MaxMin)
            {
                Assert.Equal(plain.Pairs.Count, fast.Pairs.Count); // quality first: equal totals may differ in count
            }

            Assert.Equal(Total(problem.Scores, plain), Total(problem.Scores, fast), 1e-9);
            Assert.Equal(fast.Pairs.Count, fast.Pairs.Distinct().Count());
            Assert.All(fast.Pairs, p => Assert.True(problem.IsPairable(p.Mentee, p.Mentor)));
            Assert.All(fast.Pairs.GroupBy(p => p.Mentee), g => Assert.True(g.Count() <= instance.MenteeCapacities[g.Key]));
            Assert.All(fast.Pairs.GroupBy(p => p.Mentor), g => Assert.True(g.Count() <= instance.MentorCapacities[g.Key]));
        });

    /// <summary>
    /// The engine's float32 matrix is read in place with SIMD pre-filters (largest score, row reads, pricing); the
    /// same values as a double matrix take the plain scalar reads. Ids in id order (the in-place path) or reversed.
    /// </summary>
    [Property(MaxTest = 60)]
    public Property On_a_float32_matrix_equals_the_full_network_on_the_same_values_as_doubles() =>
        Prop.ForAll(LargerProblems().ToArbitrary(), Gen.Elements(true, false).ToArbitrary(), (instance, inOrder) =>
        {
            var asFloats = instance with { Scores = AsFloats(instance.Scores) };
            var doubles = asFloats.Problem;
            var singles = new PairingProblem(
                Singles(asFloats.Scores, inOrder), instance.MenteeCapacities, instance.MentorCapacities, null, instance.Objective, instance.Priority, instance.Floor);
            var plain = PairingSolvers.MinCostFlow.Solve(doubles);
            var fast = Candidate.Solve(singles);

            if (instance.Priority == PairingPriority.CoverageFirst || instance.Objective == PairingObjective.MaxMin)
            {
                Assert.Equal(plain.Pairs.Count, fast.Pairs.Count);
            }

            Assert.Equal(Total(doubles.Scores, plain), Total(singles.Scores, fast), 1e-9);
            Assert.All(fast.Pairs, p => Assert.True(singles.IsPairable(p.Mentee, p.Mentor)));
            Assert.All(fast.Pairs.GroupBy(p => p.Mentee), g => Assert.True(g.Count() <= instance.MenteeCapacities[g.Key]));
            Assert.All(fast.Pairs.GroupBy(p => p.Mentor), g => Assert.True(g.Count() <= instance.MentorCapacities[g.Key]));
        });

    /// <summary>
    /// Above its hand-over size the solver never runs the full network (which a cancellation token cannot stop): it
    /// keeps pricing and adding cells until the flow is certified. Here every grid counts as large and the round
    /// limit is 0, so only that path can answer.
    /// </summary>
    [Property(MaxTest = 40)]
    public Property Large_grids_are_certified_by_rounds_alone_never_handed_over() =>
        Prop.ForAll(LargerProblems().ToArbitrary(), instance =>
        {
            var problem = instance.Problem;
            var plain = PairingSolvers.MinCostFlow.Solve(problem);
            var roundsOnly = new CandidateFlowSolver(maxRounds: 0, handOverCells: 0).Solve(problem);

            Assert.StartsWith(Candidate.Name, roundsOnly.SolverName, StringComparison.Ordinal); // max-min adds a suffix
            if (instance.Priority == PairingPriority.CoverageFirst || instance.Objective == PairingObjective.MaxMin)
            {
                Assert.Equal(plain.Pairs.Count, roundsOnly.Pairs.Count);
            }

            Assert.Equal(Total(problem.Scores, plain), Total(problem.Scores, roundsOnly), 1e-9);
        });

    [Fact]
    public void Small_grids_hand_over_to_the_full_network_after_the_round_limit()
    {
        var instance = Uniform(30, 40, seed: 11);
        var handedOver = new CandidateFlowSolver(maxRounds: 0).Solve(instance.Problem);
        var plain = PairingSolvers.MinCostFlow.Solve(instance.Problem);

        Assert.DoesNotContain("candidate", handedOver.SolverName, StringComparison.Ordinal);
        Assert.Equal(Total(instance.Matrix, plain), Total(instance.Matrix, handedOver), 1e-9);
    }

    [Theory]
    [InlineData(150, 150, 1)]
    [InlineData(120, 300, 1)]
    [InlineData(300, 90, 2)]
    public void Equals_the_full_network_on_uniform_random_scores(int rows, int columns, int menteeCapacity)
    {
        var random = new Random(rows + columns);
        var scores = new double?[rows, columns];
        for (var i = 0; i < rows; i++)
        {
            for (var j = 0; j < columns; j++)
            {
                scores[i, j] = random.Next(10) == 0 ? null : random.NextDouble();
            }
        }

        var instance = new ProblemInstance(
            scores, [.. Enumerable.Repeat(menteeCapacity, rows)], [.. Enumerable.Repeat(1, columns)],
            PairingObjective.MaxTotal, PairingPriority.CoverageFirst, null);
        var plain = PairingSolvers.MinCostFlow.Solve(instance.Problem);
        var fast = Candidate.Solve(instance.Problem);

        Assert.Equal(Candidate.Name, fast.SolverName); // certified from candidates, not handed to the full network
        Assert.Equal(plain.Pairs.Count, fast.Pairs.Count);
        Assert.Equal(Total(instance.Matrix, plain), Total(instance.Matrix, fast), 1e-9);
    }

    [Fact]
    public void Pinned_pairs_are_kept_and_use_up_capacity()
    {
        var instance = Uniform(40, 40, seed: 3);
        var pinned = new[] { new SolvedPair(0, 5), new SolvedPair(7, 7) };
        var problem = new PairingProblem(instance.Matrix, pinnedPairs: pinned);
        var plain = PairingSolvers.MinCostFlow.Solve(problem);
        var fast = Candidate.Solve(problem);

        Assert.Contains(pinned[0], fast.Pairs);
        Assert.Contains(pinned[1], fast.Pairs);
        Assert.Equal(Total(instance.Matrix, plain), Total(instance.Matrix, fast), 1e-9);
    }

    [Fact]
    public void Automatic_runs_it_from_ten_thousand_cells_and_names_it()
    {
        var instance = Uniform(100, 100, seed: 5);
        var result = PairingSolvers.Automatic.Solve(instance.Matrix);
        var assignment = PairingSolvers.LinearSumAssignment.Solve(instance.Matrix);

        Assert.Equal("MinCostFlow (candidate arcs)", result.SolverName);
        Assert.Equal(100, result.Pairs.Count);
        Assert.Equal(Total(instance.Matrix, assignment), Total(instance.Matrix, result), 1e-9);
    }

    [Fact]
    public void A_cancelled_token_stops_it()
    {
        var instance = Uniform(60, 60, seed: 9);
        using var source = new CancellationTokenSource();
        source.Cancel();
        Assert.Throws<OperationCanceledException>(() => Candidate.Solve(instance.Problem, source.Token));
    }

    private static double?[,] AsFloats(double?[,] scores)
    {
        var rounded = (double?[,])scores.Clone();
        for (var i = 0; i < scores.GetLength(0); i++)
        {
            for (var j = 0; j < scores.GetLength(1); j++)
            {
                rounded[i, j] = scores[i, j] is { } score ? (float)score : null;
            }
        }

        return rounded;
    }

    /// <summary>The scores (already float values) as the engine's float32 matrix.</summary>
    private static ScoreMatrix Singles(double?[,] scores, bool inOrder)
    {
        var (rows, columns) = (scores.GetLength(0), scores.GetLength(1));
        var cells = new float[rows * columns];
        for (var i = 0; i < rows; i++)
        {
            for (var j = 0; j < columns; j++)
            {
                cells[(i * columns) + j] = scores[i, j] is { } score ? (float)score : float.NaN;
            }
        }

        string Id(char side, int k, int count) => $"{side}{(inOrder ? k : count - k):D3}";
        return new ScoreMatrix(
            [.. Enumerable.Range(0, rows).Select(i => Id('e', i, rows))], [.. Enumerable.Range(0, columns).Select(j => Id('m', j, columns))], cells);
    }

    private static double Total(ScoreMatrix matrix, SolverResult result) => result.Pairs.Sum(p => matrix[p.Mentee, p.Mentor]);

    private static ProblemInstance Uniform(int rows, int columns, int seed)
    {
        var random = new Random(seed);
        var scores = new double?[rows, columns];
        for (var i = 0; i < rows; i++)
        {
            for (var j = 0; j < columns; j++)
            {
                scores[i, j] = random.NextDouble();
            }
        }

        return new ProblemInstance(
            scores, [.. Enumerable.Repeat(1, rows)], [.. Enumerable.Repeat(1, columns)], PairingObjective.MaxTotal, PairingPriority.CoverageFirst, null);
    }

    /// <summary>
    /// 15–45 per side; scores are the sum of a row part and a column part from small sets (everyone ranks the same
    /// people first, many exact ties) plus, sometimes, noise; rows and columns are often copies of each other
    /// (interchangeable people); forbidden cells, capacities 1–3, both priorities, floors and max-min.
    /// </summary>
    private static Gen<ProblemInstance> LargerProblems() =>
        from rows in Gen.Choose(15, 45)
        from columns in Gen.Choose(15, 45)
        from seed in Gen.Choose(0, int.MaxValue - 1)
        from noisy in Gen.Elements(true, false)
        from forbidden in Gen.Elements(0, 5, 30)
        from maxCapacity in Gen.Elements(1, 1, 3)
        from objective in Gen.Elements(PairingObjective.MaxTotal, PairingObjective.MaxTotal, PairingObjective.MaxMin)
        from priority in Gen.Elements(PairingPriority.CoverageFirst, PairingPriority.CoverageFirst, PairingPriority.QualityFirst)
        from floor in Gen.Elements<double?>(null, null, 0.5)
        select Build(rows, columns, seed, noisy, forbidden, maxCapacity, objective, priority, floor);

    private static ProblemInstance Build(
        int rows, int columns, int seed, bool noisy, int forbiddenPercent, int maxCapacity, PairingObjective objective, PairingPriority priority, double? floor)
    {
        var random = new Random(seed);
        var rowKinds = Enumerable.Range(0, 1 + random.Next(6)).Select(_ => random.Next(4) * 0.25).ToArray();
        var columnKinds = Enumerable.Range(0, 1 + random.Next(6)).Select(_ => random.Next(4) * 0.25).ToArray();
        var rowPart = Enumerable.Range(0, rows).Select(_ => rowKinds[random.Next(rowKinds.Length)]).ToArray();
        var columnPart = Enumerable.Range(0, columns).Select(_ => columnKinds[random.Next(columnKinds.Length)]).ToArray();
        var scores = new double?[rows, columns];
        for (var i = 0; i < rows; i++)
        {
            for (var j = 0; j < columns; j++)
            {
                scores[i, j] = random.Next(100) < forbiddenPercent
                    ? null
                    : rowPart[i] + columnPart[j] + (noisy ? random.Next(3) * 0.01 : 0) - 0.25;
            }
        }

        return new ProblemInstance(
            scores,
            [.. Enumerable.Range(0, rows).Select(_ => random.Next(1, maxCapacity + 1))],
            [.. Enumerable.Range(0, columns).Select(_ => random.Next(1, maxCapacity + 1))],
            objective,
            priority,
            floor);
    }
}
