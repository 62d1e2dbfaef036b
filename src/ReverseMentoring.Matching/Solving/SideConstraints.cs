using System.Collections.ObjectModel;
using ReverseMentoring.Matching.Model;

namespace ReverseMentoring.Matching.Solving;

/// <summary>
/// Constraints that break the flow structure of a pairing, so only <see cref="PairingSolvers.CpSat"/> honours them:
/// department quotas, mentor load balance and a cap on mentees of one department per mentor. Solvers never see
/// participants, so departments are given as labels per mentee row and per mentor column. Immutable.
/// </summary>
/// <remarks>
/// A pair is <em>same-department</em> when both departments are known (not null) and equal (ordinal); every other
/// pair, including one with an unknown department, <em>crosses</em> departments. Pinned pairs count toward every constraint.
/// The cross-department share of a pairing without pairs is taken as met (vacuously true), so that only pinned pairs
/// can make these constraints infeasible.
/// </remarks>
public sealed class SideConstraints
{
    /// <summary>
    /// The wall-clock CP-SAT time limit when none is given: 60 seconds per CP-SAT solve. A safety net: the
    /// <see cref="DefaultDeterministicTimeLimit"/> normally stops the search first, on any machine.
    /// </summary>
    public static readonly TimeSpan DefaultTimeLimit = TimeSpan.FromSeconds(60);

    /// <summary>
    /// The deterministic CP-SAT time limit when none is given: 10 deterministic seconds per CP-SAT solve (CP-SAT's measure of
    /// work done, about a second each on a typical machine, whatever the machine's load).
    /// </summary>
    public const double DefaultDeterministicTimeLimit = 10;

    /// <summary>No side constraints and the default time limit.</summary>
    public static SideConstraints None { get; } = new();

    /// <summary>Creates and validates side constraints; every constraint is off by default.</summary>
    /// <param name="menteeDepartments">A department per mentee row, null where unknown; default all unknown.</param>
    /// <param name="mentorDepartments">A department per mentor column, null where unknown; default all unknown.</param>
    /// <param name="maxSameDepartmentPairs">At most this many same-department pairs; null for no limit.</param>
    /// <param name="minCrossDepartmentShare">At least this fraction (0 to 1, e.g. 0.6 for 60 %, taken to 6 decimals) of all
    /// pairs cross departments; null for no minimum.</param>
    /// <param name="balanceMentorLoad">Whether to minimise the largest number of mentees of any mentor, right after
    /// coverage (coverage first) or right after the total score (quality first).</param>
    /// <param name="maxMenteesPerDepartmentPerMentor">At most this many mentees of one known department per mentor; null
    /// for no limit. Mentees without a department are not counted.</param>
    /// <param name="timeLimit">How long each CP-SAT solve may search, in wall-clock time; default <see cref="DefaultTimeLimit"/>.
    /// When a limit stops the search the result is <see cref="SolverStatus.Feasible"/>.</param>
    /// <param name="deterministicTimeLimit">How much work each CP-SAT solve may do, in CP-SAT's deterministic seconds; default
    /// <see cref="DefaultDeterministicTimeLimit"/>. A search stopped by this limit gives the same pairing on every machine
    /// and under any load.</param>
    /// <exception cref="MatchingInputException">A limit is negative, the share is not between 0 and 1, or a time limit
    /// is not positive.</exception>
    public SideConstraints(
        IReadOnlyList<string?>? menteeDepartments = null,
        IReadOnlyList<string?>? mentorDepartments = null,
        int? maxSameDepartmentPairs = null,
        double? minCrossDepartmentShare = null,
        bool balanceMentorLoad = false,
        int? maxMenteesPerDepartmentPerMentor = null,
        TimeSpan? timeLimit = null,
        double? deterministicTimeLimit = null)
    {
        MenteeDepartments = menteeDepartments?.ToArray().AsReadOnly();
        MentorDepartments = mentorDepartments?.ToArray().AsReadOnly();
        if (maxSameDepartmentPairs < 0)
        {
            throw new MatchingInputException($"The maximum of same-department pairs must be at least 0, but was {maxSameDepartmentPairs}.");
        }

        if (minCrossDepartmentShare is { } share && !(share >= 0 && share <= 1))
        {
            throw new MatchingInputException(FormattableString.Invariant(
                $"The minimum cross-department share must be between 0 and 1, but was {share}."));
        }

        if (maxMenteesPerDepartmentPerMentor < 0)
        {
            throw new MatchingInputException(
                $"The maximum of mentees of one department per mentor must be at least 0, but was {maxMenteesPerDepartmentPerMentor}.");
        }

        if (timeLimit is { } limit && limit <= TimeSpan.Zero)
        {
            throw new MatchingInputException($"The CP-SAT time limit must be positive, but was {limit}.");
        }

        if (deterministicTimeLimit is { } work && !(work > 0 && double.IsFinite(work)))
        {
            throw new MatchingInputException(FormattableString.Invariant(
                $"The CP-SAT deterministic time limit must be positive and finite, but was {work}."));
        }

        MaxSameDepartmentPairs = maxSameDepartmentPairs;
        MinCrossDepartmentShare = minCrossDepartmentShare;
        BalanceMentorLoad = balanceMentorLoad;
        MaxMenteesPerDepartmentPerMentor = maxMenteesPerDepartmentPerMentor;
        TimeLimit = timeLimit ?? DefaultTimeLimit;
        DeterministicTimeLimit = deterministicTimeLimit ?? DefaultDeterministicTimeLimit;
    }

    /// <summary>A department per mentee row (null where unknown), or null when none were given.</summary>
    public IReadOnlyList<string?>? MenteeDepartments { get; }

    /// <summary>A department per mentor column (null where unknown), or null when none were given.</summary>
    public IReadOnlyList<string?>? MentorDepartments { get; }

    /// <summary>At most this many same-department pairs; null for no limit.</summary>
    public int? MaxSameDepartmentPairs { get; }

    /// <summary>At least this fraction of all pairs crosses departments; null for no minimum.</summary>
    public double? MinCrossDepartmentShare { get; }

    /// <summary>Whether the largest mentor load (number of mentees) is minimised.</summary>
    public bool BalanceMentorLoad { get; }

    /// <summary>At most this many mentees of one known department per mentor; null for no limit.</summary>
    public int? MaxMenteesPerDepartmentPerMentor { get; }

    /// <summary>How long each CP-SAT solve may search, in wall-clock time.</summary>
    public TimeSpan TimeLimit { get; }

    /// <summary>How much work each CP-SAT solve may do, in CP-SAT's deterministic seconds.</summary>
    public double DeterministicTimeLimit { get; }

    /// <summary>Whether any constraint or objective step is on (the time limit alone does not count).</summary>
    public bool HasConstraints =>
        MaxSameDepartmentPairs is not null || MinCrossDepartmentShare is not null || BalanceMentorLoad || MaxMenteesPerDepartmentPerMentor is not null;
}
