using ReverseMentoring.Matching.Model;
using ReverseMentoring.Matching.Rules;
using ReverseMentoring.Matching.Scoring;
using ReverseMentoring.Matching.Solving;

namespace ReverseMentoring.Matching;

/// <summary>What a matching run uses. Every property has a documented default.</summary>
public sealed partial record MatchingOptions
{
    /// <summary>Scores each allowed pair. Default <see cref="PairScorers.Default"/> (skill gap 0.6, reciprocal 0.25, network reach 0.15).</summary>
    public PairScorer Scorer { get; init; } = PairScorers.Default;

    /// <summary>Hard constraints, applied in order. Default <see cref="PairRules.Defaults"/> (reporting line, seniority).</summary>
    public IReadOnlyList<PairRule> Rules { get; init; } = PairRules.Defaults;

    /// <summary>
    /// Chooses the pairs. Default <see cref="PairingSolvers.Automatic"/>, which picks from the problem's shape (see there)
    /// and reports which solver ran.
    /// </summary>
    public PairingSolver Solver { get; init; } = PairingSolvers.Automatic;

    /// <summary>
    /// For a stable run (<see cref="Solver"/> a stable solver) only: whether <see cref="Explaining.Pairing.Stability"/> also compares
    /// the pairing with the optimum, so that its <see cref="Explaining.StabilityReport.OptimalPairCount"/>,
    /// <see cref="Explaining.StabilityReport.OptimalTotal"/> and price of stability are set. Default false: the report has
    /// the blocking pairs and the pairing's own count and total, and those members are null. True solves the whole
    /// problem a second time with <see cref="PairingSolvers.Automatic"/> after the stable solve, which costs more than
    /// the stable solve itself at scale. Other solvers produce no stability report, so they ignore it.
    /// </summary>
    public bool CompareWithOptimum { get; init; }

    /// <summary>What to optimise after pairing as many people as allowed. Default <see cref="PairingObjective.MaxTotal"/>.</summary>
    public PairingObjective Objective { get; init; } = PairingObjective.MaxTotal;

    /// <summary>Coverage first (default: pair everyone who can be) or quality first (a pair only when it adds value).</summary>
    public PairingPriority Priority { get; init; } = PairingPriority.CoverageFirst;

    /// <summary>Pairs scoring below this are never made; the people stay unmatched with that reason. Default null: no floor.</summary>
    public double? MinimumScore { get; init; }

    /// <summary>
    /// When set, every mentor takes up to this many mentees (a circle of executives), whatever each mentor's own
    /// <see cref="Participant.Capacity"/> says. Default null: each mentor's own capacity. At least 1.
    /// </summary>
    public int? MentorCapacity { get; init; }

    /// <summary>
    /// When set, every mentee takes up to this many mentors (for example one for technology and one for social media),
    /// whatever each mentee's own <see cref="Participant.Capacity"/> says. Default null: each mentee's own capacity. At least 1.
    /// </summary>
    public int? MenteeCapacity { get; init; }

    /// <summary>Pairs that must be made. Each must be allowed by every rule, else the run fails naming the rule. Default none.</summary>
    public IReadOnlyList<ParticipantPair> PinnedPairs { get; init; } = [];

    /// <summary>
    /// Department quotas and mentor load balance, solved with CP-SAT. Default null: none, and the flow solvers run.
    /// </summary>
    public SideConstraintOptions? SideConstraints { get; init; }
}
