using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using ReverseMentoring.Matching.Scoring;
using ReverseMentoring.Matching.Solving;

namespace ReverseMentoring.Matching.Tests.Support;

/// <summary>A small random pairing problem: scores with forbidden (null) cells, capacities, objective, priority, floor.</summary>
public sealed record ProblemInstance(
    double?[,] Scores, int[] MenteeCapacities, int[] MentorCapacities, PairingObjective Objective, PairingPriority Priority, double? Floor)
{
    public int Rows => Scores.GetLength(0);

    public int Columns => Scores.GetLength(1);

    public string[] MenteeIds => [.. Enumerable.Range(0, Rows).Select(i => $"e{i}")];

    public string[] MentorIds => [.. Enumerable.Range(0, Columns).Select(j => $"m{j}")];

    public ScoreMatrix Matrix => new(MenteeIds, MentorIds, Scores);

    public PairingProblem Problem => new(Matrix, MenteeCapacities, MentorCapacities, null, Objective, Priority, Floor);

    public override string ToString()
    {
        var rows = Enumerable.Range(0, Rows).Select(i => string.Join(" ", Enumerable.Range(0, Columns)
            .Select(j => Scores[i, j]?.ToString("0.###", CultureInfo.InvariantCulture) ?? "-")));
        return $"{Objective}/{Priority} floor={Floor} rowCaps=[{string.Join(",", MenteeCapacities)}] colCaps=[{string.Join(",", MentorCapacities)}] [{string.Join(" | ", rows)}]";
    }
}

/// <summary>Bounded generators for <see cref="ProblemInstance"/>.</summary>
public static class ProblemInstances
{
    /// <summary>Scores from a small set, so ties are common; negatives included.</summary>
    private static readonly double[] Values = [-1, -0.5, 0, 0.1, 0.25, 0.5, 0.5, 0.75, 1, 2];

    /// <summary>One-to-one problems up to 6×6 with every objective, priority and an optional floor.</summary>
    public static Arbitrary<ProblemInstance> OneToOne() => Arb.From(Instance(maxSide: 6, maxCapacity: 1));

    /// <summary>Problems with capacities 1–3 on both sides up to 4×4 (brute force stays fast).</summary>
    public static Arbitrary<ProblemInstance> WithCapacities() => Arb.From(Instance(maxSide: 4, maxCapacity: 3));

    /// <summary>Group circles up to 6×6: each mentor takes up to 3 mentees, each mentee one mentor.</summary>
    public static Arbitrary<ProblemInstance> MentorCircles() => Arb.From(Instance(maxSide: 6, maxCapacity: 3, maxMenteeCapacity: 1));

    private static Gen<ProblemInstance> Instance(int maxSide, int maxCapacity, int? maxMenteeCapacity = null) =>
        from rows in Gen.Choose(0, maxSide)
        from columns in Gen.Choose(0, maxSide)
        from cells in Gen.Frequency((1, Gen.Constant<double?>(null)), (3, Gen.Elements(Values).Select(v => (double?)v)))
            .ArrayOf(rows * columns)
        from rowCaps in Gen.Choose(1, maxMenteeCapacity ?? maxCapacity).ArrayOf(rows)
        from columnCaps in Gen.Choose(1, maxCapacity).ArrayOf(columns)
        from objective in Gen.Elements(PairingObjective.MaxTotal, PairingObjective.MaxMin)
        from priority in Gen.Elements(PairingPriority.CoverageFirst, PairingPriority.QualityFirst)
        from floor in Gen.Elements<double?>(null, null, 0.25, 0.5)
        select new ProblemInstance(ToGrid(cells, rows, columns), rowCaps, columnCaps, objective, priority, floor);

    private static double?[,] ToGrid(double?[] cells, int rows, int columns)
    {
        var grid = new double?[rows, columns];
        for (var k = 0; k < cells.Length; k++)
        {
            grid[k / columns, k % columns] = cells[k];
        }

        return grid;
    }
}
