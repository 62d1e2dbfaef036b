namespace ReverseMentoring.Matching.Solving;

/// <summary>
/// CP-SAT's starting point: the flow optimum of the grid without side constraints, with the lowest-scoring pairs that
/// break a side constraint dropped. Dropping pairs only lowers every count the quotas cap, so what is left keeps the
/// capacities and the upper-bound quotas; only a cross-group share can stay unmet (when the pinned pairs alone miss it).
/// </summary>
/// <remarks>
/// A valid starting pairing means a time limit never ends with nothing or with an empty pairing while a flow solver
/// pairs the cohort in milliseconds: the result is at least as good as this pairing.
/// </remarks>
internal static class CpSatHint
{
    /// <summary>The repaired flow optimum in canonical cells, or null when no repair by dropping pairs meets the constraints.</summary>
    public static IReadOnlyList<SolvedPair>? RepairedFlowOptimum(Grid grid, GridSide side, bool coverageFirst, CancellationToken cancellationToken)
    {
        var chosen = FlowSolver.Instance.SolveCoreFor(grid, coverageFirst, cancellationToken).Pairs
            .OrderBy(p => grid.Score(p.Mentee, p.Mentor)).ThenByDescending(p => p.Mentee).ThenByDescending(p => p.Mentor)
            .ToList(); // worst first: the order pairs are dropped in
        var constraints = side.Constraints;
        if (constraints.MaxMenteesPerDepartmentPerMentor is { } perGroup && !KeepGroupCaps(chosen, side, perGroup))
        {
            return null;
        }

        if (constraints.MaxSameDepartmentPairs is { } most)
        {
            var room = most - side.Pinned.Count(p => side.IsSameGroup(p.Mentee, p.Mentor));
            if (room < 0)
            {
                return null;
            }

            DropSameGroupWhile(chosen, side, () => chosen.Count(p => side.IsSameGroup(p.Mentee, p.Mentor)) > room);
        }

        if (constraints.MinCrossDepartmentShare is { } share)
        {
            bool Unmet() => !CpSatModel.MeetsShare(
                share, side.Pinned.Concat(chosen).Count(p => !side.IsSameGroup(p.Mentee, p.Mentor)), side.Pinned.Count + chosen.Count);
            DropSameGroupWhile(chosen, side, Unmet);
            if (Unmet())
            {
                return null;
            }
        }

        return chosen;
    }

    private static bool KeepGroupCaps(List<SolvedPair> chosen, GridSide side, int perGroup)
    {
        var load = side.Pinned.Where(p => side.RowGroups[p.Mentee] >= 0)
            .CountBy(p => (p.Mentor, side.RowGroups[p.Mentee]))
            .ToDictionary(x => x.Key, x => x.Value);
        if (load.Values.Any(count => count > perGroup))
        {
            return false;
        }

        // Best first, so that the pairs kept under each cap are the best ones.
        for (var k = chosen.Count - 1; k >= 0; k--)
        {
            var pair = chosen[k];
            if (side.RowGroups[pair.Mentee] < 0)
            {
                continue;
            }

            var key = (pair.Mentor, side.RowGroups[pair.Mentee]);
            var count = load.GetValueOrDefault(key);
            if (count < perGroup)
            {
                load[key] = count + 1;
            }
            else
            {
                chosen.RemoveAt(k);
            }
        }

        return true;
    }

    private static void DropSameGroupWhile(List<SolvedPair> chosen, GridSide side, Func<bool> condition)
    {
        for (var k = 0; k < chosen.Count && condition();)
        {
            if (side.IsSameGroup(chosen[k].Mentee, chosen[k].Mentor))
            {
                chosen.RemoveAt(k);
            }
            else
            {
                k++;
            }
        }
    }
}
