using System.Numerics;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ReverseMentoring.Matching.Explaining;
using ReverseMentoring.Matching.Scoring;
using ReverseMentoring.Matching.Solving;
using Xunit;

namespace ReverseMentoring.Matching.Tests.Stable;

/// <summary>
/// The blocking-pair scan, which tests float32 cells a vector at a time against float bars, against a plain scalar
/// scan in doubles, on values at the float/double rounding edges: neighbouring floats, doubles that round to the same
/// float, floors one double ulp either side of a cell, many ties, NaN cells, capacities above 1 and row widths that
/// are not multiples of the vector width.
/// </summary>
public sealed class StabilityReportEdgeProperties
{
    [Property(Arbitrary = [typeof(EdgeArbitraries)], MaxTest = 400)]
    public void On_float32_cells_the_vector_scan_finds_exactly_the_plain_scans_blocking_pairs(EdgeInstance x)
    {
        var cells = x.Cells.Select(c => (float)c).ToArray();
        var matrix = new ScoreMatrix(x.MenteeIds, x.MentorIds, cells);
        AssertSameAsPlainScan(x, matrix);
    }

    [Property(Arbitrary = [typeof(EdgeArbitraries)], MaxTest = 400)]
    public void On_double_cells_that_round_to_the_same_float_the_scan_finds_exactly_the_plain_scans_blocking_pairs(EdgeInstance x)
    {
        var matrix = new ScoreMatrix(x.MenteeIds, x.MentorIds, (double[])x.Cells.Clone());
        AssertSameAsPlainScan(x, matrix);
    }

    private static void AssertSameAsPlainScan(EdgeInstance x, ScoreMatrix matrix)
    {
        var problem = new PairingProblem(matrix, x.MenteeCapacities, x.MentorCapacities, priority: x.Priority, minimumScore: x.MinimumScore);
        var pairing = x.Pairing(matrix);
        var report = StabilityReport.Analyze(problem, pairing, withOptimum: false);
        Assert.Equal(PlainScan(x, matrix, pairing), report.BlockingPairs);
    }

    /// <summary>Every cell in doubles, straight from the definition, sorted by ids.</summary>
    private static List<SolvedPair> PlainScan(EdgeInstance x, ScoreMatrix matrix, SolvedPair[] pairing)
    {
        var (rows, columns) = (x.MenteeIds.Length, x.MentorIds.Length);
        bool Wants(IEnumerable<double> partnerScores, int capacity, double score) =>
            partnerScores.Count() < capacity || partnerScores.Any(s => score > s);

        var blocking = new List<SolvedPair>();
        for (var i = 0; i < rows; i++)
        {
            for (var j = 0; j < columns; j++)
            {
                if (!matrix.IsAllowed(i, j) || pairing.Contains(new SolvedPair(i, j)))
                {
                    continue;
                }

                var score = matrix[i, j];
                var pairable = (x.MinimumScore is not { } floor || score >= floor)
                    && (x.Priority != PairingPriority.QualityFirst || score > 0);
                if (pairable
                    && Wants(pairing.Where(p => p.Mentee == i).Select(p => matrix[i, p.Mentor]), x.MenteeCapacities[i], score)
                    && Wants(pairing.Where(p => p.Mentor == j).Select(p => matrix[p.Mentee, j]), x.MentorCapacities[j], score))
                {
                    blocking.Add(new SolvedPair(i, j));
                }
            }
        }

        return [.. blocking.OrderBy(p => x.MenteeIds[p.Mentee], StringComparer.Ordinal).ThenBy(p => x.MentorIds[p.Mentor], StringComparer.Ordinal)];
    }
}

