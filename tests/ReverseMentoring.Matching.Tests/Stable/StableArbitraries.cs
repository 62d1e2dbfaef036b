using FsCheck;
using FsCheck.Fluent;
using ReverseMentoring.Matching.Solving;

namespace ReverseMentoring.Matching.Tests.Stable;

/// <summary>Generators: up to 6×6 with capacities 1–3 (<see cref="StableInstance"/>); smaller shapes where brute force must enumerate.</summary>
public static class StableArbitraries
{
    public static Arbitrary<StableInstance> Instance() => Arb.From(Instances(6, 3));

    public static Arbitrary<RankedInstance> Ranked() => Arb.From(Instances(6, 3).SelectMany(WithRankings));

    public static Arbitrary<PairedInstance> Paired() => Arb.From(Instances(6, 3).SelectMany(WithPairing));

    public static Gen<StableInstance> Instances(int maxSide, int maxCapacity) =>
        from rows in Gen.Choose(1, maxSide)
        from columns in Gen.Choose(1, maxSide)
        from cells in Gen.ArrayOf(Cell, rows * columns)
        from menteeCapacities in Gen.ArrayOf(Gen.Choose(1, maxCapacity), rows)
        from mentorCapacities in Gen.ArrayOf(Gen.Choose(1, maxCapacity), columns)
        from menteeOrder in Gen.Shuffle(Enumerable.Range(0, rows))
        from mentorOrder in Gen.Shuffle(Enumerable.Range(0, columns))
        select new StableInstance(
            [.. menteeOrder.Select(k => $"exec-{k}")],
            [.. mentorOrder.Select(k => $"jr-{k}")],
            Grid(cells, rows, columns),
            menteeCapacities,
            mentorCapacities);

    public static Gen<RankedInstance> WithRankings(StableInstance instance) =>
        from menteeLists in Gen.CollectToArray(Enumerable.Range(0, instance.Rows), _ => RankingOf(instance.MentorIds))
        from mentorLists in Gen.CollectToArray(Enumerable.Range(0, instance.Columns), _ => RankingOf(instance.MenteeIds))
        select new RankedInstance(instance, menteeLists, mentorLists);

    private static Gen<double?> Cell => Gen.Frequency(
        (1, Gen.Constant<double?>(null)),
        (4, Gen.Choose(0, 4).Select(v => (double?)v)));

    /// <summary>A shuffled prefix of the other side: usually complete, sometimes short (incomplete lists).</summary>
    private static Gen<string[]> RankingOf(string[] others) =>
        from order in Gen.Shuffle(others)
        from length in Gen.Frequency((1, Gen.Choose(0, others.Length)), (2, Gen.Constant(others.Length)))
        select order.Take(length).ToArray();

    private static Gen<PairedInstance> WithPairing(StableInstance instance) =>
        from cells in Gen.Shuffle(Enumerable.Range(0, instance.Rows * instance.Columns))
        from takes in Gen.ArrayOf(Gen.Elements(true, true, false), cells.Length)
        select new PairedInstance(instance, Pairing(instance, cells, takes));

    private static SolvedPair[] Pairing(StableInstance instance, int[] cells, bool[] takes)
    {
        var menteeLoad = new int[instance.Rows];
        var mentorLoad = new int[instance.Columns];
        var pairs = new List<SolvedPair>();
        for (var k = 0; k < cells.Length; k++)
        {
            var (i, j) = (cells[k] / instance.Columns, cells[k] % instance.Columns);
            if (takes[k] && instance.IsAllowed(i, j)
                && menteeLoad[i] < instance.MenteeCapacities[i] && mentorLoad[j] < instance.MentorCapacities[j])
            {
                menteeLoad[i]++;
                mentorLoad[j]++;
                pairs.Add(new SolvedPair(i, j));
            }
        }

        return [.. pairs];
    }

    private static double?[,] Grid(double?[] cells, int rows, int columns)
    {
        var grid = new double?[rows, columns];
        for (var k = 0; k < cells.Length; k++)
        {
            grid[k / columns, k % columns] = cells[k];
        }

        return grid;
    }
}

/// <summary>One-to-one instances up to 5×5 with rankings, small enough to enumerate every matching.</summary>
public static class OneToOneArbitraries
{
    public static Arbitrary<RankedInstance> Ranked() =>
        Arb.From(StableArbitraries.Instances(5, 1).SelectMany(StableArbitraries.WithRankings));
}

/// <summary>Instances up to 4×4 with capacities 1–3, small enough to enumerate every pairing (2^16 cell subsets).</summary>
public static class SmallArbitraries
{
    public static Arbitrary<StableInstance> Instance() => Arb.From(StableArbitraries.Instances(4, 3));
}
