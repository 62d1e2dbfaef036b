using System.Globalization;
using System.Numerics;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ReverseMentoring.Matching.Generating;
using ReverseMentoring.Matching.Model;
using ReverseMentoring.Matching.Rules;
using ReverseMentoring.Matching.Scoring;
using ReverseMentoring.Matching.Tests.Support;
using Xunit;

namespace ReverseMentoring.Matching.Tests.Scoring;

/// <summary>
/// The vector store of a scored row (<see cref="RowStore.Store"/>) against its per-cell definition
/// (<see cref="RowStore.StorePlain"/>), bit for bit, and the whole matrix of <see cref="CohortScores.Compute(Eligibility, PairScorer)"/>,
/// built-in rows scored in column blocks, against a plain loop of whole rows.
/// </summary>
public class RowStoreProperties
{
    [Property(MaxTest = 400, Arbitrary = new[] { typeof(StoreRowArbitraries) })]
    public void The_vector_store_equals_the_per_cell_store_bit_for_bit(StoreRowCase c)
    {
        // The whole row, and the row from a later cell on (a column block's store; any start, aligned or not).
        foreach (var first in new[] { 0, c.First })
        {
            var fast = new float[c.Row.Length - first];
            var plain = new float[fast.Length];
            fast.AsSpan().Fill(123f); // every cell must be written
            plain.AsSpan().Fill(-123f);

            RowStore.Store(c.Allowed, first, c.Row.AsSpan(first), fast);
            RowStore.StorePlain(c.Allowed, first, c.Row.AsSpan(first), plain);

            for (var k = 0; k < fast.Length; k++)
            {
                Assert.True(
                    BitConverter.SingleToInt32Bits(plain[k]) == BitConverter.SingleToInt32Bits(fast[k]),
                    string.Create(CultureInfo.InvariantCulture, $"cell {first + k} of {c.Row.Length} (from {first}): row {c.Row[first + k]:R}, plain {plain[k]:R}, vector {fast[k]:R}"));
            }
        }
    }

    [Fact]
    public void The_per_cell_store_clamps_narrows_and_marks_cells_not_allowed()
    {
        // The definition itself, on the values at the edges: one word, cells 0..5 allowed except cell 4.
        double[] row = [-1e-12, 0, 0.1, 1 + 1e-12, 0.7, -0.0];
        var cells = new float[row.Length];

        RowStore.StorePlain([0b101111UL], 0, row, cells);

        Assert.Equal([0f, 0f, 0.1f, 1f], cells[..4]);
        Assert.True(float.IsNaN(cells[4]));
        Assert.True(float.IsNegative(cells[5])); // Math.Clamp keeps -0, so the vector path must too
    }

    private static readonly PairScorer[] Scorers =
    [
        PairScorers.SkillGap,
        PairScorers.Reciprocal,
        PairScorers.NetworkReach,
        PairScorers.Default,
        PairScorers.Composite(new CompositeScorerOptions { SkillGapWeight = 3, ReciprocalWeight = 0, NetworkReachWeight = 1 }),
        PairScorers.Weighted((PairScorers.Reciprocal, 1), (new SharedLanguageScorer(), 1)),
    ];

    [Property(MaxTest = 60, Arbitrary = new[] { typeof(WideCohortArbitraries) })]
    public void The_matrix_in_column_blocks_equals_a_plain_row_loop_bit_for_bit(WideCohortCase c)
    {
        var cohort = c.Cohort;
        var eligibility = Eligibility.Evaluate(cohort, [PairRules.Forbidden(c.Forbidden)]);
        var width = Vector<float>.Count;
        foreach (var scorer in Scorers)
        {
            var plain = PlainMatrix(eligibility, scorer);
            foreach (var block in new[] { width, 2 * width, 3 * width, 256 })
            {
                var cells = CohortScores.Compute(eligibility, scorer, block, CancellationToken.None).Matrix.Singles!;
                AssertSameBits(plain, cells, $"{string.Join("+", scorer.ComponentNames)}, blocks of {block}");
            }

            AssertSameBits(plain, CohortScores.Compute(eligibility, scorer).Matrix.Singles!, $"{string.Join("+", scorer.ComponentNames)}, public path");
        }
    }