/// <summary>A score grid (NaN: not allowed), capacities, a floor and the order in which a pairing takes cells.</summary>
public sealed record EdgeInstance(
    string[] MenteeIds,
    string[] MentorIds,
    double[] Cells,
    int[] MenteeCapacities,
    int[] MentorCapacities,
    double? MinimumScore,
    PairingPriority Priority,
    int[] TakeOrder)
{
    /// <summary>Takes allowed cells in <see cref="TakeOrder"/> while both sides have room (so worst partners vary).</summary>
    public SolvedPair[] Pairing(ScoreMatrix matrix)
    {
        var menteeLoad = new int[MenteeIds.Length];
        var mentorLoad = new int[MentorIds.Length];
        var pairs = new List<SolvedPair>();
        foreach (var cell in TakeOrder)
        {
            var (i, j) = (cell / MentorIds.Length, cell % MentorIds.Length);
            if (matrix.IsAllowed(i, j) && menteeLoad[i] < MenteeCapacities[i] && mentorLoad[j] < MentorCapacities[j])
            {
                menteeLoad[i]++;
                mentorLoad[j]++;
                pairs.Add(new SolvedPair(i, j));
            }
        }

        return [.. pairs];
    }

    public override string ToString() =>
        $"{MenteeIds.Length}x{MentorIds.Length} floor {MinimumScore:R} {Priority} cells [{string.Join(", ", Cells.Select(c => c.ToString("R")))}]"
        + $" capacities [{string.Join(",", MenteeCapacities)}]/[{string.Join(",", MentorCapacities)}] take [{string.Join(",", TakeOrder)}]";
}

/// <summary>Generators of <see cref="EdgeInstance"/>: few distinct values at the float/double rounding edges.</summary>
public static class EdgeArbitraries
{
    public static Arbitrary<EdgeInstance> Instance() => Arb.From(Instances);

    /// <summary>Cells: floats, their float neighbours, and doubles one ulp off a float (equal to it as floats).</summary>
    private static readonly double[] Values = [.. new[] { 0.1f, 1f / 3, 0.5f, 1f, 0f, -0.25f }.SelectMany(Around).Distinct()];

    private static Gen<EdgeInstance> Instances =>
        from rows in Gen.Choose(1, 5)
        from columns in Gen.Frequency(
            (2, Gen.Choose(1, 2 * Vector<float>.Count + 3)),
            (1, Gen.Elements(Vector<float>.Count - 1, Vector<float>.Count, Vector<float>.Count + 1)))
        from palette in Gen.Choose(1, 4).SelectMany(k => Gen.ArrayOf(Gen.Elements(Values), k)) // few values: many ties
        from cells in Gen.ArrayOf(Gen.Frequency((1, Gen.Constant(double.NaN)), (5, Gen.Elements(palette))), rows * columns)
        from menteeCapacities in Gen.ArrayOf(Gen.Choose(1, 3), rows)
        from mentorCapacities in Gen.ArrayOf(Gen.Choose(1, 3), columns)
        from floor in Gen.Frequency(
            (2, Gen.Constant<double?>(null)),
            (3, Gen.Elements(palette).SelectMany(v => Gen.Elements<double?>(v, Math.BitDecrement(v), Math.BitIncrement(v)))))
        from priority in Gen.Elements(PairingPriority.CoverageFirst, PairingPriority.QualityFirst)
        from menteeOrder in Gen.Shuffle(Enumerable.Range(0, rows))
        from mentorOrder in Gen.Shuffle(Enumerable.Range(0, columns))
        from takeOrder in Gen.Shuffle(Enumerable.Range(0, rows * columns))
        from take in Gen.Choose(0, rows * columns)
        select new EdgeInstance(
            [.. menteeOrder.Select(k => $"exec-{k}")],
            [.. mentorOrder.Select(k => $"jr-{k}")],
            cells,
            menteeCapacities,
            mentorCapacities,
            floor,
            priority,
            [.. takeOrder.Take(take)]);

    private static IEnumerable<double> Around(float f) =>
    [
        f,
        MathF.BitIncrement(f),
        MathF.BitDecrement(f),
        Math.BitIncrement((double)f),
        Math.BitDecrement((double)f),
    ];
}
