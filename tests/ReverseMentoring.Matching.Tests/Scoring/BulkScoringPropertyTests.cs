using FsCheck.Xunit;
using ReverseMentoring.Matching.Model;
using ReverseMentoring.Matching.Rules;
using ReverseMentoring.Matching.Scoring;
using ReverseMentoring.Matching.Tests.Support;
using Xunit;

namespace ReverseMentoring.Matching.Tests.Scoring;

/// <summary>The bulk path (<see cref="CohortScores.Compute"/>) against the per-pair path and the independent formulas.</summary>
public class BulkScoringPropertyTests
{
    private const double Tolerance = 1e-12;

    private static readonly (string Name, PairScorer Scorer, Func<Participant, Participant, double> Reference)[] Scorers =
    [
        ("SkillGap", PairScorers.SkillGap, ReferenceScores.SkillGap),
        ("Reciprocal", PairScorers.Reciprocal, ReferenceScores.Reciprocal),
        ("NetworkReach", PairScorers.NetworkReach, ReferenceScores.NetworkReach),
        ("Default", PairScorers.Default, (m, e) => ReferenceScores.Composite(m, e)),
        ("Composite 1/2/3", PairScorers.Composite(new CompositeScorerOptions { SkillGapWeight = 1, ReciprocalWeight = 2, NetworkReachWeight = 3 }),
            (m, e) => ReferenceScores.Composite(m, e, 1, 2, 3)),
        ("Weighted user", PairScorers.Weighted((PairScorers.SkillGap, 1), (new SharedLanguageScorer(), 1)),
            (m, e) => (ReferenceScores.SkillGap(m, e) + (m.Languages.Intersect(e.Languages, StringComparer.OrdinalIgnoreCase).Any() ? 1 : 0)) / 2),
    ];

    [Property(MaxTest = 150, Arbitrary = new[] { typeof(CohortArbitraries) })]
    public void Bulk_scores_equal_per_pair_scores_and_the_documented_formula(CohortCase c)
    {
        var cohort = new Cohort(c.People);
        var eligibility = Eligibility.Evaluate(cohort, PairRules.Defaults);
        foreach (var (name, scorer, reference) in Scorers)
        {
            var bulk = CohortScores.Compute(eligibility, scorer);
            Assert.Equal(scorer.ComponentNames, bulk.ComponentNames);
            for (var i = 0; i < cohort.Mentees.Count; i++)
            {
                for (var j = 0; j < cohort.Mentors.Count; j++)
                {
                    var mentor = cohort.Mentors[j];
                    var mentee = cohort.Mentees[i];
                    var perPair = new double[scorer.ComponentNames.Count];
                    scorer.Score(mentor, mentee, perPair);
                    var breakdown = bulk.Breakdown(i, j);

                    Assert.Equal(perPair.Length, breakdown.Count);
                    for (var k = 0; k < perPair.Length; k++)
                    {
                        Assert.True(Math.Abs(perPair[k] - breakdown[k].Value) <= Tolerance, $"{name} {mentor.Id}/{mentee.Id} component {k}: {perPair[k]} vs {breakdown[k].Value}");
                    }

                    var expected = reference(mentor, mentee);
                    Assert.True(Math.Abs(expected - bulk.Score(i, j)) <= Tolerance, $"{name} {mentor.Id}/{mentee.Id}: reference {expected}, bulk {bulk.Score(i, j)}");
                    Assert.True(Math.Abs(breakdown.Sum(b => b.Value) - bulk.Score(i, j)) <= Tolerance, $"{name}: breakdown does not sum to score");
                    Assert.InRange(bulk.Score(i, j), 0, 1);
                    if (bulk.Matrix.IsAllowed(i, j))
                    {
                        Assert.True(Math.Abs(bulk.Score(i, j) - bulk.Matrix[i, j]) <= 1e-7, $"{name}: the solver's float32 copy is off"); // float32: 6e-8 relative
                    }

                    Assert.Equal(eligibility.IsAllowed(i, j), bulk.Matrix.IsAllowed(i, j));
                }
            }
        }
    }
}
