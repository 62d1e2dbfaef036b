using Google.OrTools.Graph;
using ReverseMentoring.Matching.Scoring;

namespace ReverseMentoring.Matching.Benchmarks;

/// <summary>
/// The baselines of the scale benchmarks: OR-Tools called by hand, as an analyst with a score table would write it,
/// on integer costs prepared once. Nothing here goes through the library, so the ratios against it are what the
/// library's pipeline adds on top of the raw solver, whatever happens to its internals.
/// </summary>
/// <remarks>
/// Costs: an allowed pair costs <c>-(bonus + round(score · scale))</c>, anything else (forbidden, padding, unused slot)
/// costs 0 and means "unpaired". The bonus is larger than the spread of any pairing's total, so one more pair always
/// beats a better total (coverage first, the library's default objective). The scale keeps the largest cost inside
/// OR-Tools' price bound (about 3 · nodes² · largest cost below 2^63), capped at 1e6 (scores closer than 1e-6 tie).
/// </remarks>
internal static class OrToolsByHand
{
    private const double MaxScale = 1e6;

    /// <summary>The cost resolution for a network of <paramref name="nodes"/> nodes and at most <paramref name="pairs"/> pairs.</summary>
    public static double Scale(int nodes, int pairs)
    {
        var size = nodes + 1.0;
        return Math.Floor(Math.Min(MaxScale, Math.Pow(2, 62) / (3 * size * size * ((2.0 * pairs) + 2))));
    }

    /// <summary>How far apart two optimal totals may be: every pair's score is rounded to 1/scale on both sides.</summary>
    public static double Tolerance(int pairs, double scale) => Math.Max(1, pairs) * 2 / scale;

    /// <summary>A pair's cost: coverage bonus plus the scaled score, negated (OR-Tools minimises).</summary>
    public static long PairCost(double score, double scale, int pairs) =>
        -((2L * pairs * (long)scale) + 1 + (long)Math.Round(score * scale));

    /// <summary>Square costs for <see cref="Assign"/>: <paramref name="size"/>², mentee-major, 0 for forbidden and padding.</summary>
    public static (long[] Costs, int Size, double Scale) AssignmentCosts(ScoreMatrix matrix)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        var size = Math.Max(matrix.MenteeCount, matrix.MentorCount);
        var pairs = Math.Min(matrix.MenteeCount, matrix.MentorCount);
        var scale = Scale(2 * size, pairs);
        var costs = new long[size * size];
        for (var i = 0; i < matrix.MenteeCount; i++)
        {
            for (var j = 0; j < matrix.MentorCount; j++)
            {
                if (matrix.IsAllowed(i, j))
                {
                    costs[(i * size) + j] = PairCost(matrix[i, j], scale, pairs);
                }
            }
        }

