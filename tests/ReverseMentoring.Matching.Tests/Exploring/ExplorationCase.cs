using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using ReverseMentoring.Matching.Model;
using ReverseMentoring.Matching.Rules;
using ReverseMentoring.Matching.Solving;
using ReverseMentoring.Matching.Tests.Support;

namespace ReverseMentoring.Matching.Tests.Exploring;

/// <summary>
/// A small cohort (up to 5 × 5, capacity 1) whose scores come from a table and whose forbidden cells come from a
/// Forbidden rule, so the brute force sees exactly the numbers the engine sees. Scores are multiples of 1/64: exact in
/// float32 and in any sum, so totals compare to 1e-9.
/// </summary>
public sealed class ExplorationCase
{
    public ExplorationCase(double?[,] scores, PairingPriority priority, double? floor, (int Mentee, int Mentor)[] current, double penalty, int count)
    {
        Scores = scores;
        Priority = priority;
        Floor = floor;
        Current = current;
        Penalty = penalty;
        Count = count;
    }

    /// <summary>Mentee rows × mentor columns; null: a rule forbids the pair.</summary>
    public double?[,] Scores { get; }

    public PairingPriority Priority { get; }

    public double? Floor { get; }

    /// <summary>A current pairing (one-to-one, forbidden cells included) for re-match tests.</summary>
    public (int Mentee, int Mentor)[] Current { get; }

    public double Penalty { get; }

    /// <summary>How many alternatives to rank.</summary>
    public int Count { get; }

    public int Mentees => Scores.GetLength(0);

    public int Mentors => Scores.GetLength(1);

    public static string MenteeId(int i) => $"e{i}";

    public static string MentorId(int j) => $"m{j}";

    public Cohort Cohort() => new(
        Enumerable.Range(0, Mentees).Select(i => Participant.Mentee(MenteeId(i), 5))
            .Concat(Enumerable.Range(0, Mentors).Select(j => Participant.Mentor(MentorId(j), 1))));

    public MatchingEngine Engine(IReadOnlyList<ParticipantPair>? pinned = null)
    {
        var table = new Dictionary<(string, string), double>();
        var forbidden = new List<ParticipantPair>();
        for (var i = 0; i < Mentees; i++)
        {
            for (var j = 0; j < Mentors; j++)
            {
                if (Scores[i, j] is { } s)
                {
                    table[(MenteeId(i), MentorId(j))] = s;
                }
                else
                {
                    forbidden.Add(new ParticipantPair(MentorId(j), MenteeId(i)));
                }
            }
        }

        return new MatchingEngine(new MatchingOptions
        {
            Scorer = new TableScorer(table),
            Rules = [PairRules.Forbidden(forbidden)],
            Priority = Priority,
            MinimumScore = Floor,
            PinnedPairs = pinned ?? [],
        });
    }

    /// <summary>Whether a solver may pair the cell: allowed, not below the floor, and quality first above 0.</summary>
    public bool IsOpen(int i, int j) =>
        Scores[i, j] is { } s && (Floor is null || s >= Floor) && (Priority == PairingPriority.CoverageFirst || s > 0);

    public override string ToString()
    {
        var rows = Enumerable.Range(0, Mentees).Select(i => string.Join(" ", Enumerable.Range(0, Mentors)
            .Select(j => Scores[i, j] is { } s ? s.ToString("0.######", CultureInfo.InvariantCulture) : "-")));
        return $"{Priority} floor={Floor} penalty={Penalty} k={Count}\n  {string.Join("\n  ", rows)}\n  current {string.Join(",", Current)}";
    }
}

public static class ExplorationCases
{
    public static Arbitrary<ExplorationCase> Cases() => Gen().ToArbitrary();

