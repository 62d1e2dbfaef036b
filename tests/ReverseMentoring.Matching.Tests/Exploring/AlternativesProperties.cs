using FsCheck.Xunit;
using ReverseMentoring.Matching.Exploring;
using ReverseMentoring.Matching.Solving;
using ReverseMentoring.Matching.Tests.Support;
using Xunit;

namespace ReverseMentoring.Matching.Tests.Exploring;

/// <summary>The k-best ranking checked against every pairing of the grid, enumerated and sorted.</summary>
public sealed class AlternativesProperties
{
    [Property(MaxTest = 150, Arbitrary = [typeof(ExplorationCases)])]
    public void The_k_best_are_the_brute_force_k_best_distinct_best_first(ExplorationCase c)
    {
        var result = new MatchingExplorer(c.Engine()).Alternatives(c.Cohort(), new AlternativesOptions { Count = c.Count });
        var sorted = AllPairings.Of(c.Mentees, c.Mentors, c.IsOpen)
            .Select(p => AllPairings.Key(c, p.Count, AllPairings.Total(c, p)))
            .OrderByDescending(k => k.Pairs).ThenByDescending(k => k.Value)
            .ToArray();
        var keys = result.Ranked.Select(r => AllPairings.Key(c, r.Pairing.Pairs.Count, r.Pairing.TotalScore)).ToArray();

        Assert.Equal(Math.Min(c.Count, sorted.Length), result.Ranked.Count);
        Assert.Equal(Enumerable.Range(1, keys.Length), result.Ranked.Select(r => r.Rank));
        for (var r = 0; r < keys.Length; r++)
        {
            Assert.True(AllPairings.Compare(sorted[r], keys[r]) == 0, $"rank {r + 1}: brute force {sorted[r]}, ranked {keys[r]}");
        }

        for (var r = 1; r < keys.Length; r++)
        {
            Assert.True(AllPairings.Compare(keys[r - 1], keys[r]) >= 0, $"rank {r + 1} is better than rank {r}");
        }

        var sets = result.Ranked.Select(r => string.Join(";", r.Pairing.Pairs.Select(p => p.ToString()))).ToArray();
        Assert.Equal(sets.Length, sets.Distinct().Count());
        var fresh = c.Engine().Match(c.Cohort());
        Assert.Equal(fresh.TotalScore, result.Ranked[0].Pairing.TotalScore, PairingOracle.Epsilon);
        Assert.Equal(fresh.Pairs.Count, result.Ranked[0].Pairing.Pairs.Count);
        Assert.Equal(0, result.Ranked[0].ScoreChange);
    }

    [Property(MaxTest = 150, Arbitrary = [typeof(ExplorationCases)])]
    public void Each_mentee_switch_costs_what_the_best_pairing_making_it_costs(ExplorationCase c)
    {
        var result = new MatchingExplorer(c.Engine()).Alternatives(c.Cohort(), new AlternativesOptions { Count = c.Count });
        var all = AllPairings.Of(c.Mentees, c.Mentors, c.IsOpen);
        var optimum = AllPairings.Best(c, all);
        foreach (var change in result.Switches)
        {
            var i = int.Parse(change.MenteeId[1..], System.Globalization.CultureInfo.InvariantCulture);
            var making = change.MentorId is { } mentor
                ? all.Where(p => p.Contains((i, int.Parse(mentor[1..], System.Globalization.CultureInfo.InvariantCulture))))
                : all.Where(p => p.All(x => x.Mentee != i));
            var best = AllPairings.Best(c, making);
            if (c.Priority == PairingPriority.CoverageFirst)
            {
                Assert.Equal(best.Count - optimum.Count, change.PairCountChange); // quality first: ties in total may differ in count
            }

            Assert.Equal(AllPairings.Total(c, best) - AllPairings.Total(c, optimum), change.ScoreChange, PairingOracle.Epsilon);
        }
    }
}
