namespace ReverseMentoring.Matching.Solving;

/// <summary>
/// Deferred acceptance (Gale–Shapley) with capacities on both sides, in the hospital–residents form: each proposer
/// with a free slot proposes down its list; a receiver holds its best offers up to its capacity and rejects the rest,
/// dropping its worst held proposer when a better one arrives. Each proposer proposes to each receiver at most once,
/// so it runs in O(acceptable pairs × log capacity).
/// </summary>
/// <remarks>
/// The result is pairwise stable: a proposer that ends with a free slot, or wants a receiver more than its worst
/// partner, proposed to that receiver and was rejected by one that was (and stays) full of better proposers. In the
/// one-to-one and one-to-many cases it is the proposer-optimal stable matching.
/// </remarks>
internal static class GaleShapley
{
    /// <summary>Runs deferred acceptance on explicit lists.</summary>
    /// <param name="proposerLists">For each proposer, the receivers it accepts, best first.</param>
    /// <param name="receiverRanks">The rank each receiver gives each proposer (lower is better; -1 unacceptable), flat and
    /// receiver-major: <c>receiverRanks[receiver * proposerLists.Length + proposer]</c>.</param>
    /// <param name="proposerCapacity">Slots per proposer.</param>
    /// <param name="receiverCapacity">Slots per receiver.</param>
    /// <param name="cancellationToken">Checked between proposers.</param>
    /// <returns>The pairs as (proposer, receiver).</returns>
    public static List<(int Proposer, int Receiver)> Run(
        int[][] proposerLists,
        int[] receiverRanks,
        int[] proposerCapacity,
        int[] receiverCapacity,
        CancellationToken cancellationToken)
    {
        var next = new int[proposerLists.Length];
        var load = new int[proposerLists.Length];

        // Per receiver, the proposers it holds with the worst on top (PriorityQueue is a min-heap, so rank is negated).
        var proposers = proposerLists.Length;
        var held = new PriorityQueue<int, int>[receiverCapacity.Length];
        for (var receiver = 0; receiver < held.Length; receiver++)
        {
            held[receiver] = new PriorityQueue<int, int>();
        }

        // Proposers are taken lowest index first; with canonical (id-ordered) indices the run is deterministic.
        var free = new Stack<int>(Enumerable.Range(0, proposerLists.Length).Reverse());
        while (free.TryPop(out var proposer))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var list = proposerLists[proposer];
            while (load[proposer] < proposerCapacity[proposer] && next[proposer] < list.Length)
            {
                var receiver = list[next[proposer]++];
                var rank = receiverRanks[(receiver * proposers) + proposer];
                var slots = held[receiver];
                if (rank < 0 || receiverCapacity[receiver] <= 0)
                {
                    continue;
                }

                if (slots.Count < receiverCapacity[receiver])
                {
                    slots.Enqueue(proposer, -rank);
                    load[proposer]++;
                }
                else if (slots.TryPeek(out var worst, out var worstPriority) && -worstPriority > rank)
                {
                    slots.DequeueEnqueue(proposer, -rank);
                    load[proposer]++;
                    load[worst]--;
                    free.Push(worst); // it has a free slot again and resumes where its list stopped
                }
            }
        }

        var pairs = new List<(int Proposer, int Receiver)>();
        for (var receiver = 0; receiver < held.Length; receiver++)
        {
            foreach (var (proposer, _) in held[receiver].UnorderedItems)
            {
                pairs.Add((proposer, receiver));
            }
        }

        return pairs;
    }
}
