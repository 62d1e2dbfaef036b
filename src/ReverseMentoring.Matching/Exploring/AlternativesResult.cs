using ReverseMentoring.Matching.Solving;

namespace ReverseMentoring.Matching.Exploring;

/// <summary>The k best pairings, best first, and per mentee the partners they could have instead. Immutable.</summary>
public sealed class AlternativesResult
{
    internal AlternativesResult(IReadOnlyList<RankedPairing> ranked, IReadOnlyList<MenteeSwitch> switches)
    {
        Ranked = ranked;
        Switches = switches;
        Status = ranked.Any(r => r.Pairing.Status != SolverStatus.Optimal) ? SolverStatus.Feasible : SolverStatus.Optimal;
    }

    /// <summary>
    /// <see cref="SolverStatus.Optimal"/> when every solve was proven optimal, so the ranking is exact;
    /// <see cref="SolverStatus.Feasible"/> when a solver stopped early (CP-SAT's time limit) and the order may be off.
    /// </summary>
    public SolverStatus Status { get; }

    /// <summary>
    /// Up to the asked count of pairings, all different, best first in the engine's objective (coverage first: most
    /// pairs, then highest total): totals never increase while pair counts are equal. Fewer when fewer pairings exist.
    /// </summary>
    public IReadOnlyList<RankedPairing> Ranked { get; }

    /// <summary>
    /// Per mentee (by id), each partner other than the optimum's that a ranked pairing gives them (null: unpaired),
    /// at the first rank that does, best first.
    /// </summary>
    public IReadOnlyList<MenteeSwitch> Switches { get; }
}
