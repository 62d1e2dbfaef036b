using System.Globalization;
using Google.OrTools.Sat;

namespace ReverseMentoring.Matching.Solving;

/// <summary>
/// Pairing with side constraints (department quotas, load balance, mentees per department per mentor) as an OR-Tools
/// CP-SAT model. The objective is lexicographic, folded into one integer sum: coverage first, most pairs, then
/// (when balancing) the smallest largest mentor load, then the highest total score; quality first, the highest total,
/// then the smallest largest load. Scores are scaled to integers with <see cref="CostScaling"/>.
/// </summary>
/// <remarks>
/// <para>
/// Each solve runs on one worker and stops at <see cref="SideConstraints.DeterministicTimeLimit"/> (CP-SAT's measure of
/// work, not of the clock), so the same model always gives the same pairing, however loaded the machine; the
/// wall-clock <see cref="SideConstraints.TimeLimit"/> is a safety net. A cancelled token stops the search through
/// <see cref="CpSolver.StopSearch"/> and throws at once (the solve runs on <see cref="NativeSolve"/>'s thread). When the model is infeasible, each side-constraint family is tried
/// alone with the capacities and pinned pairs to name the culprit.
/// </para>
/// <para>
/// The search starts from <see cref="CpSatHint"/>, the flow optimum without side constraints repaired by dropping pairs:
/// when a limit stops it, the result is the better of CP-SAT's best pairing and that one, never less. Only when no
/// repair exists and CP-SAT found nothing does the solve throw <see cref="TimeoutException"/>.
/// </para>
/// </remarks>
internal sealed class CpSatSolver : PairingSolver
{
    private readonly bool _flowHint;

    private CpSatSolver(bool flowHint) => _flowHint = flowHint;

    public static CpSatSolver Instance { get; } = new(flowHint: true);

    /// <summary>CP-SAT without the flow hint (starting from the empty pairing), to show what the hint brings.</summary>
    internal static CpSatSolver WithoutFlowHint { get; } = new(flowHint: false);

    public override string Name => "CP-SAT";

    private protected override bool SupportsSideConstraints => true;

    /// <summary>Side constraints change what is feasible and a time limit can cut a solve short: max-min keeps core solves.</summary>
    private protected override bool HasExactCore(Grid grid) => false;

    private protected override CoreOutcome SolveCore(Grid grid, bool coverageFirst, CancellationToken cancellationToken)
    {
        var side = grid.Side ?? GridSide.For(SideConstraints.None, [.. Enumerable.Range(0, grid.Rows)], [.. Enumerable.Range(0, grid.Columns)], []);
        var families = Active(side.Constraints);
        var built = CpSatModel.Build(grid, side, families, coverageFirst);
        var hint = _flowHint ? CpSatHint.RepairedFlowOptimum(grid, side, coverageFirst, cancellationToken) : null;
        built.AddHint(side, hint);
        var answer = Run(built.Model, side.Constraints, built.Read, cancellationToken);
        switch (answer.Status)
        {
            case CpSolverStatus.Optimal:
                return new CoreOutcome(answer.Chosen, Name, SolverStatus.Optimal, answer.Objective, answer.Objective);
            case CpSolverStatus.Feasible:
                var bound = Math.Max(answer.Objective, answer.Bound);
                return hint is not null && built.ObjectiveOf(side, hint) is var start && start > answer.Objective
                    ? new CoreOutcome(hint, Name, SolverStatus.Feasible, start, Math.Max(start, bound))
                    : new CoreOutcome(answer.Chosen, Name, SolverStatus.Feasible, answer.Objective, bound);
            case CpSolverStatus.Infeasible:
                return Diagnose(grid, side, families, cancellationToken);
            case CpSolverStatus.Unknown when hint is not null:
                // Stopped before its first pairing: the repaired flow optimum stands, with no proven bound.
                return new CoreOutcome(hint, Name, SolverStatus.Feasible, built.ObjectiveOf(side, hint));
            case CpSolverStatus.Unknown:
                throw new TimeoutException(SolvingText.Format(
                    "NoPairingInTime", side.Constraints.DeterministicTimeLimit, side.Constraints.TimeLimit.TotalSeconds));
            default:
                throw new InvalidOperationException($"CP-SAT ended with status {answer.Status}: {built.Model.Validate()}");
        }
    }

