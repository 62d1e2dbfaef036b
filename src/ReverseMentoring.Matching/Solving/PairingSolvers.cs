using ReverseMentoring.Matching.Model;

namespace ReverseMentoring.Matching.Solving;

/// <summary>The catalog of built-in solvers.</summary>
public static class PairingSolvers
{
    /// <summary>
    /// The default: problems with side constraints go to <see cref="CpSat"/>; one-to-one problems on a roughly square
    /// matrix (one side at most 1.1 times the other) to <see cref="LinearSumAssignment"/>; problems with capacities, or
    /// clearly rectangular ones, to <see cref="MinCostFlow"/> (exact too, and faster there). The result's solver name
    /// says which ran.
    /// </summary>
    public static PairingSolver Automatic => AutomaticSolver.Instance;

    /// <summary>
    /// Optimal 1:1 pairing with OR-Tools <c>LinearSumAssignment</c>: as many pairs as the open cells permit,
    /// then the highest total score. Any shape, negative scores, any magnitude (see the README on cost scaling).
    /// Rejects capacities above 1.
    /// </summary>
    public static PairingSolver LinearSumAssignment => AssignmentSolver.Instance;

    /// <summary>
    /// Optimal pairing with capacities with OR-Tools <c>MinCostFlow</c>: a mentor may take up to its capacity of
    /// mentees and a mentee up to its capacity of mentors, a pair is never repeated; most pairs, then highest total.
    /// </summary>
    public static PairingSolver MinCostFlow => FlowSolver.Instance;

    /// <summary>
    /// Stable matching, mentees proposing (Gale–Shapley with capacities): no mentor and mentee who both prefer each
    /// other to what they got. Each side ranks its allowed partners by score, highest first, ties by id (ordinal).
    /// Since both sides' preferences then come from one order of all the pairs, the stable pairing is unique (with
    /// capacities too): it is the best stable pairing for every mentee and for every mentor at once, so
    /// <see cref="StableMentorProposing"/> gives the same pairs. Respects capacities, rules, pinned pairs and the
    /// minimum score; rejects the max-min objective. Reported as <c>GaleShapley (mentee-proposing)</c>.
    /// </summary>
    public static PairingSolver StableMenteeProposing => StableSolver.MenteeProposing;

    /// <summary>
    /// Stable matching, mentors proposing: as <see cref="StableMenteeProposing"/>, and with score-based preferences the
    /// same pairs, since the stable pairing is unique; only the reported name differs. The proposing side matters with
    /// explicit rankings (<see cref="Stable"/>), where each side gets its best stable partners. Reported as
    /// <c>GaleShapley (mentor-proposing)</c>.
    /// </summary>
    public static PairingSolver StableMentorProposing => StableSolver.MentorProposing;

    /// <summary>
    /// Stable matching on explicit rankings instead of scores: a pair is made only when both sides list each other
    /// and the problem allows the cell. Reported as <c>GaleShapley (mentee-proposing, ranked)</c> or
    /// <c>GaleShapley (mentor-proposing, ranked)</c>.
    /// </summary>
    /// <param name="preferences">The rankings; checked against the score matrix's ids when solving.</param>
    /// <param name="proposer">The side that proposes and gets its best stable partners.</param>
    /// <exception cref="MatchingInputException">The proposing side is not a defined value.</exception>
    public static PairingSolver Stable(StablePreferences preferences, StableProposer proposer = StableProposer.Mentees)
    {
        ArgumentNullException.ThrowIfNull(preferences);
        return new StableSolver(proposer, preferences);
    }

    /// <summary>
    /// Pairing with OR-Tools CP-SAT: capacities, pinned pairs, floors and every <see cref="SideConstraints"/> family
    /// (department quotas, load balance, mentees of one department per mentor). Coverage first: most pairs, then the
    /// smallest largest mentor load (when balancing), then the highest total; quality first: highest total, then the
    /// smallest largest load. Starts from the flow optimum repaired to the side constraints; stops at
    /// <see cref="SideConstraints.DeterministicTimeLimit"/> (default 10 deterministic seconds, the same result on any
    /// machine) or <see cref="SideConstraints.TimeLimit"/> (default 60 s) with a <see cref="SolverStatus.Feasible"/>
    /// result and its proven bound, and names the constraints when infeasible.
    /// </summary>
    public static PairingSolver CpSat => CpSatSolver.Instance;
}