    [Fact]
    public void A_generated_cohort_wider_than_a_block_scores_as_the_plain_row_loop()
    {
        // 700 mentors: two whole blocks of 256 and a part block with a vector tail, under the default rules.
        var cohort = new Cohort(SyntheticCohort.Generate(new SyntheticCohortOptions { Mentors = 701, Mentees = 7 }));
        var eligibility = Eligibility.Evaluate(cohort, PairRules.Defaults);

        AssertSameBits(PlainMatrix(eligibility, PairScorers.Default), CohortScores.Compute(eligibility, PairScorers.Default).Matrix.Singles!, "default");
    }

    [Fact]
    public void User_scorers_are_still_called_a_whole_row_per_part_in_row_order()
    {
        // Blocks would interleave two user parts (a's block, b's block, a's next block...); whole rows keep a's row first.
        var calls = new List<string>();
        var scorer = PairScorers.Weighted((new RecordingScorer("a", calls), 1), (new RecordingScorer("b", calls), 1));
        var cohort = new Cohort(SyntheticCohort.Generate(new SyntheticCohortOptions { Mentors = 3 * Vector<float>.Count, Mentees = 2 }));
        var eligibility = Eligibility.Evaluate(cohort, []);

        CohortScores.Compute(eligibility, scorer, Vector<float>.Count, CancellationToken.None);

        var expected = from mentee in cohort.Mentees
                       from part in new[] { "a", "b" }
                       from mentor in cohort.Mentors
                       select $"{part} {mentee.Id} {mentor.Id}";
        Assert.Equal(expected, calls);
    }

    [Fact]
    public void A_matrix_large_enough_for_huge_pages_scores_as_the_plain_row_loop()
    {
        // 1,100 x 1,000 cells = 4.4 MB: its inner 2 MiB pages are advised before the first write (on Linux), which must
        // change nothing in the cells.
        var cohort = new Cohort(SyntheticCohort.Generate(new SyntheticCohortOptions { Mentors = 1100, Mentees = 1000 }));
        var eligibility = Eligibility.Evaluate(cohort, PairRules.Defaults);

        AssertSameBits(PlainMatrix(eligibility, PairScorers.Default), CohortScores.Compute(eligibility, PairScorers.Default).Matrix.Singles!, "default");
    }

    [Fact]
    public void Huge_page_advice_leaves_every_cell_as_it_was()
    {
        foreach (var length in new[] { 0, 1, 1 << 20, (3 << 20) + 7 })
        {
            var cells = Enumerable.Range(0, length).Select(k => k * 0.5f).ToArray();

            MatrixPages.PreferHugePages(cells);

            Assert.Equal(Enumerable.Range(0, length).Select(k => k * 0.5f), cells);
        }
    }

    [Fact]
    public void A_side_with_nobody_gives_an_empty_matrix()
    {
        var mentees = SyntheticCohort.Generate(new SyntheticCohortOptions { Mentors = 3, Mentees = 4 }).Where(p => p.Role == ParticipantRole.Mentee);
        var eligibility = Eligibility.Evaluate(new Cohort(mentees), []);

        var scores = CohortScores.Compute(eligibility, PairScorers.Default);

        Assert.Equal(4, scores.Matrix.MenteeCount);
        Assert.Equal(0, scores.Matrix.MentorCount);
        Assert.Empty(scores.Matrix.Singles!);
    }

    // The plain path: each whole row cleared, scored in one call and stored cell by cell.
    private static float[] PlainMatrix(Eligibility eligibility, PairScorer scorer)
    {
        var cohort = eligibility.Cohort;
        var table = new ScoringTable(cohort.Mentors, cohort.Mentees);
        var cells = new float[cohort.Mentees.Count * cohort.Mentors.Count];
        var row = new double[cohort.Mentors.Count];
        for (var i = 0; i < cohort.Mentees.Count; i++)
        {
            Array.Clear(row);
            scorer.AddColumns(table, i, 0, row, 1.0);
            RowStore.StorePlain(eligibility.RowWords(i), 0, row, cells.AsSpan(i * row.Length, row.Length));
        }

        return cells;
    }