    private static SideConstraintFamily Active(SideConstraints constraints) =>
        (constraints.MaxSameDepartmentPairs is null ? 0 : SideConstraintFamily.MaxSameDepartmentPairs)
        | (constraints.MinCrossDepartmentShare is null ? 0 : SideConstraintFamily.MinCrossDepartmentShare)
        | (constraints.MaxMenteesPerDepartmentPerMentor is null ? 0 : SideConstraintFamily.MaxMenteesPerDepartmentPerMentor);

    /// <summary>Names the families that cannot hold: each one infeasible alone, else all of them together.</summary>
    private CoreOutcome Diagnose(Grid grid, GridSide side, SideConstraintFamily families, CancellationToken cancellationToken)
    {
        var all = Enum.GetValues<SideConstraintFamily>().Where(f => f != SideConstraintFamily.None && families.HasFlag(f)).ToArray();
        var alone = new List<SideConstraintFamily>();
        foreach (var family in all)
        {
            var model = CpSatModel.Build(grid, side, family, coverageFirst: null).Model;
            if (Run(model, side.Constraints, static (_, status) => status, cancellationToken) == CpSolverStatus.Infeasible)
            {
                alone.Add(family);
            }
        }

        var names = (alone.Count > 0 ? alone : [.. all]).Select(f => f.ToString()).ToArray();
        // A message to a person: in the current UI culture's language, like the other solver messages.
        var reason = SolvingText.Format(alone.Count > 0 ? "InfeasibleAlone" : "InfeasibleTogether", Describe(side.Constraints, names));
        return new CoreOutcome([], Name, SolverStatus.Infeasible, InfeasibleConstraints: names.AsReadOnly(), InfeasibilityReason: reason);
    }

    private static string Describe(SideConstraints constraints, IEnumerable<string> names) =>
        SolvingText.And(names.Select(name => name switch
        {
            nameof(SideConstraints.MaxSameDepartmentPairs) => SolvingText.Format(
                "LimitMaxSameDepartmentPairs", name, constraints.MaxSameDepartmentPairs),
            nameof(SideConstraints.MinCrossDepartmentShare) => SolvingText.Format(
                "LimitMinCrossDepartmentShare", name, string.Create(CultureInfo.InvariantCulture, $"{constraints.MinCrossDepartmentShare:P0}")),
            _ => SolvingText.Format("LimitMaxMenteesPerDepartmentPerMentor", name, constraints.MaxMenteesPerDepartmentPerMentor),
        }));

    /// <summary>
    /// Solves <paramref name="model"/> and reads what is needed into managed values with <paramref name="read"/>, on
    /// <see cref="NativeSolve"/>'s thread, which also creates and disposes the solver.
    /// </summary>
    /// <remarks>
    /// A cancelled token does two things: CP-SAT's own <see cref="CpSolver.StopSearch"/> ends the search soon, so it does not
    /// run on to its limits; and the caller gets <see cref="OperationCanceledException"/> at once, without waiting for the
    /// search to wind down or for a stop that came too early to register (before the solve began).
    /// </remarks>
    private static T Run<T>(CpModel model, SideConstraints limits, Func<CpSolver, CpSolverStatus, T> read, CancellationToken cancellationToken) =>
        NativeSolve.Run(
            () =>
            {
                cancellationToken.ThrowIfCancellationRequested();
                using var solver = new CpSolver
                {
                    StringParameters = string.Create(
                        CultureInfo.InvariantCulture,
                        $"max_time_in_seconds:{limits.TimeLimit.TotalSeconds:R},max_deterministic_time:{limits.DeterministicTimeLimit:R},num_workers:1"),
                };
                CpSolverStatus status;
                using (cancellationToken.Register(solver.StopSearch))
                {
                    status = solver.Solve(model);
                }

                cancellationToken.ThrowIfCancellationRequested();
                return read(solver, status);
            },
            cancellationToken);
}
