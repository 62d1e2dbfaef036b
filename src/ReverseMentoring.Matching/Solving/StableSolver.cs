using ReverseMentoring.Matching.Model;

namespace ReverseMentoring.Matching.Solving;

/// <summary>
/// Stable matching on the canonical grid the base class builds. Preferences come from scores (each side ranks its open
/// cells by score, highest first, ties by id since rows and columns are in id order; the stable pairing is then unique
/// and found greedily, see <see cref="StableByScore{TCells}"/>) or from explicit <see cref="StablePreferences"/>
/// (Gale–Shapley deferred acceptance). Only open cells are acceptable, so rules, the minimum score
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
        if (_preferences is null)
        {
            // The pairing is unique, so the proposing side changes nothing here.
            var byScore = StableByScore<GridCells>.Pairs(new GridCells(grid), grid.RowCapacity, grid.ColumnCapacity, cancellationToken);
            return new CoreOutcome([.. byScore.Select(p => new SolvedPair(p.Row, p.Column))], Name);
        }

        var menteesPropose = _proposer == StableProposer.Mentees;
        var made = RunRanked(grid, _preferences, menteesPropose, cancellationToken);
        var pairs = new SolvedPair[made.Count];
        for (var k = 0; k < made.Count; k++)
        {
            var (proposer, receiver) = made[k];
            pairs[k] = menteesPropose ? new SolvedPair(proposer, receiver) : new SolvedPair(receiver, proposer);
        }

        return new CoreOutcome(pairs, Name);
    }

    /// <summary>Explicit rankings: full lists and a rank table, since they need not follow the scores.</summary>
    private static List<(int Proposer, int Receiver)> RunRanked(
        Grid grid, StablePreferences preferences, bool menteesPropose, CancellationToken cancellationToken)
    {
        var proposers = menteesPropose ? grid.Rows : grid.Columns;
        bool Open(int proposer, int receiver) => menteesPropose ? grid.IsOpen(proposer, receiver) : grid.IsOpen(receiver, proposer);
        var (menteeLists, mentorLists) = preferences.Indexed(grid.RowIds, grid.ColumnIds);
        var (own, others) = menteesPropose ? (menteeLists, mentorLists) : (mentorLists, menteeLists);

        // Only open cells are acceptable, whatever the rankings say.
        var proposerLists = OnlyOpen(own, Open);
        var receiverRanks = Ranks(OnlyOpen(others, (r, p) => Open(p, r)), proposers);
        var (proposerCapacity, receiverCapacity) = menteesPropose
            ? (grid.RowCapacity, grid.ColumnCapacity)
            : (grid.ColumnCapacity, grid.RowCapacity);
        return GaleShapley.Run(proposerLists, receiverRanks, proposerCapacity, receiverCapacity, cancellationToken);
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
