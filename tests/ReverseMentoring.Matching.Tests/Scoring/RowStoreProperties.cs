using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ReverseMentoring.Matching.Rules;
using ReverseMentoring.Matching.Scoring;
using ReverseMentoring.Matching.Tests.Support;
using Xunit;

namespace ReverseMentoring.Matching.Tests.Scoring;

/// <summary>
/// The vector store of a scored row (<see cref="RowStore.Store"/>) against its per-cell definition
/// (<see cref="RowStore.StorePlain"/>), bit for bit, and the whole matrix of <see cref="CohortScores.Compute(Eligibility, PairScorer)"/>
/// against a plain row loop.
/// </summary>
public class RowStoreProperties
{
    [Property(MaxTest = 400, Arbitrary = new[] { typeof(StoreRowArbitraries) })]
    public void The_vector_store_equals_the_per_cell_store_bit_for_bit(StoreRowCase c)
    {
        var fast = new float[c.Row.Length];
        var plain = new float[c.Row.Length];
        fast.AsSpan().Fill(123f); // every cell must be written
        plain.AsSpan().Fill(-123f);

        RowStore.Store(c.Allowed, c.Row, fast);
        RowStore.StorePlain(c.Allowed, c.Row, plain);

        for (var j = 0; j < c.Row.Length; j++)
        {
            Assert.True(
                BitConverter.SingleToInt32Bits(plain[j]) == BitConverter.SingleToInt32Bits(fast[j]),
                string.Create(CultureInfo.InvariantCulture, $"cell {j} of {c.Row.Length}: row {c.Row[j]:R}, plain {plain[j]:R}, vector {fast[j]:R}"));
        }
    }

    [Fact]
    public void The_per_cell_store_clamps_narrows_and_marks_cells_not_allowed()
    {
        // The definition itself, on the values at the edges: one word, cells 0..5 allowed except cell 4.
        double[] row = [-1e-12, 0, 0.1, 1 + 1e-12, 0.7, -0.0];
        var cells = new float[row.Length];

        RowStore.StorePlain([0b101111UL], row, cells);

        Assert.Equal([0f, 0f, 0.1f, 1f], cells[..4]);
        Assert.True(float.IsNaN(cells[4]));
        Assert.True(float.IsNegative(cells[5])); // Math.Clamp keeps -0, so the vector path must too
    }

    [Property(MaxTest = 60, Arbitrary = new[] { typeof(WideCohortArbitraries) })]
    public void The_matrix_equals_a_plain_row_loop_bit_for_bit(WideCohortCase c)
    {
        var cohort = c.Cohort;
        var eligibility = Eligibility.Evaluate(cohort, [PairRules.Forbidden(c.Forbidden)]);
        var table = new ScoringTable(cohort.Mentors, cohort.Mentees);
        foreach (var scorer in new[] { PairScorers.Default, PairScorers.Weighted((PairScorers.Reciprocal, 1), (new SharedLanguageScorer(), 1)) })
        {
            var cells = CohortScores.Compute(eligibility, scorer).Matrix.Singles!;
            var row = new double[cohort.Mentors.Count];
            var plain = new float[cohort.Mentors.Count];
            for (var i = 0; i < cohort.Mentees.Count; i++)
            {
                Array.Clear(row);
                scorer.AddRow(table, i, row, 1.0);
                RowStore.StorePlain(eligibility.RowWords(i), row, plain);
                for (var j = 0; j < plain.Length; j++)
                {
                    var cell = cells[(i * plain.Length) + j];
                    Assert.True(
                        BitConverter.SingleToInt32Bits(plain[j]) == BitConverter.SingleToInt32Bits(cell),
                        string.Create(CultureInfo.InvariantCulture, $"({i}, {j}): plain {plain[j]:R}, matrix {cell:R}"));
                }
            }
        }
    }
}

/// <summary>A scored row and its eligibility bits, for <see cref="RowStore"/>.</summary>
public sealed class StoreRowCase
{
    public StoreRowCase(double[] row, ulong[] allowed)
    {
        Row = row;
        Allowed = allowed;
    }

    public double[] Row { get; }

    /// <summary>One bit per cell, as <c>Eligibility.RowWords</c> lays them out; bits past the row are clear.</summary>
    public ulong[] Allowed { get; }

    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Row.Length} cells [{string.Join(", ", Row.Select(x => x.ToString("R", CultureInfo.InvariantCulture)))}], bits [{string.Join(", ", Allowed.Select(w => w.ToString("X16", CultureInfo.InvariantCulture)))}]");
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
        select new StoreRowCase(scores, Bits(width, j => pattern switch
        {
            "all" => true,
            "none" => false,
            "mixed" => draws[j] < 50,
            _ => draws[j] < 95,
        }));

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
