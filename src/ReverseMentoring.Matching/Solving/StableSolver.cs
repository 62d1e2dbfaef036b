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

    private protected override (IReadOnlyList<SolvedPair> Pairs, string RanAs) SolveCore(
        Grid grid, bool coverageFirst, CancellationToken cancellationToken)
    {
        var (menteeLists, mentorLists) = _preferences is null
            ? (ByScore(grid.Rows, grid.Columns, (i, j) => (i, j), grid), ByScore(grid.Columns, grid.Rows, (j, i) => (i, j), grid))
            : _preferences.Indexed(grid.RowIds, grid.ColumnIds);

        // Only open cells are acceptable, whatever the rankings say.
        menteeLists = [.. menteeLists.Select((list, i) => list.Where(j => grid.IsOpen(i, j)).ToArray())];
        mentorLists = [.. mentorLists.Select((list, j) => list.Where(i => grid.IsOpen(i, j)).ToArray())];

        var pairs = _proposer == StableProposer.Mentees
            ? GaleShapley.Run(menteeLists, Ranks(mentorLists, grid.Rows), grid.RowCapacity, grid.ColumnCapacity, cancellationToken)
                .Select(p => new SolvedPair(p.Proposer, p.Receiver))
            : GaleShapley.Run(mentorLists, Ranks(menteeLists, grid.Columns), grid.ColumnCapacity, grid.RowCapacity, cancellationToken)
                .Select(p => new SolvedPair(p.Receiver, p.Proposer));
        return ([.. pairs], Name);
    }

    /// <summary>Each side's open partners by score, highest first; ties by index, which is id order on the canonical grid.</summary>
    private static int[][] ByScore(int count, int others, Func<int, int, (int Row, int Column)> cell, Grid grid)
    {
        var lists = new int[count][];
        for (var k = 0; k < count; k++)
        {
            lists[k] = [.. Enumerable.Range(0, others)
                .Where(o => grid.IsOpen(cell(k, o).Row, cell(k, o).Column))
                .OrderByDescending(o => grid.Score(cell(k, o).Row, cell(k, o).Column))
                .ThenBy(o => o)];
        }

        return lists;
    }

    /// <summary>Turns lists (best first) into rank tables indexed by the other side; -1 for unacceptable.</summary>
    private static int[][] Ranks(int[][] lists, int others)
    {
        var ranks = new int[lists.Length][];
        for (var k = 0; k < lists.Length; k++)
        {
            ranks[k] = Enumerable.Repeat(-1, others).ToArray();
            for (var position = 0; position < lists[k].Length; position++)
            {
                ranks[k][lists[k][position]] = position;
            }
        }

        return ranks;
    }
}
