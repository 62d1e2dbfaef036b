using FsCheck.Xunit;
using ReverseMentoring.Matching.Scoring;
using ReverseMentoring.Matching.Solving;
using Xunit;

namespace ReverseMentoring.Matching.Tests.Stable;

/// <summary>
/// The score path hands out each proposer's list a chunk at a time and lets receivers compare scores directly; it must
/// give exactly the pairs of <see cref="ReferenceGaleShapley"/> (full lists, rank tables), and stop when cancelled.
/// </summary>
public sealed class ScoreGaleShapleyTests
{
    [Property(MaxTest = 150)]
    public FsCheck.Property Equals_the_reference_on_random_grids_with_many_ties() =>
        FsCheck.Fluent.Prop.ForAll(FsCheck.Fluent.Arb.From(FsCheck.Fluent.Gen.Choose(0, int.MaxValue)), seed =>
        {
            // Up to 45 on a side, so lists outgrow the first chunk (16) and get refilled, more than once with ties.
            var random = new Random(seed);
            var problem = RandomProblem(random, random.Next(0, 46), random.Next(0, 46), [null, -0.25, 0, 0.25, 0.5]);
            AssertSameAsReference(problem);
        });

    [Fact]
    public void Equals_the_reference_on_a_300_by_400_grid_with_ties_capacities_and_a_floor()
    {
        var random = new Random(20240611);
        AssertSameAsReference(RandomProblem(random, 300, 400, [null, 0, 0.25, 0.5, 0.75, 1], forceFloor: true));
    }

    [Fact]
    public void Equals_the_reference_on_a_400_by_300_grid_of_distinct_scores()
    {
        var random = new Random(7);
        var scores = new double?[400, 300];
        for (var i = 0; i < 400; i++)
        {
            for (var j = 0; j < 300; j++)
            {
                scores[i, j] = random.Next(10) == 0 ? null : random.NextDouble();
            }
        }

        AssertSameAsReference(new PairingProblem(new ScoreMatrix(Ids("e", 400, 13), Ids("m", 300, 17), scores)));
    }

    [Property(MaxTest = 100)]
    public FsCheck.Property Equals_the_reference_when_everyone_wants_the_same_partners() =>
        FsCheck.Fluent.Prop.ForAll(FsCheck.Fluent.Arb.From(FsCheck.Fluent.Gen.Choose(0, int.MaxValue)), seed =>
        {
            // Correlated preferences send proposers deep and fill the popular receivers early: the case where refills
            // leave out receivers that would reject the proposer, so it must still match the reference exactly.
            var random = new Random(seed);
            AssertSameAsReference(CorrelatedProblem(random, random.Next(0, 61), random.Next(0, 61)));
        });

    [Fact]
    public void Equals_the_reference_on_a_300_by_250_grid_where_everyone_wants_the_same_partners()
    {
        AssertSameAsReference(CorrelatedProblem(new Random(20261201), 300, 250));
    }

    [Fact]
    public void Equals_the_reference_when_every_score_ties_so_lists_are_read_to_the_end()
    {
        // Everyone ranks by id alone: proposer k is turned down k times, the deepest lists there are.
        var scores = new double?[120, 90];
        for (var i = 0; i < 120; i++)
        {
            for (var j = 0; j < 90; j++)
            {
                scores[i, j] = 0.5;
            }
        }

        var matrix = new ScoreMatrix(Ids("e", 120, 7), Ids("m", 90, 11), scores);
        AssertSameAsReference(new PairingProblem(matrix, [.. Enumerable.Repeat(2, 120)], [.. Enumerable.Repeat(3, 90)]));
    }

    [Fact]
    public void A_token_cancelled_before_Solve_stops_both_proposing_sides()
    {
        var problem = RandomProblem(new Random(3), 30, 30, [null, 0, 0.5]);
        using var source = new CancellationTokenSource();
        source.Cancel();
        foreach (var solver in new[] { PairingSolvers.StableMenteeProposing, PairingSolvers.StableMentorProposing })
        {
            Assert.ThrowsAny<OperationCanceledException>(() => solver.Solve(problem, source.Token));
        }
    }

    [Fact]
    public void The_core_stops_within_one_line_of_reads_when_cancelled_during_the_run()
    {
        // Deterministic: the grid reader cancels the token itself after a given number of reads.
        var random = new Random(11);
        var (rows, columns) = (150, 130);
        var scores = new double[rows, columns];
        var open = new bool[rows, columns];
        for (var i = 0; i < rows; i++)
        {
            for (var j = 0; j < columns; j++)
            {
                scores[i, j] = random.Next(2) * 0.5; // two values: long lists, many refills and proposals
                open[i, j] = random.Next(8) != 0;
            }
        }

        var (rowCapacity, columnCapacity) = (Enumerable.Repeat(2, rows).ToArray(), Enumerable.Repeat(1, columns).ToArray());
        var full = new CountingCells(scores, open, cancelAt: long.MaxValue, source: null);
        var pairs = StableByScore<CountingCells>.Pairs(full, rowCapacity, columnCapacity, CancellationToken.None);
        Assert.NotEmpty(pairs);
        // More reads than cells: past the first pass, refills happen, so the later cancellations land among them.
        Assert.True(full.Reads > 3L * rows * columns / 2, $"only {full.Reads} reads: the run does not go past its first pass");

        foreach (var fraction in new[] { 0.0, 0.1, 0.5, 0.9 })
        {
            using var source = new CancellationTokenSource();
            var cancelAt = 1 + (long)(fraction * full.Reads);
            var cells = new CountingCells(scores, open, cancelAt, source);
            Assert.ThrowsAny<OperationCanceledException>(
                () => StableByScore<CountingCells>.Pairs(cells, rowCapacity, columnCapacity, source.Token));
            Assert.True(cells.Reads - cancelAt <= 2L * Math.Max(rows, columns), $"{cells.Reads - cancelAt} reads after cancelling at {cancelAt}");
        }
    }

