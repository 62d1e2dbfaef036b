using ReverseMentoring.Matching.Solving;

namespace ReverseMentoring.Matching.Tests.SideConstraints;

/// <summary>
/// The oracle: enumerates every pairing of a small instance (pinned pairs included, capacities, floors, side
/// constraints) and keeps the best under the documented lexicographic order. Coverage first: most pairs, then the
/// smallest largest mentor load (when balancing), then the highest total. Quality first: only cells scoring above 0,
/// the highest total, then the smallest largest load. An empty pairing meets any cross-group share.
/// </summary>
internal static class BruteForce
{
    /// <summary>The measures of a pairing; Worst is the lowest score among the pairs that were not pinned.</summary>
    public sealed record Best(int Pairs, int MaxLoad, double Total, double Worst);

    /// <summary>The best pairing's measures, or null when no pairing meets the constraints.</summary>
    /// <remarks>
    /// Max-min (<paramref name="maxMin"/>): most pairs, then the best worst pair among those not pinned (the threshold
    /// search only moves open cells), then the smallest largest load when balancing, then the highest total.
    /// </remarks>
    public static Best? Solve(SideInstance instance, bool maxMin = false)
    {
        Best? best = null;
        var chosen = new List<SolvedPair>(instance.Pinned);
        var coverageFirst = instance.Priority == PairingPriority.CoverageFirst;

        void Visit(int row)
        {
            if (row == instance.Rows)
            {
                if (Meets(instance, chosen))
                {
                    var candidate = Measure(instance, chosen);
                    if (best is null || (maxMin
                        ? BetterMaxMin(candidate, best, instance.Constraints.BalanceMentorLoad)
                        : Better(candidate, best, coverageFirst, instance.Constraints.BalanceMentorLoad)))
                    {
                        best = candidate;
                    }
                }

                return;
            }

            var open = Enumerable.Range(0, instance.Columns).Where(j => IsOpen(instance, row, j)).ToArray();
            var room = instance.MenteeCapacities[row] - instance.Pinned.Count(p => p.Mentee == row);
            foreach (var subset in Subsets(open, room))
            {
                var added = subset.Select(j => new SolvedPair(row, j)).ToArray();
                chosen.AddRange(added);
                if (WithinMentorCapacities(instance, chosen))
                {
                    Visit(row + 1);
                }

                chosen.RemoveRange(chosen.Count - added.Length, added.Length);
            }
        }

        Visit(0);
        return best;
    }

    /// <summary>Whether a pairing (pinned pairs included) meets every side constraint.</summary>
    public static bool Meets(SideInstance instance, IReadOnlyCollection<SolvedPair> pairs)
    {
        var c = instance.Constraints;
        var same = pairs.Count(p => IsSame(instance, p));
        if (c.MaxSameDepartmentPairs is { } most && same > most)
        {
            return false;
        }

        if (c.MinCrossDepartmentShare is { } share && pairs.Count > 0 && pairs.Count - same < (share * pairs.Count) - 1e-9)
        {
            return false;
        }

        return c.MaxMenteesPerDepartmentPerMentor is not { } perGroup
            || pairs.Where(p => instance.MenteeDepartments[p.Mentee] is not null)
                .GroupBy(p => (p.Mentor, instance.MenteeDepartments[p.Mentee])).All(g => g.Count() <= perGroup);
    }

    public static Best Measure(SideInstance instance, IReadOnlyCollection<SolvedPair> pairs) => new(
        pairs.Count,
        pairs.GroupBy(p => p.Mentor).Select(g => g.Count()).DefaultIfEmpty(0).Max(),
        pairs.Sum(p => instance.Scores[p.Mentee, p.Mentor]!.Value),
        pairs.Except(instance.Pinned).Select(p => instance.Scores[p.Mentee, p.Mentor]!.Value).DefaultIfEmpty(double.PositiveInfinity).Min());

    public static bool IsSame(SideInstance instance, SolvedPair pair) =>
        instance.MenteeDepartments[pair.Mentee] is { } group && group == instance.MentorDepartments[pair.Mentor];

    public static bool IsOpen(SideInstance instance, int row, int column)
    {
        if (instance.Scores[row, column] is not { } score || instance.Pinned.Contains(new SolvedPair(row, column)))
        {
            return false;
        }

        return score >= (instance.MinimumScore ?? double.NegativeInfinity)
            && (instance.Priority == PairingPriority.CoverageFirst || score > 0);
    }

    private static bool Better(Best a, Best b, bool coverageFirst, bool balance)
    {
        if (coverageFirst && a.Pairs != b.Pairs)
        {
            return a.Pairs > b.Pairs;
        }

        if (coverageFirst && balance && a.MaxLoad != b.MaxLoad)
        {
            return a.MaxLoad < b.MaxLoad;
        }

        if (Math.Abs(a.Total - b.Total) > 1e-9)
        {
            return a.Total > b.Total;
        }

        return balance && a.MaxLoad < b.MaxLoad;
    }

    private static bool BetterMaxMin(Best a, Best b, bool balance)
    {
        if (a.Pairs != b.Pairs)
        {
            return a.Pairs > b.Pairs;
        }

        if (a.Worst != b.Worst)
        {
            return a.Worst > b.Worst;
        }

        if (balance && a.MaxLoad != b.MaxLoad)
        {
            return a.MaxLoad < b.MaxLoad;
        }

        return a.Total > b.Total + 1e-9;
    }

    private static bool WithinMentorCapacities(SideInstance instance, List<SolvedPair> chosen) =>
        chosen.GroupBy(p => p.Mentor).All(g => g.Count() <= instance.MentorCapacities[g.Key]);

    private static IEnumerable<int[]> Subsets(int[] items, int most)
    {
        yield return [];
        if (most <= 0)
        {
            yield break;
        }

        for (var k = 0; k < items.Length; k++)
        {
            foreach (var rest in Subsets(items[(k + 1)..], most - 1))
            {
                yield return [items[k], .. rest];
            }
        }
    }
}