    private static void AssertSameBits(float[] plain, float[] fast, string what)
    {
        Assert.Equal(plain.Length, fast.Length);
        for (var k = 0; k < plain.Length; k++)
        {
            Assert.True(
                BitConverter.SingleToInt32Bits(plain[k]) == BitConverter.SingleToInt32Bits(fast[k]),
                string.Create(CultureInfo.InvariantCulture, $"{what}: cell {k}: plain {plain[k]:R}, fast {fast[k]:R}"));
        }
    }

    // A user scorer (0 for every pair) that records the order it is called in.
    private sealed class RecordingScorer(string name, List<string> calls) : PairScorer
    {
        public override IReadOnlyList<string> ComponentNames { get; } = [name];

        public override void Score(Participant mentor, Participant mentee, Span<double> components)
        {
            calls.Add($"{name} {mentee.Id} {mentor.Id}");
            components[0] = 0;
        }
    }
}

/// <summary>A scored row and its eligibility bits, for <see cref="RowStore"/>.</summary>
public sealed class StoreRowCase
{
    public StoreRowCase(double[] row, ulong[] allowed, int first)
    {
        Row = row;
        Allowed = allowed;
        First = first;
    }

    public double[] Row { get; }

    /// <summary>One bit per cell, as <c>Eligibility.RowWords</c> lays them out; bits past the row are clear.</summary>
    public ulong[] Allowed { get; }

    /// <summary>A cell to store a second time from, as a column block does: 0..width.</summary>
    public int First { get; }

    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Row.Length} cells from {First} [{string.Join(", ", Row.Select(x => x.ToString("R", CultureInfo.InvariantCulture)))}], bits [{string.Join(", ", Allowed.Select(w => w.ToString("X16", CultureInfo.InvariantCulture)))}]");
}

/// <summary>
/// FsCheck arbitraries for <see cref="StoreRowCase"/>: widths around the vector widths (4, 8, 16 floats) and a word
/// (64), scores at 0 and 1, just outside, -0, values float32 rounds differently, many ties, and values no scorer may
/// produce (NaN, infinities) since the store must not care; bits all set, all clear or mixed.
/// </summary>
public static class StoreRowArbitraries
{
    public static Arbitrary<StoreRowCase> Rows() => RowGen.ToArbitrary();

    private static Gen<StoreRowCase> RowGen =>
        from width in Gen.OneOf(Gen.Choose(0, 20), Gen.Choose(28, 36), Gen.Choose(60, 70), Gen.Choose(120, 200))
        from scores in Score.ArrayOf(width)
        from pattern in Gen.Elements("all", "none", "mixed", "mostly")
        from draws in Gen.Choose(0, 99).ArrayOf(width)
        from first in Gen.Choose(0, width)
        from aligned in Gen.Elements(true, false)
        select new StoreRowCase(
            scores,
            Bits(width, j => pattern switch
            {
                "all" => true,
                "none" => false,
                "mixed" => draws[j] < 50,
                _ => draws[j] < 95,
            }),
            aligned ? first - (first % Vector<float>.Count) : first);

    private static Gen<double> Score =>
        Gen.Frequency(
            (6, Gen.Elements(0.0, 1.0, 0.5, 0.25, 0.1, 0.3)), // ties
            (3, Gen.Elements(
                -1e-12, 1 + 1e-12, Math.BitDecrement(0.0), Math.BitIncrement(1.0), Math.BitDecrement(1.0), -0.0,
                double.Epsilon, 1e-45, 1e-40, (double)float.Epsilon, 0.1f + 1e-17, -5, 7)),
            (6, Gen.Choose(0, 1_000_000).Select(x => x / 1_000_000.0)),
            (6, Gen.Choose(0, int.MaxValue).Select(x => x / (double)int.MaxValue)), // more digits than float32 keeps
            (1, Gen.Elements(double.NaN, double.PositiveInfinity, double.NegativeInfinity)));

    private static ulong[] Bits(int width, Func<int, bool> allowed)
    {
        var words = new ulong[(width + 63) / 64];
        for (var j = 0; j < width; j++)
        {
            if (allowed(j))
            {
                words[j >> 6] |= 1UL << j;
            }
        }

        return words;
    }
}