    private static Gen<ExplorationCase> Gen() =>
        from mentees in FsCheck.Fluent.Gen.Choose(1, 5)
        from mentors in FsCheck.Fluent.Gen.Choose(1, 5)
        from cells in Cell().ArrayOf(mentees * mentors)
        from priority in FsCheck.Fluent.Gen.Elements(PairingPriority.CoverageFirst, PairingPriority.CoverageFirst, PairingPriority.QualityFirst)
        from floor in FsCheck.Fluent.Gen.Elements<double?>(null, null, null, 0.25)
        from order in FsCheck.Fluent.Gen.Shuffle(Enumerable.Range(0, mentors))
        from taken in FsCheck.Fluent.Gen.Elements(true, true, false).ArrayOf(mentees)
        from penalty in FsCheck.Fluent.Gen.Elements(0.0, 0.1, 0.25, 0.5, 1000.0)
        from count in FsCheck.Fluent.Gen.Choose(1, 12)
        select new ExplorationCase(
            Grid(mentees, mentors, cells),
            priority,
            floor,
            [.. Enumerable.Range(0, Math.Min(mentees, mentors)).Where(i => taken[i]).Select(i => (i, order[i]))],
            penalty,
            count);

    // Forbidden about one cell in five; scores k/64 with repeats, so ties are common.
    private static Gen<double?> Cell() =>
        FsCheck.Fluent.Gen.Frequency(
            (1, FsCheck.Fluent.Gen.Constant<double?>(null)),
            (4, FsCheck.Fluent.Gen.Choose(0, 64).Select(k => (double?)(k / 64.0))));

    private static double?[,] Grid(int mentees, int mentors, double?[] cells)
    {
        var grid = new double?[mentees, mentors];
        for (var i = 0; i < mentees; i++)
        {
            for (var j = 0; j < mentors; j++)
            {
                grid[i, j] = cells[(i * mentors) + j];
            }
        }

        return grid;
    }
}

/// <summary>
/// Every one-to-one pairing of a small grid, enumerated: the oracle of the explorations. Independent of the library's
/// solvers and of Murty's ranking.
/// </summary>
internal static class AllPairings
{
    /// <summary>Every pairing using only cells <paramref name="usable"/> allows (the empty one included).</summary>
    public static List<HashSet<(int Mentee, int Mentor)>> Of(int mentees, int mentors, Func<int, int, bool> usable)
    {
        var all = new List<HashSet<(int, int)>>();
        var used = new bool[mentors];
        var chosen = new List<(int, int)>();

        void Visit(int row)
        {
            if (row == mentees)
            {
                all.Add([.. chosen]);
                return;
            }

            Visit(row + 1);
            for (var j = 0; j < mentors; j++)
            {
                if (!used[j] && usable(row, j))
                {
                    used[j] = true;
                    chosen.Add((row, j));
                    Visit(row + 1);
                    chosen.RemoveAt(chosen.Count - 1);
                    used[j] = false;
                }
            }
        }

        Visit(0);
        return all;
    }

    public static double Total(ExplorationCase c, IEnumerable<(int Mentee, int Mentor)> pairing) =>
        pairing.Sum(p => c.Scores[p.Mentee, p.Mentor]!.Value);

    /// <summary>The objective's key, larger is better: (pairs, value) coverage first, (0, value) quality first.</summary>
    public static (int Pairs, double Value) Key(ExplorationCase c, int pairs, double value) =>
        (c.Priority == PairingPriority.CoverageFirst ? pairs : 0, value);

    public static int Compare((int Pairs, double Value) a, (int Pairs, double Value) b) =>
        a.Pairs != b.Pairs ? a.Pairs.CompareTo(b.Pairs) : Math.Abs(a.Value - b.Value) <= PairingOracle.Epsilon ? 0 : a.Value.CompareTo(b.Value);

    /// <summary>The best pairing among <paramref name="pairings"/> by the objective (with an extra value per pairing).</summary>
    public static HashSet<(int Mentee, int Mentor)> Best(
        ExplorationCase c, IEnumerable<HashSet<(int Mentee, int Mentor)>> pairings, Func<HashSet<(int, int)>, double>? extra = null)
    {
        HashSet<(int, int)>? best = null;
        (int, double) bestKey = default;
        foreach (var pairing in pairings)
        {
            var key = Key(c, pairing.Count, Total(c, pairing) + (extra?.Invoke(pairing) ?? 0));
            if (best is null || Compare(key, bestKey) > 0)
            {
                (best, bestKey) = (pairing, key);
            }
        }

        return best!;
    }
}
