using ReverseMentoring.Matching.Model;
using ReverseMentoring.Matching.Scoring;

namespace ReverseMentoring.Matching.Solving;

/// <summary>
/// Chooses pairs from a score matrix. Built-ins are in <see cref="PairingSolvers"/>.
/// </summary>
/// <remarks>
/// This base class is the one place where every solver's shared decisions are made, before the solver's own core runs:
/// rows and columns are sorted by id (ordinal), which breaks ties: the same input in any row or column order gives the
/// same pairs; pinned pairs are made first and use up capacity; cells below the minimum score (and, quality first,
/// cells scoring 0 or less) are closed; the max-min objective is a threshold search over the core; side constraints
/// are handed to the core in canonical order, with the pinned pairs, which count toward them. A solver may refuse
/// a problem it cannot honour before any work (stable matching refuses max-min, which would change who is acceptable).
/// </remarks>
public abstract class PairingSolver
{
    private protected PairingSolver()
    {
    }

    /// <summary>The solver's name, as reported in results.</summary>
    public abstract string Name { get; }

    /// <summary>Solves a one-to-one pairing with the default objective: most pairs, then highest total.</summary>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public SolverResult Solve(ScoreMatrix matrix, CancellationToken cancellationToken = default) =>
        Solve(new PairingProblem(matrix), cancellationToken);

    /// <summary>Solves <paramref name="problem"/>.</summary>
    /// <exception cref="MatchingInputException">This solver cannot solve the problem's shape (for example capacities on a
    /// 1:1 solver, or side constraints on any solver but CP-SAT and the automatic one).</exception>
    /// <exception cref="TimeoutException">CP-SAT found no pairing at all within its time limit.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public SolverResult Solve(PairingProblem problem, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(problem);
        cancellationToken.ThrowIfCancellationRequested();
        CheckSupports(problem);
        var matrix = problem.Scores;
        var rows = SortedById(matrix.MenteeIds);
        var columns = SortedById(matrix.MentorIds);
        var rowAt = Inverse(rows);
        var columnAt = Inverse(columns);
        var grid = CanonicalGrid(problem, rows, columns);

        var pinned = problem.PinnedPairs.Select(p => new SolvedPair(rowAt[p.Mentee], columnAt[p.Mentor])).ToArray();
        foreach (var pair in pinned)
        {
            grid.RowCapacity[pair.Mentee]--;
            grid.ColumnCapacity[pair.Mentor]--;
            grid.Close(pair.Mentee, pair.Mentor);
        }

        grid.Side = GridSide.For(problem.SideConstraints, rows, columns, pinned);
        var outcome = problem.Objective == PairingObjective.MaxMin
            ? MaxMinSearch.Solve(grid, (g, ct) => SolveCore(g, coverageFirst: true, ct), HasExactCore(grid), cancellationToken)
            : SolveCore(grid, problem.Priority == PairingPriority.CoverageFirst, cancellationToken);

        IEnumerable<SolvedPair> made = outcome.Status == SolverStatus.Infeasible ? [] : outcome.Pairs.Concat(pinned);
        var pairs = made
            .OrderBy(p => p.Mentee).ThenBy(p => p.Mentor)
            .Select(p => new SolvedPair(rows[p.Mentee], columns[p.Mentor]))
            .ToArray();
        return new SolverResult(outcome with { Pairs = pairs });
    }

    /// <summary>Whether this solver honours <see cref="SideConstraints"/>; the others reject problems that have them.</summary>
    private protected virtual bool SupportsSideConstraints => false;

    /// <summary>
    /// Pairs the open cells of a grid whose rows and columns are in id order, within the capacities left.
    /// Coverage first: most pairs, then highest total. Otherwise: highest total. Returns canonical indices, the name
    /// of the method that ran and its status: exact cores are always optimal; a core that can stop early or prove
    /// infeasibility (CP-SAT) says so.
    /// </summary>
    private protected abstract CoreOutcome SolveCore(Grid grid, bool coverageFirst, CancellationToken cancellationToken);

    /// <summary>
    /// Rejects a problem this solver cannot honour, before any work; by default only side constraints on a solver
    /// that does not support them. Overrides call this first.
    /// </summary>
    /// <exception cref="MatchingInputException">The problem asks for something this solver does not do.</exception>
    private protected virtual void CheckSupports(PairingProblem problem)
    {
        if (problem.SideConstraints.HasConstraints && !SupportsSideConstraints)
        {
            throw new MatchingInputException(
                $"{Name} cannot honour side constraints; use PairingSolvers.CpSat or PairingSolvers.Automatic.");
        }
    }

    /// <summary>
    /// Whether the core, coverage first, always returns the most pairs the open cells allow within the capacities,
    /// proven optimal: then the max-min search only needs pair counts at each threshold, not core solves. Cores that
    /// honour side constraints (which change what is feasible) or stop at a time limit override this with false.
    /// </summary>
    private protected virtual bool HasExactCore(Grid grid) => true;

    /// <summary>Lets one solver ask another whether its core is exact (the automatic choice).</summary>
    internal bool HasExactCoreFor(Grid grid) => HasExactCore(grid);

    /// <summary>Lets one solver delegate to another's core (the automatic choice).</summary>
    internal CoreOutcome SolveCoreFor(Grid grid, bool coverageFirst, CancellationToken cancellationToken) =>
        SolveCore(grid, coverageFirst, cancellationToken);

    private static Grid CanonicalGrid(PairingProblem problem, int[] rows, int[] columns) =>
        new(
            problem.Scores,
            IsIdentity(rows) ? null : rows,
            IsIdentity(columns) ? null : columns,
            problem.Floor,
            [.. rows.Select(r => problem.MenteeCapacities[r])],
            [.. columns.Select(c => problem.MentorCapacities[c])]);

    private static bool IsIdentity(int[] order)
    {
        for (var k = 0; k < order.Length; k++)
        {
            if (order[k] != k)
            {
                return false;
            }
        }

        return true;
    }

    private static int[] SortedById(IReadOnlyList<string> ids) =>
        [.. Enumerable.Range(0, ids.Count).OrderBy(k => ids[k], StringComparer.Ordinal)];

    private static int[] Inverse(int[] order)
    {
        var inverse = new int[order.Length];
        for (var k = 0; k < order.Length; k++)
        {
            inverse[order[k]] = k;
        }

        return inverse;
    }
}
