using FsCheck.Xunit;
using ReverseMentoring.Matching.Exploring;
using ReverseMentoring.Matching.Solving;
using ReverseMentoring.Matching.Tests.Support;
using Xunit;

namespace ReverseMentoring.Matching.Tests.Exploring;

/// <summary>Why-not answers checked against a brute-force re-solve of every pairing with the pair forced in or out.</summary>
public sealed class WhyNotProperties
{
    [Property(MaxTest = 120, Arbitrary = [typeof(ExplorationCases)])]
    public void Why_not_changes_equal_a_brute_force_re_solve_for_every_pair(ExplorationCase c)
    {
        var explorer = new MatchingExplorer(c.Engine());
        var cohort = c.Cohort();
        var optimum = AllPairings.Best(c, AllPairings.Of(c.Mentees, c.Mentors, c.IsOpen));
        for (var i = 0; i < c.Mentees; i++)
        {
            for (var j = 0; j < c.Mentors; j++)
            {
                var result = explorer.WhyNot(cohort, ExplorationCase.MenteeId(i), ExplorationCase.MentorId(j));
                var made = result.Optimum.Pairs.Any(p => p.MenteeId == ExplorationCase.MenteeId(i) && p.MentorId == ExplorationCase.MentorId(j));
                Assert.Equal(AllPairings.Total(c, optimum), result.Optimum.TotalScore, PairingOracle.Epsilon);
                if (c.Scores[i, j] is null)
                {
                    Assert.Equal(WhyNotStatus.NotAllowed, result.Status);
                    Assert.Null(result.Alternative);
                    Assert.Null(result.ScoreChange);
                    continue;
                }

                var cell = (i, j);
                var alternative = made
                    ? AllPairings.Best(c, AllPairings.Of(c.Mentees, c.Mentors, (a, b) => c.IsOpen(a, b) && (a, b) != cell))
                    : AllPairings.Best(c, AllPairings.Of(c.Mentees, c.Mentors, (a, b) => c.IsOpen(a, b) || (a, b) == cell).Where(p => p.Contains(cell)));
                Assert.Equal(made ? WhyNotStatus.Forbidden : WhyNotStatus.Forced, result.Status);
                Assert.Equal(AllPairings.Total(c, alternative) - AllPairings.Total(c, optimum), result.ScoreChange!.Value, PairingOracle.Epsilon);
                if (c.Priority == PairingPriority.CoverageFirst)
                {
                    Assert.Equal(alternative.Count - optimum.Count, result.PairCountChange); // quality first: ties in total may differ in count
                }

                Assert.Equal(made, !result.Alternative!.Pairs.Any(p => p.MenteeId == ExplorationCase.MenteeId(i) && p.MentorId == ExplorationCase.MentorId(j)));
                Assert.Equal(result.Alternative.TotalScore - result.Optimum.TotalScore, result.Added.Sum(p => p.Score) - result.Removed.Sum(p => p.Score), PairingOracle.Epsilon);
            }
        }
    }
}
