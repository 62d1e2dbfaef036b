using ReverseMentoring.Matching.Solving;

namespace ReverseMentoring.Matching.Tests.Stable;

/// <summary>Slow, obviously correct reference answers, written apart from the library's code.</summary>
public static class BruteForce
{
    /// <summary>
    /// Blocking pairs under score preferences: an allowed, unpaired cell where each side has a free slot or
    /// some current partner it scores strictly lower.
    /// </summary>
    public static HashSet<SolvedPair> BlockingByScores(StableInstance x, IReadOnlyCollection<SolvedPair> pairs)
    {
        var blocking = new HashSet<SolvedPair>();
        for (var i = 0; i < x.Rows; i++)
        {
            for (var j = 0; j < x.Columns; j++)
            {
                if (!x.IsAllowed(i, j) || pairs.Contains(new SolvedPair(i, j)))
                {
                    continue;
                }

                var menteePartners = pairs.Where(p => p.Mentee == i).Select(p => p.Mentor).ToArray();
                var mentorPartners = pairs.Where(p => p.Mentor == j).Select(p => p.Mentee).ToArray();
                var menteeWants = menteePartners.Length < x.MenteeCapacities[i] || menteePartners.Any(k => x.Score(i, j) > x.Score(i, k));
                var mentorWants = mentorPartners.Length < x.MentorCapacities[j] || mentorPartners.Any(k => x.Score(i, j) > x.Score(k, j));
                if (menteeWants && mentorWants)
                {
                    blocking.Add(new SolvedPair(i, j));
                }
            }
        }

        return blocking;
    }

    /// <summary>Blocking pairs under explicit rankings: a mutually acceptable, allowed, unpaired cell both sides would rather have.</summary>
    public static HashSet<SolvedPair> BlockingByRanks(RankedInstance r, IReadOnlyCollection<SolvedPair> pairs)
    {
        var x = r.Instance;
        var blocking = new HashSet<SolvedPair>();
        for (var i = 0; i < x.Rows; i++)
        {
            for (var j = 0; j < x.Columns; j++)
            {
                if (!r.IsAcceptable(i, j) || pairs.Contains(new SolvedPair(i, j)))
                {
                    continue;
                }

                var menteePartners = pairs.Where(p => p.Mentee == i).Select(p => p.Mentor).ToArray();
                var mentorPartners = pairs.Where(p => p.Mentor == j).Select(p => p.Mentee).ToArray();
                var menteeWants = menteePartners.Length < x.MenteeCapacities[i]
                    || menteePartners.Any(k => r.MenteeRank(i, j) < (r.MenteeRank(i, k) ?? int.MaxValue));
                var mentorWants = mentorPartners.Length < x.MentorCapacities[j]
                    || mentorPartners.Any(k => r.MentorRank(i, j) < (r.MentorRank(k, j) ?? int.MaxValue));
                if (menteeWants && mentorWants)
                {
                    blocking.Add(new SolvedPair(i, j));
                }
            }
        }

        return blocking;
    }

    /// <summary>Every stable one-to-one matching of mutually acceptable pairs, each as mentee → mentor (or -1).</summary>
    public static List<int[]> AllStableOneToOne(RankedInstance r)
    {
        var x = r.Instance;
        var all = new List<int[]>();
        var mentorOf = new int[x.Rows];
        var taken = new bool[x.Columns];

        void Place(int mentee)
        {
            if (mentee == x.Rows)
            {
                var pairs = Enumerable.Range(0, x.Rows).Where(i => mentorOf[i] >= 0).Select(i => new SolvedPair(i, mentorOf[i])).ToArray();
                if (BlockingByRanks(r, pairs).Count == 0)
                {
                    all.Add([.. mentorOf]);
                }

                return;
            }

            mentorOf[mentee] = -1;
            Place(mentee + 1);
            for (var j = 0; j < x.Columns; j++)
            {
                if (!taken[j] && r.IsAcceptable(mentee, j))
                {
                    (taken[j], mentorOf[mentee]) = (true, j);
                    Place(mentee + 1);
                    taken[j] = false;
                }
            }
        }

        Place(0);
        return all;
    }

    /// <summary>The default objective by enumeration: most pairs, then the highest total, over every feasible pairing.</summary>
    public static (int Pairs, double Total) OptimalCoverageFirst(StableInstance x)
    {
        var cells = Enumerable.Range(0, x.Rows * x.Columns).Where(k => x.IsAllowed(k / x.Columns, k % x.Columns)).ToArray();
        var menteeLoad = new int[x.Rows];
        var mentorLoad = new int[x.Columns];
        (int Pairs, double Total) best = (0, 0);

        void Choose(int at, int count, double total)
        {
            if (at == cells.Length)
            {
                if (count > best.Pairs || (count == best.Pairs && total > best.Total))
                {
                    best = (count, total);
                }

                return;
            }

            Choose(at + 1, count, total);
            var (i, j) = (cells[at] / x.Columns, cells[at] % x.Columns);
            if (menteeLoad[i] < x.MenteeCapacities[i] && mentorLoad[j] < x.MentorCapacities[j])
            {
                menteeLoad[i]++;
                mentorLoad[j]++;
                Choose(at + 1, count + 1, total + x.Score(i, j));
                menteeLoad[i]--;
                mentorLoad[j]--;
            }
        }

        Choose(0, 0, 0);
        return best;
    }
}
