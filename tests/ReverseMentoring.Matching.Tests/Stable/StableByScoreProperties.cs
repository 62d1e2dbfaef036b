using FsCheck.Xunit;
using ReverseMentoring.Matching.Scoring;
using ReverseMentoring.Matching.Solving;
using Xunit;

namespace ReverseMentoring.Matching.Tests.Stable;

/// <summary>
/// The score path finds the stable pairing greedily on one global order of the cells, reading the engine's float32
/// rows in place with a vector filter (column bars, a starting threshold from block maxima, a row's refill deferred
/// until its bound reaches the top). It must give exactly the pairs of <see cref="ReferenceGaleShapley"/> (plain
/// deferred acceptance, full lists and rank tables) for either proposing side: with many ties, identical people,
/// capacities 1–3 (0 left after pinned pairs), forbidden cells, a minimum score, quality first and pinned pairs, on rows long enough for the
/// vector blocks and the starting threshold.
/// </summary>
public sealed class StableByScoreProperties
{
    [Property(MaxTest = 120)]
    public FsCheck.Property In_place_path_equals_the_plain_path_with_ties_and_identical_people() =>
        FsCheck.Fluent.Prop.ForAll(FsCheck.Fluent.Arb.From(FsCheck.Fluent.Gen.Choose(0, int.MaxValue)), seed =>
        {
            var random = new Random(seed);
            // Wide rows (up to 420 columns = 52 vectors of 8) so the starting threshold applies to the first chunks
            // and the refills; few rows, so many columns stay free and rows go deep when everyone wants the same.
            var (rows, columns) = (random.Next(0, 30), random.Next(0, 421));
            var problem = FloatProblem(random, rows, columns);
            Assert.NotNull(problem.Scores.Singles);
            AssertSameAsReference(problem);
        });

    [Property(MaxTest = 80)]
    public FsCheck.Property In_place_path_equals_the_plain_path_when_rows_outnumber_columns() =>
        FsCheck.Fluent.Prop.ForAll(FsCheck.Fluent.Arb.From(FsCheck.Fluent.Gen.Choose(0, int.MaxValue)), seed =>
        {
            // Many rows competing for few, wide-enough columns: columns fill early and rows refill often.
            var random = new Random(seed);
            AssertSameAsReference(FloatProblem(random, random.Next(20, 120), random.Next(190, 260)));
        });

    [Fact]
    public void In_place_path_equals_the_plain_path_on_a_200_by_600_correlated_grid()
    {
        AssertSameAsReference(FloatProblem(new Random(20261201), 200, 600));
    }

    [Fact]
    public void A_pinned_pair_that_sets_a_block_maximum_does_not_cut_the_row_short()
    {
        // One row of 32 blocks of 8 columns, one high cell per block (descending) and the rest low: the first chunk's
        // starting threshold is the 16th block's high cell, so exactly 16 cells reach it, one of them the pinned pair
        // (closed, its column still has a slot). The row must still get 19 more partners, not stop after 15.
        const int columns = 256;
        var cells = new float[columns];
        for (var j = 0; j < columns; j++)
        {
            cells[j] = j % 8 == 3 ? 0.9f - (j / 8 * 0.01f) : 0.1f;
        }

        var matrix = new ScoreMatrix(["e0000"], [.. Enumerable.Range(0, columns).Select(j => $"m{j:D4}")], cells);
        var problem = new PairingProblem(matrix, [20], [.. Enumerable.Repeat(2, columns)], [new SolvedPair(0, 3)]);
        AssertSameAsReference(problem);
        Assert.Equal(20, PairingSolvers.StableMenteeProposing.Solve(problem).Pairs.Count);
    }

