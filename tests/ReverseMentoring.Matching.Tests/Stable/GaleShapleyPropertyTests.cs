using FsCheck.Xunit;
using ReverseMentoring.Matching.Solving;
using Xunit;

namespace ReverseMentoring.Matching.Tests.Stable;

/// <summary>Gale–Shapley on random instances, checked against brute force.</summary>
public sealed class GaleShapleyPropertyTests
{
    [Property(Arbitrary = [typeof(StableArbitraries)], MaxTest = 300)]
    public void Score_preferences_give_a_feasible_pairing_with_no_blocking_pair(StableInstance x)
    {
        foreach (var solver in new[] { PairingSolvers.StableMenteeProposing, PairingSolvers.StableMentorProposing })
        {
            var result = solver.Solve(x.Problem);
            AssertFeasible(x, result.Pairs);
            Assert.All(result.Pairs, p => Assert.True(x.IsAllowed(p.Mentee, p.Mentor), $"forbidden pair {p}"));
            Assert.Empty(BruteForce.BlockingByScores(x, [.. result.Pairs]));
            Assert.Equal(SolverStatus.Optimal, result.Status);
        }
    }

    [Property(Arbitrary = [typeof(StableArbitraries)], MaxTest = 300)]
    public void Explicit_rankings_give_a_feasible_pairing_of_acceptable_pairs_with_no_blocking_pair(RankedInstance r)
    {
        foreach (var proposer in new[] { StableProposer.Mentees, StableProposer.Mentors })
        {
            var result = PairingSolvers.Stable(r.Preferences, proposer).Solve(r.Instance.Problem);
            AssertFeasible(r.Instance, result.Pairs);
            Assert.All(result.Pairs, p => Assert.True(r.IsAcceptable(p.Mentee, p.Mentor), $"unacceptable or forbidden pair {p}"));
            Assert.Empty(BruteForce.BlockingByRanks(r, [.. result.Pairs]));
        }
    }

    [Property(Arbitrary = [typeof(StableArbitraries)], MaxTest = 200)]
    public void The_pairing_does_not_depend_on_row_or_column_order(StableInstance x)
    {
        foreach (var solver in new[] { PairingSolvers.StableMenteeProposing, PairingSolvers.StableMentorProposing })
        {
            var reversed = x.Reversed();
            Assert.Equal(x.Named(solver.Solve(x.Problem).Pairs), reversed.Named(solver.Solve(reversed.Problem).Pairs));
        }
    }

    [Property(Arbitrary = [typeof(StableArbitraries)], MaxTest = 200)]
    public void Score_preferences_are_the_rankings_FromScores_gives(StableInstance x)
    {
        var preferences = StablePreferences.FromScores(x.Matrix);
        foreach (var proposer in new[] { StableProposer.Mentees, StableProposer.Mentors })
        {
            var byScores = (proposer == StableProposer.Mentees ? PairingSolvers.StableMenteeProposing : PairingSolvers.StableMentorProposing)
                .Solve(x.Problem);
            var byRankings = PairingSolvers.Stable(preferences, proposer).Solve(x.Problem);
            Assert.Equal(byScores.Pairs, byRankings.Pairs);
        }
    }

    [Property(Arbitrary = [typeof(OneToOneArbitraries)], MaxTest = 300)]
    public void One_to_one_the_proposing_side_gets_its_best_stable_partner_and_the_other_its_worst(RankedInstance r)
    {
        var x = r.Instance;
        var stable = BruteForce.AllStableOneToOne(r);
        Assert.NotEmpty(stable); // Gale and Shapley: a stable matching always exists
        var menteeProposing = MentorOf(x, PairingSolvers.Stable(r.Preferences, StableProposer.Mentees).Solve(x.Problem));
        var mentorProposing = MentorOf(x, PairingSolvers.Stable(r.Preferences, StableProposer.Mentors).Solve(x.Problem));
        Assert.Contains(stable, m => m.SequenceEqual(menteeProposing));
        Assert.Contains(stable, m => m.SequenceEqual(mentorProposing));

        // Unmatched (-1) ranks last; by the rural hospitals theorem it is the same in every stable matching anyway.
        int MenteeRank(int i, int j) => j < 0 ? int.MaxValue : r.MenteeRank(i, j)!.Value;
        for (var i = 0; i < x.Rows; i++)
        {
            Assert.Equal(stable.Min(m => MenteeRank(i, m[i])), MenteeRank(i, menteeProposing[i]));
            Assert.Equal(stable.Max(m => MenteeRank(i, m[i])), MenteeRank(i, mentorProposing[i]));
        }

        for (var j = 0; j < x.Columns; j++)
        {
            int MentorRank(int[] m)
            {
                var i = Array.IndexOf(m, j);
                return i < 0 ? int.MaxValue : r.MentorRank(i, j)!.Value;
            }

            Assert.Equal(stable.Min(MentorRank), MentorRank(mentorProposing));
            Assert.Equal(stable.Max(MentorRank), MentorRank(menteeProposing));
        }
    }

    private static int[] MentorOf(StableInstance x, SolverResult result)
    {
        var mentorOf = Enumerable.Repeat(-1, x.Rows).ToArray();
        foreach (var p in result.Pairs)
        {
            Assert.Equal(-1, mentorOf[p.Mentee]);
            mentorOf[p.Mentee] = p.Mentor;
        }

        return mentorOf;
    }

    private static void AssertFeasible(StableInstance x, IReadOnlyList<SolvedPair> pairs)
    {
        Assert.Equal(pairs.Count, pairs.Distinct().Count());
        for (var i = 0; i < x.Rows; i++)
        {
            Assert.True(pairs.Count(p => p.Mentee == i) <= x.MenteeCapacities[i], $"mentee {x.MenteeIds[i]} over capacity");
        }

        for (var j = 0; j < x.Columns; j++)
        {
            Assert.True(pairs.Count(p => p.Mentor == j) <= x.MentorCapacities[j], $"mentor {x.MentorIds[j]} over capacity");
        }
    }
}
