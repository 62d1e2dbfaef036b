using ReverseMentoring.Matching.Solving;

namespace ReverseMentoring.Matching;

/// <summary>
/// Department quotas and load balance in participant terms; the engine turns them into <see cref="SideConstraints"/>
/// with each participant's <see cref="Model.Participant.Department"/> as the department label (compared ignoring case; unknown
/// departments never count as the same). Every constraint is off by default. Honoured by CP-SAT only, which
/// <see cref="PairingSolvers.Automatic"/> picks when any is on.
/// </summary>
public sealed record SideConstraintOptions
{
    /// <summary>At most this many pairs whose mentor and mentee share a department. Default null: no limit.</summary>
    public int? MaxSameDepartmentPairs { get; init; }

    /// <summary>
    /// At least this fraction (0 to 1) of all pairs joins two different departments; a pairing without pairs meets it.
    /// Default null: no minimum.
    /// </summary>
    public double? MinCrossDepartmentShare { get; init; }

    /// <summary>
    /// Whether to minimise the largest number of mentees of any mentor: after pairing the most people and before the
    /// total score (coverage first), or after the total score (quality first). Default false.
    /// </summary>
    public bool BalanceMentorLoad { get; init; }

    /// <summary>At most this many mentees of one department per mentor. Default null: no limit.</summary>
    public int? MaxMenteesPerDepartmentPerMentor { get; init; }

    /// <summary>
    /// How long each CP-SAT solve may search, in wall-clock time: a safety net, as the wall clock depends on the machine
    /// and its load. Default <see cref="SideConstraints.DefaultTimeLimit"/> (60 s).
    /// </summary>
    public TimeSpan CpSatTimeLimit { get; init; } = SideConstraints.DefaultTimeLimit;

    /// <summary>
    /// How much work each CP-SAT solve may do, in CP-SAT's deterministic seconds (about a second each on a typical
    /// machine): a run stopped by this limit gives the same pairing on any machine and under any load. Default
    /// <see cref="SideConstraints.DefaultDeterministicTimeLimit"/> (10).
    /// </summary>
    public double CpSatDeterministicTimeLimit { get; init; } = SideConstraints.DefaultDeterministicTimeLimit;
}
