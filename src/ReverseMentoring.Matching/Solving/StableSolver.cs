using ReverseMentoring.Matching.Model;

namespace ReverseMentoring.Matching.Solving;

/// <summary>
/// Stable matching by Gale–Shapley deferred acceptance on the canonical grid the base class builds. Preferences come
/// from scores (each side ranks its open cells by score, highest first, ties by id since rows and columns are in id
/// order) or from explicit <see cref="StablePreferences"/>. Only open cells are acceptable, so rules, the minimum score
/// and quality first (score above 0) all hold; pinned pairs are made first and use up capacity, so stability is
/// among the remaining slots. Coverage first is not an objective here: stability decides who is paired.
/// </summary>
internal sealed class StableSolver : PairingSolver
{
    private readonly StableProposer _proposer;
    private readonly StablePreferences? _preferences;

    public StableSolver(StableProposer proposer, StablePreferences? preferences)
    {
        _proposer = Enum.IsDefined(proposer) ? proposer : throw new MatchingInputException($"Unknown proposing side {(int)proposer}.");
        _preferences = preferences;
    }

    public static StableSolver MenteeProposing { get; } = new(StableProposer.Mentees, null);

    public static StableSolver MentorProposing { get; } = new(StableProposer.Mentors, null);

    public override string Name =>
        $"GaleShapley ({(_proposer == StableProposer.Mentees ? "mentee" : "mentor")}-proposing{(_preferences is null ? string.Empty : ", ranked")})";

    private protected override void CheckSupports(PairingProblem problem)
    {
        base.CheckSupports(problem);
        // A threshold search would change who is acceptable and so break stability; refuse rather than mislead.
        if (problem.Objective == PairingObjective.MaxMin)
        {
            throw new MatchingInputException($"{Name} finds a stable pairing; it does not optimise the max-min objective.");
        }
    }

    /// <summary>Stability, not the most pairs, decides who is paired (and max-min is refused before any work).</summary>
    private protected override bool HasExactCore(Grid grid) => false;

    private protected override CoreOutcome SolveCore(
        Grid grid, bool coverageFirst, CancellationToken cancellationToken)
    {
        var menteesPropose = _proposer == StableProposer.Mentees;
        var (proposers, receivers) = menteesPropose ? (grid.Rows, grid.Columns) : (grid.Columns, grid.Rows);
        bool Open(int proposer, int receiver) => menteesPropose ? grid.IsOpen(proposer, receiver) : grid.IsOpen(receiver, proposer);

        int[][] proposerLists;
        int[] receiverRanks;
        if (_preferences is null)
        {
            double Score(int proposer, int receiver) => menteesPropose ? grid.Score(proposer, receiver) : grid.Score(receiver, proposer);
            proposerLists = ByScore(proposers, receivers, Open, Score, cancellationToken);
            receiverRanks = RanksByScore(receivers, proposers, (r, p) => Open(p, r), (r, p) => Score(p, r), cancellationToken);
        }
        else
        {
            var (menteeLists, mentorLists) = _preferences.Indexed(grid.RowIds, grid.ColumnIds);
            var (own, others) = menteesPropose ? (menteeLists, mentorLists) : (mentorLists, menteeLists);

            // Only open cells are acceptable, whatever the rankings say.
            proposerLists = OnlyOpen(own, Open);
            receiverRanks = Ranks(OnlyOpen(others, (r, p) => Open(p, r)), proposers);
        }

        var (proposerCapacity, receiverCapacity) = menteesPropose
            ? (grid.RowCapacity, grid.ColumnCapacity)
            : (grid.ColumnCapacity, grid.RowCapacity);
        var made = GaleShapley.Run(proposerLists, receiverRanks, proposerCapacity, receiverCapacity, cancellationToken);
        var pairs = new SolvedPair[made.Count];
        for (var k = 0; k < made.Count; k++)
        {
            var (proposer, receiver) = made[k];
            pairs[k] = menteesPropose ? new SolvedPair(proposer, receiver) : new SolvedPair(receiver, proposer);
        }

        return new CoreOutcome(pairs, Name);
    }