        return (costs, size, scale);
    }

    /// <summary>
    /// LinearSumAssignment on a square cost matrix: an arc for every cell, solve, read each row's mate.
    /// Returns the mate of every row (padding included); a pair is real where its cost is below 0.
    /// </summary>
    public static int[] Assign(long[] costs, int size)
    {
        ArgumentNullException.ThrowIfNull(costs);
        using var assignment = new LinearSumAssignment();
        for (var i = 0; i < size; i++)
        {
            for (var j = 0; j < size; j++)
            {
                assignment.AddArcWithCost(i, j, costs[(i * size) + j]);
            }
        }

        var status = assignment.Solve();
        if (status != LinearSumAssignment.Status.OPTIMAL)
        {
            throw new InvalidOperationException($"LinearSumAssignment ended with status {status}.");
        }

        var mates = new int[size];
        for (var i = 0; i < size; i++)
        {
            mates[i] = assignment.RightMate(i);
        }

        return mates;
    }

    /// <summary>The real pairs of <see cref="Assign"/>'s mates and their total score on <paramref name="matrix"/>.</summary>
    public static (int Pairs, double Total) Total(ScoreMatrix matrix, long[] costs, int size, int[] mates)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        ArgumentNullException.ThrowIfNull(costs);
        ArgumentNullException.ThrowIfNull(mates);
        var pairs = 0;
        var total = 0.0;
        for (var i = 0; i < matrix.MenteeCount; i++)
        {
            var j = mates[i];
            if (costs[(i * size) + j] < 0)
            {
                pairs++;
                total += matrix[i, j];
            }
        }

        return (pairs, total);
    }

    /// <summary>
    /// The flow network of <see cref="Flow"/>, prepared once: the mentee → mentor arcs (allowed cells only) with their
    /// costs, and the supply (the most pairs the capacities allow).
    /// </summary>
    public sealed record FlowNetwork(int Mentees, int Mentors, int[] MenteeCapacity, int[] MentorCapacity, int[] ArcMentee, int[] ArcMentor, long[] ArcCost, long Supply, double Scale);

    /// <summary>The network for <paramref name="matrix"/> with the given capacities.</summary>
    public static FlowNetwork FlowNetworkFor(ScoreMatrix matrix, int[] menteeCapacity, int[] mentorCapacity)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        ArgumentNullException.ThrowIfNull(menteeCapacity);
        ArgumentNullException.ThrowIfNull(mentorCapacity);
        var supply = Math.Min(menteeCapacity.Sum(c => (long)c), mentorCapacity.Sum(c => (long)c));
        var pairs = (int)Math.Min(supply, (long)matrix.MenteeCount * matrix.MentorCount);
        var scale = Scale(matrix.MenteeCount + matrix.MentorCount + 2, pairs);
        var arcMentee = new List<int>();
        var arcMentor = new List<int>();
        var arcCost = new List<long>();
        for (var i = 0; i < matrix.MenteeCount; i++)
        {
            for (var j = 0; j < matrix.MentorCount; j++)
            {
                if (matrix.IsAllowed(i, j))
                {
                    arcMentee.Add(i);
                    arcMentor.Add(j);
                    arcCost.Add(PairCost(matrix[i, j], scale, pairs));
                }
            }
        }

        return new FlowNetwork(matrix.MenteeCount, matrix.MentorCount, menteeCapacity, mentorCapacity, [.. arcMentee], [.. arcMentor], [.. arcCost], supply, scale);
    }

    /// <summary>
    /// MinCostFlow by hand: source → mentee (its capacity), mentee → mentor (1, the pair's cost), mentor → sink (its
    /// capacity), and a zero-cost bypass source → sink so every supply is feasible. Returns the flow on each pair arc.
    /// </summary>
    public static bool[] Flow(FlowNetwork network)
    {
        ArgumentNullException.ThrowIfNull(network);
        int source = 0, sink = network.Mentees + network.Mentors + 1;
        using var flow = new MinCostFlow();
        for (var i = 0; i < network.Mentees; i++)
        {
            flow.AddArcWithCapacityAndUnitCost(source, 1 + i, network.MenteeCapacity[i], 0);
        }

        for (var j = 0; j < network.Mentors; j++)
        {
            flow.AddArcWithCapacityAndUnitCost(1 + network.Mentees + j, sink, network.MentorCapacity[j], 0);
        }

        flow.AddArcWithCapacityAndUnitCost(source, sink, network.Supply, 0);
        var arcs = new int[network.ArcCost.Length];
        for (var k = 0; k < arcs.Length; k++)
        {
            arcs[k] = flow.AddArcWithCapacityAndUnitCost(1 + network.ArcMentee[k], 1 + network.Mentees + network.ArcMentor[k], 1, network.ArcCost[k]);
        }

        flow.SetNodeSupply(source, network.Supply);
        flow.SetNodeSupply(sink, -network.Supply);
        var status = flow.Solve();
        if (status != MinCostFlowBase.Status.OPTIMAL)
        {
            throw new InvalidOperationException($"MinCostFlow ended with status {status}.");
        }

        var used = new bool[arcs.Length];
        for (var k = 0; k < arcs.Length; k++)
        {
            used[k] = flow.Flow(arcs[k]) > 0;
        }

        return used;
    }

    /// <summary>Pairs and total score of a <see cref="Flow"/> result.</summary>
    public static (int Pairs, double Total) Total(ScoreMatrix matrix, FlowNetwork network, bool[] used)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(used);
        var pairs = 0;
        var total = 0.0;
        for (var k = 0; k < used.Length; k++)
        {
            if (used[k])
            {
                pairs++;
                total += matrix[network.ArcMentee[k], network.ArcMentor[k]];
            }
        }

        return (pairs, total);
    }

    /// <summary>Throws unless pairs are equal and totals within the tolerance; prints a <c>// check</c> line either way.</summary>
    public static void Check(string label, int rawPairs, double rawTotal, int libraryPairs, double libraryTotal, double scale)
    {
        var tolerance = Tolerance(rawPairs, scale);
        var ok = rawPairs == libraryPairs && Math.Abs(rawTotal - libraryTotal) <= tolerance;
        Console.WriteLine(string.Create(
            System.Globalization.CultureInfo.InvariantCulture,
            $"// check {label}: raw {rawPairs} pairs, total {rawTotal:F6} | library {libraryPairs} pairs, total {libraryTotal:F6} | difference {Math.Abs(rawTotal - libraryTotal):G3}, tolerance {tolerance:G3} | {(ok ? "ok" : "MISMATCH")}"));
        if (!ok)
        {
            throw new InvalidOperationException($"{label}: the library's result differs from the raw OR-Tools baseline.");
        }
    }
}
