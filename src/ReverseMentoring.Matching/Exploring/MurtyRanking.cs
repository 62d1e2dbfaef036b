using ReverseMentoring.Matching.Solving;

namespace ReverseMentoring.Matching.Exploring;

/// <summary>
/// Murty's ranking of pairings: the best, the second best, ... in the order of the problem's objective (coverage first:
/// most pairs, then highest total; quality first: highest total), each solved by the problem's own exact solver.
/// </summary>
/// <remarks>
/// <para>
/// The space of pairings is split into parts that do not overlap, each given by cells forced in (pinned) and cells
/// forced out (forbidden). The best pairing of a part, M, has cells e1..et beyond the part's forced-in ones; the rest of
/// the part is split into t children, child i forcing in e1..e(i−1) and forcing out ei. Every other pairing of the part
/// lacks some ek, so it lies in exactly one child; only a strict superset of M lies in none, and the solver would have
/// preferred it (one more pair first when coverage comes first; quality first only opens cells adding value), so it
/// does not exist. The parts' best pairings wait in a queue; the best of the queue is the next in the ranking.
/// </para>
/// <para>
/// Ties in the objective keep the order in which pairings were found, so the ranking is deterministic. The work is
/// one solve per child: about k · (pairs) solves for k pairings.
/// </para>
/// </remarks>
internal sealed class MurtyRanking
{
    private readonly PairingProblem _problem;
    private readonly PairingSolver _solver;
    private readonly CancellationToken _cancellationToken;
    private readonly PriorityQueue<Part, (int Pairs, double Total, long Order)> _queue;
    private long _found;

    private MurtyRanking(PairingProblem problem, PairingSolver solver, CancellationToken cancellationToken)
    {
        _problem = problem;
        _solver = solver;
        _cancellationToken = cancellationToken;
        var coverageFirst = problem.Priority == PairingPriority.CoverageFirst;
        _queue = new PriorityQueue<Part, (int Pairs, double Total, long Order)>(Comparer<(int Pairs, double Total, long Order)>.Create(
            (a, b) =>
            {
                var byPairs = coverageFirst ? b.Pairs.CompareTo(a.Pairs) : 0;
                if (byPairs != 0)
                {
                    return byPairs;
                }

                var byTotal = b.Total.CompareTo(a.Total);
                return byTotal != 0 ? byTotal : a.Order.CompareTo(b.Order);
            }));
    }

    /// <summary>
    /// Up to <paramref name="count"/> pairings, best first, all different. Fewer when fewer exist. The first is what the
    /// solver returns for the problem itself.
    /// </summary>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static IReadOnlyList<SolverResult> Rank(PairingProblem problem, PairingSolver solver, int count, CancellationToken cancellationToken)
    {
        var ranking = new MurtyRanking(problem, solver, cancellationToken);
        var ranked = new List<SolverResult>();
        ranking.Add([], []);
        while (ranked.Count < count && ranking._queue.TryDequeue(out var part, out _))
        {
            ranked.Add(part.Best);
            ranking.Split(part);
        }

        return ranked;
    }

    private void Split(Part part)
    {
        var forcedIn = part.ForcedIn.ToHashSet();
        var free = part.Best.Pairs.Where(p => !forcedIn.Contains(p) && !_problem.PinnedPairs.Contains(p)).ToArray();
        for (var k = 0; k < free.Length; k++)
        {
            Add([.. part.ForcedIn, .. free[..k]], [.. part.ForcedOut, free[k]]);
        }
    }

    private void Add(SolvedPair[] forcedIn, SolvedPair[] forcedOut)
    {
        _cancellationToken.ThrowIfCancellationRequested();
        var variant = ProblemVariant.Of(_problem, pinned: forcedIn, forbidden: forcedOut);
        var best = _solver.Solve(variant, _cancellationToken);
        if (best.Status == SolverStatus.Infeasible)
        {
            return;
        }

        _queue.Enqueue(new Part(forcedIn, forcedOut, best), (best.Pairs.Count, ProblemVariant.Total(_problem, best.Pairs), _found++));
    }

    private sealed record Part(SolvedPair[] ForcedIn, SolvedPair[] ForcedOut, SolverResult Best);
}