    /// <summary>
    /// Each one's open partners by score, highest first; ties by index, which is id order on the canonical grid.
    /// One pair of scratch arrays (keys and indices) is sorted per person; only the lists themselves are kept.
    /// </summary>
    private static int[][] ByScore(
        int count, int others, Func<int, int, bool> open, Func<int, int, double> score, CancellationToken cancellationToken)
    {
        var keys = new double[others];
        var items = new int[others];
        var lists = new int[count][];
        for (var k = 0; k < count; k++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var length = BestFirst(k, others, open, score, keys, items);
            lists[k] = items[..length];
        }

        return lists;
    }

    /// <summary>
    /// The ranks (0 best) each receiver gives each proposer by score, highest first, ties by index; -1 for unacceptable.
    /// One flat array, receiver-major: <c>ranks[receiver * proposers + proposer]</c>.
    /// </summary>
    private static int[] RanksByScore(
        int receivers, int proposers, Func<int, int, bool> open, Func<int, int, double> score, CancellationToken cancellationToken)
    {
        var keys = new double[proposers];
        var items = new int[proposers];
        var ranks = new int[receivers * proposers];
        Array.Fill(ranks, -1);
        for (var r = 0; r < receivers; r++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var length = BestFirst(r, proposers, open, score, keys, items);
            for (var position = 0; position < length; position++)
            {
                ranks[(r * proposers) + items[position]] = position;
            }
        }

        return ranks;
    }

    /// <summary>
    /// Puts <paramref name="k"/>'s open partners into <paramref name="items"/>, highest score first and ties by index
    /// (the order of <c>OrderByDescending(score).ThenBy(index)</c>), and returns how many there are. Each score is read
    /// once; the sort compares the precomputed keys.
    /// </summary>
    private static int BestFirst(
        int k, int others, Func<int, int, bool> open, Func<int, int, double> score, double[] keys, int[] items)
    {
        var length = 0;
        for (var o = 0; o < others; o++)
        {
            if (open(k, o))
            {
                keys[length] = score(k, o);
                items[length++] = o;
            }
        }

        // Ascending by key, reversed to descending; the sort is not stable, so each run of equal keys is put back in index order.
        Array.Sort(keys, items, 0, length);
        Array.Reverse(keys, 0, length);
        Array.Reverse(items, 0, length);
        for (var start = 0; start < length;)
        {
            var end = start + 1;
            while (end < length && keys[end].CompareTo(keys[start]) == 0)
            {
                end++;
            }

            if (end - start > 1)
            {
                Array.Sort(items, start, end - start);
            }

            start = end;
        }

        return length;
    }

    /// <summary>The lists without the partners whose cell is not open, order kept.</summary>
    private static int[][] OnlyOpen(int[][] lists, Func<int, int, bool> open)
    {
        var kept = new int[lists.Length][];
        for (var k = 0; k < lists.Length; k++)
        {
            var list = lists[k];
            var length = 0;
            foreach (var other in list)
            {
                length += open(k, other) ? 1 : 0;
            }

            kept[k] = new int[length];
            length = 0;
            foreach (var other in list)
            {
                if (open(k, other))
                {
                    kept[k][length++] = other;
                }
            }
        }

        return kept;
    }

    /// <summary>Turns lists (best first) into a flat rank table, receiver-major; -1 for unacceptable.</summary>
    private static int[] Ranks(int[][] lists, int others)
    {
        var ranks = new int[lists.Length * others];
        Array.Fill(ranks, -1);
        for (var k = 0; k < lists.Length; k++)
        {
            for (var position = 0; position < lists[k].Length; position++)
            {
                ranks[(k * others) + lists[k][position]] = position;
            }
        }

        return ranks;
    }
}
