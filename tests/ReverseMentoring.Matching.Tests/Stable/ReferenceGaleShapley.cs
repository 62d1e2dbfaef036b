using ReverseMentoring.Matching.Solving;

namespace ReverseMentoring.Matching.Tests.Stable;

/// <summary>
/// Plain deferred acceptance by scores, written from the definition and independent of the library: every list built
/// and sorted in full, a full rank table per receiver, and proposals taken first in, first out (not the library's
/// order: the proposer-optimal stable pairing does not depend on the order).
/// </summary>
public static class ReferenceGaleShapley
{
    /// <summary>The pairs, as original (mentee, mentor) indices sorted, pinned pairs included.</summary>
    public static SolvedPair[] Solve(PairingProblem problem, bool menteesPropose)
    {
        var matrix = problem.Scores;
        var rows = Enumerable.Range(0, matrix.MenteeCount).OrderBy(i => matrix.MenteeIds[i], StringComparer.Ordinal).ToArray();
        var columns = Enumerable.Range(0, matrix.MentorCount).OrderBy(j => matrix.MentorIds[j], StringComparer.Ordinal).ToArray();
        var rowCapacity = rows.Select(i => problem.MenteeCapacities[i]).ToArray();
        var columnCapacity = columns.Select(j => problem.MentorCapacities[j]).ToArray();
        var floor = Math.Max(problem.MinimumScore ?? double.NegativeInfinity, problem.Priority == PairingPriority.QualityFirst ? double.Epsilon : double.NegativeInfinity);
        var open = new bool[rows.Length, columns.Length];
        for (var r = 0; r < rows.Length; r++)
        {
            for (var c = 0; c < columns.Length; c++)
            {
                open[r, c] = matrix.IsAllowed(rows[r], columns[c]) && matrix[rows[r], columns[c]] >= floor;
            }
        }

        foreach (var pin in problem.PinnedPairs)
        {
            var (r, c) = (Array.IndexOf(rows, pin.Mentee), Array.IndexOf(columns, pin.Mentor));
            rowCapacity[r]--;
            columnCapacity[c]--;
            open[r, c] = false;
        }

        var (proposers, receivers) = menteesPropose ? (rows.Length, columns.Length) : (columns.Length, rows.Length);
        bool Open(int p, int q) => menteesPropose ? open[p, q] : open[q, p];
        double Score(int p, int q) => menteesPropose ? matrix[rows[p], columns[q]] : matrix[rows[q], columns[p]];
        var (proposerCapacity, receiverCapacity) = menteesPropose ? (rowCapacity, columnCapacity) : (columnCapacity, rowCapacity);

        var lists = Enumerable.Range(0, proposers)
            .Select(p => Enumerable.Range(0, receivers).Where(q => Open(p, q)).OrderByDescending(q => Score(p, q)).ThenBy(q => q).ToArray())
            .ToArray();
        var rank = new int[receivers, proposers];
        for (var q = 0; q < receivers; q++)
        {
            var ranked = Enumerable.Range(0, proposers).Where(p => Open(p, q)).OrderByDescending(p => Score(p, q)).ThenBy(p => p).ToArray();
            for (var p = 0; p < proposers; p++)
            {
                rank[q, p] = -1;
            }

            for (var k = 0; k < ranked.Length; k++)
            {
                rank[q, ranked[k]] = k;
            }
        }

        var next = new int[proposers];
        var load = new int[proposers];
        var held = Enumerable.Range(0, receivers).Select(_ => new List<int>()).ToArray();
        var queue = new Queue<int>(Enumerable.Range(0, proposers));
        while (queue.TryDequeue(out var p))
        {
            // One proposal per turn, then back in the queue while it still has room and someone left to ask.
            if (load[p] >= proposerCapacity[p] || next[p] >= lists[p].Length)
            {
                continue;
            }

            var q = lists[p][next[p]++];
            if (rank[q, p] >= 0 && receiverCapacity[q] > 0)
            {
                held[q].Add(p);
                load[p]++;
                if (held[q].Count > receiverCapacity[q])
                {
                    var worst = held[q].MaxBy(x => rank[q, x]);
                    held[q].Remove(worst);
                    load[worst]--;
                    if (worst != p)
                    {
                        queue.Enqueue(worst);
                    }
                }
            }

            queue.Enqueue(p);
        }

        var pairs = new List<SolvedPair>(problem.PinnedPairs);
        for (var q = 0; q < receivers; q++)
        {
            foreach (var p in held[q])
            {
                pairs.Add(menteesPropose ? new SolvedPair(rows[p], columns[q]) : new SolvedPair(rows[q], columns[p]));
            }
        }

        return [.. pairs.OrderBy(x => x.Mentee).ThenBy(x => x.Mentor)];
    }
}