    [Fact]
    public void Both_proposing_sides_give_the_same_pairing_from_scores()
    {
        // The preferences come from one order of the cells, so the stable pairing is unique: checked on the plain path.
        var random = new Random(5);
        for (var k = 0; k < 40; k++)
        {
            var problem = FloatProblem(random, random.Next(0, 25), random.Next(0, 40));
            Assert.Equal(ReferenceGaleShapley.Solve(problem, menteesPropose: true), ReferenceGaleShapley.Solve(problem, menteesPropose: false));
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
    /// A float32 matrix with ids in index order (so the grid reads rows in place): scores from a handful of values
    /// (ties everywhere), or correlated (a column's appeal plus small noise, sometimes rounded), or uniform; a few
    /// rows and columns copied from others (identical people); forbidden cells; capacities 1–3; sometimes a minimum
    /// score, quality first (closes cells at 0) or pinned pairs (closed cells inside the rows read in place, and rows
    /// or columns with no capacity left).
    /// </summary>
    private static PairingProblem FloatProblem(Random random, int rows, int columns)
    {
        var kind = random.Next(3);
        float[] values = [0f, 0.25f, 0.5f, 0.75f, 1f];
        var appeal = Enumerable.Range(0, columns).Select(_ => random.NextDouble()).ToArray();
        var (noise, round) = (random.NextDouble() * 0.05, random.Next(2) == 0);
        var forbidden = random.Next(4) switch { 0 => 0, 1 => 20, 2 => 5, _ => 2 };
        var cells = new float[rows * columns];
        for (var i = 0; i < rows; i++)
        {
            for (var j = 0; j < columns; j++)
            {
                var score = kind switch
                {
                    0 => values[random.Next(values.Length)],
                    1 => (float)(round ? Math.Round(appeal[j] + (noise * random.NextDouble()), 1) : appeal[j] + (noise * random.NextDouble())),
                    _ => (float)random.NextDouble(),
                };
                cells[(i * columns) + j] = forbidden > 0 && random.Next(forbidden) == 0 ? float.NaN : score;
            }
        }

        // Identical people: copy a few rows and columns over others, so whole lines tie and only ids break them.
        for (var k = 0; rows > 1 && k < rows / 4; k++)
        {
            var (from, to) = (random.Next(rows), random.Next(rows));
            Array.Copy(cells, from * columns, cells, to * columns, columns);
        }

        for (var k = 0; columns > 1 && k < columns / 4; k++)
        {
            var (from, to) = (random.Next(columns), random.Next(columns));
            for (var i = 0; i < rows; i++)
            {
                cells[(i * columns) + to] = cells[(i * columns) + from];
            }
        }

        var menteeCapacities = Enumerable.Range(0, rows).Select(_ => random.Next(1, 4)).ToArray();
        var mentorCapacities = Enumerable.Range(0, columns).Select(_ => random.Next(1, 4)).ToArray();
        var pinned = new List<SolvedPair>();
        var (menteeLoad, mentorLoad) = (new int[rows], new int[columns]);
        var tries = rows > 0 && columns > 0 && random.Next(2) == 0 ? random.Next(1, 2 + (rows / 2)) : 0;
        for (var k = 0; k < tries; k++)
        {
            var (i, j) = (random.Next(rows), random.Next(columns));
            if (!float.IsNaN(cells[(i * columns) + j]) && !pinned.Contains(new SolvedPair(i, j))
                && menteeLoad[i] < menteeCapacities[i] && mentorLoad[j] < mentorCapacities[j])
            {
                pinned.Add(new SolvedPair(i, j));
                menteeLoad[i]++;
                mentorLoad[j]++;
            }
        }

        var matrix = new ScoreMatrix(
            [.. Enumerable.Range(0, rows).Select(i => $"e{i:D4}")], [.. Enumerable.Range(0, columns).Select(j => $"m{j:D4}")], cells);
        return new PairingProblem(
            matrix,
            menteeCapacities,
            mentorCapacities,
            pinned,
            priority: random.Next(3) == 0 ? PairingPriority.QualityFirst : PairingPriority.CoverageFirst,
            minimumScore: random.Next(3) == 0 ? 0.25 + (random.Next(3) * 0.1) : null);
    }
}