    private static void AssertSameAsReference(PairingProblem problem)
    {
        foreach (var (solver, menteesPropose) in new[] { (PairingSolvers.StableMenteeProposing, true), (PairingSolvers.StableMentorProposing, false) })
        {
            var expected = ReferenceGaleShapley.Solve(problem, menteesPropose);
            var actual = solver.Solve(problem).Pairs.OrderBy(p => p.Mentee).ThenBy(p => p.Mentor).ToArray();
            Assert.Equal(expected, actual);
        }
    }

    /// <summary>
    /// Scores drawn from <paramref name="values"/> (null forbids), ids not in row order, capacities 1–3, sometimes a
    /// minimum score, quality first (which closes cells at 0 or below) and a few pinned pairs.
    /// </summary>
    private static PairingProblem RandomProblem(Random random, int rows, int columns, double?[] values, bool forceFloor = false)
    {
        var scores = new double?[rows, columns];
        for (var i = 0; i < rows; i++)
        {
            for (var j = 0; j < columns; j++)
            {
                scores[i, j] = values[random.Next(values.Length)];
            }
        }

        var menteeCapacities = Enumerable.Range(0, rows).Select(_ => random.Next(1, 4)).ToArray();
        var mentorCapacities = Enumerable.Range(0, columns).Select(_ => random.Next(1, 4)).ToArray();
        var pinned = new List<SolvedPair>();
        var (menteeLoad, mentorLoad) = (new int[rows], new int[columns]);
        var tries = rows > 0 && columns > 0 ? random.Next(4) : 0;
        for (var k = 0; k < tries; k++)
        {
            var (i, j) = (random.Next(rows), random.Next(columns));
            if (scores[i, j] is not null && !pinned.Contains(new SolvedPair(i, j))
                && menteeLoad[i] < menteeCapacities[i] && mentorLoad[j] < mentorCapacities[j])
            {
                pinned.Add(new SolvedPair(i, j));
                menteeLoad[i]++;
                mentorLoad[j]++;
            }
        }

        return new PairingProblem(
            new ScoreMatrix(Ids("e", rows, 7), Ids("m", columns, 11), scores),
            menteeCapacities,
            mentorCapacities,
            pinned,
            priority: random.Next(3) == 0 ? PairingPriority.QualityFirst : PairingPriority.CoverageFirst,
            minimumScore: forceFloor || random.Next(3) == 0 ? 0.25 : null);
    }

    /// <summary>
    /// Strongly correlated scores: a_j + small noise (everyone ranks the same partners first) or a_i × b_j + small noise,
    /// sometimes rounded so ties are common; a few forbidden cells, capacities 1–3, sometimes a minimum score.
    /// </summary>
    private static PairingProblem CorrelatedProblem(Random random, int rows, int columns)
    {
        var a = Enumerable.Range(0, rows).Select(_ => random.NextDouble()).ToArray();
        var b = Enumerable.Range(0, columns).Select(_ => random.NextDouble()).ToArray();
        var (product, noise, round) = (random.Next(2) == 0, random.NextDouble() * 0.05, random.Next(3) == 0);
        var scores = new double?[rows, columns];
        for (var i = 0; i < rows; i++)
        {
            for (var j = 0; j < columns; j++)
            {
                var score = (product ? a[i] * b[j] : b[j]) + (noise * random.NextDouble());
                scores[i, j] = random.Next(20) == 0 ? null : round ? Math.Round(score, 1) : score;
            }
        }

        return new PairingProblem(
            new ScoreMatrix(Ids("e", rows, 7), Ids("m", columns, 11), scores),
            [.. Enumerable.Range(0, rows).Select(_ => random.Next(1, 4))],
            [.. Enumerable.Range(0, columns).Select(_ => random.Next(1, 4))],
            minimumScore: random.Next(3) == 0 ? 0.25 : null);
    }

    /// <summary>Distinct ids whose ordinal order is not index order.</summary>
    private static string[] Ids(string prefix, int count, int step) =>
        [.. Enumerable.Range(0, count).Select(k => $"{prefix}{(k * step) % 101:D3}-{k}")];

    /// <summary>A grid reader that counts reads and cancels its source once the count reaches <c>cancelAt</c>.</summary>
    private sealed class CountingCells(double[,] scores, bool[,] open, long cancelAt, CancellationTokenSource? source) : IScoreCells
    {
        public long Reads { get; private set; }

        public int Rows => scores.GetLength(0);

        public int Columns => scores.GetLength(1);

        public bool IsOpen(int row, int column)
        {
            Read();
            return open[row, column];
        }

        public void ReadRow(int row, Span<double> line)
        {
            for (var column = 0; column < line.Length; column++)
            {
                Read();
                line[column] = open[row, column] ? scores[row, column] : double.NaN;
            }
        }

        public bool TryRawRow(int row, out ReadOnlySpan<float> cells, out float floor)
        {
            cells = default;
            floor = float.NegativeInfinity;
            return false;
        }

        private void Read()
        {
            if (++Reads == cancelAt)
            {
                source?.Cancel();
            }
        }
    }
}
