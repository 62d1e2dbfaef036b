using ReverseMentoring.Matching.Model;
using ReverseMentoring.Matching.Scoring;

namespace ReverseMentoring.Matching.Solving;

/// <summary>
/// Everything a solver needs: a score matrix, how many partners each side can take, pairs that must be made,
/// the objective, a minimum score and side constraints. No participants: solvers only ever see numbers and ids. Immutable.
/// </summary>
public sealed class PairingProblem
{
    /// <summary>Creates and validates a problem.</summary>
    /// <param name="scores">The score matrix; forbidden cells are never paired.</param>
    /// <param name="menteeCapacities">Partners per mentee row, each at least 1; default 1 each.</param>
    /// <param name="mentorCapacities">Partners per mentor column, each at least 1; default 1 each.</param>
    /// <param name="pinnedPairs">Pairs that must be made whatever their score; each an allowed cell, within capacities.</param>
    /// <param name="objective">What to optimise after coverage; default <see cref="PairingObjective.MaxTotal"/>.</param>
    /// <param name="priority">Coverage first (default) or quality first.</param>
    /// <param name="minimumScore">Pairs scoring below this are never made (pinned pairs excepted); null for none.</param>
    /// <param name="sideConstraints">Quotas and load balance only <see cref="PairingSolvers.CpSat"/> honours; default
    /// <see cref="SideConstraints.None"/>.</param>
    /// <exception cref="MatchingInputException">A capacity list has the wrong length or a value below 1, a pinned pair
    /// is forbidden, repeated or over a capacity, the minimum score is not finite, or a department list has the
    /// wrong length.</exception>
    public PairingProblem(
        ScoreMatrix scores,
        IReadOnlyList<int>? menteeCapacities = null,
        IReadOnlyList<int>? mentorCapacities = null,
        IReadOnlyList<SolvedPair>? pinnedPairs = null,
        PairingObjective objective = PairingObjective.MaxTotal,
        PairingPriority priority = PairingPriority.CoverageFirst,
        double? minimumScore = null,
        SideConstraints? sideConstraints = null)
    {
        ArgumentNullException.ThrowIfNull(scores);
        Scores = scores;
        MenteeCapacities = Capacities(menteeCapacities, scores.MenteeIds, "mentee");
        MentorCapacities = Capacities(mentorCapacities, scores.MentorIds, "mentor");
        PinnedPairs = CheckPinned(pinnedPairs ?? [], scores, MenteeCapacities, MentorCapacities);
        Objective = Enum.IsDefined(objective) ? objective : throw new MatchingInputException($"Unknown objective {(int)objective}.");
        Priority = Enum.IsDefined(priority) ? priority : throw new MatchingInputException($"Unknown priority {(int)priority}.");
        if (minimumScore is { } floor && !double.IsFinite(floor))
        {
            throw new MatchingInputException("The minimum score must be a finite number.");
        }

        MinimumScore = minimumScore;
        Floor = Math.Max(
            minimumScore ?? double.NegativeInfinity,
            priority == PairingPriority.QualityFirst ? double.Epsilon : double.NegativeInfinity); // quality first: a pair must add value
        SideConstraints = sideConstraints ?? SideConstraints.None;
        CheckDepartments(SideConstraints.MenteeDepartments, scores.MenteeCount, "mentee");
        CheckDepartments(SideConstraints.MentorDepartments, scores.MentorCount, "mentor");
    }

    /// <summary>The score matrix.</summary>
    public ScoreMatrix Scores { get; }

    /// <summary>Partners per mentee row.</summary>
    public IReadOnlyList<int> MenteeCapacities { get; }

    /// <summary>Partners per mentor column.</summary>
    public IReadOnlyList<int> MentorCapacities { get; }

    /// <summary>Pairs that must be made.</summary>
    public IReadOnlyList<SolvedPair> PinnedPairs { get; }

    /// <summary>What to optimise after coverage.</summary>
    public PairingObjective Objective { get; }

    /// <summary>Coverage first or quality first.</summary>
    public PairingPriority Priority { get; }

    /// <summary>Pairs below this score are never made; null for no floor.</summary>
    public double? MinimumScore { get; }

    /// <summary>The lowest score a solver may pair (pinned pairs excepted): the minimum score, and above 0 when quality first.</summary>
    internal double Floor { get; }

    /// <summary>Whether a solver may pair this cell: allowed and not below <see cref="Floor"/>.</summary>
    internal bool IsPairable(int mentee, int mentor) => Scores.IsAllowed(mentee, mentor) && Scores[mentee, mentor] >= Floor;

    /// <summary>Quotas and load balance; <see cref="SideConstraints.None"/> when there are none.</summary>
    public SideConstraints SideConstraints { get; }

    /// <summary>Whether every capacity is 1, so that the pairing is one-to-one.</summary>
    public bool IsOneToOne => MenteeCapacities.All(c => c == 1) && MentorCapacities.All(c => c == 1);

    private static System.Collections.ObjectModel.ReadOnlyCollection<int> Capacities(IReadOnlyList<int>? given, IReadOnlyList<string> ids, string side)
    {
        if (given is null)
        {
            return Enumerable.Repeat(1, ids.Count).ToArray().AsReadOnly();
        }

        if (given.Count != ids.Count)
        {
            throw new MatchingInputException($"There are {given.Count} {side} capacities for {ids.Count} {side}s.");
        }

        for (var k = 0; k < given.Count; k++)
        {
            if (given[k] < 1)
            {
                throw new MatchingInputException($"The capacity of {side} '{ids[k]}' must be at least 1, but was {given[k]}.");
            }
        }

        return given.ToArray().AsReadOnly();
    }

    private static void CheckDepartments(IReadOnlyList<string?>? departments, int count, string side)
    {
        if (departments is not null && departments.Count != count)
        {
            throw new MatchingInputException($"There are {departments.Count} {side} departments for {count} {side}s.");
        }
    }

    private static System.Collections.ObjectModel.ReadOnlyCollection<SolvedPair> CheckPinned(
        IReadOnlyList<SolvedPair> pinned, ScoreMatrix scores, IReadOnlyList<int> menteeCaps, IReadOnlyList<int> mentorCaps)
    {
        var menteeLoad = new int[scores.MenteeCount];
        var mentorLoad = new int[scores.MentorCount];
        var seen = new HashSet<SolvedPair>();
        foreach (var pair in pinned)
        {
            if (pair.Mentee < 0 || pair.Mentee >= scores.MenteeCount || pair.Mentor < 0 || pair.Mentor >= scores.MentorCount)
            {
                throw new MatchingInputException($"The pinned pair ({pair.Mentee}, {pair.Mentor}) is outside the score matrix.");
            }

            var name = $"mentor '{scores.MentorIds[pair.Mentor]}' with mentee '{scores.MenteeIds[pair.Mentee]}'";
            if (!scores.IsAllowed(pair.Mentee, pair.Mentor))
            {
                throw new MatchingInputException($"The pinned pair {name} is not allowed.");
            }

            if (!seen.Add(pair))
            {
                throw new MatchingInputException($"The pinned pair {name} is given twice.");
            }

            if (++menteeLoad[pair.Mentee] > menteeCaps[pair.Mentee] || ++mentorLoad[pair.Mentor] > mentorCaps[pair.Mentor])
            {
                throw new MatchingInputException($"The pinned pair {name} goes over a capacity.");
            }
        }

        return pinned.ToArray().AsReadOnly();
    }
}
